#include "Await.h"
#include "DemoSeeder.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// The store for administrators and incidents: other users and the inventory of their tokens, revoking
// by secret, last-used addresses, and the demo's other users (the filters: tst_StoreFilters).
class TestStoreAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aUseRecordsTheAddressNewestFirstAtMostFive();
    void revokeBySecretRevokesAnyUsersToken();
    void revokeBySecretRefusesWhatCannotSignIn();
    void inventoryIsForTheLocalAdministrator();
    void inventoryListsEveryPersonOldestFirst();
    void administratorsReachOtherUsersTokensById();
    void userNames();
    void theDemoHasOtherUsersAndAddresses();

private:
    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
    int m_count = 0;
};

void TestStoreAdmin::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreAdmin::init()
{
    m_clock.set(utc("2026-03-01T12:00:00Z"));
    auto opened = LocalBackend::open(m_dir.filePath(u"admin-%1.sqlite"_s.arg(++m_count)), m_clock);
    QVERIFY(opened.ok());
    m_backend = std::move(opened).value();
}

void TestStoreAdmin::cleanup()
{
    m_backend.reset();
}

void TestStoreAdmin::aUseRecordsTheAddressNewestFirstAtMostFive()
{
    const CreatedToken created = m_backend->createNow(draft(u"ci"_s, m_clock.todayUtc().addDays(30))).value();
    QVERIFY(created.token.lastUsedIps.isEmpty());
    QVERIFY(m_backend->getNow(created.token.id).value().lastUsedIps.isEmpty());
    rawSql(m_backend->path(),
           {u"UPDATE tokens SET last_used_ips = '203.0.113.1 2001:db8::1 127.0.0.1 10.0.0.1 10.0.0.2'"_s});
    m_clock.advance(60);
    const AccessToken used = m_backend->identifyNow(created.secret).value();
    const QStringList expected{u"127.0.0.1"_s, u"203.0.113.1"_s, u"2001:db8::1"_s, u"10.0.0.1"_s,
                               u"10.0.0.2"_s};
    QCOMPARE(used.lastUsedIps, expected);
    QCOMPARE(used.lastUsedAt, m_clock.nowUtc());
    const AccessToken read = m_backend->getNow(created.token.id).value();
    QCOMPARE(read.lastUsedIps, expected);
    QCOMPARE(read.lastUsedAt, m_clock.nowUtc());
    ListQuery q;
    QCOMPARE(m_backend->listNow(q).value().tokens.value(0).lastUsedIps, expected);
}

void TestStoreAdmin::revokeBySecretRevokesAnyUsersToken()
{
    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    const qint64 alice = m_backend->addUserNow(u"alice"_s).value();
    const CreatedToken hers =
        m_backend->createForUserNow(alice, draft(u"laptop"_s, m_clock.todayUtc().addDays(30))).value();
    QCOMPARE(hers.token.userId, alice);
    // Not the local user's own token: their listing does not show it.
    QCOMPARE(m_backend->listNow(ListQuery()).value().total, 0);
    QVERIFY(m_backend->setLocalAdministrator(false).ok());
    m_clock.advance(90);
    const Result<AccessToken> revoked = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
        m_backend->revokeBySecret(hers.secret, c, std::move(cb));
    });
    QVERIFY(revoked.ok());
    QCOMPARE(revoked.value().id, hers.token.id);
    QCOMPARE(revoked.value().userId, alice);
    QVERIFY(revoked.value().revoked);
    QCOMPARE(revoked.value().revokedAt, m_clock.nowUtc());
    QCOMPARE(revoked.value().lastUsedAt, m_clock.nowUtc());
    QCOMPARE(revoked.value().lastUsedIps, QStringList{u"127.0.0.1"_s});

    // A group's token too: the secret is all it takes.
    const Resource group = m_backend->addGroupNow(u"acme"_s, u"Acme"_s).value();
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, group.id, AccessLevels::Owner).ok());
    auto scoped =
        m_backend->forResource(m_backend->resolveResourceNow(ResourceRef::group(u"acme"_s)).value());
    const TokenDraft d = draft(u"runner"_s, m_clock.todayUtc().addDays(30));
    const CreatedToken bot = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
                                 scoped->create(d, c, std::move(cb));
                             }).value();
    QVERIFY(m_backend->revokeBySecretNow(bot.secret).value().revoked);
}

void TestStoreAdmin::revokeBySecretRefusesWhatCannotSignIn()
{
    const CreatedToken mine = m_backend->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(1))).value();
    const Result<AccessToken> unknown =
        m_backend->revokeBySecretNow(Secret(QByteArray("glpat-unknown-secret-xx")));
    QCOMPARE(unknown.error().kind, BackendError::Kind::Authentication);
    QCOMPARE(unknown.error().message, m_backend->identifyNow(Secret(QByteArray("glpat-x"))).error().message);
    m_clock.advance(86400);
    const Result<AccessToken> expired = m_backend->revokeBySecretNow(mine.secret);
    QCOMPARE(expired.error().kind, BackendError::Kind::Authentication);
    QCOMPARE(expired.error().message, m_backend->identifyNow(mine.secret).error().message);
    QVERIFY(!m_backend->getNow(mine.token.id).value().revoked);
    QVERIFY(!m_backend->getNow(mine.token.id).value().lastUsedAt.isValid());
    const CreatedToken other = m_backend->createNow(draft(u"other"_s, m_clock.todayUtc().addDays(5))).value();
    QVERIFY(m_backend->revokeBySecretNow(other.secret).ok());
    const Result<AccessToken> again = m_backend->revokeBySecretNow(other.secret);
    QCOMPARE(again.error().kind, BackendError::Kind::Authentication);
    QCOMPARE(again.error().message, m_backend->identifyNow(other.secret).error().message);
}

void TestStoreAdmin::inventoryIsForTheLocalAdministrator()
{
    QVERIFY(!m_backend->capabilities().instanceInventory);
    QVERIFY(!m_backend->capabilities().createForOtherUser);
    const Result<Inventory> refused = await<Inventory>([&](QObject* c, Callback<Inventory> cb) {
        m_backend->inventory(InventoryQuery(), c, std::move(cb));
    });
    QCOMPARE(refused.error().kind, BackendError::Kind::Permission);
    QCOMPARE(m_backend->createForUserNow(1, draft(u"x"_s, m_clock.todayUtc().addDays(3))).error().kind,
             BackendError::Kind::Permission);
    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    QVERIFY(m_backend->capabilities().instanceInventory);
    QVERIFY(m_backend->capabilities().createForOtherUser);
    QVERIFY(m_backend->inventoryNow(InventoryQuery()).ok());
    // The flag is the store's: another backend on the same file learns it from whoami().
    auto second = LocalBackend::open(m_backend->path(), m_clock).value();
    QVERIFY(second->capabilities().instanceInventory);
    QVERIFY(m_backend->setLocalAdministrator(false).ok());
    QVERIFY(second->capabilities().instanceInventory);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { second->whoami(c, std::move(cb)); }).ok());
    QVERIFY(!second->capabilities().instanceInventory);
}

void TestStoreAdmin::inventoryListsEveryPersonOldestFirst()
{
    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    const QString me = m_backend->whoamiNow().value().username;
    const qint64 alice = m_backend->addUserNow(u"alice"_s).value();
    const qint64 bob = m_backend->addUserNow(u"Bob"_s).value();
    const auto make = [&](qint64 user, const char* name, QStringList scopes, int days) {
        m_clock.advance(60);
        const TokenDraft d = draft(QString::fromLatin1(name), m_clock.todayUtc().addDays(days), scopes);
        const Result<CreatedToken> r =
            user == 1 ? m_backend->createNow(d) : m_backend->createForUserNow(user, d);
        return r ? r.value() : CreatedToken{};
    };
    make(bob, "b1", {u"api"_s}, 10);
    make(1, "m1", {u"read_api"_s}, 20);
    const CreatedToken a1 = make(alice, "a1", {u"read_user"_s, u"sudo"_s}, 30);
    QVERIFY(a1.secret.isEmpty()); // alice is not an administrator: no sudo for her
    make(alice, "a1", {u"read_user"_s, u"read_repository"_s}, 30);
    const CreatedToken a2 = make(alice, "a2", {u"api"_s}, 40);
    QVERIFY(m_backend->revokeNow(a2.token.id).value().revoked); // the administrator revokes hers by id
    // A group's token (a bot's) is nobody's personal token.
    const Resource group = m_backend->addGroupNow(u"acme"_s, u"Acme"_s).value();
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, group.id, AccessLevels::Owner).ok());
    auto scoped =
        m_backend->forResource(m_backend->resolveResourceNow(ResourceRef::group(u"acme"_s)).value());
    const TokenDraft botDraft = draft(u"bot"_s, m_clock.todayUtc().addDays(30));
    QVERIFY(await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
                scoped->create(botDraft, c, std::move(cb));
            }).ok());

    const auto run = [&](const InventoryQuery& q) {
        QStringList out;
        const Result<Inventory> inventory = m_backend->inventoryNow(q);
        if (!inventory)
            return QStringList{inventory.error().message};
        for (const InventoryToken& t : inventory.value().tokens)
            out << t.token.name + u'@' + t.username;
        return out;
    };
    InventoryQuery q;
    QCOMPARE(run(q), (QStringList{u"b1@Bob"_s, u"m1@"_s + me, u"a1@alice"_s}));
    q.state = ListQuery::State::All;
    QCOMPARE(run(q), (QStringList{u"b1@Bob"_s, u"m1@"_s + me, u"a1@alice"_s, u"a2@alice"_s}));
    q.owner = u"ALICE"_s;
    QCOMPARE(run(q), (QStringList{u"a1@alice"_s, u"a2@alice"_s}));
    q.owner = QString::number(bob);
    QCOMPARE(run(q), QStringList{u"b1@Bob"_s});
    q.owner = me;
    QCOMPARE(run(q), QStringList{u"m1@"_s + me});
    q.owner = u"1"_s;
    QCOMPARE(run(q), QStringList{u"m1@"_s + me});
    for (const QString& nobody : {u"carol"_s, u"999"_s}) {
        q.owner = nobody;
        QCOMPARE(m_backend->inventoryNow(q).error().kind, BackendError::Kind::NotFound);
    }
    q.owner.clear();
    q.scopes = {u"read_repository"_s, u"read_api"_s};
    QCOMPARE(run(q), (QStringList{u"m1@"_s + me, u"a1@alice"_s}));
    q.scopes = {u"read"_s}; // whole scopes only
    QCOMPARE(run(q), QStringList{});
    q.scopes.clear();
    q.search = u"A"_s;
    QCOMPARE(run(q), (QStringList{u"a1@alice"_s, u"a2@alice"_s}));
    q.search.clear();
    q.dates.expiresBefore = m_clock.todayUtc().addDays(30);
    QCOMPARE(run(q), (QStringList{u"b1@Bob"_s, u"m1@"_s + me}));
    q.state = ListQuery::State::Inactive;
    q.dates = {};
    QCOMPARE(run(q), QStringList{u"a2@alice"_s});
}

void TestStoreAdmin::administratorsReachOtherUsersTokensById()
{
    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    const qint64 alice = m_backend->addUserNow(u"alice"_s).value();
    const CreatedToken hers =
        m_backend->createForUserNow(alice, draft(u"laptop"_s, m_clock.todayUtc().addDays(30))).value();
    QCOMPARE(m_backend->getNow(hers.token.id).value().userId, alice);
    const CreatedToken rotated = m_backend->rotateNow(hers.token.id, std::nullopt).value();
    QCOMPARE(rotated.token.userId, alice);
    InventoryQuery q;
    q.owner = u"alice"_s;
    QCOMPARE(m_backend->inventoryNow(q).value().tokens.value(0).token.id, rotated.token.id);
    QCOMPARE(m_backend->listNow(ListQuery()).value().total, 0);
    // Without the flag, another user's token is not there.
    QVERIFY(m_backend->setLocalAdministrator(false).ok());
    QCOMPARE(m_backend->getNow(rotated.token.id).error().kind, BackendError::Kind::NotFound);
    QCOMPARE(m_backend->revokeNow(rotated.token.id).error().kind, BackendError::Kind::NotFound);
    // Her secret still identifies itself, as on GitLab.
    QCOMPARE(m_backend->identifyNow(rotated.secret).value().userId, alice);
}

void TestStoreAdmin::userNames()
{
    const qint64 alice = m_backend->addUserNow(u"alice"_s).value();
    QCOMPARE(m_backend->userNameNow(alice).value(), u"alice"_s);
    QCOMPARE(m_backend->userNameNow(1).value(), m_backend->whoamiNow().value().username);
    QCOMPARE(m_backend->userNameNow(4242).error().kind, BackendError::Kind::NotFound);
    const Result<QString> later = await<QString>(
        [&](QObject* c, Callback<QString> cb) { m_backend->userName(alice, c, std::move(cb)); });
    QCOMPARE(later.value(), u"alice"_s);
    QVERIFY(!m_backend->addUserNow(u"alice"_s).ok());
    QVERIFY(!m_backend->addUserNow(u" "_s).ok());
    QVERIFY(!m_backend->addUserNow(m_backend->whoamiNow().value().username).ok());
}

void TestStoreAdmin::theDemoHasOtherUsersAndAddresses()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"demo.sqlite"_s), m_clock, LocalBackend::Mode::Demo);
    QVERIFY(opened.ok());
    LocalBackend& demo = *opened.value();
    QVERIFY(DemoSeeder::seedIfEmpty(demo).value());
    // The demo's own user is not an administrator: its own tokens only, no inventory.
    QVERIFY(!demo.capabilities().instanceInventory);
    QCOMPARE(demo.inventoryNow(InventoryQuery()).error().kind, BackendError::Kind::Permission);
    ListQuery mine;
    mine.state = ListQuery::State::All;
    mine.limit = 0;
    const QList<AccessToken> own = demo.listNow(mine).value().tokens;
    QCOMPARE(own.size(), 9);
    int withAddresses = 0;
    for (const AccessToken& t : own) {
        QCOMPARE(t.userId, 1);
        withAddresses += t.lastUsedIps.isEmpty() ? 0 : 1;
        QVERIFY(t.lastUsedIps.isEmpty() || t.lastUsedAt.isValid());
    }
    QVERIFY(withAddresses >= 3);
    // Opted in, the inventory shows alice's, bob's and carol's tokens beside the user's own.
    QVERIFY(demo.setLocalAdministrator(true).ok());
    InventoryQuery everything;
    everything.state = ListQuery::State::All;
    const Inventory inventory = demo.inventoryNow(everything).value();
    QSet<QString> people;
    for (const InventoryToken& t : inventory.tokens)
        people.insert(t.username);
    QCOMPARE(people, (QSet<QString>{u"alice"_s, u"bob"_s, u"carol"_s, demo.whoamiNow().value().username}));
    QCOMPARE(inventory.tokens.size(), 17);
    for (qsizetype i = 1; i < inventory.tokens.size(); ++i)
        QVERIFY(inventory.tokens.at(i - 1).token.createdAt <= inventory.tokens.at(i).token.createdAt);
    // "api or sudo, unused for 90 days": the stale ones an administrator looks for.
    InventoryQuery stale;
    stale.scopes = {u"api"_s, u"sudo"_s};
    stale.dates.lastUsedBefore = m_clock.todayUtc().addDays(-90);
    stale.state = ListQuery::State::All;
    QVERIFY(demo.inventoryNow(stale).value().tokens.size() >= 2);
    // Seeded once: opening the demo again adds nobody.
    opened.value().reset();
    auto again =
        LocalBackend::open(m_dir.filePath(u"demo.sqlite"_s), m_clock, LocalBackend::Mode::Demo).value();
    QVERIFY(!DemoSeeder::seedIfEmpty(*again).value());
    QCOMPARE(again->inventoryNow(everything).value().tokens.size(), 17);
}

QTEST_GUILESS_MAIN(TestStoreAdmin)
#include "tst_StoreAdmin.moc"
