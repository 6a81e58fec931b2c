#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// An administrator's inventory of every user's tokens and bulk revoke, against the GitLab test server:
// usernames, owner, scope, state and date filters; a listing over the totals cut-off read in created_at
// ranges side by side (more than one pool of six connections); 429s; non-admins; one DELETE per token.
class tst_GitLabInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyUsersTokensWithTheirUsernames();
    void ownerByIdOrUsername();
    void scopeStateAndDateFilters();
    void overTheTotalsCutOffTheListingIsSplitAndReadSideBySide();
    void serverWithoutTotalsIsReadByItsLinksRangeByRange();
    void rateLimitedMidListingLosesNothing();
    void nonAdministratorGetsPermission();
    void revokeManySendsOneDeletePerToken();
    void revokeManySendsAgainOnlyAfterA429();
};

namespace {

Result<Inventory> inventoryOf(GitLabBackend& b, const InventoryQuery& q)
{
    return await<Inventory>([&](QObject* c, Callback<Inventory> cb) { b.inventory(q, c, cb); }, 60000);
}

Result<BulkRevokeReport> revokeAll(GitLabBackend& b, const QList<qint64>& ids, int inFlight,
                                   QList<int>* progress = nullptr)
{
    return await<BulkRevokeReport>([&](QObject* c, Callback<BulkRevokeReport> cb) {
        b.revokeMany(ids, inFlight, c, cb, [progress](int answered, int) {
            if (progress)
                *progress << answered;
        });
    });
}

QStringList namesOf(const Inventory& inv)
{
    QStringList out;
    for (const InventoryToken& t : inv.tokens)
        out << t.token.name;
    return out;
}

// The personal tokens the server holds, by id, as /__control/tokens shows them.
QHash<qint64, QJsonObject> personalTokens(GitLabTestServer& server)
{
    QHash<qint64, QJsonObject> out;
    for (const QJsonValue& v : server.tokens()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("resource")).isNull())
            out.insert(o.value(QLatin1String("id")).toInteger(), o);
    }
    return out;
}

qint64 idNamed(const Inventory& inv, const QString& name)
{
    for (const InventoryToken& t : inv.tokens) {
        if (t.token.name == name)
            return t.token.id;
    }
    return 0;
}

void checkComplete(const Inventory& inv, const QSet<qint64>& expected)
{
    QSet<qint64> got;
    for (const InventoryToken& t : inv.tokens) {
        QVERIFY2(!got.contains(t.token.id), qPrintable(u"token %1 twice"_s.arg(t.token.id)));
        got.insert(t.token.id);
    }
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    for (qsizetype i = 1; i < inv.tokens.size(); ++i)
        QVERIFY(inv.tokens.at(i - 1).token.createdAt <= inv.tokens.at(i).token.createdAt);
}

} // namespace

void tst_GitLabInventory::initTestCase()
{
    isolateStandardPaths();
}

void tst_GitLabInventory::everyUsersTokensWithTheirUsernames()
{
    GitLabTestServer server;
    QVERIFY2(server.start({u"--bulk-inventory"_s, u"40,500"_s}), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    QVERIFY(!b.capabilities().instanceInventory); // not known before whoami
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); }).ok());
    QVERIFY(b.capabilities().instanceInventory);

    InventoryQuery q;
    q.state = ListQuery::State::All;
    auto r = inventoryOf(b, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto all = personalTokens(server);
    checkComplete(r.value(), QSet<qint64>(all.keyBegin(), all.keyEnd()));
    QHash<qint64, const QString*> firstName;
    for (const InventoryToken& t : r.value().tokens) {
        const QString expected = t.token.name.startsWith(u"inv-"_s) ? u"inv-%1"_s.arg(t.token.userId)
                                                                    : t.token.name.section(u'-', 0, 0);
        QCOMPARE(t.username, expected);
        // One string per user, however many tokens they have.
        if (const QString* first = firstName.value(t.token.userId))
            QCOMPARE(t.username.constData(), first->constData());
        else
            firstName.insert(t.token.userId, &t.username);
    }
    // Every user fits on one page of GET /users: no user was looked up alone.
    QCOMPARE(server.count(u"GET"_s, u"/api/v4/users?"_s), 1);
    QCOMPARE(server.count(u"GET"_s, u"/api/v4/users/"_s), 0);
}

void tst_GitLabInventory::ownerByIdOrUsername()
{
    GitLabTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    InventoryQuery q;
    q.owner = u"2"_s;
    auto byId = inventoryOf(b, q);
    QVERIFY(byId.ok());
    QCOMPARE(namesOf(byId.value()), (QStringList{u"alice-api"_s, u"alice-read"_s, u"alice-registry"_s}));
    for (const InventoryToken& t : byId.value().tokens)
        QCOMPARE(t.username, u"alice"_s);

    q.owner = u"bob"_s;
    auto byName = inventoryOf(b, q);
    QVERIFY(byName.ok());
    QCOMPARE(namesOf(byName.value()), QStringList{u"bob-api"_s});
    QCOMPARE(byName.value().tokens.first().username, u"bob"_s);
    QVERIFY(server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s) >= 2);
    for (const QJsonValue& v : server.log()) {
        const QString path = v.toObject().value(QLatin1String("path")).toString();
        if (path.startsWith(u"/api/v4/personal_access_tokens?"_s))
            QVERIFY2(path.contains(u"user_id="_s), qPrintable(path)); // filtered by the server
    }

    for (const QString& nobody : {u"nobody"_s, u"999"_s}) {
        q.owner = nobody;
        auto none = inventoryOf(b, q);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, BackendError::Kind::NotFound);
        QVERIFY(none.error().message.contains(nobody));
    }
}

void tst_GitLabInventory::scopeStateAndDateFilters()
{
    GitLabTestServer server;
    QVERIFY2(server.start({u"--bulk-inventory"_s, u"10,700"_s}), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());

    InventoryQuery q;
    q.state = ListQuery::State::All;
    q.scopes = QStringList{u"read_registry"_s, u"sudo"_s};
    auto scoped = inventoryOf(b, q);
    QVERIFY(scoped.ok());
    QSet<qint64> expected;
    const auto all = personalTokens(server);
    for (const QJsonObject& o : all) {
        const QJsonArray scopes = o.value(QLatin1String("scopes")).toArray();
        if (scopes.contains(u"read_registry"_s) || scopes.contains(u"sudo"_s))
            expected.insert(o.value(QLatin1String("id")).toInteger());
    }
    QVERIFY(expected.size() > 100);
    checkComplete(scoped.value(), expected);

    // Inactive tokens created in 2023: by the server's own filters, the same as the reference semantics.
    q = InventoryQuery{};
    q.state = ListQuery::State::Inactive;
    q.dates.createdAfter = QDate(2023, 1, 1);
    q.dates.createdBefore = QDate(2024, 1, 1);
    auto inactive = inventoryOf(b, q);
    QVERIFY(inactive.ok());
    expected.clear();
    for (const QJsonObject& o : all) {
        const QString created = o.value(QLatin1String("created_at")).toString();
        if (!o.value(QLatin1String("active")).toBool() && created >= u"2023-01-01"_s &&
            created < u"2024-01-01"_s)
            expected.insert(o.value(QLatin1String("id")).toInteger());
    }
    QVERIFY(expected.size() > 5);
    checkComplete(inactive.value(), expected);
    for (const QJsonValue& v : server.log()) {
        const QString path = v.toObject().value(QLatin1String("path")).toString();
        if (path.startsWith(u"/api/v4/personal_access_tokens?"_s) && path.contains(u"state=inactive"_s))
            QVERIFY2(path.contains(u"created_after=2023-01-01"_s) &&
                         path.contains(u"created_before=2024-01-01"_s),
                     qPrintable(path));
    }

    // Last used in the first half of 2022.
    q = InventoryQuery{};
    q.state = ListQuery::State::All;
    q.dates.lastUsedAfter = QDate(2022, 1, 1);
    q.dates.lastUsedBefore = QDate(2022, 7, 1);
    auto used = inventoryOf(b, q);
    QVERIFY(used.ok());
    QVERIFY(!used.value().tokens.isEmpty());
    for (const InventoryToken& t : used.value().tokens)
        QVERIFY(t.token.lastUsedAt >= QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC) &&
                t.token.lastUsedAt < QDateTime(QDate(2022, 7, 1), QTime(0, 0), Qt::UTC));
}

void tst_GitLabInventory::overTheTotalsCutOffTheListingIsSplitAndReadSideBySide()
{
    GitLabTestServer server;
    // Pages 2 on are held until ten are in at once: only more than one pool of six connections gets there.
    QVERIFY2(server.start({u"--bulk-inventory"_s, u"60,3000"_s, u"--totals-limit"_s, u"250"_s, u"--gather"_s,
                           u"10"_s}),
             qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    QSignalSpy progress(&b, &TokenBackend::listProgress);
    InventoryQuery q;
    q.state = ListQuery::State::All;
    auto r = inventoryOf(b, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto all = personalTokens(server);
    checkComplete(r.value(), QSet<qint64>(all.keyBegin(), all.keyEnd()));
    QVERIFY2(server.maxInFlight() >= 10, qPrintable(QString::number(server.maxInFlight())));

    int ranged = 0;
    int listings = 0;
    for (const QJsonValue& v : server.log()) {
        const QJsonObject e = v.toObject();
        const QString path = e.value(QLatin1String("path")).toString();
        if (!path.startsWith(u"/api/v4/personal_access_tokens?"_s))
            continue;
        ++listings;
        QCOMPARE(e.value(QLatin1String("status")).toInt(), 200);
        if (path.contains(u"created_after="_s) && path.contains(u"created_before="_s))
            ++ranged;
    }
    QVERIFY(ranged >= 16);
    // Each range read once: about a page per 100 tokens, plus the first look and the cut.
    QVERIFY2(listings <= 3006 / 100 + 16 + 8, qPrintable(QString::number(listings)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), progress.last().at(0).toInt()); // the last says all done
}

void tst_GitLabInventory::serverWithoutTotalsIsReadByItsLinksRangeByRange()
{
    GitLabTestServer server;
    QVERIFY2(server.start({u"--bulk-inventory"_s, u"20,1500"_s}), qPrintable(server.errorString()));
    QVERIFY(server.control(QJsonObject{{u"link_only"_s, true}}));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    InventoryQuery q;
    q.state = ListQuery::State::All;
    auto r = inventoryOf(b, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto all = personalTokens(server);
    checkComplete(r.value(), QSet<qint64>(all.keyBegin(), all.keyEnd()));
    QVERIFY(server.maxInFlight() > 6);
}

void tst_GitLabInventory::rateLimitedMidListingLosesNothing()
{
    GitLabTestServer server;
    QVERIFY2(server.start({u"--bulk-inventory"_s, u"30,1200"_s, u"--totals-limit"_s, u"300"_s}),
             qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); }).ok());
    QVERIFY(server.addFault(QJsonObject{{u"kind"_s, u"rate_limit"_s},
                                        {u"count"_s, 3},
                                        {u"retry_after"_s, 1},
                                        {u"path"_s, u"/api/v4/personal_access_tokens"_s}}));
    InventoryQuery q;
    q.state = ListQuery::State::All;
    auto r = inventoryOf(b, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto all = personalTokens(server);
    checkComplete(r.value(), QSet<qint64>(all.keyBegin(), all.keyEnd()));
    int limited = 0;
    for (const QJsonValue& v : server.log())
        limited += v.toObject().value(QLatin1String("status")).toInt() == 429 ? 1 : 0;
    QCOMPARE(limited, 3);
}

void tst_GitLabInventory::nonAdministratorGetsPermission()
{
    GitLabTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    auto r = inventoryOf(b, InventoryQuery{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Permission);
    QVERIFY(!b.capabilities().instanceInventory);
    QCOMPARE(server.count(u"GET"_s, u"/api/v4/personal_access_tokens"_s), 0);
}

void tst_GitLabInventory::revokeManySendsOneDeletePerToken()
{
    GitLabTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    InventoryQuery q;
    q.state = ListQuery::State::All;
    auto inv = inventoryOf(b, q);
    QVERIFY(inv.ok());
    const qint64 aliceApi = idNamed(inv.value(), u"alice-api"_s);
    const qint64 aliceRevoked = idNamed(inv.value(), u"alice-revoked"_s);
    const qint64 bobApi = idNamed(inv.value(), u"bob-api"_s);
    const qint64 aliceRead = idNamed(inv.value(), u"alice-read"_s);
    QVERIFY(aliceApi && aliceRevoked && bobApi && aliceRead);
    QVERIFY(server.control(QJsonObject{{u"clear_log"_s, true}}));
    // bob-api is revoked but its reply is lost; alice-revoked is refused (already revoked); 99999 is unknown.
    QVERIFY(server.addFault(QJsonObject{{u"kind"_s, u"lose_reply"_s},
                                        {u"method"_s, u"DELETE"_s},
                                        {u"path"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(bobApi)}}));
    QList<int> progress;
    const QList<qint64> ids{aliceApi, aliceRevoked, bobApi, 99999, aliceRead};
    auto r = revokeAll(b, ids, 3, &progress);
    QVERIFY(r.ok());
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4, 5}));
    QHash<qint64, AccessToken> revoked;
    for (const AccessToken& t : r.value().revoked)
        revoked.insert(t.id, t);
    QCOMPARE(revoked.size(), 3);
    QVERIFY(revoked.value(aliceApi).revoked);
    QCOMPARE(revoked.value(aliceApi).name, u"alice-api"_s); // answered from the inventory
    QVERIFY(revoked.value(bobApi).revoked);                 // the lost reply, settled by a re-read
    QVERIFY(revoked.contains(aliceRead));
    QCOMPARE(r.value().failures.size(), 2);
    for (const auto& [id, error] : r.value().failures) {
        QVERIFY(id == aliceRevoked || id == 99999);
        QVERIFY(!error.message.isEmpty());
    }
    for (const qint64 id : ids)
        QCOMPARE(server.count(u"DELETE"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(id)), 1);
    QCOMPARE(server.count(u"DELETE"_s), 5);
    // No read after a DELETE that answered: only the lost one is read again.
    QCOMPARE(server.count(u"GET"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(aliceApi)), 0);
    QCOMPARE(server.count(u"GET"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(bobApi)), 1);
    const auto after = personalTokens(server);
    for (const qint64 id : {aliceApi, bobApi, aliceRead})
        QVERIFY(after.value(id).value(QLatin1String("revoked")).toBool());
}

void tst_GitLabInventory::revokeManySendsAgainOnlyAfterA429()
{
    GitLabTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    GitLabBackend b(server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system());
    const auto all = personalTokens(server);
    QList<qint64> ids;
    for (const QJsonObject& o : all) {
        if (o.value(QLatin1String("name")).toString().startsWith(u"alice-"_s) &&
            !o.value(QLatin1String("revoked")).toBool())
            ids << o.value(QLatin1String("id")).toInteger();
    }
    QCOMPARE(ids.size(), 3);
    // GitLab's rate limiter answers before anything is revoked: the refused DELETE may go again.
    QVERIFY(server.addFault(QJsonObject{
        {u"kind"_s, u"rate_limit"_s}, {u"count"_s, 1}, {u"retry_after"_s, 1}, {u"method"_s, u"DELETE"_s}}));
    auto r = revokeAll(b, ids, 6);
    QVERIFY(r.ok());
    QCOMPARE(r.value().revoked.size(), 3);
    QVERIFY(r.value().failures.isEmpty());
    QCOMPARE(server.count(u"DELETE"_s), 4);
    int limited = 0;
    for (const QJsonValue& v : server.log())
        limited += v.toObject().value(QLatin1String("status")).toInt() == 429 ? 1 : 0;
    QCOMPARE(limited, 1);
}

QTEST_GUILESS_MAIN(tst_GitLabInventory)
#include "tst_GitLabInventory.moc"
