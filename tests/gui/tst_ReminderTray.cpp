#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "DueTokensMenu.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ReminderSettings.h"
#include "ReminderTray.h"
#include "ResourceChooser.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenActionsController.h"
#include "TokenBackend.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// The window's tray menu of the tokens due within the reminder horizon: what it counts and lists (the
// window's store and every connected account, group and project tokens too), what choosing an entry
// does, and when it is read again. The test's X server has no system tray, as many desktops have none:
// no icon then, and nothing breaks.
class TestReminderTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheDueTokensOfTheStoreSoonestFirst();
    void nothingDueSaysSo();
    void listsTheTokensOfEveryConnectedAccount();
    void choosingAnEntrySelectsTheTokenOnItsAccount();
    void readAgainAfterARevokeAndACreate();
    void followsTheReminderHorizon();
    void showAndQuit();

private:
    bool startWindow();
    qint64 storeToken(const QString& name, int days);
    QStringList entries() const;
    QString currentTokenName() const;
    bool waitForRefresh();

    std::unique_ptr<GitLabTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    ReminderTray* m_tray = nullptr;
    std::unique_ptr<QSignalSpy> m_refreshed;
};

void TestReminderTray::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    AppSettings::setAutoSaveToKeychain(false);
}

void TestReminderTray::init()
{
    m_server = std::make_unique<GitLabTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
}

void TestReminderTray::cleanup()
{
    m_refreshed.reset();
    m_window.reset();
    m_selector = nullptr;
    m_tray = nullptr;
    if (m_registry)
        QVERIFY(GuiTest::forgetTestAccounts(*m_registry));
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
    m_server.reset();
}

// The window as main() builds it, with its tray; true once the tray has read the due tokens.
bool TestReminderTray::startWindow()
{
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    m_selector->attach(*m_window);
    auto* launcher = new WindowLauncher(*m_window, *m_selector, *m_registry,
                                        m_dir->filePath(u"tokens.sqlite"_s), m_window.get());
    m_tray =
        new ReminderTray(*m_window, *m_selector, *m_registry, *launcher, Clock::system(), m_window.get());
    m_refreshed = std::make_unique<QSignalSpy>(m_tray, &ReminderTray::refreshed);
    m_window->resize(1300, 850);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) && waitForRefresh();
}

bool TestReminderTray::waitForRefresh()
{
    const qsizetype before = m_refreshed->count();
    return QTest::qWaitFor([&] { return m_refreshed->count() > before && !m_tray->isChecking(); }, 30000);
}

qint64 TestReminderTray::storeToken(const QString& name, int days)
{
    const Result<CreatedToken> created =
        m_offline->createNow(Test::draft(name, Clock::system().todayUtc().addDays(days), {u"read_api"_s}));
    return created ? created.value().token.id : 0;
}

QStringList TestReminderTray::entries() const
{
    QStringList texts;
    for (QAction* action : m_tray->menu()->menu()->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

QString TestReminderTray::currentTokenName() const
{
    auto* view = Test::child<TokenTableView>(m_window.get(), u"activeTableView"_s);
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? view->tokenModel()->tokenAt(current.row()).name : QString();
}

void TestReminderTray::listsTheDueTokensOfTheStoreSoonestFirst()
{
    storeToken(u"later"_s, 20);
    storeToken(u"tomorrow"_s, 1);
    storeToken(u"far"_s, 45);
    const qint64 revoked = storeToken(u"revoked"_s, 3);
    QVERIFY(m_offline->revokeNow(revoked));
    QVERIFY(startWindow());

    // The test's X server has no tray: no icon, the menu all the same.
    QCOMPARE(QSystemTrayIcon::isSystemTrayAvailable(), false);
    QVERIFY(!m_tray->trayIcon());
    const QString store = m_selector->offlineSession()->label();
    QCOMPARE(entries(),
             (QStringList{u"tomorrow · %1 · 1 day left"_s.arg(store),
                          u"later · %1 · 20 days left"_s.arg(store), u"&Show TokenDesk"_s, u"&Quit"_s}));
    QCOMPARE(m_tray->menu()->toolTip(), u"TokenDesk: 2 tokens due within 30 days"_s);
    QCOMPARE(m_tray->menu()->tokenActions().size(), 2);
}

void TestReminderTray::nothingDueSaysSo()
{
    storeToken(u"far"_s, 45);
    QVERIFY(startWindow());
    QCOMPARE(entries(),
             (QStringList{u"No token expires within 30 days"_s, u"&Show TokenDesk"_s, u"&Quit"_s}));
    QVERIFY(!m_tray->menu()->menu()->actions().first()->isEnabled());
    QCOMPARE(m_tray->menu()->toolTip(), u"TokenDesk: no token expires within 30 days"_s);
}

void TestReminderTray::listsTheTokensOfEveryConnectedAccount()
{
    storeToken(u"deploy"_s, 5);
    const GitLabAccount alice =
        addTestAccount(*m_registry, *m_server, u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    QVERIFY(startWindow());
    // alice's project tokens due within 30 days (the server's seed): web-deploy in 10, cli-release in 30.
    const QString store = m_selector->offlineSession()->label();
    const QStringList texts = entries();
    QCOMPARE(texts.mid(0, 3),
             (QStringList{u"deploy · %1 · 5 days left"_s.arg(store),
                          u"web-deploy · %1 (acme/platform/web) · 10 days left"_s.arg(alice.label()),
                          u"cli-release · %1 (tools/cli) · 30 days left"_s.arg(alice.label())}));
    QCOMPARE(m_tray->menu()->toolTip(), u"TokenDesk: 3 tokens due within 30 days"_s);

    // An account that cannot be read is named, the others still listed.
    m_server->stop();
    m_tray->refresh();
    QVERIFY(waitForRefresh());
    QVERIFY2(entries().contains(u"Could not read %1"_s.arg(alice.label())),
             qPrintable(entries().join(u'\n')));
    QCOMPARE(entries().first(), u"deploy · %1 · 5 days left"_s.arg(store));
    QCOMPARE(m_tray->menu()->toolTip(),
             u"TokenDesk: 1 token due within 30 days\n1 place could not be read"_s);
}

void TestReminderTray::choosingAnEntrySelectsTheTokenOnItsAccount()
{
    storeToken(u"other"_s, 40);
    storeToken(u"deploy"_s, 5);
    const GitLabAccount alice =
        addTestAccount(*m_registry, *m_server, u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    QVERIFY(startWindow());
    QCOMPARE(m_selector->currentKey(), AccountRegistry::offlineKey());

    // A project token of alice: her account, the project, its row.
    QAction* webDeploy = m_tray->menu()->tokenActions().at(1);
    QVERIFY(webDeploy->text().startsWith(u"web-deploy"_s));
    webDeploy->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_selector->currentKey(), alice.key, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(currentTokenName(), u"web-deploy"_s, 20000);
    QCOMPARE(m_window->resourceChooser()->chosenResource()->fullPath, u"acme/platform/web"_s);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get()));

    // Back to the store's token.
    m_tray->menu()->tokenActions().at(0)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_selector->currentKey(), AccountRegistry::offlineKey(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(currentTokenName(), u"deploy"_s, 20000);
}

void TestReminderTray::readAgainAfterARevokeAndACreate()
{
    const qint64 id = storeToken(u"deploy"_s, 5);
    storeToken(u"second"_s, 8);
    QVERIFY(startWindow());
    QCOMPARE(m_tray->menu()->tokenActions().size(), 2);

    const qsizetype before = m_refreshed->count();
    const Result<AccessToken> token = Test::await<AccessToken>(
        [&](QObject* context, Callback<AccessToken> done) { m_offline->get(id, context, std::move(done)); });
    QVERIFY(token);
    m_window->confirmRevoke(token.value());
    QMessageBox* box = waitForVisibleChild<QMessageBox>(m_window.get(), u"revokeConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_refreshed->count() > before && !m_tray->isChecking());
    QTRY_COMPARE(m_tray->menu()->tokenActions().size(), 1);
    QVERIFY(m_tray->menu()->tokenActions().at(0)->text().startsWith(u"second · "_s));

    // A token made in the window that expires soon is listed.
    m_window->showTokenForm();
    m_window->actions()->create(
        Test::draft(u"fresh"_s, Clock::system().todayUtc().addDays(2), {u"read_api"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->menu()->tokenActions().size(), 2, 20000);
    QVERIFY(m_tray->menu()->tokenActions().at(0)->text().startsWith(u"fresh · "_s));
}

void TestReminderTray::followsTheReminderHorizon()
{
    storeToken(u"soon"_s, 3);
    storeToken(u"later"_s, 20);
    ReminderSettings().setThresholds({7, 1, 0});
    QVERIFY(startWindow());
    QCOMPARE(m_tray->menu()->tokenActions().size(), 1);
    QCOMPARE(m_tray->menu()->toolTip(), u"TokenDesk: 1 token due within 7 days"_s);

    ReminderSettings().setThresholds({60, 7});
    m_tray->refresh();
    QVERIFY(waitForRefresh());
    QCOMPARE(m_tray->menu()->tokenActions().size(), 2);
    QCOMPARE(m_tray->menu()->toolTip(), u"TokenDesk: 2 tokens due within 60 days"_s);
}

void TestReminderTray::showAndQuit()
{
    QVERIFY(startWindow());
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    m_tray->menu()->showAction()->trigger();
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());
    m_tray->menu()->quitAction()->trigger();
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestReminderTray)
#include "tst_ReminderTray.moc"
