#include "Await.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreSchema.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// A store written before group and project tokens (schema version 2) is upgraded in place: its tokens
// stay the user's personal tokens, and groups, projects and their tokens work at once.
class TestStoreUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradesVersion2InPlace();
    void theUpgradedIndexesStartWithTheResource();
    void aFreshStoreIsTheSameAsAnUpgradedOne();
    void upgradesVersion3InPlace();

private:
    // A version 2 store as the previous release left it: two personal tokens, one rotated from the other.
    QString version2Store(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QStringList statements = StoreSchema::createStatements(1) + StoreSchema::createStatements(2);
        statements
            << u"INSERT INTO meta VALUES ('store_id', 'c0ffee00-0000-4000-8000-000000000002')"_s
            << u"INSERT INTO tokens (id, name, name_folded, scopes, created_at, expires_at, revoked,"
               " revoked_at, secret_digest, family_id) VALUES (1, 'Deploy', 'deploy', 'api',"
               " 1767225600000, '2026-06-01', 1, 1767312000000, x'01', 1)"_s
            << u"INSERT INTO tokens (id, name, name_folded, scopes, created_at, expires_at, revoked,"
               " secret_digest, family_id, previous_id) VALUES (2, 'Deploy', 'deploy', 'api read_user',"
               " 1767312000000, '2026-03-09', 0, x'02', 1, 1)"_s
            << u"PRAGMA application_id = %1"_s.arg(StoreSchema::ApplicationId)
            << u"PRAGMA user_version = 2"_s;
        rawSql(path, statements);
        return path;
    }

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
};

void TestStoreUpgrade::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreUpgrade::upgradesVersion2InPlace()
{
    const QString path = version2Store(u"v2.sqlite"_s);
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), 2);
    {
        auto opened = LocalBackend::open(path, m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        LocalBackend& backend = *opened.value();
        QCOMPARE(backend.identity(), u"local:c0ffee00-0000-4000-8000-000000000002"_s);

        // The old tokens are the user's personal tokens, as before.
        ListQuery all;
        all.state = ListQuery::State::All;
        all.sort = ListQuery::Sort::CreatedAsc;
        const TokenPage page = backend.listNow(all).value();
        QCOMPARE(page.total, 2);
        QCOMPARE(page.tokens.at(1).scopes, QStringList({u"api"_s, u"read_user"_s}));
        QCOMPARE(page.tokens.at(1).accessLevel, 0);
        QCOMPARE(page.tokens.at(1).userId, backend.whoamiNow().value().userId);
        QCOMPARE(backend.summaryNow().value().expiringSoon, 1);
        // Their rotation family still holds: rotating the revoked one is reuse and takes its successor.
        QVERIFY(!backend.rotateNow(1, std::nullopt).ok());
        QVERIFY(backend.getNow(2).value().revoked);

        // Groups, projects and their tokens work on the upgraded store.
        QVERIFY(backend.resourcesNow().value().isEmpty());
        const Resource group = backend.addGroupNow(u"acme"_s, u"Acme"_s).value();
        QVERIFY(backend.setMembershipNow(ResourceRef::Kind::Group, group.id, AccessLevels::Owner).ok());
        const Resource project = backend.addProjectNow(u"acme/web"_s, u"Web"_s).value();
        QCOMPARE(backend.resourcesNow().value().size(), 2);
        auto scoped =
            backend.forResource(backend.resolveResourceNow(ResourceRef::project(u"acme/web"_s)).value());
        TokenDraft d = draft(u"ci"_s, m_clock.todayUtc().addDays(30));
        const Result<CreatedToken> created =
            await<CreatedToken>([&](QObject* context, Callback<CreatedToken> done) {
                scoped->create(d, context, std::move(done));
            });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created.value().token.accessLevel, AccessLevels::Maintainer);
        QVERIFY(created.value().token.id > 2);
        QCOMPARE(backend.listNow(all).value().total, 2);
        Q_UNUSED(project);
    }
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), StoreSchema::CurrentVersion);
    QCOMPARE(StoreSchema::CurrentVersion, 4);
    QCOMPARE(rawSql(path, {u"PRAGMA integrity_check"_s}).value(0).toString(), u"ok"_s);
    // Opening again changes nothing more.
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM tokens"_s}).value(0).toInt(), 3);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM users WHERE bot_resource_kind = 0"_s}).value(0).toInt(), 1);
}

void TestStoreUpgrade::theUpgradedIndexesStartWithTheResource()
{
    const QString path = version2Store(u"indexes.sqlite"_s);
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    const QVariantList sql =
        rawSql(path, {u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                      "'tokens' AND name IN ('tokens_state', 'tokens_created', "
                      "'tokens_last_used', 'tokens_name', 'tokens_expires_asc', "
                      "'tokens_expires_desc')"_s});
    QCOMPARE(sql.size(), 6);
    for (const QVariant& index : sql)
        QVERIFY2(index.toString().contains(u"(resource_kind, resource_id, "_s), qPrintable(index.toString()));
}

void TestStoreUpgrade::aFreshStoreIsTheSameAsAnUpgradedOne()
{
    const QString upgraded = version2Store(u"same-upgraded.sqlite"_s);
    const QString fresh = m_dir.filePath(u"same-fresh.sqlite"_s);
    QVERIFY(LocalBackend::open(upgraded, m_clock).ok());
    QVERIFY(LocalBackend::open(fresh, m_clock).ok());
    const QStringList schema = {
        u"SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), '\n') FROM "
        "(SELECT * FROM sqlite_master ORDER BY name)"_s};
    QCOMPARE(rawSql(fresh, schema).value(0).toString(), rawSql(upgraded, schema).value(0).toString());
}

// A store of the release with group and project tokens (schema 3) gains last-used addresses, other users
// and the filter indexes; its tokens stay where they were, and a use records its address.
void TestStoreUpgrade::upgradesVersion3InPlace()
{
    const QString path = m_dir.filePath(u"v3.sqlite"_s);
    QStringList statements = StoreSchema::createStatements(1) + StoreSchema::createStatements(2) +
                             StoreSchema::createStatements(3);
    statements << u"INSERT INTO meta VALUES ('store_id', 'c0ffee00-0000-4000-8000-000000000003')"_s
               << u"INSERT INTO meta VALUES ('local_admin', '1')"_s
               << u"INSERT INTO tokens (id, name, name_folded, scopes, created_at, last_used_at, expires_at,"
                  " revoked, secret_digest, family_id) VALUES (1, 'Deploy', 'deploy', 'api', 1767225600000,"
                  " 1772000000000, '2026-06-01', 0, x'01', 1)"_s
               << u"INSERT INTO tokens (id, name, name_folded, scopes, created_at, expires_at, revoked,"
                  " secret_digest, family_id) VALUES (2, 'Docs', 'docs', 'read_api', 1767312000000, NULL, 0,"
                  " x'02', 2)"_s
               << u"PRAGMA application_id = %1"_s.arg(StoreSchema::ApplicationId)
               << u"PRAGMA user_version = 3"_s;
    rawSql(path, statements);
    {
        auto opened = LocalBackend::open(path, m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        LocalBackend& backend = *opened.value();
        ListQuery all;
        all.state = ListQuery::State::All;
        all.sort = ListQuery::Sort::CreatedAsc;
        const TokenPage page = backend.listNow(all).value();
        QCOMPARE(page.total, 2);
        QVERIFY(page.tokens.at(0).lastUsedIps.isEmpty());
        QCOMPARE(page.tokens.at(0).lastUsedAt, QDateTime::fromMSecsSinceEpoch(1772000000000, Qt::UTC));
        // The date filters use the upgraded columns: the one without expiry is not "expiring after".
        all.dates.expiresAfter = QDate(2026, 1, 1);
        QCOMPARE(backend.listNow(all).value().total, 1);
        // The administrator flag of the old store still opens the inventory, with the old tokens.
        QVERIFY(backend.capabilities().instanceInventory);
        InventoryQuery everything;
        everything.state = ListQuery::State::All;
        QCOMPARE(backend.inventoryNow(everything).value().tokens.size(), 2);
        QCOMPARE(backend.addUserNow(u"alice"_s).value(), 2);
        QVERIFY(!backend.addUserNow(u"ALICE"_s).ok());
    }
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), 4);
    QCOMPARE(rawSql(path, {u"PRAGMA integrity_check"_s}).value(0).toString(), u"ok"_s);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM tokens WHERE last_used_ips = ''"_s}).value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestStoreUpgrade)
#include "tst_StoreUpgrade.moc"
