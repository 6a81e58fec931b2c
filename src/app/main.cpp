#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "CalendarExportController.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "ExpiryCheck.h"
#include "KeychainSettings.h"
#include "LocalBackend.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "SecretVault.h"
#include "StoreLocation.h"
#include "Translations.h"

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

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before anything holds a secret
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage GitLab personal access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the offline demo store, filled with sample tokens once."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("main", "Use the token store at <path> (default: $TOKENDESK_STORE, else "
                                            "tokens.sqlite in the application data folder)."),
        QCoreApplication::translate("main", "path"));
    QCommandLineOption quitAfterPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main",
                                    "Print the milliseconds from start until the token table was first "
                                    "painted, then quit (for benchmarks)."));
    quitAfterPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, storeOption, quitAfterPaintOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const bool benchmark = parser.isSet(quitAfterPaintOption);
    if (demo && parser.isSet(storeOption)) {
        std::fprintf(
            stderr, "tokendesk: %s\n",
            qUtf8Printable(QCoreApplication::translate("main", "--demo and --store cannot be combined.")));
        return 2;
    }

    const QString path = demo ? StoreLocation::demoPath() : StoreLocation::resolve(parser.value(storeOption));
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
    // The calendar holds the tokens of every place the window knows: this store and each connected account.
    window.calendarExport()->setSources(
        [&accounts, &clock, path] { return ExpiryCheck::knownSources(accounts, clock, {}, path); });
    // --demo and --store ask for the offline store; otherwise the account chosen last comes back.
    if (!demo && !parser.isSet(storeOption) && !benchmark)
        accountSelector->restoreChoice();
    if (benchmark) {
        QObject::connect(&window, &MainWindow::firstContentPainted, &app, [&sinceStart] {
            std::printf("%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    window.show();
    return QApplication::exec();
}
