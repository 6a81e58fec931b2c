#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// GitLab's date filters (created, expires and last used, each before and after a day) and its revoked
// filter, sent by GitLabBackend as GitLab's own parameters and honoured by the test server as GitLab does,
// with TokenDateFilters::matches() as the reference; and the addresses a token was last used from.
class TestGitLabFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachFilterAlone_data();
    void eachFilterAlone();
    void filtersCombineWithEachOtherAndRevoked();
    void invalidDatesFilterNothingAndTheServerRefusesGarbage();
    void changingAFilterAsksTheServerAgain();
    void resourceTokensAreFilteredTheSameWay();
    void lastUsedAddressesAreRecordedWhenTheTokenIsUsed();
    void seededAddressesShowInListsAndSingleTokens();
    void olderServersWithoutAddressesStillWork();
    void hostileAddressesAreTamed();

private:
    GitLabBackend* backend(const char* token);
    QStringList listed(GitLabBackend* b, const ListQuery& query);
    QStringList listed(const ListQuery& query)
    {
        return listed(backend(GitLabTestServer::AliceToken), query);
    }

    QTemporaryDir m_dir;
    GitLabTestServer m_server;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

namespace {

// alice's tokens, each on a boundary of one filter (the server's today is 2026-06-15).
QJsonObject seed(const QString& name, const QString& created, const QJsonValue& expires,
                 const QJsonValue& lastUsed, const QStringList& ips = {}, bool revoked = false)
{
    return QJsonObject{{u"user"_s, u"alice"_s},
                       {u"name"_s, name},
                       {u"scopes"_s, QJsonArray{u"read_api"_s}},
                       {u"created_at"_s, created},
                       {u"expires_at"_s, expires},
                       {u"last_used_at"_s, lastUsed},
                       {u"last_used_ips"_s, QJsonArray::fromStringList(ips)},
                       {u"revoked"_s, revoked}};
}

QJsonObject config()
{
    const QJsonValue never = QJsonValue::Null;
    QJsonArray tokens{
        QJsonObject{{u"user"_s, u"root"_s},
                    {u"name"_s, u"root-api"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"secret"_s, QString::fromLatin1(GitLabTestServer::RootToken)}},
        QJsonObject{{u"user"_s, u"alice"_s},
                    {u"name"_s, u"alice-api"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"secret"_s, QString::fromLatin1(GitLabTestServer::AliceToken)},
                    {u"created_at"_s, u"2025-12-01T00:00:00.000Z"_s},
                    {u"expires_at"_s, u"2027-01-01"_s},
                    {u"last_used_ips"_s,
                     QJsonArray{u"10.0.0.9"_s, u"127.0.0.1"_s, u"10.0.0.8"_s, u"10.0.0.7"_s, u"10.0.0.6"_s}}},
        seed(u"t-jan"_s, u"2026-01-10T12:00:00.000Z"_s, u"2026-07-01"_s, u"2026-03-01T00:00:00.000Z"_s,
             {u"10.0.0.1"_s, u"2001:db8::1"_s}),
        seed(u"t-feb-midnight"_s, u"2026-02-01T00:00:00.000Z"_s, u"2026-08-01"_s, never),
        seed(u"t-feb-late"_s, u"2026-01-31T23:59:59.000Z"_s, never, u"2026-02-28T23:59:59.000Z"_s),
        seed(u"t-mar-revoked"_s, u"2026-03-05T08:00:00.000Z"_s, u"2026-09-15"_s,
             u"2026-04-01T10:00:00.000Z"_s, {u"192.0.2.7"_s}, true),
        QJsonObject{{u"user"_s, u"bob"_s},
                    {u"name"_s, u"bob-api"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"secret"_s, QString::fromLatin1(GitLabTestServer::BobToken)},
                    {u"created_at"_s, u"2026-01-20T00:00:00.000Z"_s}},
    };
    QJsonArray users{QJsonObject{{u"id"_s, 1}, {u"username"_s, u"root"_s}, {u"is_admin"_s, true}},
                     QJsonObject{{u"id"_s, 2}, {u"username"_s, u"alice"_s}},
                     QJsonObject{{u"id"_s, 3}, {u"username"_s, u"bob"_s}}};
    QJsonArray groups{QJsonObject{{u"id"_s, 100}, {u"path"_s, u"acme"_s}, {u"name"_s, u"Acme"_s}}};
    QJsonArray members{
        QJsonObject{{u"user"_s, u"alice"_s}, {u"group"_s, u"acme"_s}, {u"access_level"_s, 50}}};
    QJsonArray resourceTokens{
        QJsonObject{{u"group"_s, u"acme"_s},
                    {u"name"_s, u"acme-soon"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"access_level"_s, 40},
                    {u"expires_in_days"_s, 10}},
        QJsonObject{{u"group"_s, u"acme"_s},
                    {u"name"_s, u"acme-later"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"access_level"_s, 40},
                    {u"expires_in_days"_s, 100}},
        QJsonObject{{u"group"_s, u"acme"_s},
                    {u"name"_s, u"acme-old"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"access_level"_s, 40},
                    {u"revoked"_s, true}},
    };
    return QJsonObject{{u"users"_s, users},     {u"tokens"_s, tokens},
                       {u"groups"_s, groups},   {u"projects"_s, QJsonArray{}},
                       {u"members"_s, members}, {u"resource_tokens"_s, resourceTokens}};
}

ListQuery everything()
{
    ListQuery q;
    q.state = ListQuery::State::All;
    q.sort = ListQuery::Sort::NameAsc;
    q.limit = 0;
    return q;
}

TokenDateFilters filter(const QString& which, QDate day)
{
    TokenDateFilters f;
    QDate* field = which == u"createdBefore"_s    ? &f.createdBefore
                   : which == u"createdAfter"_s   ? &f.createdAfter
                   : which == u"expiresBefore"_s  ? &f.expiresBefore
                   : which == u"expiresAfter"_s   ? &f.expiresAfter
                   : which == u"lastUsedBefore"_s ? &f.lastUsedBefore
                                                  : &f.lastUsedAfter;
    *field = day;
    return f;
}

Result<TokenPage> listOf(GitLabBackend* b, const ListQuery& q)
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
}

Result<AccessToken> getOf(GitLabBackend* b, qint64 id)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->get(id, c, cb); });
}

} // namespace

GitLabBackend* TestGitLabFilters::backend(const char* token)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)), Clock::system()));
    return m_backends.back().get();
}

QStringList TestGitLabFilters::listed(GitLabBackend* b, const ListQuery& query)
{
    const Result<TokenPage> page = listOf(b, query);
    if (!page)
        return {u"error: "_s + page.error().message};
    QStringList names;
    for (const AccessToken& t : page.value().tokens)
        names << t.name;
    return names;
}

void TestGitLabFilters::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config()).toJson());
    file.close();
    QVERIFY2(m_server.start({u"--config"_s, path, u"--today"_s, u"2026-06-15"_s}),
             qPrintable(m_server.errorString()));
}

void TestGitLabFilters::init()
{
    m_backends.clear();
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
}

void TestGitLabFilters::eachFilterAlone_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("expected");
    // The signing token (alice-api) was last used just now, by these very listings.
    QTest::newRow("created before: not the one created at 00:00 of the day")
        << u"createdBefore"_s << QDate(2026, 2, 1)
        << QStringList{u"alice-api"_s, u"t-feb-late"_s, u"t-jan"_s};
    QTest::newRow("created after: from 00:00 of the day on")
        << u"createdAfter"_s << QDate(2026, 2, 1) << QStringList{u"t-feb-midnight"_s, u"t-mar-revoked"_s};
    QTest::newRow("expires before: an earlier date, never-expiring left out")
        << u"expiresBefore"_s << QDate(2026, 8, 1) << QStringList{u"t-jan"_s};
    QTest::newRow("expires after: that date or later")
        << u"expiresAfter"_s << QDate(2026, 8, 1)
        << QStringList{u"alice-api"_s, u"t-feb-midnight"_s, u"t-mar-revoked"_s};
    QTest::newRow("last used before: not at 00:00 of the day, never-used left out")
        << u"lastUsedBefore"_s << QDate(2026, 3, 1) << QStringList{u"t-feb-late"_s};
    QTest::newRow("last used after: from 00:00 of the day on")
        << u"lastUsedAfter"_s << QDate(2026, 3, 1)
        << QStringList{u"alice-api"_s, u"t-jan"_s, u"t-mar-revoked"_s};
}

void TestGitLabFilters::eachFilterAlone()
{
    QFETCH(QString, which);
    QFETCH(QDate, day);
    QFETCH(QStringList, expected);
    auto* alice = backend(GitLabTestServer::AliceToken);
    ListQuery q = everything();
    q.dates = filter(which, day);
    QCOMPARE(listed(alice, q), expected);

    // The same tokens as the reference semantics picks from the whole listing.
    const Result<TokenPage> all = listOf(alice, everything());
    QVERIFY(all.ok());
    QCOMPARE(all.value().tokens.size(), 5);
    QStringList reference;
    for (const AccessToken& t : all.value().tokens) {
        if (q.dates.matches(t))
            reference << t.name;
    }
    QCOMPARE(reference, expected);

    // Sent as GitLab's own parameter.
    const auto [name, value] = q.dates.queryItems().constFirst();
    bool sent = false;
    for (const QJsonValue& v : m_server.log()) {
        const QUrlQuery query(QUrl(v.toObject().value(u"path"_s).toString()));
        sent = sent || query.queryItemValue(name, QUrl::FullyDecoded) == value;
    }
    QVERIFY2(sent, qPrintable(name));
}

void TestGitLabFilters::filtersCombineWithEachOtherAndRevoked()
{
    ListQuery q = everything();
    q.dates.createdAfter = QDate(2026, 1, 1);
    q.dates.createdBefore = QDate(2026, 2, 2);
    q.dates.expiresAfter = QDate(2026, 7, 1);
    QCOMPARE(listed(q), (QStringList{u"t-feb-midnight"_s, u"t-jan"_s}));

    q.dates.lastUsedBefore = QDate(2026, 12, 31);
    QCOMPARE(listed(q), QStringList{u"t-jan"_s}); // t-feb-midnight was never used

    ListQuery revoked = everything();
    revoked.revoked = true;
    QCOMPARE(listed(revoked), QStringList{u"t-mar-revoked"_s});
    revoked.revoked = false;
    QCOMPARE(listed(revoked),
             (QStringList{u"alice-api"_s, u"t-feb-late"_s, u"t-feb-midnight"_s, u"t-jan"_s}));
    revoked.dates.createdAfter = QDate(2026, 2, 1);
    QCOMPARE(listed(revoked), QStringList{u"t-feb-midnight"_s});

    // With the active state: the server's today (2026-06-15) has no token expired yet.
    ListQuery active = revoked;
    active.state = ListQuery::State::Active;
    QCOMPARE(listed(active), QStringList{u"t-feb-midnight"_s});
    active.state = ListQuery::State::Inactive;
    QCOMPARE(listed(active), QStringList{});

    // An administrator's listing filters the same way (their own tokens).
    ListQuery rootQuery = everything();
    rootQuery.dates.createdBefore = QDate(2026, 2, 1);
    QCOMPARE(listed(backend(GitLabTestServer::RootToken), rootQuery), QStringList{u"root-api"_s});
}

void TestGitLabFilters::invalidDatesFilterNothingAndTheServerRefusesGarbage()
{
    ListQuery q = everything();
    q.dates.createdBefore = QDate(2026, 2, 30); // no such day: no filter
    QVERIFY(q.dates.isEmpty());
    QCOMPARE(listed(q).size(), 5);
    for (const QJsonValue& v : m_server.log())
        QVERIFY(!v.toObject().value(u"path"_s).toString().contains(u"created_before"_s));

    // GitLab's own refusal of a value that is no date, for each of the six; dates and datetimes pass.
    QNetworkAccessManager nam;
    auto ask = [&](const QString& name, const QString& value) {
        QUrl url = m_server.url();
        url.setPath(u"/api/v4/personal_access_tokens"_s);
        QUrlQuery query;
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("PRIVATE-TOKEN", GitLabTestServer::AliceToken);
        QNetworkReply* reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return std::pair{-1, QJsonDocument()};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return std::pair{status, QJsonDocument::fromJson(body)};
    };
    for (const QString& name : {u"created_before"_s, u"created_after"_s, u"expires_before"_s,
                                u"expires_after"_s, u"last_used_before"_s, u"last_used_after"_s}) {
        for (const QString& garbage : {u"yesterday"_s, u"2026-13-01"_s, u""_s, u"2026-02-30"_s}) {
            const auto [status, body] = ask(name, garbage);
            QCOMPARE(status, 400);
            QCOMPARE(body.object().value(u"error"_s).toString(), name + u" is invalid"_s);
        }
        QCOMPARE(ask(name, u"2026-02-01"_s).first, 200);
        QCOMPARE(ask(name, u"2026-02-01T10:30:00+02:00"_s).first, 200);
        QCOMPARE(ask(name, u"2026-02-01T10:30:00Z"_s).first, 200);
    }
    // A datetime is an instant: 2026-02-01T00:00:00+01:00 is 23:00 UTC the day before.
    const auto [status, body] = ask(u"created_after"_s, u"2026-01-31T23:59:59+00:00"_s);
    QCOMPARE(status, 200);
    QStringList names;
    for (const QJsonValue& t : body.array())
        names << t.toObject().value(u"name"_s).toString();
    names.sort();
    QCOMPARE(names, (QStringList{u"t-feb-late"_s, u"t-feb-midnight"_s, u"t-mar-revoked"_s}));
    const auto shifted = ask(u"created_before"_s, u"2026-02-01T00:00:00+01:00"_s).second.array();
    QCOMPARE(shifted.size(), 2); // alice-api and t-jan; t-feb-late (23:59:59 UTC) is after 23:00 UTC
}

void TestGitLabFilters::changingAFilterAsksTheServerAgain()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    ListQuery q = everything();
    q.limit = 2;
    q.dates.createdBefore = QDate(2026, 2, 1);
    QVERIFY(listOf(alice, q).ok());
    const int first = m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s);
    QVERIFY(first >= 1);

    // A later page of the same query comes from the reading already made.
    q.offset = 2;
    Result<TokenPage> page = listOf(alice, q);
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 3);
    QCOMPARE(page.value().tokens.constFirst().name, u"t-jan"_s);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), first);

    // The same page of another date filter, or of the revoked filter, is asked for.
    q.dates.createdBefore = QDate(2026, 3, 1);
    page = listOf(alice, q);
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 4);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), first + 1);

    q.revoked = false;
    page = listOf(alice, q);
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 4); // t-mar-revoked was created in March
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), first + 2);

    q.dates = TokenDateFilters{};
    q.dates.expiresAfter = QDate(2026, 8, 1);
    page = listOf(alice, q);
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 2);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), first + 3);
}

void TestGitLabFilters::resourceTokensAreFilteredTheSameWay()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    Resource acme;
    acme.kind = ResourceRef::Kind::Group;
    acme.id = 100;
    acme.fullPath = u"acme"_s;
    acme.accessLevel = 50;
    std::unique_ptr<TokenBackend> group = alice->forResource(acme);
    QVERIFY(group);
    auto names = [&group](const ListQuery& q) {
        auto page = await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { group->list(q, c, cb); });
        QStringList out;
        if (page) {
            for (const AccessToken& t : page.value().tokens)
                out << t.name;
        }
        return out;
    };
    ListQuery q = everything();
    QCOMPARE(names(q), (QStringList{u"acme-later"_s, u"acme-old"_s, u"acme-soon"_s}));
    q.dates.expiresBefore = QDate(2026, 6, 15).addDays(50);
    QCOMPARE(names(q), (QStringList{u"acme-soon"_s}));
    q.dates = TokenDateFilters{};
    q.dates.expiresAfter = QDate(2026, 6, 15).addDays(50);
    QCOMPARE(names(q), (QStringList{u"acme-later"_s, u"acme-old"_s})); // acme-old expires in 90 days
    q.revoked = false;
    QCOMPARE(names(q), (QStringList{u"acme-later"_s}));
    q = everything();
    q.dates.lastUsedAfter = QDate(2026, 1, 1); // none was ever used
    QCOMPARE(names(q), QStringList{});
}

void TestGitLabFilters::lastUsedAddressesAreRecordedWhenTheTokenIsUsed()
{
    // A token never used has no addresses; signing one request with it records where it came from.
    auto* root = backend(GitLabTestServer::RootToken);
    QVERIFY(m_server.control(QJsonObject{{u"next_secret"_s, u"glpat-filters-fresh-token-01"_s}}));
    TokenDraft draft;
    draft.name = u"fresh"_s;
    draft.scopes = {u"read_repository"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    auto created = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { root->createForUser(2, draft, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const qint64 id = created.value().token.id;
    auto before = getOf(root, id);
    QVERIFY(before.ok());
    QVERIFY(before.value().lastUsedIps.isEmpty());
    QVERIFY(!before.value().lastUsedAt.isValid());

    auto* fresh = backend("glpat-filters-fresh-token-01");
    auto self = getOf(fresh, GitLabBackend::SelfId);
    QVERIFY(self.ok());
    QCOMPARE(self.value().lastUsedIps, QStringList{u"127.0.0.1"_s});
    QVERIFY(self.value().lastUsedAt.isValid());

    // alice's token was seeded as used from five places, 127.0.0.1 second: now it is first, once, and
    // the list stays at five.
    auto* alice = backend(GitLabTestServer::AliceToken);
    auto own = getOf(alice, GitLabBackend::SelfId);
    QVERIFY(own.ok());
    QCOMPARE(own.value().lastUsedIps,
             (QStringList{u"127.0.0.1"_s, u"10.0.0.9"_s, u"10.0.0.8"_s, u"10.0.0.7"_s, u"10.0.0.6"_s}));
}

void TestGitLabFilters::seededAddressesShowInListsAndSingleTokens()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    const Result<TokenPage> all = listOf(alice, everything());
    QVERIFY(all.ok());
    QHash<QString, AccessToken> byName;
    for (const AccessToken& t : all.value().tokens)
        byName.insert(t.name, t);
    QCOMPARE(byName.value(u"t-jan"_s).lastUsedIps, (QStringList{u"10.0.0.1"_s, u"2001:db8::1"_s}));
    QCOMPARE(byName.value(u"t-mar-revoked"_s).lastUsedIps, QStringList{u"192.0.2.7"_s});
    QVERIFY(byName.value(u"t-feb-midnight"_s).lastUsedIps.isEmpty());

    const auto one = getOf(alice, byName.value(u"t-jan"_s).id);
    QVERIFY(one.ok());
    QCOMPARE(one.value().lastUsedIps, (QStringList{u"10.0.0.1"_s, u"2001:db8::1"_s}));
    QCOMPARE(one.value().lastUsedAt, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
}

void TestGitLabFilters::olderServersWithoutAddressesStillWork()
{
    QVERIFY(m_server.control(QJsonObject{{u"last_used_ips"_s, false}}));
    auto* alice = backend(GitLabTestServer::AliceToken);
    const Result<TokenPage> all = listOf(alice, everything());
    QVERIFY(all.ok());
    QCOMPARE(all.value().tokens.size(), 5);
    for (const AccessToken& t : all.value().tokens) {
        QVERIFY(t.lastUsedIps.isEmpty());
        if (t.name == u"t-jan"_s)
            QVERIFY(t.lastUsedAt.isValid()); // the rest of the token is all there
    }
    const auto self = getOf(alice, GitLabBackend::SelfId);
    QVERIFY(self.ok());
    QVERIFY(self.value().lastUsedIps.isEmpty());
    QCOMPARE(self.value().name, u"alice-api"_s);
    QVERIFY(!m_server.log().isEmpty());
    for (const QJsonValue& v : m_server.log())
        QCOMPARE(v.toObject().value(u"status"_s).toInt(), 200);
}

void TestGitLabFilters::hostileAddressesAreTamed()
{
    auto* alice = backend(GitLabTestServer::AliceToken);
    auto answerWith = [this, alice](const QJsonValue& ips) {
        QJsonObject token{{u"id"_s, 77},     {u"name"_s, u"odd"_s}, {u"scopes"_s, QJsonArray{u"api"_s}},
                          {u"user_id"_s, 2}, {u"revoked"_s, false}, {u"last_used_ips"_s, ips}};
        m_server.addFault(QJsonObject{{u"kind"_s, u"error"_s},
                                      {u"status"_s, 200},
                                      {u"body"_s, token},
                                      {u"method"_s, u"GET"_s},
                                      {u"path"_s, u"/api/v4/personal_access_tokens/77"_s}});
        return getOf(alice, 77);
    };
    auto hostile = answerWith(QJsonArray{1, QJsonValue::Null, u"198.51.100.1\x07\n"_s, u"a\u202Eb"_s,
                                         QJsonObject{{u"ip"_s, u"x"_s}}, u""_s, u"  "_s, u"5.5.5.5"_s,
                                         QString(500, u'9'), u"7.7.7.7"_s, u"8.8.8.8"_s, u"9.9.9.9"_s});
    QVERIFY(hostile.ok());
    QCOMPARE(hostile.value().lastUsedIps,
             (QStringList{u"198.51.100.1"_s, u"ab"_s, u"5.5.5.5"_s, QString(64, u'9'), u"7.7.7.7"_s}));
    for (const QJsonValue& odd : {QJsonValue(QJsonValue::Null), QJsonValue(u"10.0.0.1"_s), QJsonValue(5),
                                  QJsonValue(QJsonObject{{u"0"_s, u"10.0.0.1"_s}})}) {
        auto t = answerWith(odd);
        QVERIFY(t.ok());
        QVERIFY(t.value().lastUsedIps.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGitLabFilters)
#include "tst_GitLabFilters.moc"
