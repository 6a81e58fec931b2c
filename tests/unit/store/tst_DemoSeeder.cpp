#include "Await.h"
#include "DemoSeeder.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "ScopeCatalog.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsARealisticHandful();
    void seedsOnlyOnce();
    void leavesAStoreWithTokensAlone();
    void seedsGroupsAndProjectsWithTokens();
    void refusalsShowOffline();
    void addsResourcesToAnEarlierDemoStoreOnce();

private:
    QList<AccessToken> everything(LocalBackend& backend)
    {
        ListQuery all;
        all.state = ListQuery::State::All;
        all.limit = 0;
        return backend.listNow(all).value().tokens;
    }

    static QList<AccessToken> tokensOf(LocalBackend& backend, const Resource& resource)
    {
        auto scoped = backend.forResource(resource);
        ListQuery all;
        all.state = ListQuery::State::All;
        all.limit = 0;
        const Result<TokenPage> page = await<TokenPage>(
            [&](QObject* context, Callback<TokenPage> done) { scoped->list(all, context, std::move(done)); });
        return page ? page.value().tokens : QList<AccessToken>();
    }
    static BackendError refusal(LocalBackend& backend, const ResourceRef& ref)
    {
        auto scoped = backend.forResource(backend.resolveResourceNow(ref).value());
        const Result<TokenPage> page = await<TokenPage>([&](QObject* context, Callback<TokenPage> done) {
            scoped->list(ListQuery(), context, std::move(done));
        });
        return page ? BackendError() : page.error();
    }

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T23:30:00Z")};
};

void TestDemoSeeder::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestDemoSeeder::seedsARealisticHandful()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"demo.sqlite"_s), m_clock, LocalBackend::Mode::Demo);
    QVERIFY(opened.ok());
    LocalBackend& backend = *opened.value();
    auto seeded = DemoSeeder::seedIfEmpty(backend);
    QVERIFY(seeded.ok());
    QVERIFY(seeded.value());

    const QDate today = m_clock.todayUtc();
    const QDateTime now = m_clock.nowUtc();
    const QList<AccessToken> tokens = everything(backend);
    QVERIFY(tokens.size() >= 6);
    const auto any = [&](auto predicate) { return std::any_of(tokens.cbegin(), tokens.cend(), predicate); };

    QVERIFY(any([&](const AccessToken& t) { return t.isActive(today) && t.expiresAt == today.addDays(3); }));
    QVERIFY(
        any([&](const AccessToken& t) { return !t.revoked && t.expiresAt == today && !t.isActive(today); }));
    QVERIFY(any([&](const AccessToken& t) { return t.revoked && t.revokedAt.isValid(); }));
    QVERIFY(any([&](const AccessToken& t) { return t.isActive(today) && !t.lastUsedAt.isValid(); }));
    QVERIFY(any([&](const AccessToken& t) {
        return t.lastUsedAt.isValid() && t.lastUsedAt.secsTo(now) >= 3600 && t.lastUsedAt.secsTo(now) < 86400;
    }));
    QSet<QString> scopes;
    for (const AccessToken& t : tokens) {
        QVERIFY(!t.name.isEmpty());
        QVERIFY(!t.scopes.isEmpty());
        QVERIFY(t.createdAt <= now);
        QVERIFY(!t.lastUsedAt.isValid() || t.lastUsedAt >= t.createdAt);
        for (const QString& s : t.scopes) {
            QVERIFY(ScopeCatalog::isKnown(s));
            scopes.insert(s);
        }
    }
    QVERIFY(scopes.size() >= 5);

    const TokenSummary summary = backend.summaryNow().value();
    QVERIFY(summary.active >= 4);
    QVERIFY(summary.expiringSoon >= 1);
    QVERIFY(summary.revoked >= 1);
    QVERIFY(summary.expired >= 1);

    // The demo's secrets are not known to anyone: no seeded token can be used.
    QVERIFY(!backend.identifyNow(Secret::fromString(u"glpat-00000000000000000000"_s)).ok());
}

void TestDemoSeeder::seedsOnlyOnce()
{
    const QString path = m_dir.filePath(u"once.sqlite"_s);
    {
        auto opened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
        QVERIFY(opened.ok());
        QVERIFY(DemoSeeder::seedIfEmpty(*opened.value()).value());
        const int count = everything(*opened.value()).size();
        QCOMPARE(DemoSeeder::seedIfEmpty(*opened.value()).value(), false);
        QCOMPARE(everything(*opened.value()).size(), count);
    }
    // Emptied by the user: the demo does not come back, not even after reopening.
    rawSql(path, {u"DELETE FROM tokens"_s});
    auto reopened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
    QVERIFY(reopened.ok());
    QCOMPARE(DemoSeeder::seedIfEmpty(*reopened.value()).value(), false);
    QCOMPARE(everything(*reopened.value()).size(), 0);
}

void TestDemoSeeder::leavesAStoreWithTokensAlone()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"used.sqlite"_s), m_clock);
    QVERIFY(opened.ok());
    QVERIFY(opened.value()->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(4))).ok());
    QCOMPARE(DemoSeeder::seedIfEmpty(*opened.value()).value(), false);
    QCOMPARE(everything(*opened.value()).size(), 1);
}

void TestDemoSeeder::seedsGroupsAndProjectsWithTokens()
{
    auto opened =
        LocalBackend::open(m_dir.filePath(u"resources.sqlite"_s), m_clock, LocalBackend::Mode::Demo);
    QVERIFY(opened.ok());
    LocalBackend& backend = *opened.value();
    QVERIFY(DemoSeeder::seedIfEmpty(backend).value());
    const QDate today = m_clock.todayUtc();

    const QList<Resource> resources = backend.resourcesNow().value();
    int groups = 0;
    int subgroups = 0;
    int projects = 0;
    QSet<int> roles;
    QList<AccessToken> tokens;
    for (const Resource& r : resources) {
        QVERIFY(!r.name.isEmpty());
        if (r.kind == ResourceRef::Kind::Group) {
            ++groups;
            subgroups += r.fullPath.contains(u'/') ? 1 : 0;
        } else {
            ++projects;
        }
        for (const AccessToken& t : tokensOf(backend, r)) {
            QVERIFY(t.accessLevel >= AccessLevels::Guest && t.accessLevel <= r.accessLevel);
            for (const QString& scope : t.scopes)
                QVERIFY2(ScopeCatalog::isResourceScope(scope), qPrintable(scope));
            QVERIFY(t.createdAt <= m_clock.nowUtc());
            roles.insert(t.accessLevel);
            tokens << t;
        }
    }
    QVERIFY(groups >= 2);
    QVERIFY(subgroups >= 1);
    QVERIFY(projects >= 4);
    QVERIFY(roles.size() >= 3);
    const auto count = [&](auto predicate) {
        return std::count_if(tokens.cbegin(), tokens.cend(), predicate);
    };
    QVERIFY(count([&](const AccessToken& t) {
                return t.isExpiringWithin(today, TokenSummary::ExpiringSoonDays);
            }) >= 3);
    QVERIFY(count([&](const AccessToken& t) {
                return t.isActive(today) && t.expiresAt > today.addDays(60);
            }) >= 2);
    QVERIFY(count([](const AccessToken& t) { return t.revoked; }) >= 1);
    QVERIFY(count([&](const AccessToken& t) { return t.isExpired(today); }) >= 1);
    // Bot users, never the local user; personal listings show none of these tokens.
    QVERIFY(count([&](const AccessToken& t) { return t.userId == backend.whoamiNow().value().userId; }) == 0);
    QCOMPARE(everything(backend).size(), 9);
}

void TestDemoSeeder::refusalsShowOffline()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"refusals.sqlite"_s), m_clock, LocalBackend::Mode::Demo);
    QVERIFY(opened.ok());
    LocalBackend& backend = *opened.value();
    QVERIFY(DemoSeeder::seedIfEmpty(backend).ok());
    // A group where the user is only Maintainer, a project where they are only Developer.
    const Resource guild = backend.resolveResourceNow(ResourceRef::group(u"design-guild"_s)).value();
    QCOMPARE(guild.accessLevel, AccessLevels::Maintainer);
    const BackendError groupRefusal = refusal(backend, ResourceRef::group(u"design-guild"_s));
    QCOMPARE(groupRefusal.kind, BackendError::Kind::Permission);
    QVERIFY(groupRefusal.message.contains(u"Owner"_s));
    const Resource website = backend.resolveResourceNow(ResourceRef::project(u"community/website"_s)).value();
    QCOMPARE(website.accessLevel, AccessLevels::Developer);
    const BackendError projectRefusal = refusal(backend, ResourceRef::project(u"community/website"_s));
    QCOMPARE(projectRefusal.kind, BackendError::Kind::Permission);
    QVERIFY(projectRefusal.message.contains(u"Maintainer"_s));
    const QList<Resource> managed = backend.resourcesNow().value();
    QVERIFY(std::none_of(managed.cbegin(), managed.cend(),
                         [&](const Resource& r) { return r == guild || r == website; }));
    // Yet the guild's project is theirs to manage, through the role they have on the guild.
    QVERIFY(std::any_of(managed.cbegin(), managed.cend(),
                        [](const Resource& r) { return r.fullPath == u"design-guild/icons"_s; }));
}

void TestDemoSeeder::addsResourcesToAnEarlierDemoStoreOnce()
{
    const QString path = m_dir.filePath(u"earlier.sqlite"_s);
    int resourceCount = 0;
    {
        auto opened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
        QVERIFY(opened.ok());
        QVERIFY(DemoSeeder::seedIfEmpty(*opened.value()).value());
        resourceCount = static_cast<int>(opened.value()->resourcesNow().value().size());
    }
    // As a demo store seeded before groups and projects existed: personal tokens and their marker only.
    rawSql(path, {u"DELETE FROM tokens WHERE resource_kind <> 0"_s, u"DELETE FROM memberships"_s,
                  u"DELETE FROM projects"_s, u"DELETE FROM groups"_s,
                  u"DELETE FROM meta WHERE key = 'demo_resources_seeded_at'"_s});
    auto reopened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
    QVERIFY(reopened.ok());
    LocalBackend& backend = *reopened.value();
    const int personal = static_cast<int>(everything(backend).size());
    QVERIFY(backend.resourcesNow().value().isEmpty());
    QCOMPARE(DemoSeeder::seedIfEmpty(backend).value(), false); // no personal tokens again...
    QCOMPARE(everything(backend).size(), personal);
    QCOMPARE(backend.resourcesNow().value().size(), resourceCount); // ...but the groups and projects came
    const int resourceTokens =
        rawSql(path, {u"SELECT count(*) FROM tokens WHERE resource_kind <> 0"_s}).value(0).toInt();
    QVERIFY(resourceTokens > 0);
    // Once: neither another seeding nor emptying the groups brings them back.
    QCOMPARE(DemoSeeder::seedResourcesOnce(backend).value(), false);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM tokens WHERE resource_kind <> 0"_s}).value(0).toInt(),
             resourceTokens);
    rawSql(path, {u"DELETE FROM tokens WHERE resource_kind <> 0"_s, u"DELETE FROM memberships"_s,
                  u"DELETE FROM projects"_s, u"DELETE FROM groups"_s});
    QCOMPARE(DemoSeeder::seedIfEmpty(backend).value(), false);
    QVERIFY(backend.resourcesNow().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_DemoSeeder.moc"
