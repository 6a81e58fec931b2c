#include "BackendCalls.h"
#include "ContractFixture.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// Administrators and incidents, the same scenarios on every backend: the date and revoked filters of a
// listing (GitLab's created_/expires_/last_used_ before/after and revoked), the addresses a token was
// last used from, revoking a token with its own secret, usernames, and an administrator's inventory of
// every user's personal tokens. The administrator's account (root on GitLab) and another user, alice
// (user id 2), whose tokens the administrator creates.
class TestAdminContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void dateFilters_data();
    void dateFilters();
    void revokedFilter_data() { ContractFixture::addBackendRows(); }
    void revokedFilter();
    void aUseIsRecordedWithItsAddress_data() { ContractFixture::addBackendRows(); }
    void aUseIsRecordedWithItsAddress();
    void revokeBySecret_data() { ContractFixture::addBackendRows(); }
    void revokeBySecret();
    void userNames_data() { ContractFixture::addBackendRows(); }
    void userNames();
    void inventoryIsForAdministrators_data() { ContractFixture::addBackendRows(); }
    void inventoryIsForAdministrators();
    void inventoryFilters_data() { ContractFixture::addBackendRows(); }
    void inventoryFilters();

private:
    TokenBackend& admin() { return m_fixture->backend(); }
    TokenDraft draftIn(const QString& name, int days, const QStringList& scopes = {u"api"_s}) const
    {
        return draft(name, m_fixture->today().addDays(days), scopes);
    }
    CreatedToken mustCreate(const QString& name, int days, const QStringList& scopes = {u"api"_s});
    CreatedToken mustCreateForAlice(const QString& name, int days, const QStringList& scopes = {u"api"_s});

    std::unique_ptr<ContractFixture> m_fixture;
};

namespace {

constexpr qint64 AliceId = 2;

// Names of a listing of every state, sorted by name, restricted to this scenario's tokens by search.
QStringList namesOf(TokenBackend& b, ListQuery q, const QString& prefix)
{
    q.state = ListQuery::State::All;
    q.search = prefix;
    q.sort = ListQuery::Sort::NameAsc;
    q.limit = 100;
    const Result<TokenPage> page = listOf(b, q);
    if (!page) {
        qWarning("list failed: %s", qPrintable(describe(page.error())));
        return {u"<failed>"_s};
    }
    QStringList names;
    for (const AccessToken& t : page.value().tokens)
        names << t.name;
    return names;
}

// "name@username" of an inventory's tokens, in its order, restricted to names starting with prefix.
QStringList entriesOf(const Inventory& inventory, const QString& prefix)
{
    QStringList out;
    for (const InventoryToken& t : inventory.tokens) {
        if (t.token.name.startsWith(prefix))
            out << t.token.name + u'@' + t.username;
    }
    return out;
}

} // namespace

void TestAdminContract::initTestCase()
{
    isolateStandardPaths();
}

void TestAdminContract::cleanupTestCase()
{
    ContractFixture::stopServers();
}

void TestAdminContract::init()
{
    QFETCH(QString, kind);
    m_fixture = ContractFixture::make(kind);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    QCoreApplication::processEvents();
}

void TestAdminContract::cleanup()
{
    m_fixture.reset();
}

CreatedToken TestAdminContract::mustCreate(const QString& name, int days, const QStringList& scopes)
{
    m_fixture->advanceSeconds(1);
    const TokenDraft d = draftIn(name, days, scopes);
    Result<CreatedToken> r =
        await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { admin().create(d, c, cb); });
    if (!r.ok())
        qWarning("create %s failed: %s", qPrintable(name), qPrintable(describe(r.error())));
    return r.ok() ? r.value() : CreatedToken{};
}

CreatedToken TestAdminContract::mustCreateForAlice(const QString& name, int days, const QStringList& scopes)
{
    m_fixture->advanceSeconds(1);
    const TokenDraft d = draftIn(name, days, scopes);
    Result<CreatedToken> r = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { admin().createForUser(AliceId, d, c, cb); });
    if (!r.ok())
        qWarning("create %s for alice failed: %s", qPrintable(name), qPrintable(describe(r.error())));
    return r.ok() ? r.value() : CreatedToken{};
}

void TestAdminContract::dateFilters_data()
{
    // Tokens "dt-10", "dt-20" and "dt-30" expire 10, 20 and 30 days ahead, all created today; "dt-20" has
    // been used (today). Days are offsets from today.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("filter2");
    QTest::addColumn<int>("day2");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{u"dt-10"_s, u"dt-20"_s, u"dt-30"_s};
    struct Row
    {
        const char* name;
        const char* filter;
        int day;
        const char* filter2;
        int day2;
        QStringList expected;
    };
    const QList<Row> rows{
        {"created before today: none", "createdBefore", 0, "", 0, {}},
        {"created before tomorrow: all", "createdBefore", 1, "", 0, all},
        {"created after today (on or after): all", "createdAfter", 0, "", 0, all},
        {"created after tomorrow: none", "createdAfter", 1, "", 0, {}},
        {"expires before day 20: strictly earlier", "expiresBefore", 20, "", 0, {u"dt-10"_s}},
        {"expires before day 21", "expiresBefore", 21, "", 0, {u"dt-10"_s, u"dt-20"_s}},
        {"expires after day 20: on or later", "expiresAfter", 20, "", 0, {u"dt-20"_s, u"dt-30"_s}},
        {"expires after day 31: none", "expiresAfter", 31, "", 0, {}},
        {"last used after today: the used one", "lastUsedAfter", 0, "", 0, {u"dt-20"_s}},
        {"last used before tomorrow: never used excluded", "lastUsedBefore", 1, "", 0, {u"dt-20"_s}},
        {"last used before today: none", "lastUsedBefore", 0, "", 0, {}},
        {"expires between day 11 and 30", "expiresAfter", 11, "expiresBefore", 30, {u"dt-20"_s}},
        {"created today, expiring before day 30",
         "createdAfter",
         0,
         "expiresBefore",
         30,
         {u"dt-10"_s, u"dt-20"_s}},
        {"used, and expiring after day 21: none", "lastUsedAfter", 0, "expiresAfter", 21, {}},
    };
    for (const char* kind : {"local", "gitlab"}) {
        for (const Row& row : rows) {
            QTest::addRow("%s: %s", kind, row.name)
                << QString::fromLatin1(kind) << QString::fromLatin1(row.filter) << row.day
                << QString::fromLatin1(row.filter2) << row.day2 << row.expected;
        }
    }
}

namespace {

void setFilter(TokenDateFilters& dates, const QString& which, QDate day)
{
    if (which == u"createdBefore"_s)
        dates.createdBefore = day;
    else if (which == u"createdAfter"_s)
        dates.createdAfter = day;
    else if (which == u"expiresBefore"_s)
        dates.expiresBefore = day;
    else if (which == u"expiresAfter"_s)
        dates.expiresAfter = day;
    else if (which == u"lastUsedBefore"_s)
        dates.lastUsedBefore = day;
    else if (which == u"lastUsedAfter"_s)
        dates.lastUsedAfter = day;
}

} // namespace

void TestAdminContract::dateFilters()
{
    QFETCH(QString, filter);
    QFETCH(int, day);
    QFETCH(QString, filter2);
    QFETCH(int, day2);
    QFETCH(QStringList, expected);
    QVERIFY(!mustCreate(u"dt-10"_s, 10).secret.isEmpty());
    const CreatedToken used = mustCreate(u"dt-20"_s, 20);
    QVERIFY(!mustCreate(u"dt-30"_s, 30).secret.isEmpty());
    VERIFY_OK(identifyOf(admin(), used.secret));

    ListQuery q;
    setFilter(q.dates, filter, m_fixture->today().addDays(day));
    if (!filter2.isEmpty())
        setFilter(q.dates, filter2, m_fixture->today().addDays(day2));
    QCOMPARE(namesOf(admin(), q, u"dt-"_s), expected);
    // Every backend agrees with the reference semantics of TokenDateFilters::matches.
    q.state = ListQuery::State::All;
    q.search = u"dt-"_s;
    const Result<TokenPage> page = listOf(admin(), q);
    VERIFY_OK(page);
    for (const AccessToken& t : page.value().tokens)
        QVERIFY2(q.dates.matches(t), qPrintable(t.name));
    QCOMPARE(page.value().total, expected.size());
}

void TestAdminContract::revokedFilter()
{
    const CreatedToken gone = mustCreate(u"rv-gone"_s, 30);
    QVERIFY(!mustCreate(u"rv-kept"_s, 30).secret.isEmpty());
    VERIFY_OK(revokeOf(admin(), gone.token.id));
    ListQuery q;
    q.revoked = true;
    QCOMPARE(namesOf(admin(), q, u"rv-"_s), QStringList{u"rv-gone"_s});
    q.revoked = false;
    QCOMPARE(namesOf(admin(), q, u"rv-"_s), QStringList{u"rv-kept"_s});
    q.revoked.reset();
    QCOMPARE(namesOf(admin(), q, u"rv-"_s), (QStringList{u"rv-gone"_s, u"rv-kept"_s}));
    // With a state: revoked and inactive is the revoked one; revoked and active is nothing.
    q.revoked = true;
    q.state = ListQuery::State::Inactive;
    q.search = u"rv-"_s;
    const Result<TokenPage> inactive = listOf(admin(), q);
    VERIFY_OK(inactive);
    QCOMPARE(inactive.value().tokens.size(), 1);
    QCOMPARE(inactive.value().total, 1);
    q.state = ListQuery::State::Active;
    const Result<TokenPage> active = listOf(admin(), q);
    VERIFY_OK(active);
    QCOMPARE(active.value().tokens.size(), 0);
    QCOMPARE(active.value().total, 0);
}

void TestAdminContract::aUseIsRecordedWithItsAddress()
{
    const CreatedToken created = mustCreate(u"ip-used"_s, 30);
    const CreatedToken unused = mustCreate(u"ip-unused"_s, 30);
    QVERIFY(created.token.lastUsedIps.isEmpty());
    VERIFY_OK(identifyOf(admin(), created.secret));
    const Result<AccessToken> fetched = getOf(admin(), created.token.id);
    VERIFY_OK(fetched);
    QVERIFY(fetched.value().lastUsedAt.isValid());
    // Used over loopback (GitLab) or on this computer (the store): the loopback address, once.
    QCOMPARE(fetched.value().lastUsedIps, QStringList{u"127.0.0.1"_s});
    VERIFY_OK(identifyOf(admin(), created.secret));
    QCOMPARE(getOf(admin(), created.token.id).value().lastUsedIps, QStringList{u"127.0.0.1"_s});
    const Result<AccessToken> never = getOf(admin(), unused.token.id);
    VERIFY_OK(never);
    QVERIFY(!never.value().lastUsedAt.isValid());
    QVERIFY(never.value().lastUsedIps.isEmpty());
}

void TestAdminContract::revokeBySecret()
{
    // Its own token: revoked, answered as it now is.
    const CreatedToken own = mustCreate(u"rs-own"_s, 30);
    const Result<AccessToken> revoked = revokeBySecretOf(admin(), own.secret);
    VERIFY_OK(revoked);
    QCOMPARE(revoked.value().id, own.token.id);
    QCOMPARE(revoked.value().name, u"rs-own"_s);
    QVERIFY(revoked.value().revoked);
    QVERIFY(getOf(admin(), own.token.id).value().revoked);

    // Another user's token, whatever its scopes: revoked with its own secret.
    const CreatedToken alices = mustCreateForAlice(u"rs-alice"_s, 30, {u"read_user"_s});
    QVERIFY(!alices.secret.isEmpty());
    QCOMPARE(alices.token.userId, AliceId);
    const Result<AccessToken> hers = revokeBySecretOf(admin(), alices.secret);
    VERIFY_OK(hers);
    QCOMPARE(hers.value().id, alices.token.id);
    QCOMPARE(hers.value().userId, AliceId);
    QVERIFY(hers.value().revoked);
    const Result<AccessToken> hersNow = getOf(admin(), alices.token.id);
    VERIFY_OK(hersNow);
    QVERIFY(hersNow.value().revoked);

    // Already revoked, unknown, expired: the secret signs nothing in.
    for (const Secret& secret : {own.secret, Secret(QByteArray("glpat-nobody-has-this-secret"))}) {
        const Result<AccessToken> again = revokeBySecretOf(admin(), secret);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, BackendError::Kind::Authentication);
    }
    const CreatedToken shortLived = mustCreate(u"rs-short"_s, 1);
    QVERIFY(m_fixture->advanceDays(1));
    const Result<AccessToken> expired = revokeBySecretOf(admin(), shortLived.secret);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().kind, BackendError::Kind::Authentication);
    QVERIFY(!getOf(admin(), shortLived.token.id).value().revoked);
}

void TestAdminContract::userNames()
{
    const Result<QString> alice = userNameOf(admin(), AliceId);
    VERIFY_OK(alice);
    QCOMPARE(alice.value(), u"alice"_s);
    const Result<Account> me = whoamiOf(admin());
    VERIFY_OK(me);
    QCOMPARE(userNameOf(admin(), me.value().userId).value(), me.value().username);
    const Result<QString> nobody = userNameOf(admin(), 987654);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().kind, BackendError::Kind::NotFound);
}

void TestAdminContract::inventoryIsForAdministrators()
{
    VERIFY_OK(whoamiOf(admin()));
    QVERIFY(admin().capabilities().instanceInventory);
    VERIFY_OK(inventoryOf(admin(), InventoryQuery{}));

    TokenBackend& regular = m_fixture->regularUser();
    VERIFY_OK(whoamiOf(regular));
    QVERIFY(!regular.capabilities().instanceInventory);
    const Result<Inventory> refused = inventoryOf(regular, InventoryQuery{});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Permission);
}

void TestAdminContract::inventoryFilters()
{
    const Result<Account> me = whoamiOf(admin());
    VERIFY_OK(me);
    const QString root = me.value().username;
    QVERIFY(!mustCreate(u"inv-a"_s, 10, {u"api"_s}).secret.isEmpty());
    const CreatedToken b = mustCreateForAlice(u"inv-b"_s, 20, {u"read_api"_s});
    const CreatedToken c = mustCreateForAlice(u"inv-c"_s, 30, {u"read_user"_s, u"read_repository"_s});
    QVERIFY(!mustCreate(u"inv-d"_s, 40, {u"read_api"_s, u"read_user"_s}).secret.isEmpty());
    QVERIFY(!b.secret.isEmpty() && !c.secret.isEmpty());
    VERIFY_OK(revokeBySecretOf(admin(), c.secret));

    const auto run = [&](const InventoryQuery& q) {
        const Result<Inventory> inventory = inventoryOf(admin(), q);
        if (!inventory) {
            qWarning("inventory failed: %s", qPrintable(describe(inventory.error())));
            return QStringList{u"<failed>"_s};
        }
        for (const InventoryToken& t : inventory.value().tokens) {
            if (!q.dates.matches(t.token))
                return QStringList{u"<not matching the dates: %1>"_s.arg(t.token.name)};
        }
        return entriesOf(inventory.value(), u"inv-"_s);
    };
    const QString a = u"inv-a@"_s + root;
    const QString bb = u"inv-b@alice"_s;
    const QString cc = u"inv-c@alice"_s;
    const QString d = u"inv-d@"_s + root;

    InventoryQuery q; // active by default; oldest first
    QCOMPARE(run(q), (QStringList{a, bb, d}));
    q.state = ListQuery::State::All;
    QCOMPARE(run(q), (QStringList{a, bb, cc, d}));
    q.state = ListQuery::State::Inactive;
    QCOMPARE(run(q), QStringList{cc});

    q.state = ListQuery::State::All;
    q.owner = u"alice"_s;
    QCOMPARE(run(q), (QStringList{bb, cc}));
    q.owner = QString::number(AliceId);
    QCOMPARE(run(q), (QStringList{bb, cc}));
    q.owner = root;
    QCOMPARE(run(q), (QStringList{a, d}));
    q.owner = u"no-such-user-here"_s;
    const Result<Inventory> nobody = inventoryOf(admin(), q);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().kind, BackendError::Kind::NotFound);
    q.owner.clear();

    q.scopes = {u"read_api"_s};
    QCOMPARE(run(q), (QStringList{bb, d}));
    q.scopes = {u"read_repository"_s, u"api"_s};
    QCOMPARE(run(q), (QStringList{a, cc}));
    q.scopes.clear();

    q.dates.expiresBefore = m_fixture->today().addDays(30);
    QCOMPARE(run(q), (QStringList{a, bb}));
    q.dates.expiresAfter = m_fixture->today().addDays(20);
    QCOMPARE(run(q), QStringList{bb});
    q.dates = {};
    q.dates.lastUsedAfter = m_fixture->today();
    QCOMPARE(run(q), QStringList{cc}); // revoking with the secret signed in with it
    q.dates = {};
    q.dates.createdBefore = m_fixture->today();
    QCOMPARE(run(q), QStringList{});

    q.search = u"INV-C"_s;
    q.dates = {};
    QCOMPARE(run(q), QStringList{cc});
}

QTEST_GUILESS_MAIN(TestAdminContract)
#include "tst_AdminContract.moc"
