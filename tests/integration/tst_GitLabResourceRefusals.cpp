#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "ResourceCalls.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// GitLab's refusals of group and project access tokens, as GitLabBackend tells them (the test server's
// default seed: alice is Owner of acme, Maintainer of tools and tools/cli, Developer of beta/site, nothing on
// hidden/vault): a missing role is a permission refusal whatever the status, a role above the user's lands
// on the role field, unknown resources and tokens are not found, an instance without these tokens says so.
class TestGitLabResourceRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roleAboveTheUsersIsAValidationError();
    void personalOnlyScopesAndUnknownRolesAreRefusedBeforeSending();
    void developerIsRefusedWithPermission();
    void listerWithoutTheRoleIsPermissionNotAuthentication();
    void unknownResourceIsNotFound();
    void unknownTokenIsNotFound();
    void refusalsInOtherShapes_data();
    void refusalsInOtherShapes();
    void featureAbsentIsToldPlainly_data();
    void featureAbsentIsToldPlainly();

private:
    GitLabBackend* backend(const char* token = GitLabTestServer::AliceToken);

    GitLabTestServer m_server;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

GitLabBackend* TestGitLabResourceRefusals::backend(const char* token)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)), Clock::system()));
    return m_backends.back().get();
}

void TestGitLabResourceRefusals::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGitLabResourceRefusals::init()
{
    m_backends.clear();
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
}

void TestGitLabResourceRefusals::roleAboveTheUsersIsAValidationError()
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

void TestGitLabResourceRefusals::personalOnlyScopesAndUnknownRolesAreRefusedBeforeSending()
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

void TestGitLabResourceRefusals::developerIsRefusedWithPermission()
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

void TestGitLabResourceRefusals::listerWithoutTheRoleIsPermissionNotAuthentication()
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

void TestGitLabResourceRefusals::unknownResourceIsNotFound()
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

void TestGitLabResourceRefusals::unknownTokenIsNotFound()
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

void TestGitLabResourceRefusals::refusalsInOtherShapes_data()
{
    QTest::addColumn<qint64>("project"); // where alice is Developer (203) or Maintainer (202)
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("field");
    const int none = int(Field::General);
    QTest::newRow("developer, 403 on create")
        << qint64(203) << u"POST"_s << 403 << u"{\"message\": \"403 Forbidden\"}"_s
        << int(BackendError::Kind::Permission) << none;
    QTest::newRow("developer, 401 on revoke")
        << qint64(203) << u"DELETE"_s << 401 << u"{\"message\": \"401 Unauthorized\"}"_s
        << int(BackendError::Kind::Permission) << none;
    QTest::newRow("developer, 400 not allowed")
        << qint64(203) << u"POST"_s << 400 << u"{\"message\": \"You are not allowed to do this\"}"_s
        << int(BackendError::Kind::Permission) << none;
    QTest::newRow("maintainer, role too high (field)")
        << qint64(202) << u"POST"_s << 400 << u"{\"message\": {\"access_level\": [\"is too high\"]}}"_s
        << int(BackendError::Kind::Validation) << int(Field::AccessLevel);
    QTest::newRow("maintainer, role too high (text)")
        << qint64(202) << u"POST"_s << 400 << u"{\"message\": \"The role exceeds your own\"}"_s
        << int(BackendError::Kind::Validation) << int(Field::AccessLevel);
    // GitLab's own words for these refusals.
    QTest::newRow("developer, GitLab's create refusal")
        << qint64(203) << u"POST"_s << 400
        << u"{\"message\": \"User does not have permission to create project access token\"}"_s
        << int(BackendError::Kind::Permission) << none;
    QTest::newRow("developer, GitLab's revoke refusal")
        << qint64(203) << u"DELETE"_s << 400 << u"{\"message\": \"Dev User cannot delete Project bot\"}"_s
        << int(BackendError::Kind::Permission) << none;
    QTest::newRow("maintainer, GitLab's role-too-high refusal")
        << qint64(202) << u"POST"_s << 400
        << u"{\"message\": \"Access level of the token can't be greater the access level of the user who "
           "created the token\"}"_s
        << int(BackendError::Kind::Validation) << int(Field::AccessLevel);
    QTest::newRow("maintainer, GitLab's owner-role refusal")
        << qint64(202) << u"POST"_s << 400
        << u"{\"message\": \"Could not provision owner access to a project access token\"}"_s
        << int(BackendError::Kind::Validation) << int(Field::AccessLevel);
    QTest::newRow("maintainer, 404 on create")
        << qint64(202) << u"POST"_s << 404 << u"{\"message\": \"404 Not Found\"}"_s
        << int(BackendError::Kind::Permission) << none;
}

void TestGitLabResourceRefusals::refusalsInOtherShapes()
{
    QFETCH(qint64, project);
    QFETCH(QString, method);
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(int, kind);
    QFETCH(int, field);
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"error"_s},
                                          {u"method"_s, method},
                                          {u"path"_s, u"/api/v4/projects/%1/access_tokens"_s.arg(project)},
                                          {u"status"_s, status},
                                          {u"body"_s, QJsonDocument::fromJson(body.toUtf8()).object()}}));
    // The role not known beforehand: the request is sent, and GitLab's answer explained.
    auto resource = on(backend(), Project, project, project == 203 ? u"beta/site"_s : u"tools/cli"_s, 0);
    BackendError error;
    if (method == u"POST"_s) {
        auto created = createOf(*resource, draft(u"x"_s, {u"read_api"_s}, AccessLevels::Reporter));
        QVERIFY(!created);
        error = created.error();
    } else {
        auto revoked = revokeOf(*resource, 12);
        QVERIFY(!revoked);
        error = revoked.error();
    }
    QCOMPARE(int(error.kind), kind);
    if (field != int(Field::General))
        QCOMPARE(int(error.fieldErrors.value(0).field), field);
    if (kind == int(BackendError::Kind::Permission))
        QCOMPARE(error.remedy, BackendError::Remedy::None);
    QCOMPARE(m_server.count(method), 1); // never sent again
}

void TestGitLabResourceRefusals::featureAbsentIsToldPlainly_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("404") << u"404"_s;
    QTest::newRow("403") << u"403"_s;
}

void TestGitLabResourceRefusals::featureAbsentIsToldPlainly()
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

QTEST_GUILESS_MAIN(TestGitLabResourceRefusals)
#include "tst_GitLabResourceRefusals.moc"
