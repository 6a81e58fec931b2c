#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// Group and project access tokens through GitLabBackend against the GitLab API test server, whose default
// seed gives alice: Owner of acme (so of acme/platform, acme/platform/web and acme/api), Maintainer of
// tools (so of tools/cli), Developer of beta/site, nothing on hidden/vault.
class TestGitLabResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void resourcesAreTheGroupsAndProjectsTheUserManages();
    void resourcesOfALargeInstanceArePagedSideBySide();
    void resourcesFollowLinksWhenTheServerDoesNotCount();
    void resolveByPathAndById();
    void resourceBackendHasItsOwnIdentity();
    void listSearchesAndSortsTheResourcesTokens();
    void createWithTheDefaultAndAnExplicitRole();
    void roleAboveTheUsersIsAValidationError();
    void personalOnlyScopesAndUnknownRolesAreRefusedBeforeSending();
    void developerIsRefusedWithPermission();
    void listerWithoutTheRoleIsPermissionNotAuthentication();
    void unknownResourceIsNotFound();
    void unknownTokenIsNotFound();
    void revokeAnswersTheRevokedToken();
    void rotateKeepsTheBotUserAndTheRole();
    void personalListingsShowNoBotTokens();
    void identifyKnowsTheResourcesOwnTokens();
    void lostCreateReplyIsNotSentAgain();
    void featureAbsentIsToldPlainly_data();
    void featureAbsentIsToldPlainly();

private:
    GitLabBackend* backend(const char* token = GitLabTestServer::AliceToken);
    std::unique_ptr<TokenBackend> on(GitLabBackend* parent, ResourceRef::Kind kind, qint64 id,
                                     const QString& path, int level);

    GitLabTestServer m_server;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

namespace {

constexpr auto Group = ResourceRef::Kind::Group;
constexpr auto Project = ResourceRef::Kind::Project;

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

TokenDraft draft(const QString& name, QStringList scopes = {u"read_api"_s}, int accessLevel = 0)
{
    TokenDraft d;
    d.name = name;
    d.scopes = scopes;
    d.expiresAt = today().addDays(30);
    d.accessLevel = accessLevel;
    return d;
}

template<typename... Backends>
std::vector<std::unique_ptr<TokenBackend>> backends(Backends... each)
{
    std::vector<std::unique_ptr<TokenBackend>> out;
    (out.push_back(std::move(each)), ...);
    return out;
}

QStringList names(const QList<AccessToken>& tokens)
{
    QStringList out;
    for (const AccessToken& t : tokens)
        out << t.name;
    return out;
}

QStringList paths(const QList<Resource>& resources)
{
    QStringList out;
    for (const Resource& r : resources)
        out << ResourceRef::kindName(r.kind) + u':' + r.fullPath + u':' + QString::number(r.accessLevel);
    return out;
}

Result<TokenPage> listOf(TokenBackend& b, ListQuery q = {})
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b.list(q, c, cb); });
}

Result<CreatedToken> createOf(TokenBackend& b, const TokenDraft& d)
{
    return await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b.create(d, c, cb); });
}

Result<AccessToken> revokeOf(TokenBackend& b, qint64 id)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.revoke(id, c, cb); });
}

Result<QList<Resource>> resourcesOf(TokenBackend& b)
{
    return await<QList<Resource>>([&](QObject* c, Callback<QList<Resource>> cb) { b.resources(c, cb); });
}

Result<Resource> resolveOf(TokenBackend& b, ResourceRef ref)
{
    return await<Resource>([&](QObject* c, Callback<Resource> cb) { b.resolveResource(ref, c, cb); });
}

qint64 idNamed(TokenBackend& b, const QString& name)
{
    ListQuery q;
    q.state = ListQuery::State::All;
    auto page = listOf(b, q);
    if (!page)
        return 0;
    for (const AccessToken& t : page.value().tokens) {
        if (t.name == name)
            return t.id;
    }
    return 0;
}

} // namespace

GitLabBackend* TestGitLabResources::backend(const char* token)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)), Clock::system()));
    return m_backends.back().get();
}

std::unique_ptr<TokenBackend> TestGitLabResources::on(GitLabBackend* parent, ResourceRef::Kind kind,
                                                      qint64 id, const QString& path, int level)
{
    return parent->forResource(Resource{kind, id, path, path.section(u'/', -1), level});
}

void TestGitLabResources::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGitLabResources::init()
{
    m_backends.clear();
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
}

void TestGitLabResources::resourcesAreTheGroupsAndProjectsTheUserManages()
{
    GitLabBackend* alice = backend();
    QVERIFY(alice->capabilities().resourceTokens);
    auto found = resourcesOf(*alice);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    // Groups she owns (acme/platform by inheritance), then projects where she is at least Maintainer:
    // acme/api is Owner although her own membership there is Developer (the highest role counts); tools is
    // missing (Maintainer of a group is not enough), beta/site too (Developer).
    QCOMPARE(paths(found.value()),
             (QStringList{u"group:acme:50"_s, u"group:acme/platform:50"_s, u"project:acme/api:50"_s,
                          u"project:acme/platform/web:50"_s, u"project:tools/cli:40"_s}));
    QCOMPARE(found.value().at(3).id, 200);
    QCOMPARE(found.value().at(3).name, u"Web"_s);
}

void TestGitLabResources::resourcesOfALargeInstanceArePagedSideBySide()
{
    GitLabTestServer large;
    QVERIFY2(large.start({u"--bulk-resources"_s, u"450,40,0"_s}), qPrintable(large.errorString()));
    QVERIFY(large.control(QJsonObject{{u"latency_ms"_s, 20}}));
    GitLabBackend alice(large.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    auto found = resourcesOf(alice);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    int groups = 0;
    int projects = 0;
    for (const Resource& r : found.value())
        (r.kind == Group ? groups : projects)++;
    QCOMPARE(groups, 40 + 2);
    QCOMPARE(projects, 450 + 3);
    QCOMPARE(large.count(u"GET"_s, u"/api/v4/projects"_s), 5); // 100 a page
    QCOMPARE(large.count(u"GET"_s, u"/api/v4/groups"_s), 1);
    const int inFlight = large.maxInFlight();
    QVERIFY2(inFlight > 2 && inFlight <= 6, qPrintable(QString::number(inFlight)));
}

void TestGitLabResources::resourcesFollowLinksWhenTheServerDoesNotCount()
{
    GitLabTestServer large;
    QVERIFY2(large.start({u"--bulk-resources"_s, u"250,3,0"_s}), qPrintable(large.errorString()));
    QVERIFY(large.control(QJsonObject{{u"link_only"_s, true}}));
    GitLabBackend alice(large.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    auto found = resourcesOf(alice);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found.value().size(), 3 + 2 + 250 + 3);
    QCOMPARE(large.count(u"GET"_s, u"/api/v4/projects"_s), 3);
}

void TestGitLabResources::resolveByPathAndById()
{
    GitLabBackend* alice = backend();
    auto web = resolveOf(*alice, ResourceRef::project(u"acme/platform/web"_s));
    QVERIFY2(web, qPrintable(web ? QString() : web.error().message));
    QCOMPARE(web.value().id, 200);
    QCOMPARE(web.value().fullPath, u"acme/platform/web"_s);
    QCOMPARE(web.value().accessLevel, AccessLevels::Owner);
    auto cli = resolveOf(*alice, ResourceRef::project(u"202"_s));
    QVERIFY(cli);
    QCOMPARE(cli.value().fullPath, u"tools/cli"_s);
    QCOMPARE(cli.value().accessLevel, AccessLevels::Maintainer);
    auto site = resolveOf(*alice, ResourceRef::project(u"beta/site"_s));
    QVERIFY(site);
    QCOMPARE(site.value().accessLevel, AccessLevels::Developer);
    // A group's role comes from the membership, inherited ones included.
    auto platform = resolveOf(*alice, ResourceRef::group(u"acme/platform"_s));
    QVERIFY2(platform, qPrintable(platform ? QString() : platform.error().message));
    QCOMPARE(platform.value().id, 101);
    QCOMPARE(platform.value().accessLevel, AccessLevels::Owner);
    auto tools = resolveOf(*alice, ResourceRef::group(u"102"_s));
    QVERIFY(tools);
    QCOMPARE(tools.value().accessLevel, AccessLevels::Maintainer);
    for (const ResourceRef& missing : {ResourceRef::project(u"hidden/vault"_s), ResourceRef::group(u"nope"_s),
                                       ResourceRef::project(u"99999"_s)}) {
        auto none = resolveOf(*alice, missing);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, BackendError::Kind::NotFound);
    }
}

void TestGitLabResources::resourceBackendHasItsOwnIdentity()
{
    GitLabBackend* alice = backend();
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { alice->whoami(c, cb); }));
    auto cli = on(alice, Project, 202, u"tools/cli"_s, 40);
    QVERIFY(cli);
    QCOMPARE(cli->identity(), alice->identity() + u"/project:202"_s);
    QCOMPARE(cli->resource()->id, 202);
    QVERIFY(!cli->signInTokenId());
    QVERIFY(!cli->capabilities().resourceTokens);
    QVERIFY(!alice->forResource(Resource{Project, 0, u"x"_s, u"x"_s, 0}));
}

void TestGitLabResources::listSearchesAndSortsTheResourcesTokens()
{
    auto web = on(backend(), Project, 200, u"acme/platform/web"_s, 50);
    auto page = listOf(*web);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QCOMPARE(names(page.value().tokens), (QStringList{u"web-deploy"_s, u"web-registry"_s})); // by expiry
    QCOMPARE(page.value().tokens.first().accessLevel, AccessLevels::Developer);
    ListQuery q;
    q.sort = ListQuery::Sort::ExpiresDesc;
    QCOMPARE(names(listOf(*web, q).value().tokens), (QStringList{u"web-registry"_s, u"web-deploy"_s}));
    q.search = u"REGI"_s;
    QCOMPARE(names(listOf(*web, q).value().tokens), QStringList{u"web-registry"_s});
    auto acme = on(backend(), Group, 100, u"acme"_s, 50);
    q = {};
    q.state = ListQuery::State::Inactive;
    QCOMPARE(names(listOf(*acme, q).value().tokens), QStringList{u"acme-old"_s});
    auto summary = await<TokenSummary>([&](QObject* c, Callback<TokenSummary> cb) { acme->summary(c, cb); });
    QVERIFY(summary);
    QCOMPARE(summary.value().active, 1);
    QCOMPARE(summary.value().revoked, 1);
}

void TestGitLabResources::createWithTheDefaultAndAnExplicitRole()
{
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 40);
    auto first = createOf(*cli, draft(u"deploy"_s));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first.value().token.accessLevel, AccessLevels::Maintainer);
    QVERIFY(!first.value().secret.isEmpty());
    auto second = createOf(*cli, draft(u"report"_s, {u"read_repository"_s}, AccessLevels::Reporter));
    QVERIFY(second);
    QCOMPARE(second.value().token.accessLevel, AccessLevels::Reporter);
    // Each token has a bot user of its own, not alice (2).
    QVERIFY(first.value().token.userId != 2 && second.value().token.userId != 2);
    QVERIFY(first.value().token.userId != second.value().token.userId);
    QCOMPARE(idNamed(*cli, u"report"_s), second.value().token.id);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/projects/202/access_tokens"_s), 2);
}

void TestGitLabResources::roleAboveTheUsersIsAValidationError()
{
    GitLabBackend* alice = backend();
    // Known role (Maintainer): refused before sending.
    auto known = on(alice, Project, 202, u"tools/cli"_s, 40);
    auto refused = createOf(*known, draft(u"owner"_s, {u"api"_s}, AccessLevels::Owner));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
    QCOMPARE(refused.error().fieldErrors.value(0).field, Field::AccessLevel);
    QCOMPARE(m_server.count(u"POST"_s), 0);
    // Role not known: GitLab's 400 lands on the same field.
    auto unknown = on(alice, Project, 202, u"tools/cli"_s, 0);
    refused = createOf(*unknown, draft(u"owner"_s, {u"api"_s}, AccessLevels::Owner));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
    QCOMPARE(refused.error().fieldErrors.value(0).field, Field::AccessLevel);
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

void TestGitLabResources::personalOnlyScopesAndUnknownRolesAreRefusedBeforeSending()
{
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 0);
    for (const QString& scope : {u"read_user"_s, u"sudo"_s, u"admin_mode"_s}) {
        auto refused = createOf(*cli, draft(u"x"_s, {u"api"_s, scope}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
        QCOMPARE(refused.error().fieldErrors.value(0).field, Field::Scopes);
    }
    auto badRole = createOf(*cli, draft(u"x"_s, {u"api"_s}, 35));
    QVERIFY(!badRole);
    QCOMPARE(badRole.error().fieldErrors.value(0).field, Field::AccessLevel);
    QCOMPARE(m_server.count(u"POST"_s), 0);
}

void TestGitLabResources::developerIsRefusedWithPermission()
{
    GitLabBackend* alice = backend();
    // The role unknown: GitLab answers 400 with a message, which is a missing role all the same.
    auto site = on(alice, Project, 203, u"beta/site"_s, 0);
    auto created = createOf(*site, draft(u"x"_s, {u"read_api"_s}, AccessLevels::Reporter));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
    QVERIFY2(created.error().message.contains(u"Maintainer"_s), qPrintable(created.error().message));
    const qint64 botToken =
        idNamed(*on(backend(GitLabTestServer::BobToken), Project, 203, u"beta/site"_s, 0), u"site-bot"_s);
    QVERIFY(botToken > 0);
    auto revoked = revokeOf(*site, botToken);
    QVERIFY(!revoked);
    QCOMPARE(revoked.error().kind, BackendError::Kind::Permission);
    auto rotated = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { site->rotate(botToken, std::nullopt, c, cb); });
    QVERIFY(!rotated);
    QCOMPARE(rotated.error().kind, BackendError::Kind::Permission);
    // The role known (Developer): nothing is sent.
    QVERIFY(m_server.reset());
    auto known = on(alice, Project, 203, u"beta/site"_s, AccessLevels::Developer);
    created = createOf(*known, draft(u"x"_s, {u"read_api"_s}, AccessLevels::Reporter));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
    QCOMPARE(revokeOf(*known, botToken).error().kind, BackendError::Kind::Permission);
    QCOMPARE(m_server.count(u"POST"_s) + m_server.count(u"DELETE"_s), 0);
    // A Maintainer of a group is refused its group tokens.
    auto tools = on(alice, Group, 102, u"tools"_s, 0);
    created = createOf(*tools, draft(u"x"_s));
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
}

void TestGitLabResources::listerWithoutTheRoleIsPermissionNotAuthentication()
{
    GitLabBackend* alice = backend();
    for (auto& resource :
         backends(on(alice, Project, 203, u"beta/site"_s, 0), on(alice, Group, 102, u"tools"_s, 0))) {
        auto page = listOf(*resource);
        QVERIFY(!page);
        QCOMPARE(page.error().kind, BackendError::Kind::Permission);
        QCOMPARE(page.error().remedy, BackendError::Remedy::None);
    }
    // A credential that is no longer good stays an authentication failure.
    auto revoked = backend("glpat-not-a-token-at-all-000");
    auto page = listOf(*on(revoked, Project, 202, u"tools/cli"_s, 0));
    QVERIFY(!page);
    QCOMPARE(page.error().kind, BackendError::Kind::Authentication);
}

void TestGitLabResources::unknownResourceIsNotFound()
{
    GitLabBackend* alice = backend();
    for (auto& resource :
         backends(on(alice, Project, 99999, u"nope/nothing"_s, 0),
                  on(alice, Project, 204, u"hidden/vault"_s, 0), on(alice, Group, 99999, u"nope"_s, 0))) {
        auto page = listOf(*resource);
        QVERIFY(!page);
        QCOMPARE(page.error().kind, BackendError::Kind::NotFound);
        auto created = createOf(*resource, draft(u"x"_s));
        QCOMPARE(created.error().kind, BackendError::Kind::NotFound);
    }
}

void TestGitLabResources::unknownTokenIsNotFound()
{
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 40);
    // Another resource's token is no token of this one.
    const qint64 otherResources =
        idNamed(*on(backend(), Project, 200, u"acme/platform/web"_s, 50), u"web-deploy"_s);
    for (qint64 id : {qint64(987654), otherResources}) {
        auto got = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { cli->get(id, c, cb); });
        QVERIFY(!got);
        QCOMPARE(got.error().kind, BackendError::Kind::NotFound);
        QCOMPARE(revokeOf(*cli, id).error().kind, BackendError::Kind::NotFound);
    }
}

void TestGitLabResources::revokeAnswersTheRevokedToken()
{
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 40);
    const qint64 id = idNamed(*cli, u"cli-release"_s);
    auto revoked = revokeOf(*cli, id);
    QVERIFY2(revoked, qPrintable(revoked ? QString() : revoked.error().message));
    QVERIFY(revoked.value().revoked);
    QCOMPARE(revoked.value().name, u"cli-release"_s);
    QVERIFY(listOf(*cli).value().tokens.isEmpty());
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
    auto again = revokeOf(*cli, id);
    QCOMPARE(again.error().kind, BackendError::Kind::Validation);
}

void TestGitLabResources::rotateKeepsTheBotUserAndTheRole()
{
    auto web = on(backend(), Project, 200, u"acme/platform/web"_s, 50);
    ListQuery all;
    all.state = ListQuery::State::All;
    const QList<AccessToken> before = listOf(*web, all).value().tokens;
    const qint64 id = idNamed(*web, u"web-deploy"_s);
    AccessToken old;
    for (const AccessToken& t : before) {
        if (t.id == id)
            old = t;
    }
    auto rotated = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { web->rotate(id, today().addDays(20), c, cb); });
    QVERIFY2(rotated, qPrintable(rotated ? QString() : rotated.error().message));
    QVERIFY(rotated.value().token.id != id);
    QCOMPARE(rotated.value().token.userId, old.userId);
    QCOMPARE(rotated.value().token.accessLevel, old.accessLevel);
    QCOMPARE(rotated.value().token.expiresAt, today().addDays(20));
    auto oldNow = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { web->get(id, c, cb); });
    QVERIFY(oldNow && oldNow.value().revoked);
}

void TestGitLabResources::personalListingsShowNoBotTokens()
{
    GitLabBackend* root = backend(GitLabTestServer::RootToken);
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 40);
    QVERIFY(createOf(*cli, draft(u"fresh-bot-token"_s)));
    ListQuery all;
    all.state = ListQuery::State::All;
    all.limit = 0;
    for (GitLabBackend* personal : {root, backend()}) {
        auto page = listOf(*personal, all);
        QVERIFY(page);
        for (const AccessToken& t : page.value().tokens) {
            QVERIFY2(!t.name.startsWith(u"web-"_s) && !t.name.startsWith(u"cli-"_s) &&
                         t.name != u"fresh-bot-token"_s,
                     qPrintable(t.name));
            QCOMPARE(t.accessLevel, 0);
        }
    }
}

void TestGitLabResources::identifyKnowsTheResourcesOwnTokens()
{
    GitLabBackend* alice = backend();
    auto web = on(alice, Project, 200, u"acme/platform/web"_s, 50);
    const Secret secret(QByteArray("glpat-web-deploy-secret-0001"));
    auto found =
        await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { web->identify(secret, c, cb); });
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found.value().name, u"web-deploy"_s);
    QCOMPARE(found.value().accessLevel, AccessLevels::Developer);
    auto cli = on(alice, Project, 202, u"tools/cli"_s, 40);
    auto elsewhere =
        await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { cli->identify(secret, c, cb); });
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().kind, BackendError::Kind::Authentication);
    auto unknown = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
        web->identify(Secret(QByteArray("glpat-nobody-knows-this-one")), c, cb);
    });
    QCOMPARE(unknown.error().kind, BackendError::Kind::Authentication);
}

void TestGitLabResources::lostCreateReplyIsNotSentAgain()
{
    auto cli = on(backend(), Project, 202, u"tools/cli"_s, 40);
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"lose_reply"_s},
                                          {u"method"_s, u"POST"_s},
                                          {u"path"_s, u"/api/v4/projects/202/access_tokens"_s}}));
    auto created = createOf(*cli, draft(u"lost-one"_s));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(created.error().message.contains(u"now exists"_s), qPrintable(created.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QVERIFY(idNamed(*cli, u"lost-one"_s) > 0);
    // A lost revoke is read back, not sent again.
    const qint64 id = idNamed(*cli, u"cli-release"_s);
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"lose_reply"_s}, {u"method"_s, u"DELETE"_s}}));
    auto revoked = revokeOf(*cli, id);
    QCOMPARE(revoked.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(revoked.error().message.contains(u"now revoked"_s), qPrintable(revoked.error().message));
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
}

void TestGitLabResources::featureAbsentIsToldPlainly_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("404") << u"404"_s;
    QTest::newRow("403") << u"403"_s;
}

void TestGitLabResources::featureAbsentIsToldPlainly()
{
    QFETCH(QString, status);
    QVERIFY(m_server.control(QJsonObject{{u"resource_tokens_feature"_s, status}}));
    GitLabBackend* alice = backend();
    for (auto& resource :
         backends(on(alice, Project, 202, u"tools/cli"_s, 40), on(alice, Group, 100, u"acme"_s, 50))) {
        auto page = listOf(*resource);
        QVERIFY(!page);
        QCOMPARE(page.error().kind, BackendError::Kind::Permission);
        QVERIFY2(page.error().message.contains(u"does not offer"_s), qPrintable(page.error().message));
        auto created = createOf(*resource, draft(u"x"_s));
        QVERIFY2(created.error().message.contains(u"does not offer"_s), qPrintable(created.error().message));
        auto revoked = revokeOf(*resource, 5);
        QVERIFY2(revoked.error().message.contains(u"does not offer"_s), qPrintable(revoked.error().message));
    }
    // An unknown resource stays unknown.
    auto nowhere = listOf(*on(alice, Project, 99999, u"nope/nothing"_s, 0));
    QCOMPARE(nowhere.error().kind, BackendError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestGitLabResources)
#include "tst_GitLabResources.moc"
