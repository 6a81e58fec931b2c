#include "AccountRegistry.h"
#include "AccountSession.h"
#include "Await.h"
#include "Clock.h"
#include "ConnectionCheck.h"
#include "GitCredentialMap.h"
#include "GitLabTestServer.h"
#include "KeychainTestSupport.h"
#include "LocalBackend.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenOperations.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using TokenDesk::Test::GitLabTestServer;

// The session layer with real parts: the local store in a temp folder, the keyring of the isolated
// session, and the GitLab API test server over loopback.
class TestAccountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createSavesTheSecretWhenAsked();
    void rotateReplacesTheSavedSecretAndGitHosts();
    void revokeForgetsTheSavedSecretWhenAsked();
    void copyOfASecretDeletedElsewhereForgetsIt();
    void savingAfterASwitchKeepsTheCreatingAccount();
    void droppedSessionStillAnswersASlowRotate();
    void accountSessionReadsItsCredentialFromTheKeychain();
    void missingCredentialSaysNotFound();
    void rotatingTheSignInTokenSavesTheSuccessorAsCredential();
    void revokingTheSignInTokenSignsOut();
    void explicitCredentialIsNotSavedAfterRotation();
    void connectionCheckSaysWhoItIs();
    void connectionCheckOfARefusedToken();

private:
    AccountSession::Ptr localSession();
    GitLabAccount addAccount(const QString& user, const QByteArray& secret);
    AccountSession::Ptr connectedAccount(const QString& user, const QByteArray& secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_store;
    std::unique_ptr<GitLabTestServer> m_server;
};

void TestAccountSession::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
}

void TestAccountSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
}

void TestAccountSession::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_registry.reset();
    m_vault.reset();
    m_dir.reset();
}

AccountSession::Ptr TestAccountSession::localSession()
{
    return AccountSession::forBackend(*m_store, m_vault.get());
}

GitLabAccount TestAccountSession::addAccount(const QString& user, const QByteArray& secret)
{
    if (!m_server) {
        m_server = std::make_unique<GitLabTestServer>();
        if (!m_server->start())
            return {};
    }
    GitLabAccount account;
    account.instanceUrl = m_server->url();
    account.username = user;
    account.key = ConnectionCheck::accountKey(m_server->url(), user);
    const Result<bool> saved = Test::await<bool>([&](QObject* c, Callback<bool> done) {
        m_registry->addAccount(account, Secret(secret), c, std::move(done));
    });
    return saved ? account : GitLabAccount{};
}

AccountSession::Ptr TestAccountSession::connectedAccount(const QString& user, const QByteArray& secret)
{
    const GitLabAccount account = addAccount(user, secret);
    if (account.key.isEmpty())
        return nullptr;
    AccountSession::Ptr session = AccountSession::forAccount(*m_registry, account.key, Clock::system());
    if (!session)
        return nullptr;
    const Result<Account> who = Test::await<Account>(
        [&](QObject* c, Callback<Account> done) { session->connect(c, std::move(done)); });
    return who ? session : nullptr;
}

void TestAccountSession::createSavesTheSecretWhenAsked()
{
    TokenOperations ops(localSession());
    std::optional<CreatedToken> created;
    const Result<bool> saved = Test::await<bool>([&](QObject* c, Callback<bool> done) {
        ops.create(
            Test::draft(u"deploy"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c,
            [&created](Result<CreatedToken> r) { created = r.value(); }, std::move(done));
    });
    QVERIFY(created);
    QVERIFY(saved.ok());
    QVERIFY(ops.isSaved(created->token.id));
    const Result<Secret> loaded = Test::await<Secret>(
        [&](QObject* c, Callback<Secret> done) { ops.loadSecret(created->token.id, c, done); });
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == created->secret);

    // Without the follow-up nothing goes to the keychain.
    const Result<CreatedToken> plain =
        Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
            ops.create(Test::draft(u"ci"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c, done);
        });
    QVERIFY(plain.ok());
    QVERIFY(!ops.isSaved(plain.value().token.id));
}

void TestAccountSession::rotateReplacesTheSavedSecretAndGitHosts()
{
    TokenOperations ops(localSession());
    const Result<CreatedToken> created =
        Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
            ops.create(Test::draft(u"git"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c, done);
        });
    QVERIFY(created.ok());
    const qint64 oldId = created.value().token.id;
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                ops.saveSecret(created.value().token, created.value().secret, std::nullopt, c, done);
            }).ok());
    const Result<GitCredentialMap::Entry> mapped =
        Test::await<GitCredentialMap::Entry>([&](QObject* c, Callback<GitCredentialMap::Entry> done) {
            ops.useForGit(created.value().token, u"git.example.com"_s, c, done);
        });
    QVERIFY(mapped.ok());
    QCOMPARE(mapped.value().tokenId, oldId);

    std::optional<TokenOperations::Rotation> rotation;
    const Result<bool> replaced = Test::await<bool>([&](QObject* c, Callback<bool> done) {
        ops.rotate(
            oldId, std::nullopt, c,
            [&rotation](Result<TokenOperations::Rotation> r) { rotation = r.value(); }, std::move(done));
    });
    QVERIFY(rotation);
    QVERIFY(replaced.ok());
    QVERIFY(rotation->replacesSavedSecret);
    QVERIFY(!rotation->signInToken);
    QCOMPARE(rotation->replacedId, oldId);
    const qint64 newId = rotation->created.token.id;
    QVERIFY(!ops.isSaved(oldId));
    QVERIFY(ops.isSaved(newId));
    const Result<Secret> loaded =
        Test::await<Secret>([&](QObject* c, Callback<Secret> done) { ops.loadSecret(newId, c, done); });
    QVERIFY(loaded.value() == rotation->created.secret);
    const GitCredentialMap map(m_vault->settingsFile());
    QCOMPARE(map.get(u"git.example.com"_s)->tokenId, newId);
}

void TestAccountSession::revokeForgetsTheSavedSecretWhenAsked()
{
    TokenOperations ops(localSession());
    QList<qint64> ids;
    for (const QString& name : {u"keep"_s, u"forget"_s}) {
        const Result<bool> saved = Test::await<bool>([&](QObject* c, Callback<bool> done) {
            ops.create(
                Test::draft(name, QDate::currentDate().addDays(30), {u"read_api"_s}), c,
                [&ids](Result<CreatedToken> r) { ids << r.value().token.id; }, std::move(done));
        });
        QVERIFY(saved.ok());
    }
    const auto revoke = [&](qint64 id, bool forget) {
        return Test::await<TokenOperations::Revocation>(
            [&](QObject* c, Callback<TokenOperations::Revocation> done) { ops.revoke(id, forget, c, done); });
    };
    const Result<TokenOperations::Revocation> kept = revoke(ids[0], false);
    QVERIFY(kept.ok());
    QVERIFY(kept.value().token.revoked);
    QVERIFY(!kept.value().secretDeleted);
    QVERIFY(ops.isSaved(ids[0]));

    const Result<TokenOperations::Revocation> forgotten = revoke(ids[1], true);
    QVERIFY(forgotten.ok());
    QVERIFY(forgotten.value().secretDeleted);
    QVERIFY(!forgotten.value().keychainError);
    QVERIFY(!forgotten.value().signInToken);
    QVERIFY(!ops.isSaved(ids[1]));
    const Result<Secret> gone =
        Test::await<Secret>([&](QObject* c, Callback<Secret> done) { ops.loadSecret(ids[1], c, done); });
    QCOMPARE(gone.error().kind, BackendError::Kind::NotFound);
}

void TestAccountSession::copyOfASecretDeletedElsewhereForgetsIt()
{
    TokenOperations ops(localSession());
    qint64 id = 0;
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                ops.create(
                    Test::draft(u"elsewhere"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c,
                    [&id](Result<CreatedToken> r) { id = r.value().token.id; }, std::move(done));
            }).ok());
    // Deleted by another program.
    const QString key = SecretVault::tokenKey(ops.session()->identity(), id);
    QCOMPARE(TokenDesk::Test::Keychain::secretTool({u"clear"_s, u"user"_s, key, u"server"_s, u"TokenDesk"_s})
                 .exitCode,
             0);
    QVERIFY(ops.isSaved(id)); // the index still says so
    const Result<Secret> loaded =
        Test::await<Secret>([&](QObject* c, Callback<Secret> done) { ops.loadSecret(id, c, done); });
    QCOMPARE(loaded.error().kind, BackendError::Kind::NotFound);
    QTRY_VERIFY(!ops.isSaved(id));
}

void TestAccountSession::savingAfterASwitchKeepsTheCreatingAccount()
{
    AccountSession::Ptr account = connectedAccount(u"root"_s, GitLabTestServer::RootToken);
    QVERIFY(account);
    TokenOperations madeOn(account);
    const Result<CreatedToken> created =
        Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
            madeOn.create(Test::draft(u"from-root"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c,
                          done);
        });
    QVERIFY(created.ok());
    const QString identity = account->identity();
    QVERIFY(identity.endsWith(u":root"_s));

    // The front end moved on to the local store and dropped the account's session.
    AccountSession::Ptr local = localSession();
    QPointer<AccountSession> watched(account.get());
    account.reset();
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                madeOn.saveSecret(created.value().token, created.value().secret, std::nullopt, c, done);
            }).ok());
    QVERIFY(m_vault->isSaved(identity, created.value().token.id));
    QVERIFY(!m_vault->isSaved(local->identity(), created.value().token.id));
    QVERIFY(watched); // held by the operations
}

void TestAccountSession::droppedSessionStillAnswersASlowRotate()
{
    AccountSession::Ptr account = connectedAccount(u"root"_s, GitLabTestServer::RootToken);
    QVERIFY(account);
    const Result<CreatedToken> created =
        Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
            TokenOperations(account).create(
                Test::draft(u"slow"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c, done);
        });
    QVERIFY(created.ok());
    QVERIFY(m_server->addFault(
        QJsonObject{{u"kind"_s, u"delay"_s}, {u"ms"_s, 1500}, {u"count"_s, 1}, {u"method"_s, u"POST"_s}}));

    QObject frontEnd;
    std::optional<Result<TokenOperations::Rotation>> answer;
    QPointer<AccountSession> watched(account.get());
    TokenOperations(account).rotate(
        created.value().token.id, std::nullopt, &frontEnd,
        [&answer](Result<TokenOperations::Rotation> r) { answer = std::move(r); });
    account.reset(); // the front end switched account while the server is slow
    QVERIFY(watched);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(answer->ok());
    QVERIFY(!answer->value().created.secret.isEmpty());
    QCOMPARE(answer->value().created.token.name, u"slow"_s);
    // Nothing holds the session any more: it goes.
    QTRY_VERIFY(!watched);
}

void TestAccountSession::accountSessionReadsItsCredentialFromTheKeychain()
{
    const GitLabAccount account = addAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(!account.key.isEmpty());
    AccountSession::Ptr session = AccountSession::forAccount(*m_registry, account.key, Clock::system());
    QVERIFY(session);
    QCOMPARE(session->state(), AccountSession::State::Unopened);
    QVERIFY(!session->backend());
    QCOMPARE(session->label(), account.label());
    const Result<Account> who = Test::await<Account>(
        [&](QObject* c, Callback<Account> done) { session->connect(c, std::move(done)); });
    QVERIFY(who.ok());
    QCOMPARE(who.value().username, u"alice"_s);
    QCOMPARE(session->state(), AccountSession::State::Connected);
    QCOMPARE(session->identity(), account.key);
    QCOMPARE(session->account()->username, u"alice"_s);
    QCOMPARE(session->gitHost(), u"127.0.0.1"_s);
    QVERIFY(session->backend()->signInTokenId().has_value());
    QVERIFY(session->isSignInToken(*session->backend()->signInTokenId()));
    QVERIFY(session->isSignInToken(AccountSession::SelfId));
    QVERIFY(!session->isSignInToken(*session->backend()->signInTokenId() + 1000));
    QVERIFY(!AccountSession::forAccount(*m_registry, u"gitlab:nowhere:nobody"_s, Clock::system()));
}

void TestAccountSession::missingCredentialSaysNotFound()
{
    const GitLabAccount account = addAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                m_vault->removeAccountCredential(account.key, c, done);
            }).ok());
    AccountSession::Ptr session = AccountSession::forAccount(*m_registry, account.key, Clock::system());
    const Result<bool> opened =
        Test::await<bool>([&](QObject* c, Callback<bool> done) { session->open(c, done); });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, BackendError::Kind::NotFound);
    QVERIFY(!session->backend());
}

void TestAccountSession::rotatingTheSignInTokenSavesTheSuccessorAsCredential()
{
    AccountSession::Ptr session = connectedAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(session);
    const qint64 oldId = *session->backend()->signInTokenId();
    QSignalSpy rotated(session.get(), &AccountSession::signInTokenRotated);
    std::optional<Result<TokenOperations::Rotation>> rotation;
    QObject frontEnd;
    TokenOperations(session).rotate(
        oldId, std::nullopt, &frontEnd,
        [&rotation](Result<TokenOperations::Rotation> r) { rotation = std::move(r); });
    QCOMPARE(session->writesInFlight(), 1);
    // A command line waits for the keychain follow-up before it exits.
    bool idle = false;
    session->whenIdle(&frontEnd, [&] {
        idle = true;
        QCOMPARE(rotated.count(), 1);
    });
    QTRY_VERIFY_WITH_TIMEOUT(idle, 20000);
    QVERIFY(rotation && rotation->ok());
    QVERIFY(rotation->value().signInToken);
    QCOMPARE(rotation->value().replacedId, oldId);
    QCOMPARE(rotated.count(), 1);
    QCOMPARE(rotated.at(0).at(0).toLongLong(), rotation->value().created.token.id);
    QVERIFY(rotated.at(0).at(1).toString().isEmpty());
    QCOMPARE(session->writesInFlight(), 0);
    const Result<Secret> credential = Test::await<Secret>([&](QObject* c, Callback<Secret> done) {
        m_vault->loadAccountCredential(session->accountKey(), c, done);
    });
    QVERIFY(credential.ok());
    QVERIFY(credential.value() == rotation->value().created.secret);

    // A new session of the account signs in with the successor.
    AccountSession::Ptr again =
        AccountSession::forAccount(*m_registry, session->accountKey(), Clock::system());
    QVERIFY(Test::await<Account>([&](QObject* c, Callback<Account> done) { again->connect(c, done); }).ok());
    QCOMPARE(*again->backend()->signInTokenId(), rotation->value().created.token.id);
}

void TestAccountSession::revokingTheSignInTokenSignsOut()
{
    AccountSession::Ptr session = connectedAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(session);
    QSignalSpy signedOut(session.get(), &AccountSession::signedOut);
    const Result<TokenOperations::Revocation> revoked =
        Test::await<TokenOperations::Revocation>([&](QObject* c, Callback<TokenOperations::Revocation> done) {
            TokenOperations(session).revoke(AccountSession::SelfId, false, c, done);
        });
    QVERIFY(revoked.ok());
    QVERIFY(revoked.value().signInToken);
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(session->state(), AccountSession::State::SignedOut);

    // Another token of the same account is not the sign-in token.
    AccountSession::Ptr root = connectedAccount(u"root"_s, GitLabTestServer::RootToken);
    const Result<CreatedToken> other =
        Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
            TokenOperations(root).create(
                Test::draft(u"x"_s, QDate::currentDate().addDays(30), {u"read_api"_s}), c, done);
        });
    QVERIFY(other.ok());
    QSignalSpy rootOut(root.get(), &AccountSession::signedOut);
    const Result<TokenOperations::Revocation> plain =
        Test::await<TokenOperations::Revocation>([&](QObject* c, Callback<TokenOperations::Revocation> done) {
            TokenOperations(root).revoke(other.value().token.id, true, c, done);
        });
    QVERIFY(plain.ok());
    QVERIFY(!plain.value().signInToken);
    QCOMPARE(rootOut.count(), 0);
    QCOMPARE(root->state(), AccountSession::State::Connected);
}

void TestAccountSession::explicitCredentialIsNotSavedAfterRotation()
{
    m_server = std::make_unique<GitLabTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    AccountSession::Ptr session = AccountSession::forCredential(
        m_server->url(), Secret(QByteArray(GitLabTestServer::BobToken)),
        AccountSession::CredentialSource::Environment, Clock::system(), {}, m_vault.get());
    QCOMPARE(session->state(), AccountSession::State::Open);
    QVERIFY(session->backend());
    QSignalSpy rotated(session.get(), &AccountSession::signInTokenRotated);
    const Result<TokenOperations::Rotation> rotation =
        Test::await<TokenOperations::Rotation>([&](QObject* c, Callback<TokenOperations::Rotation> done) {
            TokenOperations(session).rotate(AccountSession::SelfId, std::nullopt, c, done);
        });
    QVERIFY(rotation.ok());
    QVERIFY(rotation.value().signInToken);
    QCOMPARE(rotated.count(), 1);
    QVERIFY(rotated.at(0).at(1).toString().isEmpty());
    QVERIFY(m_registry->accounts().isEmpty());
    // It signs in with the successor now.
    QCOMPARE(*session->backend()->signInTokenId(), rotation.value().created.token.id);
    QVERIFY(
        Test::await<Account>([&](QObject* c, Callback<Account> done) { session->connect(c, done); }).ok());
}

void TestAccountSession::connectionCheckSaysWhoItIs()
{
    m_server = std::make_unique<GitLabTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QUrl withApi = m_server->url();
    withApi.setPath(u"/api/v4"_s);
    const Result<ConnectionCheck::Identified> identified =
        Test::await<ConnectionCheck::Identified>([&](QObject* c, Callback<ConnectionCheck::Identified> done) {
            ConnectionCheck::identify(withApi, Secret(QByteArray(GitLabTestServer::AliceToken)), {},
                                      Clock::system(), c, done);
        });
    QVERIFY(identified.ok());
    QCOMPARE(identified.value().connection.account.username, u"alice"_s);
    QCOMPARE(identified.value().accountKey, ConnectionCheck::accountKey(m_server->url(), u"alice"_s));
    QVERIFY(identified.value().connection.accessToken.has_value());
    QVERIFY(!identified.value().instanceUrl.path().contains(u"api"_s));
    QVERIFY(ConnectionCheck::instanceUrlProblem(QUrl(u"ftp://example.com"_s)).has_value());
    QVERIFY(!ConnectionCheck::instanceUrlProblem(m_server->url()).has_value());
}

void TestAccountSession::connectionCheckOfARefusedToken()
{
    m_server = std::make_unique<GitLabTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    const Result<ConnectionCheck::Identified> refused =
        Test::await<ConnectionCheck::Identified>([&](QObject* c, Callback<ConnectionCheck::Identified> done) {
            ConnectionCheck::identify(m_server->url(), Secret(QByteArray("glpat-unknown-secret-000000")), {},
                                      Clock::system(), c, done);
        });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Authentication);
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_AccountSession.moc"
