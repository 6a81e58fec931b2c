#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "LaunchRequest.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "WindowLauncher.h"
#include "WindowService.h"

#include "GuiTestSupport.h"

#include <QDBusConnection>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

// One window answers for the desktop session over D-Bus: a second `tokendesk --rotate|--select` (the real
// executable, a process of its own) hands its request to the running window and exits; a second window
// started without them opens as before. Everything runs on a bus of the test's own (dbus-daemon), so no
// other window of the machine or of another test takes part.
class TestWindowService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void secondProcessHandsRotateToTheRunningWindow();
    void secondProcessHandsSelectToTheRunningWindow();
    void secondWindowWithoutARequestStartsAsBefore();
    void requestForAnotherStoreOpensItsOwnWindow();
    void noWindowRunningMeansNoForwarding();

private:
    // Runs the tokendesk executable on the test's bus until it exits, answering D-Bus calls meanwhile.
    int runTokenDesk(const QStringList& arguments, QByteArray* output = nullptr);
    qint64 storeToken(const QString& name, int days);

    QTemporaryDir m_busDir;
    QProcess m_bus;
    QString m_busAddress;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    WindowLauncher* m_launcher = nullptr;
    std::unique_ptr<WindowService> m_service;
    int m_connections = 0;
};

void TestWindowService::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    QVERIFY2(QFileInfo::exists(Test::binaryPath(u"tokendesk"_s)), "build the tokendesk target first");
    AppSettings::setAutoSaveToKeychain(false);
    QVERIFY(m_busDir.isValid());
    QFile config(m_busDir.filePath(u"session.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    // As tests/support/isolated-run's bus: anyone may own a name and send to anyone; no service is started.
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><keep_umask/><listen>unix:dir=" +
                 m_busDir.path().toUtf8() +
                 "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                 "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                 "<allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    m_bus.start(u"dbus-daemon"_s,
                {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(m_bus.waitForStarted(), "dbus-daemon did not start");
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 20000);
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());
}

void TestWindowService::cleanupTestCase()
{
    m_bus.terminate();
    m_bus.waitForFinished();
}

void TestWindowService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();

    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    selector->attach(*m_window);
    m_launcher = new WindowLauncher(*m_window, *selector, *m_registry, m_dir->filePath(u"tokens.sqlite"_s),
                                    m_window.get());
    m_service = std::make_unique<WindowService>(*m_launcher);
    const QDBusConnection bus =
        QDBusConnection::connectToBus(m_busAddress, u"test-bus-%1"_s.arg(++m_connections));
    QVERIFY(bus.isConnected());
    QVERIFY(m_service->registerOn(bus));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowService::cleanup()
{
    m_service.reset();
    m_window.reset();
    m_launcher = nullptr;
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
    QDBusConnection::disconnectFromBus(u"test-bus-%1"_s.arg(m_connections));
}

qint64 TestWindowService::storeToken(const QString& name, int days)
{
    const Result<CreatedToken> created =
        m_offline->createNow(Test::draft(name, QDate::currentDate().addDays(days), {u"read_api"_s}));
    return created ? created.value().token.id : 0;
}

int TestWindowService::runTokenDesk(const QStringList& arguments, QByteArray* output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);
    env.insert(u"TOKENDESK_CONFIG_DIR"_s, m_dir->filePath(u"child-config"_s));
    process.setProcessEnvironment(env);
    process.start(Test::binaryPath(u"tokendesk"_s), arguments);
    if (!process.waitForStarted())
        return -1;
    // The running window (this process) answers while the other one waits.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qInfo().noquote() << "tokendesk said:" << errors;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestWindowService::secondProcessHandsRotateToTheRunningWindow()
{
    storeToken(u"first"_s, 30);
    const qint64 id = storeToken(u"deploy"_s, 3);
    QTRY_VERIFY(m_window->activeModel()->hasLoaded());
    m_window->showMinimized();

    QCOMPARE(runTokenDesk({u"--store"_s, m_dir->filePath(u"tokens.sqlite"_s), u"--account"_s,
                           AccountRegistry::offlineKey(), u"--rotate"_s, QString::number(id)}),
             0);
    QMessageBox* box = waitForVisibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s);
    QVERIFY2(box, "the running window did not open the rotate confirmation");
    QCOMPARE(box->text(), u"Rotate the token 'deploy'?"_s);
    QVERIFY(!m_window->isMinimized());
    box->reject();
}

void TestWindowService::secondProcessHandsSelectToTheRunningWindow()
{
    storeToken(u"first"_s, 30);
    const qint64 id = storeToken(u"chosen"_s, 3);
    QTRY_VERIFY(m_window->activeModel()->hasLoaded());
    QSignalSpy shown(m_launcher, &WindowLauncher::shown);

    // A reminder names the store by its file.
    QCOMPARE(runTokenDesk({u"--account"_s, LaunchRequest::storeKey(m_dir->filePath(u"tokens.sqlite"_s)),
                           u"--select"_s, QString::number(id)}),
             0);
    QTRY_COMPARE(shown.count(), 1);
    auto* view = Test::child<TokenTableView>(m_window.get(), u"activeTableView"_s);
    QCOMPARE(view->tokenModel()->tokenAt(view->currentIndex().row()).name, u"chosen"_s);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get()));
}

void TestWindowService::secondWindowWithoutARequestStartsAsBefore()
{
    // Another window on the same bus cannot take the name, and needs not.
    WindowService other(*m_launcher);
    const QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, u"second-window"_s);
    QVERIFY(!other.registerOn(bus));
    QDBusConnection::disconnectFromBus(u"second-window"_s);

    // The real executable opens (and paints) a window of its own instead of handing anything over.
    QByteArray output;
    QCOMPARE(runTokenDesk({u"--store"_s, m_dir->filePath(u"second.sqlite"_s), u"--quit-after-first-paint"_s},
                          &output),
             0);
    bool isNumber = false;
    output.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber, output.constData());
    QVERIFY(!visibleChild<QMessageBox>(m_window.get()));
}

void TestWindowService::requestForAnotherStoreOpensItsOwnWindow()
{
    const qint64 id = storeToken(u"deploy"_s, 3);
    QByteArray output;
    QCOMPARE(runTokenDesk({u"--store"_s, m_dir->filePath(u"other.sqlite"_s), u"--account"_s,
                           AccountRegistry::offlineKey(), u"--rotate"_s, QString::number(id),
                           u"--quit-after-first-paint"_s},
                          &output),
             0);
    bool isNumber = false;
    output.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber, "the process with another store did not open a window of its own");
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s));
}

void TestWindowService::noWindowRunningMeansNoForwarding()
{
    LaunchRequest request;
    request.account = AccountRegistry::offlineKey();
    request.tokenId = 1;
    m_service.reset();
    const QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, u"asking"_s);
    QCOMPARE(WindowService::forward(request, bus), WindowService::Forwarded::NoWindow);
    QDBusConnection::disconnectFromBus(u"asking"_s);
}

QTEST_MAIN(TestWindowService)
#include "tst_WindowService.moc"
