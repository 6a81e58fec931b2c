#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// Every operation of GitLabBackend against the GitLab API test server, as a regular user and as an
// administrator.
class TestGitLabBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void whoamiTellsAdministratorsApart();
    void connectAccountReportsVersionAndOwnToken();
    void listShowsOnlyOwnTokensWithUnknownScopesKept();
    void listSearchesAndSortsOnTheServer();
    void listPagesFromOneReading();
    void administratorsListOnlyTheirOwnTokens();
    void summaryCountsStates();
    void getAndUnknownIds();
    void administratorCreatesForThemselvesAndOthers();
    void regularUserCreatesSelfServiceScopes();
    void regularUserIsGuidedToGitLabsPage();
    void createRefusesBadInputBeforeSending();
    void serverSideExpiryLimitLandsOnTheField();
    void rotateIssuesSuccessorAndRevokesOld();
    void rotatingARevokedTokenIsRefusedAndRevokesFamily();
    void rotatingTheOwnTokenKeepsTheBackendWorking();
    void revokeAnswersTheRevokedToken();
    void selfMeansTheSigningInToken();
    void identifyUsesTheGivenSecret();
    void readOnlyTokenIsToldWhichScopeIsMissing();
    void bearerAuthentication();

private:
    GitLabBackend* backend(const char* token, GitLabOptions options = {});

    GitLabTestServer m_server;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

GitLabBackend* TestGitLabBackend::backend(const char* token, GitLabOptions options)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)), Clock::system(), options));
    return m_backends.back().get();
}

void TestGitLabBackend::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGitLabBackend::init()
{
    m_backends.clear();
    QVERIFY(m_server.reset());
}

namespace {

QStringList names(const QList<AccessToken>& tokens)
{
    QStringList out;
    for (const AccessToken& t : tokens)
        out << t.name;
    return out;
}

Result<TokenPage> listOf(GitLabBackend* b, ListQuery q)
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
}

} // namespace

void TestGitLabBackend::whoamiTellsAdministratorsApart()
{
    auto alice = await<Account>(
        [&](QObject* c, Callback<Account> cb) { backend(GitLabTestServer::AliceToken)->whoami(c, cb); });
    QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error().message));
    QCOMPARE(alice.value().username, u"alice"_s);
    QVERIFY(!alice.value().isAdmin); // is_admin is missing from a regular user's reply

    auto* rootBackend = backend(GitLabTestServer::RootToken);
    auto root = await<Account>([&](QObject* c, Callback<Account> cb) { rootBackend->whoami(c, cb); });
    QVERIFY(root.ok());
    QVERIFY(root.value().isAdmin);
    QVERIFY(rootBackend->displayName().contains(u"root"_s));
    QVERIFY(rootBackend->identity().startsWith(u"gitlab:http://127.0.0.1:"_s));

    // Asking again keeps the known identity while the answer is on its way (the window looks up saved
    // secrets by it meanwhile).
    const QString identity = rootBackend->identity();
    QVERIFY(identity.endsWith(u":root"_s));
    std::optional<Result<Account>> again;
    QObject context;
    rootBackend->whoami(&context, [&](Result<Account> r) { again = std::move(r); });
    QCOMPARE(rootBackend->identity(), identity);
    QTRY_VERIFY(again.has_value());
    QVERIFY(again->ok());
    QCOMPARE(rootBackend->identity(), identity);
}

void TestGitLabBackend::connectAccountReportsVersionAndOwnToken()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    auto c = await<GitLabConnection>(
        [&](QObject* ctx, Callback<GitLabConnection> cb) { b->connectAccount(ctx, cb); });
    QVERIFY(c.ok());
    QCOMPARE(c.value().account.username, u"alice"_s);
    QCOMPARE(c.value().version.version, u"17.9.1-ee"_s);
    QVERIFY(c.value().accessToken.has_value());
    QCOMPARE(c.value().accessToken->name, u"alice-api"_s);
    QCOMPARE(c.value().accessToken->scopes, QStringList{u"api"_s});
    QVERIFY(c.value().accessToken->expiresAt.isValid());
    QCOMPARE(b->signInTokenId(), c.value().accessToken->id);
}

void TestGitLabBackend::listShowsOnlyOwnTokensWithUnknownScopesKept()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.sort = ListQuery::Sort::NameAsc;
    auto active = listOf(b, q);
    QVERIFY(active.ok());
    QCOMPARE(names(active.value().tokens),
             (QStringList{u"alice-api"_s, u"alice-read"_s, u"alice-registry"_s}));
    QCOMPARE(active.value().total, 3);
    QCOMPARE(active.value().tokens.at(2).scopes, (QStringList{u"read_registry"_s, u"future_scope"_s}));
    QCOMPARE(active.value().tokens.at(2).description, u"with a scope this client does not know"_s);

    q.state = ListQuery::State::Inactive;
    auto inactive = listOf(b, q);
    QVERIFY(inactive.ok());
    QCOMPARE(names(inactive.value().tokens), QStringList{u"alice-revoked"_s});
    QVERIFY(inactive.value().tokens.first().revoked);
}

void TestGitLabBackend::listSearchesAndSortsOnTheServer()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.state = ListQuery::State::All;
    q.search = u"READ"_s;
    q.sort = ListQuery::Sort::NameDesc;
    auto r = listOf(b, q);
    QVERIFY(r.ok());
    QCOMPARE(names(r.value().tokens), QStringList{u"alice-read"_s});
    bool sawQuery = false;
    for (const QJsonValue& e : m_server.log()) {
        const QString path = e.toObject().value(u"path"_s).toString();
        if (path.startsWith(u"/api/v4/personal_access_tokens?"_s)) {
            QVERIFY(path.contains(u"search=READ"_s));
            QVERIFY(path.contains(u"sort=name_desc"_s));
            QVERIFY(path.contains(u"per_page=100"_s));
            QVERIFY(!path.contains(u"state="_s));
            sawQuery = true;
        }
    }
    QVERIFY(sawQuery);

    q.search.clear();
    q.state = ListQuery::State::Active;
    q.sort = ListQuery::Sort::NameDesc;
    r = listOf(b, q);
    QVERIFY(r.ok());
    QCOMPARE(names(r.value().tokens), (QStringList{u"alice-registry"_s, u"alice-read"_s, u"alice-api"_s}));
}

void TestGitLabBackend::listPagesFromOneReading()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.sort = ListQuery::Sort::NameAsc;
    q.limit = 2;
    auto first = listOf(b, q);
    QVERIFY(first.ok());
    QCOMPARE(names(first.value().tokens), (QStringList{u"alice-api"_s, u"alice-read"_s}));
    QCOMPARE(first.value().total, 3);
    const int requests = m_server.log().size();
    q.offset = 2;
    auto second = listOf(b, q);
    QVERIFY(second.ok());
    QCOMPARE(names(second.value().tokens), QStringList{u"alice-registry"_s});
    QCOMPARE(second.value().total, 3);
    QCOMPARE(m_server.log().size(), requests); // answered from the listing already read
}

void TestGitLabBackend::administratorsListOnlyTheirOwnTokens()
{
    auto* b = backend(GitLabTestServer::RootToken);
    ListQuery q;
    q.state = ListQuery::State::All;
    auto r = listOf(b, q);
    QVERIFY(r.ok());
    QCOMPARE(names(r.value().tokens), QStringList{u"root-api"_s});
    // The first page may go out before GET /user says this is an administrator; the listing that
    // counts passes user_id.
    int filtered = 0;
    for (const QJsonValue& e : m_server.log())
        filtered += e.toObject().value(u"path"_s).toString().contains(u"user_id=1"_s) ? 1 : 0;
    QCOMPARE(filtered, 1);
    QVERIFY(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s) <= 2);
}

void TestGitLabBackend::summaryCountsStates()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    auto s = await<TokenSummary>([&](QObject* c, Callback<TokenSummary> cb) { b->summary(c, cb); });
    QVERIFY(s.ok());
    QCOMPARE(s.value().active, 3);
    QCOMPARE(s.value().revoked, 1);
    QCOMPARE(s.value().expired, 0);
}

void TestGitLabBackend::getAndUnknownIds()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.sort = ListQuery::Sort::NameAsc;
    const AccessToken api = listOf(b, q).value().tokens.first();
    auto got = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->get(api.id, c, cb); });
    QVERIFY(got.ok());
    QCOMPARE(got.value().name, u"alice-api"_s);
    QCOMPARE(got.value().createdAt.timeSpec(), Qt::UTC);

    // Bob's token: GitLab answers 401 to a regular user; the backend says "not found", not "reconnect".
    auto* bob = backend(GitLabTestServer::BobToken);
    auto bobs = await<Account>([&](QObject* c, Callback<Account> cb) { bob->whoami(c, cb); });
    QVERIFY(bobs.ok());
    auto other = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { bob->get(api.id, c, cb); });
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, BackendError::Kind::NotFound);

    auto* root = backend(GitLabTestServer::RootToken);
    auto missing =
        await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { root->get(999999, c, cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, BackendError::Kind::NotFound);
}

void TestGitLabBackend::administratorCreatesForThemselvesAndOthers()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QSignalSpy changed(b, &TokenBackend::tokensChanged);
    auto created = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"ci deploy"_s, Clock::system().todayUtc().addDays(30), {u"api"_s, u"sudo"_s},
                        u"made by a test"_s),
                  c, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().token.name, u"ci deploy"_s);
    QCOMPARE(created.value().token.description, u"made by a test"_s);
    QCOMPARE(created.value().token.scopes, (QStringList{u"api"_s, u"sudo"_s}));
    QCOMPARE(created.value().token.expiresAt, Clock::system().todayUtc().addDays(30));
    QVERIFY(created.value().secret.utf8().startsWith("glpat-"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/users/1/personal_access_tokens"_s), 1);

    auto forBob = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->createForUser(
            3,
            draft(u"for bob"_s, Clock::system().todayUtc().addDays(30), {u"read_api"_s}, u"made by a test"_s),
            c, cb);
    });
    QVERIFY(forBob.ok());
    QCOMPARE(forBob.value().token.userId, 3);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/users/3/personal_access_tokens"_s), 1);
}

void TestGitLabBackend::regularUserCreatesSelfServiceScopes()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    auto created = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"cluster"_s, Clock::system().todayUtc().addDays(30), {u"k8s_proxy"_s},
                        u"made by a test"_s),
                  c, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().token.scopes, QStringList{u"k8s_proxy"_s});
    QCOMPARE(created.value().token.userId, 2);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/user/personal_access_tokens"_s), 1);
}

void TestGitLabBackend::regularUserIsGuidedToGitLabsPage()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    auto created = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"laptop"_s, Clock::system().todayUtc().addDays(30), {u"api"_s, u"k8s_proxy"_s},
                        u"made by a test"_s),
                  c, cb);
    });
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
    QVERIFY(created.error().message.contains(u"GitLab's own page"_s));
    QCOMPARE(m_server.count(u"POST"_s), 0);

    const QUrl page =
        GitLabBackend::prefilledTokenPageUrl(QUrl(u"https://gitlab.example.com/"_s), u"my laptop & co"_s,
                                             {u"api"_s, u"read_user"_s}, u"for 50% of work"_s);
    QCOMPARE(
        page.toString(QUrl::FullyEncoded),
        u"https://gitlab.example.com/-/user_settings/personal_access_tokens?name=my%20laptop%20%26%20co&scopes=api,read_user&description=for%2050%25%20of%20work"_s);
    const QUrl sub = GitLabBackend::prefilledTokenPageUrl(QUrl(u"https://example.com/gitlab/api/v4"_s),
                                                          u"TokenDesk"_s, {u"api"_s});
    QCOMPARE(
        sub.toString(QUrl::FullyEncoded),
        u"https://example.com/gitlab/-/user_settings/personal_access_tokens?name=TokenDesk&scopes=api"_s);
}

void TestGitLabBackend::createRefusesBadInputBeforeSending()
{
    auto* b = backend(GitLabTestServer::RootToken);
    TokenDraft bad = draft(u"  "_s, Clock::system().todayUtc().addDays(30), {}, u"made by a test"_s);
    auto r = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b->create(bad, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Validation);
    QCOMPARE(r.error().fieldErrors.first().field, Field::Name);
    QCOMPARE(m_server.log().size(), 0);
}

void TestGitLabBackend::serverSideExpiryLimitLandsOnTheField()
{
    GitLabTestServer strict;
    QVERIFY2(strict.start({u"--max-lifetime"_s, u"20"_s}), qPrintable(strict.errorString()));
    GitLabBackend b(strict.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    auto r = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b.create(draft(u"long"_s, Clock::system().todayUtc().addDays(60), {u"api"_s}, u"made by a test"_s), c,
                 cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Validation);
    QCOMPARE(r.error().fieldErrors.size(), 1);
    QCOMPARE(r.error().fieldErrors.first().field, Field::ExpiresAt);
    QVERIFY2(r.error().message.contains(u"Expiration date must be before"_s), qPrintable(r.error().message));
}

void TestGitLabBackend::rotateIssuesSuccessorAndRevokesOld()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.search = u"alice-registry"_s;
    const AccessToken old = listOf(b, q).value().tokens.first();
    QSignalSpy changed(b, &TokenBackend::tokensChanged);
    const QDate expiry = Clock::system().todayUtc().addDays(10);
    auto r =
        await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b->rotate(old.id, expiry, c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r.value().token.id != old.id);
    QCOMPARE(r.value().token.name, old.name);
    QCOMPARE(r.value().token.scopes, old.scopes);
    QCOMPARE(r.value().token.expiresAt, expiry);
    QVERIFY(!r.value().secret.isEmpty());
    QCOMPARE(changed.count(), 1);
    auto again = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->get(old.id, c, cb); });
    QVERIFY(again.ok());
    QVERIFY(again.value().revoked);

    auto defaulted = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { b->rotate(r.value().token.id, std::nullopt, c, cb); });
    QVERIFY(defaulted.ok());
    QCOMPARE(defaulted.value().token.expiresAt, Clock::system().todayUtc().addDays(7));
}

void TestGitLabBackend::rotatingARevokedTokenIsRefusedAndRevokesFamily()
{
    auto* root = backend(GitLabTestServer::RootToken);
    auto fresh = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        root->createForUser(
            2,
            draft(u"family"_s, Clock::system().todayUtc().addDays(30), {u"read_api"_s}, u"made by a test"_s),
            c, cb);
    });
    QVERIFY(fresh.ok());
    auto* b = backend(GitLabTestServer::AliceToken);
    const AccessToken old = fresh.value().token;
    auto first = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { b->rotate(old.id, std::nullopt, c, cb); });
    QVERIFY(first.ok());
    auto reuse = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { b->rotate(old.id, std::nullopt, c, cb); });
    QVERIFY(!reuse.ok());
    QVERIFY2(reuse.error().kind == BackendError::Kind::Validation, qPrintable(reuse.error().message));
    QCOMPARE(reuse.error().kind, BackendError::Kind::Validation);
    QVERIFY(reuse.error().message.contains(u"revoked"_s));
    auto successor = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { b->get(first.value().token.id, c, cb); });
    QVERIFY(successor.ok());
    QVERIFY(successor.value().revoked); // reuse detection revoked the family
}

void TestGitLabBackend::rotatingTheOwnTokenKeepsTheBackendWorking()
{
    auto* b = backend(GitLabTestServer::BobToken);
    auto c = await<GitLabConnection>(
        [&](QObject* ctx, Callback<GitLabConnection> cb) { b->connectAccount(ctx, cb); });
    QVERIFY(c.ok());
    const qint64 own = c.value().accessToken->id;
    auto r = await<CreatedToken>(
        [&](QObject* ctx, Callback<CreatedToken> cb) { b->rotate(own, std::nullopt, ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(b->signInTokenId(), r.value().token.id);
    auto who = await<Account>([&](QObject* ctx, Callback<Account> cb) { b->whoami(ctx, cb); });
    QVERIFY2(who.ok(), qPrintable(who.ok() ? QString() : who.error().message));
    const QJsonObject last = m_server.log().last().toObject();
    QCOMPARE(last.value(u"credential"_s).toString(),
             GitLabTestServer::credentialDigest(r.value().secret.utf8()));
}

void TestGitLabBackend::revokeAnswersTheRevokedToken()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    ListQuery q;
    q.search = u"alice-registry"_s;
    const AccessToken t = listOf(b, q).value().tokens.first();
    QSignalSpy changed(b, &TokenBackend::tokensChanged);
    auto r = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->revoke(t.id, c, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, t.id);
    QVERIFY(r.value().revoked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
    auto active = listOf(b, ListQuery{});
    QVERIFY(!names(active.value().tokens).contains(u"alice-registry"_s));
}

void TestGitLabBackend::selfMeansTheSigningInToken()
{
    auto* root = backend(GitLabTestServer::RootToken);
    auto made = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        root->createForUser(
            3,
            draft(u"bob laptop"_s, Clock::system().todayUtc().addDays(30), {u"api"_s}, u"made by a test"_s),
            c, cb);
    });
    QVERIFY(made.ok());
    const QByteArray secret = made.value().secret.utf8();
    auto* b = backend(secret.constData());
    auto shown = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { b->get(GitLabBackend::SelfId, c, cb); });
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().id, made.value().token.id);

    auto rotated = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->rotate(GitLabBackend::SelfId, std::nullopt, c, cb);
    });
    QVERIFY(rotated.ok());
    QCOMPARE(rotated.value().token.name, u"bob laptop"_s);
    QCOMPARE(m_server.log().last().toObject().value(u"path"_s).toString(),
             u"/api/v4/personal_access_tokens/self/rotate"_s);
    QCOMPARE(b->signInTokenId(), rotated.value().token.id);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); }).ok());

    auto revoked = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { b->revoke(GitLabBackend::SelfId, c, cb); });
    QVERIFY(revoked.ok());
    QCOMPARE(revoked.value().id, rotated.value().token.id);
    QVERIFY(revoked.value().revoked);
    auto after = await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); });
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, BackendError::Kind::Authentication);
}

void TestGitLabBackend::identifyUsesTheGivenSecret()
{
    auto* root = backend(GitLabTestServer::RootToken);
    auto created = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        root->createForUser(
            2,
            draft(u"pasted"_s, Clock::system().todayUtc().addDays(30), {u"read_api"_s}, u"made by a test"_s),
            c, cb);
    });
    QVERIFY(created.ok());
    auto* alice = backend(GitLabTestServer::AliceToken);
    QVERIFY(m_server.reset());
    auto who = await<AccessToken>(
        [&](QObject* c, Callback<AccessToken> cb) { alice->identify(created.value().secret, c, cb); });
    QVERIFY(who.ok());
    QCOMPARE(who.value().id, created.value().token.id);
    QCOMPARE(who.value().name, u"pasted"_s);
    const QJsonArray log = m_server.log();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"path"_s).toString(), u"/api/v4/personal_access_tokens/self"_s);
    QCOMPARE(log.first().toObject().value(u"credential"_s).toString(),
             GitLabTestServer::credentialDigest(created.value().secret.utf8()));

    auto bad = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
        alice->identify(Secret(QByteArray("glpat-not-a-real-token-000")), c, cb);
    });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, BackendError::Kind::Authentication);
    QVERIFY(!bad.error().message.contains(u"glpat-not"_s));
    // The account's own credential still works afterwards.
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { alice->whoami(c, cb); }).ok());
}

void TestGitLabBackend::readOnlyTokenIsToldWhichScopeIsMissing()
{
    auto* b = backend(GitLabTestServer::AliceReadToken);
    auto listed = listOf(b, ListQuery{});
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
    const qint64 id = listed.value().tokens.first().id;
    auto r = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->revoke(id, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Permission);
    QCOMPARE(r.error().missingScope, u"api"_s);
    QVERIFY(r.error().message.contains(u"api"_s));
}

void TestGitLabBackend::bearerAuthentication()
{
    GitLabOptions options;
    options.authHeader = GitLabOptions::AuthHeader::Bearer;
    auto* b = backend(GitLabTestServer::AliceToken, options);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); }).ok());
    QCOMPARE(m_server.log().last().toObject().value(u"auth"_s).toString(), u"bearer"_s);
}

QTEST_GUILESS_MAIN(TestGitLabBackend)
#include "tst_GitLabBackend.moc"
