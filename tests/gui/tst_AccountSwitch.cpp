#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "PasteTokenDialog.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// Switching account while something the old account started is still open or under way: the paste
// dialog, a create or rotate on a slow server, the one-time dialog's "Save to keychain". Each acts on
// the account it started on, whichever account the window shows by then.
class TestAccountSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pasteDialogChecksOnItsOwnAccountAfterASwitch();
    void createAnsweredAfterASwitchStillShowsTheSecret();
    void rotateAnsweredAfterASwitchStillShowsTheSecret();
    void savingFromTheOneTimeDialogAfterASwitchKeepsTheAccount();

private:
    // A window with the account selector, showing `user` of the test server.
    bool showAccount(const QString& user, const QByteArray& secret);
    void switchToOffline();
    SecretDialog* createThroughTheForm(const QString& name);

    std::unique_ptr<GitLabTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    GitLabAccount m_account;
    int m_switches = 0;
};

void TestAccountSwitch::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    AppSettings::setAutoSaveToKeychain(false);
}

void TestAccountSwitch::init()
{
    // A server per test: the tests change its tokens and add faults.
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
    m_switches = 0;
}

void TestAccountSwitch::cleanup()
{
    m_window.reset();
    m_selector = nullptr;
    if (m_registry)
        QVERIFY(GuiTest::forgetTestAccounts(*m_registry));
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
    m_server.reset();
}

bool TestAccountSwitch::showAccount(const QString& user, const QByteArray& secret)
{
    m_account = addTestAccount(*m_registry, *m_server, user, secret);
    if (m_account.key.isEmpty())
        return false;
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    m_selector->attach(*m_window);
    connect(m_selector, &AccountSelector::backendChanged, this, [this](TokenBackend&) { ++m_switches; });
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_selector->selectAccount(m_account.key);
    return QTest::qWaitFor([this] { return m_switches == 1; }, 20000) &&
           m_window->backend().identity() == m_account.key;
}

void TestAccountSwitch::switchToOffline()
{
    const int before = m_switches;
    m_selector->selectAccount(AccountRegistry::offlineKey());
    QTRY_COMPARE_WITH_TIMEOUT(m_switches, before + 1, 20000);
    QCOMPARE(&m_window->backend(), static_cast<TokenBackend*>(m_offline.get()));
    // Whatever the switch let go of is gone now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

SecretDialog* TestAccountSwitch::createThroughTheForm(const QString& name)
{
    m_window->showTokenForm();
    m_window->tokenForm()->prefill(name, QString(), {u"read_api"_s});
    m_window->tokenForm()->submit();
    return waitForVisibleChild<SecretDialog>(m_window.get());
}

void TestAccountSwitch::pasteDialogChecksOnItsOwnAccountAfterASwitch()
{
    QVERIFY(showAccount(u"alice"_s, GitLabTestServer::AliceToken));
    // GitLab lets alice create an `api` token only on its own page: the paste dialog opens.
    m_window->showTokenForm();
    m_window->tokenForm()->prefill(u"made by hand"_s, QString(), {u"api"_s});
    m_window->tokenForm()->submit();
    PasteTokenDialog* dialog = waitForVisibleChild<PasteTokenDialog>(m_window.get());
    QVERIFY(dialog);

    switchToOffline();

    // The token alice made on GitLab's page (a seeded one stands in for it).
    QSignalSpy identified(dialog, &PasteTokenDialog::tokenIdentified);
    auto* pasteEdit = Test::child<QLineEdit>(dialog, u"pastedTokenLineEdit"_s);
    QTest::keyClicks(pasteEdit, QLatin1String(GitLabTestServer::AliceReadToken));
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"identifyButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(identified.count(), 1, 20000);
    QCOMPARE(dialog->identifiedToken()->name, u"alice-read"_s);

    // Saved under alice's account, not the offline store shown now.
    const qint64 id = dialog->identifiedToken()->id;
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->wasSavedToKeychain(), 20000);
    QVERIFY(m_vault->isSaved(m_account.key, id));
    QVERIFY(!m_vault->isSaved(m_offline->identity(), id));
    QCOMPARE(Keychain::lookup(SecretVault::tokenKey(m_account.key, id)).out,
             QByteArray(GitLabTestServer::AliceReadToken));
}

void TestAccountSwitch::createAnsweredAfterASwitchStillShowsTheSecret()
{
    QVERIFY(showAccount(u"root"_s, GitLabTestServer::RootToken));
    // A slow server: the create is still under way when the user switches to the offline store.
    QVERIFY(m_server->addFault(
        QJsonObject{{u"kind"_s, u"delay"_s}, {u"ms"_s, 1500}, {u"count"_s, 1}, {u"method"_s, u"POST"_s}}));
    m_window->showTokenForm();
    m_window->tokenForm()->prefill(u"slow create"_s, QString(), {u"read_api"_s});
    m_window->tokenForm()->submit();
    switchToOffline();

    SecretDialog* dialog = waitForVisibleChild<SecretDialog>(m_window.get());
    QVERIFY2(dialog, "the new secret was never shown");
    QCOMPARE(dialog->token().name, u"slow create"_s);
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    QVERIFY(secret.startsWith("glpat-"));
    // The token exists on the server once, and the offline store got nothing.
    int made = 0;
    for (const QJsonValue& token : m_server->tokens())
        made += token.toObject().value(u"name"_s).toString() == u"slow create"_s ? 1 : 0;
    QCOMPARE(made, 1);
    QCOMPARE(m_window->activeModel()->rowCount(), 0);
}

void TestAccountSwitch::rotateAnsweredAfterASwitchStillShowsTheSecret()
{
    QVERIFY(showAccount(u"root"_s, GitLabTestServer::RootToken));
    SecretDialog* first = createThroughTheForm(u"to rotate"_s);
    QVERIFY(first);
    const AccessToken token = first->token();
    QVERIFY(m_server->addFault(
        QJsonObject{{u"kind"_s, u"delay"_s}, {u"ms"_s, 1500}, {u"count"_s, 1}, {u"method"_s, u"POST"_s}}));

    m_window->confirmRotate(token);
    QMessageBox* box = waitForVisibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    switchToOffline();

    const auto successorDialog = [this, &token]() -> SecretDialog* {
        for (SecretDialog* dialog : m_window->findChildren<SecretDialog*>()) {
            if (dialog->isVisible() && dialog->token().id != token.id)
                return dialog;
        }
        return nullptr;
    };
    QVERIFY2(QTest::qWaitFor([&] { return successorDialog() != nullptr; }, 20000),
             "the successor's secret was never shown");
    SecretDialog* dialog = successorDialog();
    QCOMPARE(dialog->token().name, u"to rotate"_s);
    QVERIFY(Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().startsWith(u"glpat-"_s));
}

void TestAccountSwitch::savingFromTheOneTimeDialogAfterASwitchKeepsTheAccount()
{
    QVERIFY(showAccount(u"root"_s, GitLabTestServer::RootToken));
    SecretDialog* dialog = createThroughTheForm(u"saved later"_s);
    QVERIFY(dialog);
    const qint64 id = dialog->token().id;
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();

    switchToOffline();

    auto* save = Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->wasSavedToKeychain(), 20000);
    QVERIFY(m_vault->isSaved(m_account.key, id));
    QVERIFY(!m_vault->isSaved(m_offline->identity(), id));
    QCOMPARE(Keychain::lookup(SecretVault::tokenKey(m_account.key, id)).out, secret);
    QVERIFY(Keychain::lookup(SecretVault::tokenKey(m_offline->identity(), id)).exitCode != 0);
}

QTEST_MAIN(TestAccountSwitch)
#include "WidgetLookup.h"
#include "tst_AccountSwitch.moc"
