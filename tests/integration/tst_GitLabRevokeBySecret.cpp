#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

namespace {

QStringList g_logLines;

void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logLines << message;
}

// Secrets made for these tests, none of them ever to be seen in a log line or a message.
constexpr const char* BobReadRepository = "glpat-bob-read-repository-0001";
constexpr const char* AliceSpare = "glpat-alice-spare-token-00001";
constexpr const char* Unknown = "glpat-no-such-token-anywhere01";

} // namespace

// Leaked-token response on GitLab: revokeBySecret() signs in with the secret itself (GET, then DELETE
// /personal_access_tokens/self), whoever owns the token and whatever its scopes, with or without a
// connected account; and userName() (GET /users/:id).
class TestGitLabRevokeBySecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void revokesAnotherUsersReadRepositoryToken();
    void revokesTheAccountsOwnSignInToken();
    void alreadyRevokedUnknownOrEmptyIsAuthentication();
    void lostReplyIsSettledNotResent();
    void lostReplyOfAChangeNotMadeSaysTheTokenStillWorks();
    void selfEndpointsWorkForATokenOfAnyScope();
    void worksWithoutAnAccount();
    void userNames();

private:
    GitLabBackend* backend(const QByteArray& token, GitLabOptions options = {});
    // A token of `userId` with only read_repository, created by root with a known secret.
    qint64 makeToken(qint64 userId, const char* secret);
    Result<AccessToken> revokeBySecret(GitLabBackend* b, const char* secret);
    bool isRevokedOnServer(qint64 id);
    int deletesOfSelf();

    GitLabTestServer m_server;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
    QStringList m_messages;
};

GitLabBackend* TestGitLabRevokeBySecret::backend(const QByteArray& token, GitLabOptions options)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(token), Clock::system(), options));
    return m_backends.back().get();
}

qint64 TestGitLabRevokeBySecret::makeToken(qint64 userId, const char* secret)
{
    if (!m_server.control(QJsonObject{{u"next_secret"_s, QString::fromLatin1(secret)}}))
        return -1;
    TokenDraft draft;
    draft.name = u"leaky"_s;
    draft.scopes = {u"read_repository"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    auto* root = backend(GitLabTestServer::RootToken);
    auto created = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { root->createForUser(userId, draft, c, cb); });
    return created ? created.value().token.id : -1;
}

Result<AccessToken> TestGitLabRevokeBySecret::revokeBySecret(GitLabBackend* b, const char* secret)
{
    Result<AccessToken> r = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { b->revokeBySecret(Secret(QByteArray(secret)), c, cb); });
    if (!r)
        m_messages << r.error().message;
    return r;
}

bool TestGitLabRevokeBySecret::isRevokedOnServer(qint64 id)
{
    for (const QJsonValue& v : m_server.tokens()) {
        if (v.toObject().value(u"id"_s).toInteger() == id)
            return v.toObject().value(u"revoked"_s).toBool();
    }
    return false;
}

int TestGitLabRevokeBySecret::deletesOfSelf()
{
    return m_server.count(u"DELETE"_s, u"/api/v4/personal_access_tokens/self"_s);
}

void TestGitLabRevokeBySecret::initTestCase()
{
    isolateStandardPaths();
    QLoggingCategory::setFilterRules(u"tokendesk.*.debug=true"_s);
    qInstallMessageHandler(captureMessages);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGitLabRevokeBySecret::init()
{
    m_backends.clear();
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
}

void TestGitLabRevokeBySecret::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    // Not one of the secrets handed to revokeBySecret in a log line (debug included) or an error message.
    QVERIFY(!g_logLines.isEmpty());
    QVERIFY(!m_messages.isEmpty());
    for (const char* secret : {BobReadRepository, AliceSpare, Unknown, GitLabTestServer::AliceToken,
                               GitLabTestServer::AliceReadToken}) {
        const QString s = QString::fromLatin1(secret);
        for (const QString& line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(s), qPrintable(line));
        for (const QString& m : std::as_const(m_messages))
            QVERIFY2(!m.contains(s), qPrintable(m));
    }
}

void TestGitLabRevokeBySecret::revokesAnotherUsersReadRepositoryToken()
{
    const qint64 id = makeToken(3, BobReadRepository);
    QVERIFY(id > 0);
    m_server.control(QJsonObject{{u"clear_log"_s, true}});
    auto* alice = backend(GitLabTestServer::AliceToken);
    QSignalSpy changed(alice, &TokenBackend::tokensChanged);
    const Result<AccessToken> r = revokeBySecret(alice, BobReadRepository);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().id, id);
    QCOMPARE(r.value().name, u"leaky"_s);
    QCOMPARE(r.value().userId, 3);
    QCOMPARE(r.value().scopes, QStringList{u"read_repository"_s});
    QVERIFY(r.value().revoked);
    QVERIFY(!r.value().isActive(Clock::system().todayUtc()));
    QVERIFY(isRevokedOnServer(id));
    QCOMPARE(changed.count(), 1);

    // Signed in with bob's token, never alice's: her account is not needed and still works.
    const QString bob = GitLabTestServer::credentialDigest(BobReadRepository);
    QCOMPARE(deletesOfSelf(), 1);
    for (const QJsonValue& v : m_server.log())
        QCOMPARE(v.toObject().value(u"credential"_s).toString(), bob);
    auto whoami = await<Account>([&](QObject* c, Callback<Account> cb) { alice->whoami(c, cb); });
    QVERIFY(whoami.ok());
}

void TestGitLabRevokeBySecret::revokesTheAccountsOwnSignInToken()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    const Result<AccessToken> r = revokeBySecret(alice, GitLabTestServer::AliceToken);
    QVERIFY(r.ok());
    QCOMPARE(r.value().name, u"alice-api"_s);
    QVERIFY(r.value().revoked);
    auto whoami = await<Account>([&](QObject* c, Callback<Account> cb) { alice->whoami(c, cb); });
    QVERIFY(!whoami.ok());
    QCOMPARE(whoami.error().kind, BackendError::Kind::Authentication);
    m_messages << whoami.error().message;
}

void TestGitLabRevokeBySecret::alreadyRevokedUnknownOrEmptyIsAuthentication()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    QVERIFY(revokeBySecret(alice, GitLabTestServer::AliceReadToken).ok());
    QCOMPARE(deletesOfSelf(), 1);

    for (const char* secret : {GitLabTestServer::AliceReadToken, Unknown, ""}) {
        const Result<AccessToken> again = revokeBySecret(alice, secret);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, BackendError::Kind::Authentication);
        QVERIFY(!again.error().message.isEmpty());
    }
    QCOMPARE(deletesOfSelf(), 1); // nothing sent for a secret GitLab does not accept
}

void TestGitLabRevokeBySecret::lostReplyIsSettledNotResent()
{
    const qint64 id = makeToken(2, AliceSpare);
    QVERIFY(id > 0);
    GitLabOptions options;
    options.timeoutMs = 2000;
    options.retryDelayMs = 10;
    auto* alice = backend(GitLabTestServer::AliceToken, options);
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"lose_reply"_s},
                                          {u"method"_s, u"DELETE"_s},
                                          {u"path"_s, u"/api/v4/personal_access_tokens/self"_s}}));
    const Result<AccessToken> r = revokeBySecret(alice, AliceSpare);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().id, id);
    QVERIFY(r.value().revoked);
    QVERIFY(isRevokedOnServer(id));
    QCOMPARE(deletesOfSelf(), 1);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens/self"_s), 2); // before, and to settle
}

void TestGitLabRevokeBySecret::lostReplyOfAChangeNotMadeSaysTheTokenStillWorks()
{
    const qint64 id = makeToken(2, AliceSpare);
    QVERIFY(id > 0);
    GitLabOptions options;
    options.timeoutMs = 500;
    options.retryDelayMs = 10;
    auto* alice = backend(GitLabTestServer::AliceToken, options);
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"stall"_s},
                                          {u"seconds"_s, 3},
                                          {u"method"_s, u"DELETE"_s},
                                          {u"path"_s, u"/api/v4/personal_access_tokens/self"_s}}));
    const Result<AccessToken> r = revokeBySecret(alice, AliceSpare);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"still works"_s), qPrintable(r.error().message));
    QVERIFY(!isRevokedOnServer(id));
    QCOMPARE(deletesOfSelf(), 1);
}

void TestGitLabRevokeBySecret::selfEndpointsWorkForATokenOfAnyScope()
{
    // GitLab lets any token read and revoke itself, read_repository alone included.
    const qint64 id = makeToken(3, BobReadRepository);
    QVERIFY(id > 0);
    auto* bob = backend(BobReadRepository);
    auto self = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { bob->get(GitLabBackend::SelfId, c, cb); });
    QVERIFY2(self.ok(), qPrintable(self.ok() ? QString() : self.error().message));
    QCOMPARE(self.value().id, id);
    auto list = await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { bob->list(ListQuery{}, c, cb); });
    QVERIFY(!list.ok()); // but nothing else
    QCOMPARE(list.error().kind, BackendError::Kind::Permission);
    auto revoked = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { bob->revoke(GitLabBackend::SelfId, c, cb); });
    QVERIFY2(revoked.ok(), qPrintable(revoked.ok() ? QString() : revoked.error().message));
    QVERIFY(isRevokedOnServer(id));
}

void TestGitLabRevokeBySecret::worksWithoutAnAccount()
{
    // revoke-leaked --gitlab URL with no account connected there: a backend with no credential at all.
    const qint64 id = makeToken(3, BobReadRepository);
    QVERIFY(id > 0);
    m_server.control(QJsonObject{{u"clear_log"_s, true}});
    auto* nobody = backend(QByteArray());
    auto identified = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
        nobody->identify(Secret(QByteArray(BobReadRepository)), c, cb);
    });
    QVERIFY(identified.ok());
    QCOMPARE(identified.value().id, id);
    auto owner = await<QString>([&](QObject* c, Callback<QString> cb) { nobody->userName(3, c, cb); });
    QVERIFY(owner.ok());
    QCOMPARE(owner.value(), u"bob"_s);
    const Result<AccessToken> r = revokeBySecret(nobody, BobReadRepository);
    QVERIFY(r.ok());
    QVERIFY(r.value().revoked);
    QVERIFY(isRevokedOnServer(id));
    for (const QJsonValue& v : m_server.log()) { // no request went out as anyone else
        const QJsonObject e = v.toObject();
        if (e.value(u"path"_s).toString().startsWith(u"/api/v4/personal_access_tokens"_s))
            QCOMPARE(e.value(u"credential"_s).toString(),
                     GitLabTestServer::credentialDigest(BobReadRepository));
        else
            QCOMPARE(e.value(u"auth"_s).toString(), u"none"_s);
    }
    auto whoami = await<Account>([&](QObject* c, Callback<Account> cb) { nobody->whoami(c, cb); });
    QVERIFY(!whoami.ok());
    QCOMPARE(whoami.error().kind, BackendError::Kind::Authentication);
}

void TestGitLabRevokeBySecret::userNames()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    auto name = await<QString>([&](QObject* c, Callback<QString> cb) { alice->userName(3, c, cb); });
    QVERIFY(name.ok());
    QCOMPARE(name.value(), u"bob"_s);
    for (qint64 missing : {qint64(999), qint64(0), qint64(-4)}) {
        auto none =
            await<QString>([&](QObject* c, Callback<QString> cb) { alice->userName(missing, c, cb); });
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, BackendError::Kind::NotFound);
    }
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/users/"_s), 2); // no request for ids that cannot exist
}

QTEST_GUILESS_MAIN(TestGitLabRevokeBySecret)
#include "tst_GitLabRevokeBySecret.moc"
