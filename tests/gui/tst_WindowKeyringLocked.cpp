#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"

#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;

// The window with the keyring locked under it: the test runs a session bus and gnome-keyring of its own
// (locking it cannot disturb tests beside it), connects two accounts, then locks the login collection.
// Switching to an account whose access token is locked away and saving a new secret each end in a message
// saying so, without a hang on an unlock prompt nobody can answer, and the new secret stays shown.
class TestWindowKeyringLocked : public QObject
{
    Q_OBJECT

public:
    // Before the application exists: Qt keeps the first session bus it connects to (the accessibility
    // bridge connects at start), so the bus of this test must be the environment's from the beginning.
    bool startBusAndKeyring();
    QByteArray busAddress() const { return m_address; }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void newSecretStaysShownWhenItCannotBeSaved();
    void switchingToALockedAccountSaysSo();

private:
    QProcessEnvironment keyringEnvironment() const;
    bool lockKeyring();

    QTemporaryDir m_dir;
    qint64 m_busPid = 0;
    QByteArray m_address;
    GitLabTestServer m_server;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    GitLabAccount m_alice;
    GitLabAccount m_bob;
    int m_switches = 0;
};

QProcessEnvironment TestWindowKeyringLocked::keyringEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(m_address));
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
    env.remove(u"GNOME_KEYRING_CONTROL"_s);
    env.remove(u"DISPLAY"_s);
    return env;
}

bool TestWindowKeyringLocked::startBusAndKeyring()
{
    if (!m_dir.isValid())
        return false;
    QDir().mkpath(m_dir.filePath(u"home/.local/share"_s));
    QDir().mkpath(m_dir.filePath(u"runtime"_s));
    QFile::setPermissions(m_dir.filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A bus that can start nothing: no unlock prompter, so a locked keyring fails at once.
    QFile config(m_dir.filePath(u"bus.conf"_s));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:dir=" +
                 m_dir.path().toUtf8() +
                 "</listen><auth>EXTERNAL</auth>"
                 "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    // Forked: no child process object has to outlive the application it was started under.
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config.fileName(), u"--fork"_s, u"--print-address=1"_s,
                                 u"--print-pid=1"_s});
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0)
        return false;
    const QList<QByteArray> lines = bus.readAllStandardOutput().split('\n');
    if (lines.size() < 2)
        return false;
    m_address = lines.at(0).trimmed();
    m_busPid = lines.at(1).trimmed().toLongLong();

    QProcess daemon;
    daemon.setProcessEnvironment(keyringEnvironment());
    daemon.start(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s});
    if (!daemon.waitForStarted(10000))
        return false;
    daemon.write("throwaway-window-test-password");
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(20000) || daemon.exitCode() != 0)
        return false;
    return QTest::qWaitFor(
        [this] {
            QProcess probe;
            probe.setProcessEnvironment(keyringEnvironment());
            probe.start(u"dbus-send"_s,
                        {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/"_s,
                         u"org.freedesktop.DBus.NameHasOwner"_s, u"string:org.freedesktop.secrets"_s});
            return probe.waitForFinished(5000) && probe.readAllStandardOutput().contains("true");
        },
        10000);
}

bool TestWindowKeyringLocked::lockKeyring()
{
    QProcess lock;
    lock.setProcessEnvironment(keyringEnvironment());
    lock.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    return lock.waitForFinished(10000) && lock.exitCode() == 0;
}

void TestWindowKeyringLocked::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    AppSettings::setAutoSaveToKeychain(false);
    QVERIFY2(!m_address.isEmpty(), "dbus-daemon and gnome-keyring-daemon are needed");
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), m_address);
    qputenv("TOKENDESK_CONFIG_DIR", m_dir.filePath(u"config"_s).toUtf8());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_vault = std::make_unique<SecretVault>(m_dir.filePath(u"keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir.filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
    m_alice = addTestAccount(*m_registry, m_server, u"alice"_s, GitLabTestServer::AliceToken);
    m_bob = addTestAccount(*m_registry, m_server, u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!m_alice.key.isEmpty() && !m_bob.key.isEmpty());

    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    GitLabOptions options;
    options.timeoutMs = 3000;
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system(), options);
    m_selector->attach(*m_window);
    connect(m_selector, &AccountSelector::backendChanged, this, [this](TokenBackend&) { ++m_switches; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_selector->selectAccount(m_alice.key);
    QTRY_COMPARE_WITH_TIMEOUT(m_switches, 1, 20000);
    QCOMPARE(m_window->backend().identity(), m_alice.key);

    QVERIFY(lockKeyring());
}

void TestWindowKeyringLocked::cleanupTestCase()
{
    m_window.reset();
    m_selector = nullptr;
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    if (m_busPid > 0)
        ::kill(static_cast<pid_t>(m_busPid), SIGTERM); // gnome-keyring-daemon leaves with its bus
}

void TestWindowKeyringLocked::newSecretStaysShownWhenItCannotBeSaved()
{
    m_window->showTokenForm();
    m_window->tokenForm()->prefill(u"made while locked"_s, QString(), {u"self_rotate"_s});
    m_window->tokenForm()->submit();
    SecretDialog* dialog = waitForVisibleChild<SecretDialog>(m_window.get());
    QVERIFY2(dialog, "the new secret was never shown");
    auto* secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s);
    QVERIFY(secret->text().startsWith(u"glpat-"_s));
    const QString shown = secret->text();

    QTest::mouseClick(Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s), Qt::LeftButton);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(u"locked"_s, Qt::CaseInsensitive),
                             20000);
    QVERIFY(!dialog->wasSavedToKeychain());
    QCOMPARE(secret->text(), shown);                                                   // still there to copy
    QVERIFY(Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s)->isEnabled()); // can try again
    Test::child<QPushButton>(dialog, u"copyButton"_s)->click();
    Test::child<QPushButton>(dialog, u"doneButton"_s)->click();
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));
}

void TestWindowKeyringLocked::switchingToALockedAccountSaysSo()
{
    m_selector->selectAccount(m_bob.key);
    QMessageBox* box = nullptr;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return (box = visibleChild<QMessageBox>(m_window.get(),
                                                             u"accountProblemMessageBox"_s)) != nullptr;
                 },
                 20000),
             "the switch never ended with a message");
    QVERIFY2(box->text().contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(box->text()));
    QCOMPARE(m_switches, 1); // still alice
    QCOMPARE(m_window->backend().identity(), m_alice.key);
    box->reject();
}

int main(int argc, char** argv)
{
    TestWindowKeyringLocked test;
    {
        QCoreApplication boot(argc, argv);
        if (!test.startBusAndKeyring())
            qWarning("could not start a session bus with gnome-keyring of the test's own");
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", test.busAddress());
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "WidgetLookup.h"
#include "tst_WindowKeyringLocked.moc"
