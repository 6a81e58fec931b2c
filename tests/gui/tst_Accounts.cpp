#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AccountSession.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "PasteTokenDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// Accounts in the window: the registry (URL and user in settings, token only in the real Secret Service),
// the toolbar's account selector switching between the offline store and GitLab accounts of the API test
// server, and the paste flow for a token GitLab only lets the user create on its own page.
class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectorOffersOfflineStoreAndActions();
    void accountTokenOnlyInKeychain();
    void selectorSwitchesToAccountAndBackAndRemembers();
    void refusedCredentialKeepsThePreviousChoice();
    void removeAccountDeletesKeychainEntry();
    void connectDialogFromSelectorAddsAndSelectsAccount();
    void switchingAccountsShowsTheServersTokensInTheWindow();
    void slowListingShowsProgressAndCanBeCancelled();
    void rotatingTheAccountsOwnTokenReplacesItsCredential();
    void revokingTheAccountsOwnTokenWarnsAndDisconnects();
    void regularUserCreateWithApiIsRefusedForThePasteFlow();
    void windowOpensPasteDialogWhenGitLabRefusesTheScopes();
    void pastedTokenIsIdentifiedAndSaved();
    void pastedTokenOfAnotherUserIsRefused();

private:
    GitLabAccount addAccount(const QString& user, const QByteArray& secret);
    void makeSelector();
    std::unique_ptr<GitLabBackend> signedIn(const char* secret);
    // A session signed in with `secret` (as tokendesk-cli's GITLAB_TOKEN), keeping secrets in `vault`.
    AccountSession::Ptr sessionFor(const char* secret, SecretVault* vault);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<AccountSelector> m_selector;
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

bool skipUnlessIsolated()
{
    return !Keychain::isIsolated();
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    if (skipUnlessIsolated())                                                                                \
    QSKIP("Writes to the Secret Service: run under tests/support/isolated-run")

void TestAccounts::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    QCOMPARE(m_vault->settingsFile(), m_dir->filePath(u"config/keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
}

void TestAccounts::cleanup()
{
    if (m_registry && Keychain::isIsolated()) {
        for (const GitLabAccount& account : m_registry->accounts()) {
            bool done = false;
            m_registry->removeAccount(account.key, this, [&done](Result<bool>) { done = true; });
            QTRY_VERIFY(done);
        }
    }
    m_selector.reset();
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
}

GitLabAccount TestAccounts::addAccount(const QString& user, const QByteArray& secret)
{
    return addTestAccount(*m_registry, m_server, user, secret);
}

void TestAccounts::makeSelector()
{
    m_selector = std::make_unique<AccountSelector>(*m_registry, *m_offline, Clock::system());
    m_selector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_selector.get()));
}

std::unique_ptr<GitLabBackend> TestAccounts::signedIn(const char* secret)
{
    auto backend =
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(secret)), Clock::system());
    auto who = TokenDesk::Test::await<Account>(
        [&](QObject* ctx, Callback<Account> done) { backend->whoami(ctx, std::move(done)); });
    if (!who)
        return nullptr;
    return backend;
}

AccountSession::Ptr TestAccounts::sessionFor(const char* secret, SecretVault* vault)
{
    AccountSession::Ptr session = AccountSession::forCredential(m_server.url(), Secret(QByteArray(secret)),
                                                                AccountSession::CredentialSource::Environment,
                                                                Clock::system(), {}, vault);
    auto who = TokenDesk::Test::await<Account>(
        [&](QObject* ctx, Callback<Account> done) { session->connect(ctx, std::move(done)); });
    return who ? session : nullptr;
}

void TestAccounts::selectorOffersOfflineStoreAndActions()
{
    makeSelector();
    QComboBox* combo = m_selector->comboBox();
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), u"Offline store"_s);
    auto* label = Test::child<QLabel>(m_selector.get(), u"accountLabel"_s);
    QCOMPARE(label->text().remove(u'&'), u"Account"_s);
    QCOMPARE(label->buddy(), combo);
    // Qt reports a combo box's current text as its name on Linux and names it by the "labelled by" relation.
    QCOMPARE(combo->accessibleName(), u"Account"_s);
    bool labelled = false;
    const auto relations = QAccessible::queryAccessibleInterface(combo)->relations(QAccessible::Label);
    for (const auto& [other, relation] : relations)
        labelled = labelled || other->text(QAccessible::Name).remove(u'&') == u"Account"_s;
    QVERIFY(labelled);
    QCOMPARE(m_selector->connectAction()->text(), u"Connect to GitLab…"_s);
    QCOMPARE(m_selector->removeAction()->text(), u"Remove account"_s);
    auto* connectButton = Test::child<QToolButton>(m_selector.get(), u"connectAccountButton"_s);
    QCOMPARE(accessibleName(connectButton), u"Connect to GitLab…"_s);
    QVERIFY(connectButton->focusPolicy() & Qt::TabFocus);
    QVERIFY(!m_selector->removeAction()->isEnabled());
    QCOMPARE(&m_selector->currentBackend(), m_offline.get());
}

void TestAccounts::accountTokenOnlyInKeychain()
{
    REQUIRE_KEYCHAIN();
    const QByteArray secret = Keychain::randomToken();
    const GitLabAccount account = addAccount(u"carol"_s, secret);
    QVERIFY(!account.key.isEmpty());

    const auto outside = Keychain::lookup(SecretVault::accountCredentialKey(account.key));
    QCOMPARE(outside.exitCode, 0);
    QCOMPARE(outside.out, secret);
    QCOMPARE(Keychain::filesContaining(m_dir->path(), secret), QStringList());

    // A fresh registry (the next start) knows the account from the settings file alone.
    AccountRegistry again(*m_vault);
    QCOMPARE(again.accounts().size(), 1);
    QCOMPARE(again.accounts().first().username, u"carol"_s);
    QCOMPARE(again.accounts().first().instanceUrl, m_server.url());
    QCOMPARE(again.accounts().first().label(), u"carol @ 127.0.0.1:%1"_s.arg(m_server.port()));
    // tokendesk-cli finds it in the same place (BackendFactory::connectedUsers).
    QSettings settings(m_vault->settingsFile(), QSettings::IniFormat);
    settings.beginGroup(u"GitLabAccounts"_s);
    QCOMPARE(settings.childKeys().size(), 1);
    QCOMPARE(QUrl::fromPercentEncoding(settings.childKeys().first().toLatin1()), account.key);
}

void TestAccounts::selectorSwitchesToAccountAndBackAndRemembers()
{
    REQUIRE_KEYCHAIN();
    const GitLabAccount alice = addAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    makeSelector();
    QComboBox* combo = m_selector->comboBox();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), alice.label());

    SwitchCounter changed(m_selector.get());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    TokenBackend& backend = m_selector->currentBackend();
    QCOMPARE(backend.kind(), TokenBackend::Kind::GitLab);
    QCOMPARE(backend.identity(), alice.key);
    QCOMPARE(combo->currentText(), alice.label());
    QVERIFY(m_selector->removeAction()->isEnabled());

    ListQuery query;
    query.state = ListQuery::State::All;
    auto page = TokenDesk::Test::await<TokenPage>(
        [&](QObject* ctx, Callback<TokenPage> done) { backend.list(query, ctx, std::move(done)); });
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QStringList names;
    for (const AccessToken& token : page.value().tokens)
        names << token.name;
    QVERIFY2(names.contains(u"alice-api"_s) && !names.contains(u"bob-api"_s), qPrintable(names.join(u',')));

    // The next start comes back to the same account.
    AccountRegistry again(*m_vault);
    QCOMPARE(again.currentKey(), alice.key);
    AccountSelector restored(again, *m_offline, Clock::system());
    SwitchCounter restoredChanged(&restored);
    restored.restoreChoice();
    QTRY_COMPARE_WITH_TIMEOUT(restoredChanged.count, 1, 20000);
    QCOMPARE(restored.currentKey(), alice.key);

    QTest::keyClick(combo, Qt::Key_Up);
    QTRY_COMPARE(changed.count, 2);
    QCOMPARE(&m_selector->currentBackend(), m_offline.get());
    QCOMPARE(m_registry->currentKey(), AccountRegistry::offlineKey());
    QVERIFY(!m_selector->removeAction()->isEnabled());
}

void TestAccounts::refusedCredentialKeepsThePreviousChoice()
{
    REQUIRE_KEYCHAIN();
    const QByteArray wrong = Keychain::randomToken();
    const GitLabAccount stale = addAccount(u"alice"_s, wrong);
    QVERIFY(!stale.key.isEmpty());
    makeSelector();
    SwitchCounter changed(m_selector.get());
    QSignalSpy problem(m_selector.get(), &AccountSelector::problem);
    m_selector->comboBox()->setFocus();
    QTest::keyClick(m_selector->comboBox(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(problem.count(), 1, 20000);
    const QString message = problem.first().first().toString();
    QVERIFY2(message.contains(u"invalid, expired or revoked"_s), qPrintable(message));
    QCOMPARE(problem.first().at(1).toString(), stale.key); // the account to reconnect
    QVERIFY(!message.contains(QString::fromLatin1(wrong)));
    QCOMPARE(changed.count, 0);
    QCOMPARE(m_selector->comboBox()->currentText(), u"Offline store"_s);
    QCOMPARE(&m_selector->currentBackend(), m_offline.get());
}

void TestAccounts::removeAccountDeletesKeychainEntry()
{
    REQUIRE_KEYCHAIN();
    const GitLabAccount alice = addAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    makeSelector();
    SwitchCounter changed(m_selector.get());
    m_selector->selectAccount(alice.key);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);

    auto* removeButton = Test::child<QToolButton>(m_selector.get(), u"removeAccountButton"_s);
    removeButton->setFocus();
    QTest::keyClick(removeButton, Qt::Key_Space);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_selector->window()->findChild<QMessageBox*>(u"removeAccountMessageBox"_s)));
    QVERIFY(box->text().contains(alice.label()));
    auto* confirm = Test::child<QPushButton>(box, u"confirmRemoveAccountButton"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 2, 20000);
    QCOMPARE(&m_selector->currentBackend(), m_offline.get());
    QTRY_VERIFY(m_registry->accounts().isEmpty());
    QCOMPARE(m_selector->comboBox()->count(), 1);
    // Looked up by this account's own key: other tests running at the same time share the keyring and
    // may hold alice's test token under their own server's key.
    QVERIFY(Keychain::lookup(SecretVault::accountCredentialKey(alice.key)).exitCode != 0);
}

void TestAccounts::connectDialogFromSelectorAddsAndSelectsAccount()
{
    REQUIRE_KEYCHAIN();
    makeSelector();
    SwitchCounter changed(m_selector.get());
    m_selector->connectAction()->trigger();
    ConnectDialog* dialog = m_selector->connectDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isVisible());
    auto* urlEdit = Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, m_server.url().toString());
    auto* tokenEdit = Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s);
    QTest::keyClicks(tokenEdit, QLatin1String(GitLabTestServer::BobToken));
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QCOMPARE(m_selector->currentBackend().identity(),
             u"gitlab:http://127.0.0.1:%1:bob"_s.arg(m_server.port()));
    QCOMPARE(m_selector->comboBox()->currentText(), u"bob @ 127.0.0.1:%1"_s.arg(m_server.port()));
    dialog->close();
}

void TestAccounts::switchingAccountsShowsTheServersTokensInTheWindow()
{
    REQUIRE_KEYCHAIN();
    const GitLabAccount alice = addAccount(u"alice"_s, GitLabTestServer::AliceToken);
    const GitLabAccount bob = addAccount(u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!alice.key.isEmpty() && !bob.key.isEmpty());
    MainWindow window(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    window.mainToolBar()->addWidget(selector);
    connect(selector, &AccountSelector::backendChanged, &window, &MainWindow::setBackend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto names = [&window] {
        QStringList out;
        for (int row = 0; row < window.activeModel()->rowCount(); ++row)
            out << window.activeModel()->tokenAt(row).name;
        return out;
    };
    auto* status = Test::child<QLabel>(&window, u"backendLabel"_s);

    QComboBox* combo = selector->comboBox();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"alice-api"_s), 20000);
    QVERIFY(!names().contains(u"bob-api"_s));
    QVERIFY2(status->text().contains(u"alice"_s), qPrintable(status->text()));

    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"bob-api"_s), 20000);
    QVERIFY(!names().contains(u"alice-api"_s));
    QVERIFY2(status->text().contains(u"bob"_s), qPrintable(status->text()));

    QTest::keyClick(combo, Qt::Key_Home);
    QTRY_VERIFY_WITH_TIMEOUT(!names().contains(u"bob-api"_s), 20000);
    QCOMPARE(&window.backend(), static_cast<TokenBackend*>(m_offline.get()));
}

void TestAccounts::slowListingShowsProgressAndCanBeCancelled()
{
    std::unique_ptr<GitLabBackend> backend = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(backend);
    MainWindow window(*backend, Clock::system());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* progress = Test::child<QProgressBar>(&window, u"loadingProgressBar"_s);
    auto* cancel = Test::child<QPushButton>(&window, u"cancelLoadingButton"_s);
    QVERIFY(progress && cancel);
    QCOMPARE(cancel->text(), u"Cancel loading"_s);
    QCOMPARE(accessibleName(cancel), cancel->text());
    QTRY_VERIFY_WITH_TIMEOUT(window.inactiveModel()->hasLoaded() && !progress->isVisible(), 20000);
    const int activeRows = window.activeModel()->rowCount();
    QVERIFY(activeRows > 0);

    const auto restoreSpeed = qScopeGuard([this] { m_server.reset(); });
    QVERIFY(m_server.control(QJsonObject{{u"latency_ms"_s, 3000}}));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Loading cancelled. Press F5 to try again."_s);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(window.activeModel()->rowCount(), activeRows);
    QVERIFY(!Test::child<QLabel>(&window, u"loadErrorLabel"_s)->isVisible());
    QTest::qWait(50);
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        QVERIFY2(!box->isVisible(), qPrintable(box->text()));
}

void TestAccounts::rotatingTheAccountsOwnTokenReplacesItsCredential()
{
    REQUIRE_KEYCHAIN();
    // A server of its own: the rotation revokes bob's seeded token.
    GitLabTestServer server;
    QVERIFY(server.start());
    const GitLabAccount bob = addTestAccount(*m_registry, server, u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!bob.key.isEmpty());
    MainWindow window(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    selector->attach(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SwitchCounter changed(selector);
    selector->selectAccount(bob.key);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.activeModel()->rowCount() == 1, 20000);
    const AccessToken own = window.activeModel()->tokenAt(0);
    QCOMPARE(own.name, u"bob-api"_s);

    window.confirmRotate(own);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr && box->isVisible());
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QLineEdit* secretEdit = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secretEdit = window.findChild<QLineEdit*>(u"secretLineEdit"_s)) != nullptr,
                             20000);
    const QByteArray successor = secretEdit->text().toUtf8();
    QVERIFY(successor.startsWith("glpat-"));
    QTRY_COMPARE_WITH_TIMEOUT(Keychain::lookup(SecretVault::accountCredentialKey(bob.key)).out, successor,
                              20000);

    // The next start signs in with the successor.
    AccountSelector again(*m_registry, *m_offline, Clock::system());
    SwitchCounter againChanged(&again);
    again.restoreChoice();
    QTRY_COMPARE_WITH_TIMEOUT(againChanged.count, 1, 20000);
    QCOMPARE(again.currentKey(), bob.key);
}

void TestAccounts::revokingTheAccountsOwnTokenWarnsAndDisconnects()
{
    REQUIRE_KEYCHAIN();
    // A server of its own: the revocation ends bob's seeded token.
    GitLabTestServer server;
    QVERIFY(server.start());
    const GitLabAccount bob = addTestAccount(*m_registry, server, u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!bob.key.isEmpty());
    MainWindow window(*m_offline, Clock::system(), m_vault.get());
    auto* selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    selector->attach(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SwitchCounter changed(selector);
    selector->selectAccount(bob.key);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.activeModel()->rowCount() == 1, 20000);
    const AccessToken own = window.activeModel()->tokenAt(0);

    window.confirmRevoke(own);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(u"revokeConfirmation"_s)) != nullptr);
    QVERIFY2(box->informativeText().contains(u"signs in with"_s), qPrintable(box->informativeText()));
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(changed.count, 2, 20000);
    QCOMPARE(&window.backend(), static_cast<TokenBackend*>(m_offline.get()));
    QMessageBox* problem = nullptr;
    QTRY_VERIFY((problem = window.findChild<QMessageBox*>(u"accountProblemMessageBox"_s)) != nullptr);
    QVERIFY2(problem->text().contains(u"disconnected"_s), qPrintable(problem->text()));
    QTRY_VERIFY(m_registry->accounts().isEmpty());
    QTRY_VERIFY(Keychain::lookup(SecretVault::accountCredentialKey(bob.key)).exitCode != 0);
}

void TestAccounts::regularUserCreateWithApiIsRefusedForThePasteFlow()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(alice);
    TokenDraft draft;
    draft.name = u"ci deploy"_s;
    draft.scopes = {u"api"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    auto created = TokenDesk::Test::await<CreatedToken>(
        [&](QObject* ctx, Callback<CreatedToken> done) { alice->create(draft, ctx, std::move(done)); });
    QVERIFY(!created);
    QCOMPARE(created.error().remedy, BackendError::Remedy::UseServerPage);
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
    QVERIFY(created.error().message.contains(u"api"_s));
}

void TestAccounts::windowOpensPasteDialogWhenGitLabRefusesTheScopes()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(alice);
    MainWindow window(*alice, Clock::system(), m_vault.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int tokensBefore = m_server.tokens().size();
    window.showTokenForm();
    window.tokenForm()->prefill(u"deploy from page"_s, u"made by hand"_s, {u"api"_s});
    window.tokenForm()->submit();
    PasteTokenDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasteTokenDialog*>()), 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY(Test::child<QLabel>(dialog, u"reasonLabel"_s)->text().contains(u"api"_s));
    const QUrlQuery query(dialog->tokenPageUrl());
    QCOMPARE(query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"deploy from page"_s);
    QCOMPARE(query.queryItemValue(u"description"_s, QUrl::FullyDecoded), u"made by hand"_s);
    QCOMPARE(query.queryItemValue(u"scopes"_s), u"api"_s);
    QCOMPARE(m_server.tokens().size(), tokensBefore);
    QCOMPARE(m_server.count(u"POST"_s), 0);
    dialog->close();
}

void TestAccounts::pastedTokenIsIdentifiedAndSaved()
{
    AccountSession::Ptr alice = sessionFor(GitLabTestServer::AliceToken, m_vault.get());
    auto root = signedIn(GitLabTestServer::RootToken);
    QVERIFY(alice && root);
    TokenDraft draft;
    draft.name = u"made on the page"_s;
    draft.description = u"pasted back"_s;
    draft.scopes = {u"api"_s, u"read_user"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    // What the user does on GitLab's page, done here by an administrator for alice.
    auto made = TokenDesk::Test::await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> done) {
        root->createForUser(alice->account()->userId, draft, ctx, std::move(done));
    });
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    const QByteArray secret = made.value().secret.utf8();

    PasteTokenDialog dialog(TokenOperations(alice), draft, u"GitLab does not allow it."_s);
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl& url) { opened << url; });
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        Test::child<QLabel>(&dialog, u"reasonLabel"_s)->text().startsWith(u"GitLab does not allow it."_s));

    auto* openButton = Test::child<QPushButton>(&dialog, u"openPageButton"_s);
    openButton->setFocus();
    QTest::keyClick(openButton, Qt::Key_Space);
    QCOMPARE(opened.size(), 1);
    const QUrlQuery query(opened.first());
    QCOMPARE(opened.first().path(), u"/-/user_settings/personal_access_tokens"_s);
    QCOMPARE(query.queryItemValue(u"name"_s, QUrl::FullyDecoded), draft.name);
    QCOMPARE(query.queryItemValue(u"description"_s, QUrl::FullyDecoded), draft.description);
    QCOMPARE(query.queryItemValue(u"scopes"_s), u"api,read_user"_s);

    auto* pasteEdit = Test::child<QLineEdit>(&dialog, u"pastedTokenLineEdit"_s);
    QVERIFY(hasKeyboardFocus(pasteEdit));
    QCOMPARE(pasteEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(accessibleName(pasteEdit), u"Paste the new token"_s);
    QSignalSpy identified(&dialog, &PasteTokenDialog::tokenIdentified);
    QSignalSpy changed(alice->backend(), &TokenBackend::tokensChanged);
    QTest::keyClicks(pasteEdit, QString::fromLatin1(secret));
    QTest::keyClick(pasteEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(identified.count(), 1, 20000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(dialog.identifiedToken());
    QCOMPARE(dialog.identifiedToken()->id, made.value().token.id);
    QCOMPARE(dialog.identifiedToken()->name, draft.name);
    QVERIFY(pasteEdit->text().isEmpty());
    QVERIFY(Test::child<QLabel>(&dialog, u"resultLabel"_s)->text().contains(draft.name));

    // The listing now shows it.
    ListQuery all;
    all.search = draft.name;
    auto page = TokenDesk::Test::await<TokenPage>(
        [&](QObject* ctx, Callback<TokenPage> done) { alice->backend()->list(all, ctx, std::move(done)); });
    QVERIFY(page);
    QCOMPARE(page.value().tokens.size(), 1);

    if (!Keychain::isIsolated())
        return;
    auto* saveButton = Test::child<QPushButton>(&dialog, u"saveButton"_s);
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.wasSavedToKeychain(), 20000);
    const QString key = SecretVault::tokenKey(alice->identity(), made.value().token.id);
    QCOMPARE(Keychain::lookup(key).out, secret);
    QVERIFY(m_vault->isSaved(alice->identity(), made.value().token.id));
    bool removed = false;
    m_vault->remove(alice->identity(), made.value().token.id, this,
                    [&removed](Result<bool>) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestAccounts::pastedTokenOfAnotherUserIsRefused()
{
    AccountSession::Ptr alice = sessionFor(GitLabTestServer::AliceToken, nullptr);
    QVERIFY(alice);
    TokenDraft draft;
    draft.name = u"x"_s;
    draft.scopes = {u"api"_s};
    PasteTokenDialog dialog(TokenOperations(alice), draft, u"reason"_s);
    dialog.open();
    QSignalSpy identified(&dialog, &PasteTokenDialog::tokenIdentified);
    auto* pasteEdit = Test::child<QLineEdit>(&dialog, u"pastedTokenLineEdit"_s);
    auto* error = Test::child<QLabel>(&dialog, u"errorLabel"_s);
    QTest::keyClicks(pasteEdit, QLatin1String(GitLabTestServer::BobToken));
    QTest::mouseClick(Test::child<QPushButton>(&dialog, u"identifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(u"another GitLab user"_s), qPrintable(error->text()));
    QCOMPARE(identified.count(), 0);

    pasteEdit->clear();
    QTest::keyClicks(pasteEdit, QString::fromLatin1(Keychain::randomToken()));
    QTest::mouseClick(Test::child<QPushButton>(&dialog, u"identifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"does not know this token"_s), 20000);
    QCOMPARE(identified.count(), 0);
}

QTEST_MAIN(TestAccounts)
#include "WidgetLookup.h"
#include "tst_Accounts.moc"
