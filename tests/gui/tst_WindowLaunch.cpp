#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GitCredentialMap.h"
#include "GitLabTestServer.h"
#include "LaunchRequest.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ResourceChooser.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenBackend.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "WindowLauncher.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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

// `tokendesk --account KEY --rotate ID|--select ID [--resource ...]` as the window carries it out
// (WindowLauncher): the right account, group or project and token, the usual rotate confirmation and
// once-only secret dialog, the keychain copy replaced; and what the window says when something is not there.
class TestWindowLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rotateOpensTheConfirmationOfTheStoresToken();
    void rotateOnAnAccountReplacesTheSavedSecretAndGitFollows();
    void rotateOfAProjectTokenShowsTheProjectFirst();
    void selectShowsTheTokenWithoutAsking();
    void unknownAccountIsSaid();
    void unknownTokenIsSaid();
    void unknownProjectIsSaid();
    void revokedTokenIsNotOfferedForRotation();
    void anotherStoreFileIsLeftToAnotherWindow();

private:
    bool startWindow();
    GitLabAccount connectAccount(const QString& user, const QByteArray& secret);
    qint64 serverTokenId(const QString& name);
    qint64 storeToken(const QString& name, int days);
    LaunchRequest request(LaunchRequest::Action action, const QString& account, qint64 id,
                          const QString& resource = {}) const;
    QMessageBox* rotateConfirmation() const;
    QMessageBox* problemBox() const;
    QString currentTokenName() const;

    std::unique_ptr<GitLabTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    WindowLauncher* m_launcher = nullptr;
};

void TestWindowLaunch::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    AppSettings::setAutoSaveToKeychain(false);
}

void TestWindowLaunch::init()
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

void TestWindowLaunch::cleanup()
{
    m_window.reset();
    m_selector = nullptr;
    m_launcher = nullptr;
    if (m_registry)
        QVERIFY(GuiTest::forgetTestAccounts(*m_registry));
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
    m_server.reset();
}

// The window as main() builds it: the offline store shown, the accounts in the selector.
bool TestWindowLaunch::startWindow()
{
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    m_selector->attach(*m_window);
    m_launcher = new WindowLauncher(*m_window, *m_selector, *m_registry, m_dir->filePath(u"tokens.sqlite"_s),
                                    m_window.get());
    m_window->resize(1300, 850);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) &&
           QTest::qWaitFor([this] { return m_window->activeModel()->hasLoaded(); });
}

GitLabAccount TestWindowLaunch::connectAccount(const QString& user, const QByteArray& secret)
{
    return addTestAccount(*m_registry, *m_server, user, secret);
}

qint64 TestWindowLaunch::serverTokenId(const QString& name)
{
    const QJsonArray tokens = m_server->tokens();
    for (const QJsonValue& token : tokens) {
        if (token.toObject().value(u"name"_s).toString() == name)
            return token.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

qint64 TestWindowLaunch::storeToken(const QString& name, int days)
{
    const Result<CreatedToken> created =
        m_offline->createNow(Test::draft(name, QDate::currentDate().addDays(days), {u"read_api"_s}));
    return created ? created.value().token.id : 0;
}

LaunchRequest TestWindowLaunch::request(LaunchRequest::Action action, const QString& account, qint64 id,
                                        const QString& resource) const
{
    LaunchRequest asked;
    asked.action = action;
    asked.account = account;
    asked.tokenId = id;
    [[maybe_unused]] const bool parsed = LaunchRequest::parseResource(resource, &asked.resource, nullptr);
    return asked;
}

QMessageBox* TestWindowLaunch::rotateConfirmation() const
{
    return waitForVisibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s);
}

QMessageBox* TestWindowLaunch::problemBox() const
{
    return waitForVisibleChild<QMessageBox>(m_window.get(), u"launchProblemMessageBox"_s);
}

QString TestWindowLaunch::currentTokenName() const
{
    auto* view = Test::child<TokenTableView>(m_window.get(), u"activeTableView"_s);
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? view->tokenModel()->tokenAt(current.row()).name : QString();
}

void TestWindowLaunch::rotateOpensTheConfirmationOfTheStoresToken()
{
    storeToken(u"first"_s, 40);
    const qint64 id = storeToken(u"deploy"_s, 5);
    storeToken(u"last"_s, 90);
    QVERIFY(startWindow());

    QSignalSpy shown(m_launcher, &WindowLauncher::shown);
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, AccountRegistry::offlineKey(), id)));
    QMessageBox* box = rotateConfirmation();
    QVERIFY2(box, "the rotate confirmation did not open");
    QCOMPARE(box->text(), u"Rotate the token 'deploy'?"_s);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(currentTokenName(), u"deploy"_s);

    // Confirmed, the rotation goes on as from the row's button: the new secret is shown once.
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    SecretDialog* dialog = waitForVisibleChild<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->token().name, u"deploy"_s);
    QVERIFY(dialog->token().id != id);
    QVERIFY(Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().startsWith(u"glpat-"_s));
}

void TestWindowLaunch::rotateOnAnAccountReplacesTheSavedSecretAndGitFollows()
{
    const GitLabAccount alice = connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    const qint64 id = serverTokenId(u"alice-read"_s);
    QVERIFY(id > 0);
    // Its secret is in the keychain, and git uses it for a host.
    const auto saved = Test::await<bool>([&](QObject* context, Callback<bool> done) {
        m_vault->save(alice.key, id, Secret(QByteArray(GitLabTestServer::AliceReadToken)), context,
                      std::move(done));
    });
    QVERIFY(saved && saved.value());
    GitCredentialMap git(m_vault->settingsFile());
    QVERIFY(git.set(u"git.example.com"_s, alice.key, id, QString()));
    QVERIFY(startWindow());
    QCOMPARE(m_selector->currentKey(), AccountRegistry::offlineKey());

    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, alice.key, id)));
    QMessageBox* box = rotateConfirmation();
    QVERIFY2(box, "the rotate confirmation did not open");
    QCOMPARE(box->text(), u"Rotate the token 'alice-read'?"_s);
    QCOMPARE(m_selector->currentKey(), alice.key);
    QCOMPARE(m_window->backend().identity(), alice.key);

    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    SecretDialog* dialog = waitForVisibleChild<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved to the keychain."_s, 20000);
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    const qint64 newId = dialog->token().id;
    QVERIFY(newId != id);
    QVERIFY(secret != GitLabTestServer::AliceReadToken);
    QCOMPARE(Keychain::lookup(SecretVault::tokenKey(alice.key, newId)).out, secret);
    QVERIFY(Keychain::lookup(SecretVault::tokenKey(alice.key, id)).out.isEmpty());
    const std::optional<GitCredentialMap::Entry> mapping = git.get(u"git.example.com"_s);
    QVERIFY(mapping);
    QCOMPARE(mapping->tokenId, newId);
    QCOMPARE(mapping->identity, alice.key);
}

void TestWindowLaunch::rotateOfAProjectTokenShowsTheProjectFirst()
{
    const GitLabAccount alice = connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!alice.key.isEmpty());
    const qint64 id = serverTokenId(u"web-deploy"_s);
    QVERIFY(id > 0);
    QVERIFY(startWindow());

    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, alice.key, id, u"project:200"_s)));
    QMessageBox* box = rotateConfirmation();
    QVERIFY2(box, "the rotate confirmation did not open");
    QCOMPARE(box->text(), u"Rotate the token 'web-deploy'?"_s);
    QCOMPARE(m_window->resourceChooser()->choice(), ResourceChooser::Choice::Resource);
    QCOMPARE(m_window->resourceChooser()->chosenResource()->fullPath, u"acme/platform/web"_s);
    QVERIFY(m_window->backend().resource());
    QCOMPARE(m_window->backend().resource()->id, 200);
    box->reject();
}

void TestWindowLaunch::selectShowsTheTokenWithoutAsking()
{
    storeToken(u"first"_s, 40);
    const qint64 id = storeToken(u"chosen"_s, 12);
    QVERIFY(startWindow());

    QSignalSpy shown(m_launcher, &WindowLauncher::shown);
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Select, AccountRegistry::offlineKey(), id)));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(currentTokenName(), u"chosen"_s);
    QVERIFY(Test::child<QPlainTextEdit>(m_window.get(), u"detailsTextEdit"_s)
                ->toPlainText()
                .contains(u"chosen"_s));
    QVERIFY(!visibleChild<QMessageBox>(m_window.get()));
}

void TestWindowLaunch::unknownAccountIsSaid()
{
    const qint64 id = storeToken(u"deploy"_s, 5);
    QVERIFY(startWindow());
    QSignalSpy failed(m_launcher, &WindowLauncher::failed);
    QVERIFY(
        m_launcher->show(request(LaunchRequest::Action::Rotate, u"gitlab:gone.example.com:nobody"_s, id)));
    QMessageBox* box = problemBox();
    QVERIFY2(box, "nothing was said");
    QVERIFY2(box->text().contains(u"TokenDesk has no account gitlab:gone.example.com:nobody."_s),
             qPrintable(box->text()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s));
    QCOMPARE(m_selector->currentKey(), AccountRegistry::offlineKey());
}

void TestWindowLaunch::unknownTokenIsSaid()
{
    storeToken(u"deploy"_s, 5);
    const GitLabAccount alice = connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(startWindow());
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, AccountRegistry::offlineKey(), 999)));
    QMessageBox* box = problemBox();
    QVERIFY2(box, "nothing was said");
    QVERIFY2(box->text().startsWith(u"There is no token with ID 999 in "_s), qPrintable(box->text()));
    box->accept();

    // On GitLab too (a token of another user is not found either).
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Select, alice.key, serverTokenId(u"bob-api"_s))));
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleChild<QMessageBox>(m_window.get(), u"launchProblemMessageBox"_s)),
                             20000);
    QVERIFY2(box->text().startsWith(u"There is no token with ID"_s), qPrintable(box->text()));
    QCOMPARE(m_selector->currentKey(), alice.key);
}

void TestWindowLaunch::unknownProjectIsSaid()
{
    const GitLabAccount alice = connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(startWindow());
    QVERIFY(m_launcher->show(
        request(LaunchRequest::Action::Rotate, alice.key, serverTokenId(u"web-deploy"_s), u"project:204"_s)));
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleChild<QMessageBox>(m_window.get(), u"launchProblemMessageBox"_s)),
                             20000);
    QVERIFY2(box->text().startsWith(u"project:204 is not among the groups and projects"_s),
             qPrintable(box->text()));
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s));
}

void TestWindowLaunch::revokedTokenIsNotOfferedForRotation()
{
    const qint64 id = storeToken(u"old"_s, 5);
    QVERIFY(m_offline->revokeNow(id));
    QVERIFY(startWindow());
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, AccountRegistry::offlineKey(), id)));
    QMessageBox* box = problemBox();
    QVERIFY2(box, "nothing was said");
    QCOMPARE(box->text(), u"The token 'old' is revoked already: there is nothing to rotate."_s);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"rotateConfirmation"_s));
}

void TestWindowLaunch::anotherStoreFileIsLeftToAnotherWindow()
{
    const qint64 id = storeToken(u"deploy"_s, 5);
    QVERIFY(startWindow());
    const QString other = LaunchRequest::storeKey(m_dir->filePath(u"other.sqlite"_s));
    QVERIFY(!m_launcher->show(request(LaunchRequest::Action::Rotate, other, id)));
    QTest::qWait(0);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get()));
    // Its own file, named as a reminder names it, is its offline store.
    const QString own = LaunchRequest::storeKey(m_dir->filePath(u"tokens.sqlite"_s));
    QVERIFY(m_launcher->show(request(LaunchRequest::Action::Rotate, own, id)));
    QVERIFY(rotateConfirmation());
}

QTEST_MAIN(TestWindowLaunch)
#include "tst_WindowLaunch.moc"
