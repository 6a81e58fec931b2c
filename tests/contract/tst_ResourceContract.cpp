#include "BackendCalls.h"
#include "ContractFixture.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// Group and project access tokens, one set of scenarios against every backend (the embedded store and
// GitLab over the test server), in the same world of groups, projects and roles (ContractFixture::places):
// the same inputs give the same results and the same kinds of error. GitLab's behaviour is the reference.
class TestResourceContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void resourcesAreWhatTheUserManages_data() { backends(); }
    void resourcesAreWhatTheUserManages();
    void resolveByPathAndId_data() { backends(); }
    void resolveByPathAndId();
    void createTakesTheDefaultOrTheGivenRole_data() { backends(); }
    void createTakesTheDefaultOrTheGivenRole();
    void createRefusesWhatAResourceTokenCannotBe_data();
    void createRefusesWhatAResourceTokenCannotBe();
    void aMissingRoleIsAPermissionRefusal_data();
    void aMissingRoleIsAPermissionRefusal();
    void unknownResourcesAndTokensAreNotFound_data() { backends(); }
    void unknownResourcesAndTokensAreNotFound();
    void rotateKeepsTheBotUserAndRevokeEndsIt_data() { backends(); }
    void rotateKeepsTheBotUserAndRevokeEndsIt();
    void resourceTokensAreNoPersonalTokens_data() { backends(); }
    void resourceTokensAreNoPersonalTokens();
    void identifyKnowsOnlyTheResourcesOwnTokens_data() { backends(); }
    void identifyKnowsOnlyTheResourcesOwnTokens();

private:
    static void backends();
    TokenBackend& user() { return m_fixture->regularUser(); }
    Resource resolved(ResourceRef ref);
    std::unique_ptr<TokenBackend> on(ResourceRef ref);
    TokenDraft draft(const QString& name, QStringList scopes = {u"read_api"_s}, int accessLevel = 0) const;

    std::unique_ptr<ContractFixture> m_fixture;
};

namespace {

Result<TokenPage> listOf(TokenBackend& b, ListQuery::State state = ListQuery::State::Active)
{
    ListQuery q;
    q.state = state;
    q.sort = ListQuery::Sort::NameAsc;
    return TokenDesk::Test::listOf(b, q);
}

QStringList names(const QList<AccessToken>& tokens)
{
    QStringList out;
    for (const AccessToken& t : tokens)
        out << t.name;
    return out;
}

} // namespace

void TestResourceContract::initTestCase()
{
    isolateStandardPaths();
}

void TestResourceContract::cleanupTestCase()
{
    ContractFixture::stopServers();
}

void TestResourceContract::backends()
{
    ContractFixture::addBackendRows();
}

void TestResourceContract::init()
{
    QFETCH(QString, kind);
    m_fixture = ContractFixture::make(kind);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    QCoreApplication::processEvents();
}

void TestResourceContract::cleanup()
{
    m_fixture.reset();
}

Resource TestResourceContract::resolved(ResourceRef ref)
{
    const Result<Resource> found = resolveOf(user(), ref);
    if (!found)
        qWarning("resolve %s failed: %s", qPrintable(ref.idOrPath), qPrintable(describe(found.error())));
    return found ? found.value() : Resource{};
}

std::unique_ptr<TokenBackend> TestResourceContract::on(ResourceRef ref)
{
    return user().forResource(resolved(std::move(ref)));
}

TokenDraft TestResourceContract::draft(const QString& name, QStringList scopes, int accessLevel) const
{
    TokenDraft d = Test::draft(name, m_fixture->today().addDays(30), scopes);
    d.accessLevel = accessLevel;
    return d;
}

void TestResourceContract::resourcesAreWhatTheUserManages()
{
    QVERIFY(user().capabilities().resourceTokens);
    const auto found =
        await<QList<Resource>>([&](QObject* c, Callback<QList<Resource>> cb) { user().resources(c, cb); });
    VERIFY_OK(found);
    QStringList seen;
    for (const Resource& r : found.value())
        seen << u"%1 %2 %3 %4"_s.arg(ResourceRef::kindName(r.kind))
                    .arg(r.id)
                    .arg(r.fullPath)
                    .arg(r.accessLevel);
    // Groups the user owns (a subgroup by inheritance), then projects where they are at least Maintainer;
    // tools (Maintainer of a group) and beta/site (Developer) are not there.
    QCOMPARE(seen, (QStringList{u"group 100 acme 50"_s, u"group 101 acme/platform 50"_s,
                                u"project 200 acme/platform/web 50"_s, u"project 202 tools/cli 40"_s}));
}

void TestResourceContract::resolveByPathAndId()
{
    const Resource web = resolved(ResourceRef::project(u"acme/platform/web"_s));
    QCOMPARE(web.id, 200);
    QCOMPARE(web.kind, ResourceRef::Kind::Project);
    QCOMPARE(web.fullPath, u"acme/platform/web"_s);
    QCOMPARE(web.accessLevel, AccessLevels::Owner);
    const Resource tools = resolved(ResourceRef::group(u"102"_s));
    QCOMPARE(tools.fullPath, u"tools"_s);
    QCOMPARE(tools.accessLevel, AccessLevels::Maintainer);
    QCOMPARE(resolved(ResourceRef::project(u"203"_s)).accessLevel, AccessLevels::Developer);
    // The group of a project the user is a member of: seen, without a role there.
    const Resource beta = resolved(ResourceRef::group(u"beta"_s));
    QCOMPARE(beta.id, 103);
    QCOMPARE(beta.accessLevel, 0);
    const auto missing = resolveOf(user(), ResourceRef::project(u"nowhere/nothing"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, BackendError::Kind::NotFound);
}

void TestResourceContract::createTakesTheDefaultOrTheGivenRole()
{
    auto cli = on(ResourceRef::project(u"tools/cli"_s));
    QVERIFY(cli);
    QVERIFY(cli->identity().endsWith(u"/project:202"_s));
    QSignalSpy changed(cli.get(), &TokenBackend::tokensChanged);
    const auto deploy = createOf(*cli, draft(u"deploy"_s));
    VERIFY_OK(deploy);
    QCOMPARE(deploy.value().token.accessLevel, AccessLevels::Maintainer);
    QCOMPARE(deploy.value().token.scopes, QStringList{u"read_api"_s});
    QVERIFY(!deploy.value().secret.isEmpty());
    QTRY_VERIFY(changed.count() >= 1);
    const auto report = createOf(*cli, draft(u"report"_s, {u"read_repository"_s}, AccessLevels::Reporter));
    VERIFY_OK(report);
    QCOMPARE(report.value().token.accessLevel, AccessLevels::Reporter);
    // A bot user of its own each.
    QVERIFY(deploy.value().token.userId != report.value().token.userId);
    const auto page = listOf(*cli);
    VERIFY_OK(page);
    QCOMPARE(names(page.value().tokens), (QStringList{u"deploy"_s, u"report"_s}));
    QCOMPARE(page.value().tokens.at(1).accessLevel, AccessLevels::Reporter);
}

void TestResourceContract::createRefusesWhatAResourceTokenCannotBe_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("field");
    for (const char* kind : {"local", "gitlab"}) {
        const QString k = QString::fromLatin1(kind);
        QTest::addRow("%s read_user", kind)
            << k << QStringList{u"api"_s, u"read_user"_s} << 0 << int(Field::Scopes);
        QTest::addRow("%s sudo", kind) << k << QStringList{u"sudo"_s} << 0 << int(Field::Scopes);
        QTest::addRow("%s admin_mode", kind) << k << QStringList{u"admin_mode"_s} << 0 << int(Field::Scopes);
        QTest::addRow("%s no role", kind) << k << QStringList{u"api"_s} << 35 << int(Field::AccessLevel);
        QTest::addRow("%s above own", kind)
            << k << QStringList{u"api"_s} << int(AccessLevels::Owner) << int(Field::AccessLevel);
    }
}

void TestResourceContract::createRefusesWhatAResourceTokenCannotBe()
{
    QFETCH(QStringList, scopes);
    QFETCH(int, role);
    QFETCH(int, field);
    auto cli = on(ResourceRef::project(u"tools/cli"_s)); // the user is Maintainer there
    const auto refused = createOf(*cli, draft(u"x"_s, scopes, role));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
    QVERIFY(!refused.error().fieldErrors.isEmpty());
    QCOMPARE(int(refused.error().fieldErrors.first().field), field);
    QVERIFY(listOf(*cli).value().tokens.isEmpty());
}

void TestResourceContract::aMissingRoleIsAPermissionRefusal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("group");
    for (const char* kind : {"local", "gitlab"}) {
        const QString k = QString::fromLatin1(kind);
        QTest::addRow("%s project developer", kind) << k << u"beta/site"_s << false;
        QTest::addRow("%s group maintainer", kind) << k << u"tools"_s << true;
        QTest::addRow("%s group of a project member", kind) << k << u"beta"_s << true;
    }
}

void TestResourceContract::aMissingRoleIsAPermissionRefusal()
{
    QFETCH(QString, path);
    QFETCH(bool, group);
    auto resource = on(group ? ResourceRef::group(path) : ResourceRef::project(path));
    QVERIFY(resource);
    const auto page = listOf(*resource);
    QVERIFY(!page);
    QCOMPARE(page.error().kind, BackendError::Kind::Permission);
    const auto created = createOf(*resource, draft(u"x"_s, {u"read_api"_s}, AccessLevels::Reporter));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, BackendError::Kind::Permission);
    // The same resource, its role not known to the caller: still a permission refusal.
    Resource unknownRole = resolved(group ? ResourceRef::group(path) : ResourceRef::project(path));
    unknownRole.accessLevel = 0;
    auto blind = user().forResource(unknownRole);
    const auto again = createOf(*blind, draft(u"x"_s, {u"read_api"_s}, AccessLevels::Reporter));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, BackendError::Kind::Permission);
    QCOMPARE(listOf(*blind).error().kind, BackendError::Kind::Permission);
}

void TestResourceContract::unknownResourcesAndTokensAreNotFound()
{
    auto nowhere = user().forResource(
        Resource{ResourceRef::Kind::Project, 99999, u"nowhere/nothing"_s, u"nothing"_s, 0});
    QVERIFY(nowhere);
    QCOMPARE(listOf(*nowhere).error().kind, BackendError::Kind::NotFound);
    QCOMPARE(createOf(*nowhere, draft(u"x"_s)).error().kind, BackendError::Kind::NotFound);
    auto web = on(ResourceRef::project(u"acme/platform/web"_s));
    auto cli = on(ResourceRef::project(u"tools/cli"_s));
    const auto webToken = createOf(*web, draft(u"web-only"_s));
    VERIFY_OK(webToken);
    for (qint64 id : {webToken.value().token.id, qint64(987654)}) {
        QCOMPARE(getOf(*cli, id).error().kind, BackendError::Kind::NotFound);
        QCOMPARE(revokeOf(*cli, id).error().kind, BackendError::Kind::NotFound);
        QCOMPARE(rotateOf(*cli, id).error().kind, BackendError::Kind::NotFound);
    }
    // Nothing happened to it.
    const auto still = getOf(*web, webToken.value().token.id);
    VERIFY_OK(still);
    QVERIFY(!still.value().revoked);
}

void TestResourceContract::rotateKeepsTheBotUserAndRevokeEndsIt()
{
    auto web = on(ResourceRef::project(u"acme/platform/web"_s));
    const auto created = createOf(*web, draft(u"deploy"_s, {u"write_repository"_s}, AccessLevels::Developer));
    VERIFY_OK(created);
    const AccessToken old = created.value().token;
    const auto rotated = rotateOf(*web, old.id, m_fixture->today().addDays(20));
    VERIFY_OK(rotated);
    const AccessToken successor = rotated.value().token;
    QVERIFY(successor.id != old.id);
    QCOMPARE(successor.userId, old.userId);
    QCOMPARE(successor.accessLevel, AccessLevels::Developer);
    QCOMPARE(successor.name, old.name);
    QCOMPARE(successor.expiresAt, m_fixture->today().addDays(20));
    QVERIFY(getOf(*web, old.id).value().revoked);
    const auto revoked = revokeOf(*web, successor.id);
    VERIFY_OK(revoked);
    QVERIFY(revoked.value().revoked);
    QCOMPARE(revoked.value().accessLevel, AccessLevels::Developer);
    QVERIFY(listOf(*web).value().tokens.isEmpty());
    QCOMPARE(names(listOf(*web, ListQuery::State::Inactive).value().tokens),
             (QStringList{u"deploy"_s, u"deploy"_s}));
    QCOMPARE(revokeOf(*web, successor.id).error().kind, BackendError::Kind::Validation);
}

void TestResourceContract::resourceTokensAreNoPersonalTokens()
{
    auto acme = on(ResourceRef::group(u"acme"_s));
    const auto created = createOf(*acme, draft(u"group-ci"_s, {u"api"_s}, AccessLevels::Owner));
    VERIFY_OK(created);
    QCOMPARE(created.value().token.accessLevel, AccessLevels::Owner);
    const auto personal = listOf(user(), ListQuery::State::All);
    VERIFY_OK(personal);
    QVERIFY(!names(personal.value().tokens).contains(u"group-ci"_s));
    QCOMPARE(getOf(user(), created.value().token.id).error().kind, BackendError::Kind::NotFound);
    // Nor are they the administrator's, who sees every user's tokens on GitLab.
    const auto everyone = listOf(m_fixture->backend(), ListQuery::State::All);
    VERIFY_OK(everyone);
    QVERIFY(!names(everyone.value().tokens).contains(u"group-ci"_s));
}

void TestResourceContract::identifyKnowsOnlyTheResourcesOwnTokens()
{
    auto web = on(ResourceRef::project(u"acme/platform/web"_s));
    auto cli = on(ResourceRef::project(u"tools/cli"_s));
    const auto created = createOf(*web, draft(u"deploy"_s, {u"read_repository"_s}, AccessLevels::Reporter));
    VERIFY_OK(created);
    const Secret secret = created.value().secret;
    const auto found =
        await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { web->identify(secret, c, cb); });
    VERIFY_OK(found);
    QCOMPARE(found.value().id, created.value().token.id);
    QCOMPARE(found.value().accessLevel, AccessLevels::Reporter);
    const auto elsewhere =
        await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { cli->identify(secret, c, cb); });
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().kind, BackendError::Kind::Authentication);
}

QTEST_GUILESS_MAIN(TestResourceContract)
#include "tst_ResourceContract.moc"
