#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "CalendarExportController.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "ExpiryCheck.h"
#include "KeychainSettings.h"
#include "LaunchRequest.h"
#include "LocalBackend.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "ReminderTray.h"
#include "SecretVault.h"
#include "StoreLocation.h"
#include "Translations.h"
#include "WindowLanguage.h"
#include "WindowLauncher.h"
#include "WindowService.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace TokenDesk;

namespace {

int fail(const QString& message, bool interactive)
{
    std::fprintf(stderr, "tokendesk: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "TokenDesk"), message);
    return 1;
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "tokendesk: %s\n", qUtf8Printable(message));
    return 2;
}

// The window's options, described in the language of the translations installed when it is built.
struct WindowOptions
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the offline demo store, filled with sample tokens once.")};
    QCommandLineOption store{
        QStringLiteral("store"),
        QCoreApplication::translate("main", "Use the token store at <path> (default: $TOKENDESK_STORE, else "
                                            "tokens.sqlite in the application data folder)."),
        QCoreApplication::translate("main", "path")};
    QCommandLineOption quitAfterPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main",
                                    "Print the milliseconds from start until the token table was first "
                                    "painted, then quit (for benchmarks).")};
    QCommandLineOption account{QStringLiteral("account"),
                               QCoreApplication::translate(
                                   "main", "With --rotate or --select: the account of the token (\"offline\" "
                                           "for the token store, or store:<path>)."),
                               QCoreApplication::translate("main", "key")};
    QCommandLineOption rotate{
        QStringLiteral("rotate"),
        QCoreApplication::translate("main", "Open the rotate confirmation of the token with this ID."),
        QCoreApplication::translate("main", "id")};
    QCommandLineOption select{QStringLiteral("select"),
                              QCoreApplication::translate("main", "Show the token with this ID, selected."),
                              QCoreApplication::translate("main", "id")};
    QCommandLineOption resource{
        QStringLiteral("resource"),
        QCoreApplication::translate("main", "With --rotate or --select: the token is a group's or project's "
                                            "(group:ID or project:ID)."),
        QCoreApplication::translate("main", "resource")};

    void addTo(QCommandLineParser& parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Manage GitLab personal access tokens."));
        parser.addHelpOption();
        parser.addVersionOption();
        quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({demo, store, account, rotate, select, resource, quitAfterPaint});
    }
};

// --help and --version only print: they are answered without a display (--help-all, which lists the
// display's own options too, still goes through QApplication, and so does anything that does not parse).
bool asksOnlyForText(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    WindowOptions options;
    options.addTo(parser);
    return parser.parse(arguments) && !parser.isSet(QStringLiteral("help-all")) &&
           (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")));
}

int printHelpOrVersion(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    installTranslations(app);
    QCommandLineParser parser;
    WindowOptions options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before anything holds a secret
    QElapsedTimer sinceStart;
    sinceStart.start();

    if (asksOnlyForText(argc, argv))
        return printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    WindowLanguage::install(app);

    QCommandLineParser parser;
    WindowOptions options;
    options.addTo(parser);
    parser.process(app);

    const bool demo = parser.isSet(options.demo);
    const bool benchmark = parser.isSet(options.quitAfterPaint);
    if (demo && parser.isSet(options.store))
        return usageError(QCoreApplication::translate("main", "--demo and --store cannot be combined."));

    std::optional<LaunchRequest> request;
    QString storeOptionValue = parser.value(options.store);
    if (parser.isSet(options.rotate) || parser.isSet(options.select) || parser.isSet(options.account) ||
        parser.isSet(options.resource)) {
        const bool rotate = parser.isSet(options.rotate);
        if (rotate == parser.isSet(options.select))
            return usageError(QCoreApplication::translate("main", "Give either --rotate or --select."));
        if (parser.value(options.account).isEmpty())
            return usageError(QCoreApplication::translate("main", "--rotate and --select need --account."));
        LaunchRequest asked;
        asked.action = rotate ? LaunchRequest::Action::Rotate : LaunchRequest::Action::Select;
        asked.account = parser.value(options.account);
        const std::optional<qint64> id =
            LaunchRequest::parseTokenId(parser.value(rotate ? options.rotate : options.select));
        if (!id)
            return usageError(QCoreApplication::translate("main", "The token ID must be a positive number."));
        asked.tokenId = *id;
        QString problem;
        if (!LaunchRequest::parseResource(parser.value(options.resource), &asked.resource, &problem))
            return usageError(problem);
        // store:<path> names the store itself.
        const std::optional<QString> namedStore = LaunchRequest::storePathOf(asked.account);
        if (namedStore && !demo && !parser.isSet(options.store))
            storeOptionValue = *namedStore;
        request = asked;
    }

    const QString path = demo ? StoreLocation::demoPath() : StoreLocation::resolve(storeOptionValue);
    if (request) {
        // A window already running in the session does it; the offline store is named by its file, so
        // that a window showing another store declines.
        LaunchRequest forwarded = *request;
        if (forwarded.account == AccountRegistry::offlineKey())
            forwarded.account = LaunchRequest::storeKey(path);
        if (WindowService::forward(forwarded) == WindowService::Forwarded::Accepted)
            return 0;
    }
    const Clock& clock = Clock::fromTestEnvironment();
    auto opened =
        LocalBackend::open(path, clock, demo ? LocalBackend::Mode::Demo : LocalBackend::Mode::Regular);
    if (!opened) {
        return fail(QCoreApplication::translate("main", "Could not open the token store %1: %2")
                        .arg(path, opened.error().message),
                    !benchmark);
    }
    std::unique_ptr<LocalBackend> backend = std::move(opened).value();
    if (demo) {
        const Result<bool> seeded = DemoSeeder::seedIfEmpty(*backend);
        if (!seeded)
            qCWarning(lcGui) << "Could not fill the demo store:" << seeded.error().message;
    }

    SecretVault vault(KeychainSettings::defaultFilePath());
    AccountRegistry accounts(vault);
    MainWindow window(*backend, clock, &vault);
    auto* accountSelector = new AccountSelector(accounts, *backend, clock, {}, &window);
    accountSelector->attach(window);
    auto* launcher = new WindowLauncher(window, *accountSelector, accounts, path, &window);
    // The calendar holds the tokens of every place the window knows: this store and each connected account.
    window.calendarExport()->setSources(
        [&accounts, &clock, path] { return ExpiryCheck::knownSources(accounts, clock, {}, path); });
    // --demo and --store ask for the offline store; otherwise the account chosen last comes back.
    if (!demo && !parser.isSet(options.store) && !benchmark && !request)
        accountSelector->restoreChoice();
    // The first window of the session answers for it; a second one started without --rotate or --select
    // simply runs beside it.
    WindowService service(*launcher);
    service.registerOn();
    if (!benchmark)
        new ReminderTray(window, *accountSelector, accounts, *launcher, clock, &window);
    if (benchmark) {
        QObject::connect(&window, &MainWindow::firstContentPainted, &app, [&sinceStart] {
            std::printf("%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    window.show();
    if (request)
        launcher->showHere(*request);
    return QApplication::exec();
}
