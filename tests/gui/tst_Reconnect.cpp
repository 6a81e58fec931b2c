#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"
#include "ThrowawayCertificates.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// A GitLab account whose access token GitLab refuses (401), reconnected from the window with a new token;
// and the Connect dialog's Advanced part (CA certificate file, timeout), kept per account. Against the GitLab
// API test server on loopback (plain and TLS), the real Secret Service of tests/support/isolated-run and
// real widgets.
class TestReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedAccountOffersReconnectThatReplacesTheCredential();
    void tokenRevokedDuringUseOffersReconnectAndKeepsTheForm();
    void credentialMissingFromTheKeychainOffersReconnect();
    void tokenOfAnotherUserIsRefusedAndReplacesNothing();
    void cancelChangesNothing();
    void advancedControlsHaveTheirLabelsAsNames();
    void badCaFileIsShownNextToTheFieldAndNothingConnects();
    void caFileAndTimeoutSurviveARestart();
    void httpsNeedsTheCaFileAndTheAccountKeepsUsingIt();

private:
    GitLabAccount addAccount(GitLabTestServer& server, const QString& user, const QByteArray& secret);
    QByteArray newTokenFor(GitLabTestServer& server, const QString& user, const QString& name);
    void openWindow();
    ConnectDialog* waitForReconnectDialog();
    // A throwaway CA and a server certificate it signed (server.pem, server-key.pem) in dir; the CA's file.
    QString makeCertificate(QTemporaryDir& dir);
    QString credential(const QString& key) const;

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
};

namespace {

// Counts backendChanged (QSignalSpy cannot record its reference argument).
struct SwitchCounter
{
    explicit SwitchCounter(AccountSelector* selector)
    {
        QObject::connect(selector, &AccountSelector::backendChanged, selector,
                         [this](TokenBackend&) { ++count; });
    }
    int count = 0;
};

QStringList activeNames(MainWindow& window)
{
    QStringList out;
    for (int row = 0; row < window.activeModel()->rowCount(); ++row)
        out << window.activeModel()->tokenAt(row).name;
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    if (!Keychain::isIsolated())                                                                             \
    QSKIP("Writes to the Secret Service: run under tests/support/isolated-run")

void TestReconnect::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestReconnect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"config/keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
    QVERIFY(m_server.reset());
}

void TestReconnect::cleanup()
{
    if (m_registry && Keychain::isIsolated()) {
        for (const GitLabAccount& account : m_registry->accounts()) {
            bool done = false;
            m_registry->removeAccount(account.key, this, [&done](Result<bool>) { done = true; });
            QTRY_VERIFY(done);
        }
    }
    m_window.reset();
    m_selector = nullptr;
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
}

GitLabAccount TestReconnect::addAccount(GitLabTestServer& server, const QString& user,
                                        const QByteArray& secret)
{
    return addTestAccount(*m_registry, server, user, secret);
}

// What the user does on GitLab's page when their token stopped working, done here by the administrator.
QByteArray TestReconnect::newTokenFor(GitLabTestServer& server, const QString& user, const QString& name)
{
    GitLabBackend root(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    // gitlab_test_server.py's seed: root 1, alice 2, bob 3.
    const qint64 userId = user == u"alice"_s ? 2 : 3;
    TokenDraft draft;
    draft.name = name;
    draft.scopes = {u"api"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    auto made = TokenDesk::Test::await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> done) {
        root.createForUser(userId, draft, ctx, std::move(done));
    });
    return made ? made.value().secret.utf8() : QByteArray();
}

void TestReconnect::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    m_selector->attach(*m_window);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

ConnectDialog* TestReconnect::waitForReconnectDialog()
{
    ConnectDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_selector->reconnectDialog()) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

QString TestReconnect::makeCertificate(QTemporaryDir& dir)
{
    TokenDesk::Test::ThrowawayCertificates certificates;
    return certificates.create(dir.path()) ? certificates.caFile() : QString();
}

QString TestReconnect::credential(const QString& key) const
{
    const auto found = Keychain::lookup(SecretVault::accountCredentialKey(key));
    return found.exitCode == 0 ? QString::fromUtf8(found.out) : QString();
}

void TestReconnect::refusedAccountOffersReconnectThatReplacesTheCredential()
{
    REQUIRE_KEYCHAIN();
    const QByteArray stale = Keychain::randomToken();
    const GitLabAccount alice = addAccount(m_server, u"alice"_s, stale);
    QVERIFY(!alice.key.isEmpty());
    openWindow();
    SwitchCounter changed(m_selector);

    m_selector->selectAccount(alice.key);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = visibleChild<QMessageBox>(m_window.get(), u"accountProblemMessageBox"_s)) != nullptr, 20000);
    QVERIFY2(box->text().contains(u"invalid, expired or revoked"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Reconnect"_s), qPrintable(box->text()));
    QVERIFY(!box->text().contains(u"Remove the account"_s));
    QVERIFY(!box->text().contains(QString::fromLatin1(stale)));
    auto* reconnect = Test::child<QPushButton>(box, u"reconnectButton"_s);
    QVERIFY(reconnect);
    QCOMPARE(withoutMnemonic(reconnect->text()), u"Reconnect…"_s);
    QCOMPARE(accessibleName(reconnect), withoutMnemonic(reconnect->text()));
    QCOMPARE(box->defaultButton(), reconnect);
    QCOMPARE(changed.count, 0);

    // The keyboard reaches it: Enter presses the default button.
    box->activateWindow();
    QTRY_VERIFY(box->isActiveWindow());
    QTest::keyClick(box, Qt::Key_Return);
    ConnectDialog* dialog = waitForReconnectDialog();
    QVERIFY(dialog);
    auto* urlEdit = Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s);
    auto* tokenEdit = Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s);
    QCOMPARE(urlEdit->text(), m_server.url().toString());
    QVERIFY(urlEdit->isReadOnly());
    QVERIFY(tokenEdit->text().isEmpty());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(hasKeyboardFocus(tokenEdit));
    QCOMPARE(accessibleName(dialog->connectButton()), u"Reconnect"_s);
    QVERIFY(Test::child<QLabel>(dialog, u"introLabel"_s)->text().contains(alice.label()));

    QSignalSpy replaced(dialog, &ConnectDialog::credentialReplaced);
    QTest::keyClicks(tokenEdit, QLatin1String(GitLabTestServer::AliceToken));
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 20000);
    QCOMPARE(replaced.first().first().toString(), alice.key);
    QCOMPARE(credential(alice.key), QString::fromLatin1(GitLabTestServer::AliceToken));
    QVERIFY(tokenEdit->text().isEmpty());
    QVERIFY2(Test::child<QLabel>(dialog, u"statusLabel"_s)->text().contains(u"Reconnected as alice"_s),
             qPrintable(Test::child<QLabel>(dialog, u"statusLabel"_s)->text()));

    // The account is in use with the new credential: its tokens appear in the window.
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QCOMPARE(m_selector->currentKey(), alice.key);
    QCOMPARE(&m_window->backend(), &m_selector->currentBackend());
    QTRY_VERIFY_WITH_TIMEOUT(activeNames(*m_window).contains(u"alice-api"_s), 20000);
    QCOMPARE(m_registry->accounts().size(), 1);
    QCOMPARE(Keychain::filesContaining(m_dir->path(), GitLabTestServer::AliceToken), QStringList());
    dialog->close();
}

void TestReconnect::tokenRevokedDuringUseOffersReconnectAndKeepsTheForm()
{
    REQUIRE_KEYCHAIN();
    // A server of its own: alice's seeded token gets revoked.
    GitLabTestServer server;
    QVERIFY(server.start());
    const GitLabAccount alice = addAccount(server, u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    openWindow();
    SwitchCounter changed(m_selector);
    m_selector->selectAccount(alice.key);
    QTRY_VERIFY_WITH_TIMEOUT(activeNames(*m_window).contains(u"alice-api"_s), 20000);
    QTRY_VERIFY(m_window->inactiveModel()->hasLoaded());

    // Elsewhere (GitLab's page, another program), the token TokenDesk signs in with is revoked.
    GitLabBackend elsewhere(server.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    auto revoked = TokenDesk::Test::await<AccessToken>([&](QObject* ctx, Callback<AccessToken> done) {
        elsewhere.revoke(GitLabBackend::SelfId, ctx, std::move(done));
    });
    QVERIFY2(revoked, qPrintable(revoked ? QString() : revoked.error().message));

    // Listing: the banner says why and offers Reconnect.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto* banner = Test::child<QLabel>(m_window.get(), u"loadErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(u"invalid, expired or revoked"_s), qPrintable(banner->text()));
    auto* bannerButton = Test::child<QPushButton>(m_window.get(), u"reconnectButton"_s);
    QVERIFY(bannerButton->isVisible());
    QCOMPARE(accessibleName(bannerButton), withoutMnemonic(bannerButton->text()));
    QCOMPARE(withoutMnemonic(bannerButton->text()), u"Reconnect…"_s);
    QVERIFY(bannerButton->focusPolicy() & Qt::TabFocus);

    // Rotate: refused with 401, so nothing was rotated; the box offers Reconnect, Escape declines it.
    const int rotateRow = activeNames(*m_window).indexOf(u"alice-read"_s);
    QVERIFY(rotateRow >= 0);
    m_window->confirmRotate(m_window->activeModel()->tokenAt(rotateRow));
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = visibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s)) != nullptr);
    QTest::mouseClick(Test::child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
    QMessageBox* rotateError = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rotateError = visibleChild<QMessageBox>(m_window.get(), u"errorMessage"_s)) != nullptr, 20000);
    QVERIFY2(rotateError->text().contains(u"was not rotated"_s), qPrintable(rotateError->text()));
    QVERIFY(rotateError->findChild<QPushButton*>(u"reconnectButton"_s));
    QTest::keyClick(rotateError, Qt::Key_Escape);
    QTRY_VERIFY(!visibleChild<QMessageBox>(m_window.get(), u"errorMessage"_s));
    QVERIFY(!m_selector->reconnectDialog());
    QCOMPARE(server.count(u"POST"_s, u"/api/v4/personal_access_tokens"_s), 1);

    // Create: refused with 401, so nothing was created; the form keeps its contents.
    const int tokensBefore = server.tokens().size();
    m_window->showTokenForm();
    auto* nameEdit = Test::child<QLineEdit>(m_window->tokenForm(), u"nameLineEdit"_s);
    m_window->tokenForm()->prefill(u"deploy keep me"_s, u"made before the reconnect"_s, {u"self_rotate"_s});
    m_window->tokenForm()->submit();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleChild<QMessageBox>(m_window.get(), u"errorMessage"_s)) != nullptr,
                             20000);
    QVERIFY2(box->text().contains(u"nothing was created"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"invalid, expired or revoked"_s),
             qPrintable(box->informativeText()));
    QCOMPARE(server.tokens().size(), tokensBefore);
    auto* boxReconnect = Test::child<QPushButton>(box, u"reconnectButton"_s);
    QVERIFY(boxReconnect);
    QCOMPARE(accessibleName(boxReconnect), withoutMnemonic(boxReconnect->text()));
    QTest::mouseClick(boxReconnect, Qt::LeftButton);

    ConnectDialog* dialog = waitForReconnectDialog();
    QVERIFY(dialog);
    QCOMPARE(Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s)->text(), server.url().toString());
    const QByteArray fresh = newTokenFor(server, u"alice"_s, u"TokenDesk again"_s);
    QVERIFY(!fresh.isEmpty());
    auto* tokenEdit = Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s);
    QTest::keyClicks(tokenEdit, QString::fromLatin1(fresh));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(credential(alice.key), QString::fromLatin1(fresh), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(activeNames(*m_window).contains(u"TokenDesk again"_s), 20000);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(nameEdit->text(), u"deploy keep me"_s);
    QVERIFY(m_window->tokenForm()->isVisible());
    QCOMPARE(Keychain::filesContaining(m_dir->path(), fresh), QStringList());
    dialog->close();
}

void TestReconnect::credentialMissingFromTheKeychainOffersReconnect()
{
    REQUIRE_KEYCHAIN();
    const GitLabAccount alice = addAccount(m_server, u"alice"_s, Keychain::randomToken());
    QVERIFY(!alice.key.isEmpty());
    // Deleted outside TokenDesk.
    QCOMPARE(Keychain::secretTool({u"clear"_s, u"user"_s, SecretVault::accountCredentialKey(alice.key),
                                   u"server"_s, u"TokenDesk"_s})
                 .exitCode,
             0);
    QVERIFY(credential(alice.key).isEmpty());
    openWindow();
    m_selector->selectAccount(alice.key);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = visibleChild<QMessageBox>(m_window.get(), u"accountProblemMessageBox"_s)) != nullptr, 20000);
    auto* reconnect = Test::child<QPushButton>(box, u"reconnectButton"_s);
    QVERIFY2(reconnect, qPrintable(box->text()));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    ConnectDialog* dialog = waitForReconnectDialog();
    QVERIFY(dialog);
    SwitchCounter changed(m_selector);
    QTest::keyClicks(Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s),
                     QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QCOMPARE(credential(alice.key), QString::fromLatin1(GitLabTestServer::AliceToken));
    dialog->close();
}

void TestReconnect::tokenOfAnotherUserIsRefusedAndReplacesNothing()
{
    REQUIRE_KEYCHAIN();
    const QByteArray stale = Keychain::randomToken();
    const GitLabAccount alice = addAccount(m_server, u"alice"_s, stale);
    QVERIFY(!alice.key.isEmpty());
    openWindow();
    SwitchCounter changed(m_selector);
    const QByteArray settingsBefore = fileBytes(m_registry->settingsFile());

    m_selector->showReconnectDialog(alice.key);
    ConnectDialog* dialog = waitForReconnectDialog();
    QVERIFY(dialog);
    QSignalSpy replaced(dialog, &ConnectDialog::credentialReplaced);
    QSignalSpy connected(dialog, &ConnectDialog::accountConnected);
    auto* tokenEdit = Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s);
    QTest::keyClicks(tokenEdit, QLatin1String(GitLabTestServer::BobToken));
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    auto* tokenError = Test::child<QLabel>(dialog, u"tokenErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tokenError->isVisible(), 20000);
    QVERIFY2(tokenError->text().contains(u"belongs to bob, not to alice"_s), qPrintable(tokenError->text()));
    QVERIFY2(tokenError->text().contains(u"Nothing was replaced"_s), qPrintable(tokenError->text()));
    QVERIFY(!tokenError->text().contains(QLatin1String(GitLabTestServer::BobToken)));
    QVERIFY(dialog->connectButton()->isEnabled());

    QTest::qWait(100);
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(credential(alice.key), QString::fromLatin1(stale));
    QCOMPARE(m_registry->accounts().size(), 1);
    QCOMPARE(fileBytes(m_registry->settingsFile()), settingsBefore);
    QCOMPARE(changed.count, 0);
    QCOMPARE(&m_window->backend(), static_cast<TokenBackend*>(m_offline.get()));

    // Offered instead: bob as an account of his own; alice keeps hers.
    auto* addButton = Test::child<QPushButton>(dialog, u"addAsNewAccountButton"_s);
    QVERIFY(addButton->isVisible());
    QCOMPARE(accessibleName(addButton), withoutMnemonic(addButton->text()));
    addButton->setFocus();
    QTest::keyClick(addButton, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    const QString bobKey = u"gitlab:http://127.0.0.1:%1:bob"_s.arg(m_server.port());
    QCOMPARE(connected.first().first().toString(), bobKey);
    QCOMPARE(credential(bobKey), QString::fromLatin1(GitLabTestServer::BobToken));
    QCOMPARE(credential(alice.key), QString::fromLatin1(stale));
    QCOMPARE(m_registry->accounts().size(), 2);
    QCOMPARE(replaced.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QCOMPARE(m_selector->currentKey(), bobKey);
    dialog->close();
}

void TestReconnect::cancelChangesNothing()
{
    REQUIRE_KEYCHAIN();
    const QByteArray stale = Keychain::randomToken();
    const GitLabAccount alice = addAccount(m_server, u"alice"_s, stale);
    QVERIFY(!alice.key.isEmpty());
    openWindow();
    SwitchCounter changed(m_selector);
    const QByteArray settingsBefore = fileBytes(m_registry->settingsFile());

    m_selector->showReconnectDialog(alice.key);
    QPointer<ConnectDialog> dialog = waitForReconnectDialog();
    QVERIFY(dialog);
    auto* cancel = Test::child<QPushButton>(dialog, u"cancelButton"_s);
    QVERIFY(cancel && cancel->isVisible());
    QCOMPARE(accessibleName(cancel), withoutMnemonic(cancel->text()));
    QTest::keyClicks(Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s),
                     QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QTest::qWait(100);
    QCOMPARE(credential(alice.key), QString::fromLatin1(stale));
    QCOMPARE(fileBytes(m_registry->settingsFile()), settingsBefore);
    QCOMPARE(changed.count, 0);
    QCOMPARE(&m_window->backend(), static_cast<TokenBackend*>(m_offline.get()));
    QCOMPARE(m_server.count(u"GET"_s), 0);
}

void TestReconnect::advancedControlsHaveTheirLabelsAsNames()
{
    ConnectDialog dialog(*m_registry, Clock::system());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* advanced = Test::child<QToolButton>(&dialog, u"advancedButton"_s);
    auto* advancedPart = Test::child<QWidget>(&dialog, u"advancedWidget"_s);
    auto* caEdit = Test::child<QLineEdit>(&dialog, u"caFileLineEdit"_s);
    auto* browse = Test::child<QPushButton>(&dialog, u"browseCaFileButton"_s);
    auto* timeout = Test::child<QSpinBox>(&dialog, u"timeoutSpinBox"_s);
    QVERIFY(advanced && advancedPart && caEdit && browse && timeout);
    QVERIFY(!advancedPart->isVisible());

    // Reached from the Create link with Tab, opened with Space, then Tab walks the new fields.
    auto* link = Test::child<QPushButton>(&dialog, u"createTokenButton"_s);
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(advanced));
    QTest::keyClick(advanced, Qt::Key_Space);
    QVERIFY(advancedPart->isVisible());
    QVERIFY(advanced->isChecked());
    QTest::keyClick(advanced, Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(caEdit));
    QTest::keyClick(caEdit, Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(browse));
    QTest::keyClick(browse, Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(timeout));

    QCOMPARE(accessibleName(advanced), withoutMnemonic(advanced->text()));
    QCOMPARE(accessibleName(caEdit), withoutMnemonic(Test::child<QLabel>(&dialog, u"caFileLabel"_s)->text()));
    QCOMPARE(accessibleName(caEdit), u"CA certificate file"_s);
    QCOMPARE(accessibleName(browse), withoutMnemonic(browse->text()));
    QCOMPARE(accessibleName(browse), u"Browse…"_s);
    QCOMPARE(accessibleName(timeout),
             withoutMnemonic(Test::child<QLabel>(&dialog, u"timeoutLabel"_s)->text()));
    QCOMPARE(accessibleName(timeout), u"Timeout"_s);
    QCOMPARE(Test::child<QLabel>(&dialog, u"caFileLabel"_s)->buddy(), caEdit);
    QCOMPARE(Test::child<QLabel>(&dialog, u"timeoutLabel"_s)->buddy(), timeout);
    QCOMPARE(timeout->value(), 30);
    QVERIFY(timeout->minimum() >= 1 && timeout->minimum() <= 10);
    QVERIFY(timeout->maximum() >= 300 && timeout->maximum() <= 3600);
    QVERIFY(timeout->suffix().contains(u"second"_s));

    // Browse… opens a file chooser whose choice lands in the field.
    QTemporaryDir dir;
    const QString cert = makeCertificate(dir);
    if (cert.isEmpty())
        QSKIP("openssl could not make a test certificate");
    QTest::mouseClick(browse, Qt::LeftButton);
    QFileDialog* chooser = nullptr;
    QTRY_VERIFY((chooser = visibleChild<QFileDialog>(&dialog, u"caFileDialog"_s)) != nullptr);
    chooser->selectFile(cert);
    static_cast<QDialog*>(chooser)->accept();
    QTRY_COMPARE(QDir::fromNativeSeparators(caEdit->text()), cert);
    QVERIFY(!Test::child<QLabel>(&dialog, u"caFileErrorLabel"_s)->isVisible());
}

void TestReconnect::badCaFileIsShownNextToTheFieldAndNothingConnects()
{
    ConnectDialog dialog(*m_registry, Clock::system());
    QSignalSpy connected(&dialog, &ConnectDialog::accountConnected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* urlEdit = Test::child<QLineEdit>(&dialog, u"instanceUrlLineEdit"_s);
    auto* tokenEdit = Test::child<QLineEdit>(&dialog, u"accessTokenLineEdit"_s);
    auto* caEdit = Test::child<QLineEdit>(&dialog, u"caFileLineEdit"_s);
    auto* caError = Test::child<QLabel>(&dialog, u"caFileErrorLabel"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, m_server.url().toString());
    QTest::keyClicks(tokenEdit, QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(Test::child<QToolButton>(&dialog, u"advancedButton"_s), Qt::LeftButton);

    const QString missing = m_dir->filePath(u"no-such-ca.pem"_s);
    QTest::keyClicks(caEdit, missing);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QVERIFY(caError->isVisible());
    QVERIFY2(caError->text().contains(u"There is no file"_s) && caError->text().contains(missing),
             qPrintable(caError->text()));
    QVERIFY(hasKeyboardFocus(caEdit));
    QVERIFY(!Test::child<QLabel>(&dialog, u"urlErrorLabel"_s)->isVisible());
    QVERIFY(!Test::child<QLabel>(&dialog, u"tokenErrorLabel"_s)->isVisible());

    // A readable file that is not PEM.
    const QString notPem = m_dir->filePath(u"notes.txt"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a certificate\n");
    file.close();
    caEdit->selectAll();
    QTest::keyClicks(caEdit, notPem);
    QVERIFY(!caError->isVisible());
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QVERIFY(caError->isVisible());
    QVERIFY2(caError->text().contains(u"no PEM certificate"_s), qPrintable(caError->text()));

    QTest::qWait(200);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(m_server.log().size(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(dialog.connectButton()->isEnabled());
}

void TestReconnect::caFileAndTimeoutSurviveARestart()
{
    REQUIRE_KEYCHAIN();
    QTemporaryDir dir;
    const QString cert = makeCertificate(dir);
    if (cert.isEmpty())
        QSKIP("openssl could not make a test certificate");
    ConnectDialog dialog(*m_registry, Clock::system());
    QSignalSpy connected(&dialog, &ConnectDialog::accountConnected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* urlEdit = Test::child<QLineEdit>(&dialog, u"instanceUrlLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, m_server.url().toString());
    QTest::keyClicks(Test::child<QLineEdit>(&dialog, u"accessTokenLineEdit"_s),
                     QLatin1String(GitLabTestServer::BobToken));
    dialog.setAdvancedShown(true);
    QTest::keyClicks(Test::child<QLineEdit>(&dialog, u"caFileLineEdit"_s), cert);
    auto* timeout = Test::child<QSpinBox>(&dialog, u"timeoutSpinBox"_s);
    timeout->selectAll();
    QTest::keyClicks(timeout, u"45"_s);
    QCOMPARE(timeout->value(), 45);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    const QString key = connected.first().first().toString();

    // The next start: a new registry on the same settings file.
    AccountRegistry again(*m_vault, m_registry->settingsFile());
    const std::optional<GitLabAccount> account = again.account(key);
    QVERIFY(account);
    QCOMPARE(account->caFile, cert);
    QCOMPARE(account->timeoutSeconds, 45);
    const GitLabOptions options = account->options();
    QCOMPARE(options.caFile, cert);
    QCOMPARE(options.timeoutMs, 45000);
    // Not secrets, stored next to the account; the token is not among them.
    QSettings settings(m_registry->settingsFile(), QSettings::IniFormat);
    settings.beginGroup(u"GitLabAccountOptions"_s);
    settings.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(key)));
    QCOMPARE(settings.value(u"caFile"_s).toString(), cert);
    QCOMPARE(settings.value(u"timeoutSeconds"_s).toInt(), 45);
    settings.endGroup();
    settings.endGroup();
    QCOMPARE(Keychain::filesContaining(m_dir->path(), GitLabTestServer::BobToken), QStringList());

    // Reconnecting fills them in; removing the account forgets them.
    ConnectDialog reconnect(*m_registry, Clock::system());
    reconnect.setReconnectAccount(*account);
    QCOMPARE(Test::child<QLineEdit>(&reconnect, u"caFileLineEdit"_s)->text(), cert);
    QCOMPARE(Test::child<QSpinBox>(&reconnect, u"timeoutSpinBox"_s)->value(), 45);
    reconnect.show();
    QVERIFY(Test::child<QWidget>(&reconnect, u"advancedWidget"_s)->isVisible());
    reconnect.close();

    bool removed = false;
    m_registry->removeAccount(key, this, [&removed](Result<bool>) { removed = true; });
    QTRY_VERIFY(removed);
    QSettings after(m_registry->settingsFile(), QSettings::IniFormat);
    after.beginGroup(u"GitLabAccountOptions"_s);
    QCOMPARE(after.childGroups(), QStringList());
}

void TestReconnect::httpsNeedsTheCaFileAndTheAccountKeepsUsingIt()
{
    REQUIRE_KEYCHAIN();
    QTemporaryDir dir;
    const QString cert = makeCertificate(dir);
    if (cert.isEmpty())
        QSKIP("openssl could not make a test certificate");
    GitLabTestServer tls;
    QVERIFY(tls.start(
        {u"--tls-cert"_s, dir.filePath(u"server.pem"_s), u"--tls-key"_s, dir.filePath(u"server-key.pem"_s)}));
    const QString url = u"https://127.0.0.1:%1"_s.arg(tls.port());

    GitLabOptions options;
    options.maxGetAttempts = 1;
    ConnectDialog dialog(*m_registry, Clock::system(), options);
    QSignalSpy connected(&dialog, &ConnectDialog::accountConnected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* urlEdit = Test::child<QLineEdit>(&dialog, u"instanceUrlLineEdit"_s);
    auto* tokenEdit = Test::child<QLineEdit>(&dialog, u"accessTokenLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClicks(tokenEdit, QLatin1String(GitLabTestServer::AliceToken));

    // Without the CA file: a clear TLS message next to the URL, nothing saved.
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    auto* urlError = Test::child<QLabel>(&dialog, u"urlErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(urlError->isVisible(), 20000);
    QVERIFY2(urlError->text().contains(u"certificate"_s) && urlError->text().contains(u"CA file"_s),
             qPrintable(urlError->text()));
    QCOMPARE(connected.count(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    // The Advanced part opened by itself, showing where the CA file goes.
    auto* caEdit = Test::child<QLineEdit>(&dialog, u"caFileLineEdit"_s);
    QVERIFY(caEdit->isVisible());

    // With it: connected, and the account remembers it.
    QTest::keyClicks(caEdit, cert);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    const QString key = connected.first().first().toString();
    QCOMPARE(key, u"gitlab:127.0.0.1:%1:alice"_s.arg(tls.port()));
    QCOMPARE(m_registry->account(key)->caFile, cert);

    // The window's next start builds the account's backend with it and lists over https.
    AccountRegistry again(*m_vault, m_registry->settingsFile());
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(again, *m_offline, Clock::system(), options);
    selector->attach(*m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SwitchCounter changed(selector);
    selector->selectAccount(key);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QCOMPARE(&m_window->backend(), &selector->currentBackend());
    QCOMPARE(selector->currentKey(), key);
    QTRY_VERIFY_WITH_TIMEOUT(activeNames(*m_window).contains(u"alice-api"_s), 20000);
}

QTEST_MAIN(TestReconnect)
#include "WidgetLookup.h"
#include "tst_Reconnect.moc"
