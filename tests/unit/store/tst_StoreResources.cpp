#include "Await.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "ResourceWorld.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// The offline store's groups, projects and memberships, GitLab's way: which resources a user manages,
// with which role (inherited ones included), and how a group or project is found by id or path.
class TestStoreResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheGroupsAndProjectsTheUserManages();
    void rolesAreInheritedAndTheHighestCounts();
    void resolvesByIdOrFullPath();
    void unknownResourcesAreNotFound();
    void refusesMalformedOrTakenPathsAndMissingParents();
    void membershipsNeedARoleAndAResource();
    void theBackendOffersResourceTokens();

private:
    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
    ResourceWorld m_world;
};

void TestStoreResources::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreResources::init()
{
    static int n = 0;
    auto opened = LocalBackend::open(m_dir.filePath(u"resources-%1.sqlite"_s.arg(++n)), m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_backend = std::move(opened).value();
    m_world = ResourceWorld();
    QVERIFY(m_world.build(*m_backend));
}

void TestStoreResources::cleanup()
{
    m_backend.reset();
}

void TestStoreResources::listsTheGroupsAndProjectsTheUserManages()
{
    const Result<QList<Resource>> listed =
        await<QList<Resource>>([&](QObject* context, Callback<QList<Resource>> done) {
            m_backend->resources(context, std::move(done));
        });
    QVERIFY(listed.ok());
    QStringList seen;
    for (const Resource& r : listed.value())
        seen << u"%1 %2 %3"_s.arg(ResourceRef::kindName(r.kind), r.fullPath,
                                  AccessLevels::name(r.accessLevel));
    // Groups where the user is Owner, then projects where they are Maintainer or more, each by path; the
    // guild (Maintainer only), oss/site (Developer) and oss/wiki (no role) are not theirs to manage.
    QCOMPARE(seen, QStringList({
                       u"group acme owner"_s,
                       u"group acme/platform owner"_s,
                       u"group guild/sub owner"_s,
                       u"project acme/platform/api owner"_s,
                       u"project guild/icons maintainer"_s,
                       u"project guild/sub/tools owner"_s,
                       u"project oss/docs maintainer"_s,
                   }));
    const Resource api = listed.value().at(3);
    QCOMPARE(api.id, m_world.id(u"acme/platform/api"_s));
    QCOMPARE(api.name, u"API"_s);
    QCOMPARE(m_backend->resourcesNow().value(), listed.value());
}

void TestStoreResources::rolesAreInheritedAndTheHighestCounts()
{
    QCOMPARE(ResourceWorld::group(*m_backend, u"acme/platform"_s).accessLevel, AccessLevels::Owner);
    QCOMPARE(ResourceWorld::project(*m_backend, u"acme/platform/api"_s).accessLevel, AccessLevels::Owner);
    QCOMPARE(ResourceWorld::group(*m_backend, u"guild"_s).accessLevel, AccessLevels::Maintainer);
    // Owner of the subgroup beats Maintainer of its parent; Developer of the project loses to Owner above.
    QCOMPARE(ResourceWorld::group(*m_backend, u"guild/sub"_s).accessLevel, AccessLevels::Owner);
    QCOMPARE(ResourceWorld::project(*m_backend, u"guild/sub/tools"_s).accessLevel, AccessLevels::Owner);
    QCOMPARE(ResourceWorld::project(*m_backend, u"oss/site"_s).accessLevel, AccessLevels::Developer);
    QCOMPARE(ResourceWorld::project(*m_backend, u"oss/wiki"_s).accessLevel, 0);

    // A change of role shows at once; removing a membership takes the inherited role away too.
    const qint64 acme = m_world.id(u"acme"_s);
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, acme, AccessLevels::Reporter).ok());
    QCOMPARE(ResourceWorld::project(*m_backend, u"acme/platform/api"_s).accessLevel, AccessLevels::Reporter);
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, acme, 0).ok());
    QCOMPARE(ResourceWorld::group(*m_backend, u"acme/platform"_s).accessLevel, 0);
    const QList<Resource> left = m_backend->resourcesNow().value();
    QVERIFY(std::none_of(left.cbegin(), left.cend(),
                         [](const Resource& r) { return r.fullPath.startsWith(u"acme"_s); }));
}

void TestStoreResources::resolvesByIdOrFullPath()
{
    const qint64 id = m_world.id(u"guild/icons"_s);
    const Result<Resource> byPath = await<Resource>([&](QObject* context, Callback<Resource> done) {
        m_backend->resolveResource(ResourceRef::project(u"guild/icons"_s), context, std::move(done));
    });
    QVERIFY(byPath.ok());
    QCOMPARE(byPath.value().id, id);
    QCOMPARE(byPath.value().kind, ResourceRef::Kind::Project);
    QCOMPARE(byPath.value().fullPath, u"guild/icons"_s);
    QCOMPARE(byPath.value().name, u"ICONS"_s);
    QCOMPARE(byPath.value().accessLevel, AccessLevels::Maintainer);
    QCOMPARE(m_backend->resolveResourceNow(ResourceRef::project(QString::number(id))).value(),
             byPath.value());
    // Paths are found whatever their case, as on GitLab.
    QCOMPARE(m_backend->resolveResourceNow(ResourceRef::project(u"Guild/Icons"_s)).value().id, id);
    QCOMPARE(m_backend->resolveResourceNow(ResourceRef::group(u"acme/platform"_s)).value().id,
             m_world.id(u"acme/platform"_s));
}

void TestStoreResources::unknownResourcesAreNotFound()
{
    for (const ResourceRef& ref :
         {ResourceRef::group(u"nobody"_s), ResourceRef::project(u"acme/nothing"_s),
          ResourceRef::project(u"999999"_s),
          // A group is no project, and a project no group.
          ResourceRef::project(u"acme/platform"_s), ResourceRef::group(u"guild/icons"_s)}) {
        const Result<Resource> found = await<Resource>([&](QObject* context, Callback<Resource> done) {
            m_backend->resolveResource(ref, context, std::move(done));
        });
        QVERIFY2(!found.ok(), qPrintable(ref.idOrPath));
        QCOMPARE(found.error().kind, BackendError::Kind::NotFound);
        QVERIFY2(found.error().message.contains(ref.idOrPath), qPrintable(found.error().message));
    }
}

void TestStoreResources::refusesMalformedOrTakenPathsAndMissingParents()
{
    const auto refused = [](const Result<Resource>& r) {
        return !r.ok() && r.error().kind == BackendError::Kind::Validation;
    };
    QVERIFY(refused(m_backend->addGroupNow(u"acme"_s, u"again"_s)));
    QVERIFY(refused(m_backend->addGroupNow(u"ACME"_s, u"again"_s)));
    QVERIFY(refused(m_backend->addGroupNow(u"guild/icons"_s, u"a project's path"_s)));
    QVERIFY(refused(m_backend->addProjectNow(u"acme/platform"_s, u"a group's path"_s)));
    QVERIFY(refused(m_backend->addGroupNow(u"missing/child"_s, u"orphan"_s)));
    QVERIFY(refused(m_backend->addProjectNow(u"loose"_s, u"no group"_s)));
    QVERIFY(refused(m_backend->addProjectNow(u"missing/project"_s, u"no group"_s)));
    for (const QString& bad : {u""_s, u"/acme"_s, u"acme/"_s, u"a b"_s, u"acme//x"_s, u"-x"_s})
        QVERIFY2(refused(m_backend->addGroupNow(bad, u"bad"_s)), qPrintable(bad));
    QVERIFY(refused(m_backend->addGroupNow(u"nameless"_s, u" "_s)));

    const Result<Resource> added =
        m_backend->addProjectNow(u"acme/platform/new-thing"_s, u"New thing"_s, 4242);
    QVERIFY(added.ok());
    QCOMPARE(added.value().id, 4242);
    QCOMPARE(added.value().accessLevel, AccessLevels::Owner);
}

void TestStoreResources::membershipsNeedARoleAndAResource()
{
    const Result<bool> badRole =
        m_backend->setMembershipNow(ResourceRef::Kind::Group, m_world.id(u"oss"_s), 35);
    QVERIFY(!badRole.ok());
    QCOMPARE(badRole.error().kind, BackendError::Kind::Validation);
    QCOMPARE(badRole.error().fieldErrors.value(0).field, Field::AccessLevel);
    const Result<bool> nowhere = m_backend->setMembershipNow(ResourceRef::Kind::Project, 987654, 40);
    QVERIFY(!nowhere.ok());
    QCOMPARE(nowhere.error().kind, BackendError::Kind::NotFound);
    for (int level : AccessLevels::all())
        QVERIFY(
            m_backend->setMembershipNow(ResourceRef::Kind::Project, m_world.id(u"oss/wiki"_s), level).ok());
    QCOMPARE(ResourceWorld::project(*m_backend, u"oss/wiki"_s).accessLevel, AccessLevels::Owner);
}

void TestStoreResources::theBackendOffersResourceTokens()
{
    QVERIFY(m_backend->capabilities().resourceTokens);
    QVERIFY(!m_backend->resource());
    const Resource api = ResourceWorld::project(*m_backend, u"acme/platform/api"_s);
    std::unique_ptr<TokenBackend> scoped = m_backend->forResource(api);
    QVERIFY(scoped);
    QCOMPARE(scoped->resource(), std::optional<Resource>(api));
    QCOMPARE(scoped->identity(), m_backend->identity() + u"/project:"_s + QString::number(api.id));
    QCOMPARE(scoped->kind(), TokenBackend::Kind::Local);
    QVERIFY(scoped->displayName().contains(u"acme/platform/api"_s));
    QVERIFY(!scoped->capabilities().resourceTokens);
    QVERIFY(!scoped->signInTokenId());
    const Result<Account> me = await<Account>(
        [&](QObject* context, Callback<Account> done) { scoped->whoami(context, std::move(done)); });
    QCOMPARE(me.value().userId, m_backend->whoamiNow().value().userId);
    QVERIFY(!m_backend->forResource(Resource{ResourceRef::Kind::Personal, 0, {}, {}, 0}));
}

QTEST_GUILESS_MAIN(TestStoreResources)
#include "tst_StoreResources.moc"
