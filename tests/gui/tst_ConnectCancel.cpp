#include "AccountRegistry.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "ConnectionCheck.h"
#include "GitLabTestServer.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "Translations.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "GuiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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

// Cancelling "Connect to GitLab…" while its keychain save is still under way: the account is not added,
// and the access token does not stay behind in the keychain (real Secret Service of the isolated session;
// the vault holds the save back until the dialog is gone, as a slow keychain would).
class TestConnectCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void closedAndDeletedWhileSavingLeavesNothing();
    void cancelledButKeptWhileSavingLeavesNothing();
    void cancellingDoesNotTouchAnAccountAlreadyKnown();

private:
    // Opens a dialog, connects as alice and waits until the keychain save is held back.
    ConnectDialog* connectUntilSaving(QSignalSpy*& connected);
    QString aliceKey() const { return ConnectionCheck::accountKey(m_server.url(), u"alice"_s); }

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<QSignalSpy> m_connected;
};

void TestConnectCancel::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestConnectCancel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"config/keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
}

void TestConnectCancel::cleanup()
{
    m_connected.reset();
    if (m_vault)
        m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry || !m_registry->hasPendingChanges(), 20000);
    Keychain::secretTool(
        {u"clear"_s, u"user"_s, SecretVault::accountCredentialKey(aliceKey()), u"server"_s, u"TokenDesk"_s});
    m_registry.reset();
    m_vault.reset();
    m_dir.reset();
}

ConnectDialog* TestConnectCancel::connectUntilSaving(QSignalSpy*& connected)
{
    auto* dialog = new ConnectDialog(*m_registry, Clock::system());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connected = std::make_unique<QSignalSpy>(dialog, &ConnectDialog::accountConnected);
    connected = m_connected.get();
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto* urlEdit = Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, m_server.url().toString());
    QTest::keyClicks(Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s),
                     QLatin1String(GitLabTestServer::AliceToken));
    m_vault->setWritesHeld(true);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    if (!QTest::qWaitFor([status] { return status->text().contains(u"Saving"_s); }, 20000))
        return nullptr;
    return dialog;
}

void TestConnectCancel::closedAndDeletedWhileSavingLeavesNothing()
{
    QSignalSpy* connected = nullptr;
    QPointer<ConnectDialog> dialog = connectUntilSaving(connected);
    QVERIFY(dialog);
    QVERIFY2(m_registry->hasPendingChanges(),
             qPrintable(Test::child<QLabel>(dialog, u"statusLabel"_s)->text()));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());

    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry->hasPendingChanges(), 20000);
    QCOMPARE(connected->count(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(Keychain::lookup(SecretVault::accountCredentialKey(aliceKey())).exitCode != 0);
    QCOMPARE(Keychain::countItems(Keychain::searchAll(), SecretVault::accountCredentialKey(aliceKey())), 0);
}

void TestConnectCancel::cancelledButKeptWhileSavingLeavesNothing()
{
    QSignalSpy* connected = nullptr;
    QPointer<ConnectDialog> dialog = connectUntilSaving(connected);
    QVERIFY(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->reject();
    QVERIFY(!dialog->isVisible());

    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry->hasPendingChanges(), 20000);
    QCOMPARE(connected->count(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(Keychain::lookup(SecretVault::accountCredentialKey(aliceKey())).exitCode != 0);
    delete dialog.data();
}

void TestConnectCancel::cancellingDoesNotTouchAnAccountAlreadyKnown()
{
    // alice is connected already; adding her again and cancelling leaves her account working.
    GitLabAccount alice;
    alice.key = aliceKey();
    alice.instanceUrl = m_server.url();
    alice.username = u"alice"_s;
    QVERIFY(TokenDesk::Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
                m_registry->addAccount(alice, Secret(QByteArray(GitLabTestServer::AliceToken)), ctx,
                                       std::move(done));
            }).ok());
    QVERIFY(m_registry->account(alice.key));

    QSignalSpy* connected = nullptr;
    QPointer<ConnectDialog> dialog = connectUntilSaving(connected);
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registry->hasPendingChanges(), 20000);
    QVERIFY(m_registry->account(alice.key));
    QCOMPARE(Keychain::lookup(SecretVault::accountCredentialKey(alice.key)).out,
             QByteArray(GitLabTestServer::AliceToken));
}

QTEST_MAIN(TestConnectCancel)
#include "WidgetLookup.h"
#include "tst_ConnectCancel.moc"
