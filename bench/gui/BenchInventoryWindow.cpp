// The administrator's "All users' tokens" window on a GitLab instance, timed: signs in, opens the real
// InventoryWindow, lists every user's tokens, waits until every row is in its model, lets the table
// paint its first rows and then its last ones, prints one JSON line of figures on stdout and exits.
//   tokendesk-bench-inventory-window --url URL [--secret-fd N] [--state active|inactive|all]
// The administrator's access token is read from file descriptor N (default 0, standard input): its first
// line. It is never an argument. Exit 0 when listed, 1 on an error, 3 when the account is no admin.
//
// Nothing of the user's is touched: HOME and the XDG folders point into a throwaway folder before Qt
// starts, there is no session bus (so no keychain), the session keeps its credential in memory only, and
// the platform is "offscreen" unless QT_QPA_PLATFORM says otherwise.

#include "AccountSession.h"
#include "Clock.h"
#include "GitLabOptions.h"
#include "InventoryModel.h"
#include "InventoryWindow.h"
#include "Secret.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

// Before QApplication: every path Qt or TokenDesk could write settings, data or caches to is thrown away.
bool isolate(const QTemporaryDir& sandbox)
{
    if (!sandbox.isValid())
        return false;
    const QByteArray home = QFile::encodeName(sandbox.path());
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
    // Qt wants its runtime folder to exist and be the user's alone.
    const QString runtime = sandbox.filePath(u"runtime"_s);
    if (!QDir().mkpath(runtime) ||
        !QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return false;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QFile::setPermissions(sandbox.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

// The first line of file descriptor fd, trimmed.
Secret readSecret(int fd)
{
    QFile in;
    if (!in.open(fd, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(4096);
    QByteArray trimmed = line.trimmed();
    Secret secret(trimmed);
    secureWipe(line);
    secureWipe(trimmed);
    return secret;
}

void print(const QJsonObject& figures)
{
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Lists, then waits for the rows and two paints of the table (its top, then its bottom).
class Run : public QObject
{
public:
    Run(InventoryWindow& window, QTableView& table) : m_window(window), m_table(table)
    {
        m_table.viewport()->installEventFilter(this);
        connect(m_window.model(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_window.model()->rowCount() > 0 && m_listMs < 0)
                m_listMs = m_timer.elapsed();
        });
        // Failures and empty listings end without a reset with rows.
        connect(&m_poll, &QTimer::timeout, this, [this] {
            if (m_listMs < 0 && !m_window.isBusy())
                finish(m_window.model()->rowCount() > 0 ? 0 : 1);
        });
    }

    void start()
    {
        m_timer.start();
        m_window.list();
        m_poll.start(100);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_listMs >= 0 && m_done < 0) {
            // After this paint has been drawn.
            QTimer::singleShot(0, this, [this] { painted(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void painted()
    {
        if (m_firstPaintMs < 0) {
            m_firstPaintMs = m_timer.elapsed();
            m_table.scrollToBottom();
            m_table.viewport()->update();
        } else if (m_lastPaintMs < 0) {
            m_lastPaintMs = m_timer.elapsed();
            finish(0);
        }
    }

    void finish(int code)
    {
        if (m_done >= 0)
            return;
        m_done = code;
        m_poll.stop();
        QJsonObject figures{{u"rows"_s, m_window.model()->rowCount()},
                            {u"list_ms"_s, m_listMs},
                            {u"first_paint_ms"_s, m_firstPaintMs},
                            {u"last_rows_paint_ms"_s, m_lastPaintMs},
                            {u"status"_s, m_window.statusText()}};
        print(figures);
        QCoreApplication::exit(code);
    }

    InventoryWindow& m_window;
    QTableView& m_table;
    QElapsedTimer m_timer;
    QTimer m_poll;
    qint64 m_listMs = -1;
    qint64 m_firstPaintMs = -1;
    qint64 m_lastPaintMs = -1;
    int m_done = -1;
};

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir sandbox;
    if (!isolate(sandbox)) {
        std::fputs("cannot make a throwaway home folder\n", stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"GitLab instance URL."_s, u"URL"_s});
    parser.addOption({u"secret-fd"_s, u"Read the access token from this file descriptor."_s, u"N"_s, u"0"_s});
    parser.addOption({u"state"_s, u"active, inactive or all (default all)."_s, u"STATE"_s, u"all"_s});
    parser.process(app);

    const QUrl url(parser.value(u"url"_s));
    const QString stateName = parser.value(u"state"_s);
    const ListQuery::State state = stateName == u"active"_s     ? ListQuery::State::Active
                                   : stateName == u"inactive"_s ? ListQuery::State::Inactive
                                                                : ListQuery::State::All;
    bool fdOk = false;
    const int fd = parser.value(u"secret-fd"_s).toInt(&fdOk);
    Secret secret = fdOk ? readSecret(fd) : Secret();
    if (!url.isValid() || url.isRelative() || secret.isEmpty()) {
        std::fputs("usage: tokendesk-bench-inventory-window --url URL [--secret-fd N] [--state STATE] "
                   "(the access token on standard input or fd N)\n",
                   stderr);
        return 2;
    }

    AccountSession::Ptr session = AccountSession::forCredential(
        url, secret, AccountSession::CredentialSource::File, Clock::system(), GitLabOptions{}, nullptr);
    secret.wipe();
    std::unique_ptr<InventoryWindow> window;
    std::unique_ptr<Run> run;
    session->connect(&app, [&](Result<Account> signedIn) {
        if (!signedIn) {
            std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(signedIn.error().message));
            return QCoreApplication::exit(1);
        }
        if (!session->backend()->capabilities().instanceInventory) {
            std::fputs("the account is no administrator\n", stderr);
            return QCoreApplication::exit(3);
        }
        window = std::make_unique<InventoryWindow>(session, Clock::system());
        auto* states = window->findChild<QComboBox*>(u"stateComboBox"_s);
        auto* table = window->findChild<QTableView*>(u"inventoryTableView"_s);
        if (!states || !table) {
            std::fputs("the window has no state choice or table\n", stderr);
            return QCoreApplication::exit(1);
        }
        states->setCurrentIndex(states->findData(int(state)));
        window->resize(1200, 800);
        window->show();
        run = std::make_unique<Run>(*window, *table);
        run->start();
    });
    const int exitCode = app.exec();
    run.reset();
    window.reset();
    return exitCode;
}
