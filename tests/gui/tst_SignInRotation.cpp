#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "Clock.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// The window after the user rotated the very token their account signs in with: closing the one-time
// dialog wipes the dialog's copy of the successor, never the copy the account signs in with, so the next
// requests still sign in (with the successor) and the account is not reported as refused.
class TestSignInRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nextRequestsSignInWithTheSuccessorAfterTheDialogClosed();

private:
    // The server's log of requests from entry `from` on.
    QList<QJsonObject> requestsSince(int from);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
};

void TestSignInRotation::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSignInRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
}

void TestSignInRotation::cleanup()
{
    if (m_registry)
        QVERIFY(GuiTest::forgetTestAccounts(*m_registry));
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
}

QList<QJsonObject> TestSignInRotation::requestsSince(int from)
{
    QList<QJsonObject> requests;
    const QJsonArray log = m_server.log();
    for (qsizetype i = from; i < log.size(); ++i)
        requests << log.at(i).toObject();
    return requests;
}

void TestSignInRotation::nextRequestsSignInWithTheSuccessorAfterTheDialogClosed()
{
    const GitLabAccount bob = addTestAccount(*m_registry, m_server, u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!bob.key.isEmpty());
    MainWindow window(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    selector->attach(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selector->selectAccount(bob.key);
    QTRY_VERIFY_WITH_TIMEOUT(window.activeModel()->rowCount() == 1, 20000);
    const AccessToken own = window.activeModel()->tokenAt(0);
    QCOMPARE(own.name, u"bob-api"_s);

    // Rotate the sign-in token from the window, as the user does.
    window.confirmRotate(own);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(u"rotateConfirmation"_s)) != nullptr &&
                box->isVisible());
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<SecretDialog*>()) != nullptr && dialog->isVisible(),
                             20000);
    const QByteArray successor = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    QVERIFY(successor.startsWith("glpat-"));
    QTRY_COMPARE_WITH_TIMEOUT(Keychain::lookup(SecretVault::accountCredentialKey(bob.key)).out, successor,
                              20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.activeModel()->rowCount() == 1 && window.activeModel()->tokenAt(0).id != own.id, 20000);

    // Close the one-time dialog without copying: it wipes its copy of the secret.
    dialog->reject();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = dialog->findChild<QMessageBox*>(u"closeConfirmationMessageBox"_s)) != nullptr &&
                confirm->isVisible());
    QTest::mouseClick(Test::child<QPushButton>(confirm, u"closeWithoutCopyingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    // F5: the listing is asked for again, signed in with the successor, and answered.
    const int before = static_cast<int>(m_server.log().size());
    window.refresh();
    const QString listing = u"/api/v4/personal_access_tokens"_s;
    const QString successorDigest = GitLabTestServer::credentialDigest(successor);
    const auto answeredListing = [&] {
        for (const QJsonObject& request : requestsSince(before)) {
            if (request.value(u"method"_s).toString() == u"GET"_s &&
                request.value(u"path"_s).toString().startsWith(listing) &&
                request.value(u"status"_s).isDouble())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answeredListing(), 20000);
    for (const QJsonObject& request : requestsSince(before)) {
        QVERIFY2(request.value(u"auth"_s).toString() != u"none"_s,
                 qPrintable(u"sent without a token: "_s + request.value(u"path"_s).toString()));
        QCOMPARE(request.value(u"credential"_s).toString(), successorDigest);
        QVERIFY2(request.value(u"status"_s).toInt() < 400,
                 qPrintable(u"refused: "_s + request.value(u"path"_s).toString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        window.activeModel()->rowCount() == 1 && window.activeModel()->tokenAt(0).id != own.id, 20000);
    QVERIFY(!Test::child<QLabel>(&window, u"loadErrorLabel"_s)->isVisible());
    QVERIFY(!Test::child<QPushButton>(&window, u"reconnectButton"_s)->isVisible());
    QVERIFY(window.findChild<QMessageBox*>(u"accountProblemMessageBox"_s) == nullptr);
    QCOMPARE(selector->currentKey(), bob.key);
}

QTEST_MAIN(TestSignInRotation)
#include "WidgetLookup.h"
#include "tst_SignInRotation.moc"
