// GitLabBackend::summary() against the GitLab API test server: the numbers the window's summary line
// shows are exact, and they never cost a second reading of every token.
#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "ManualClock.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

namespace {

constexpr const char* AliceSecret = "glpat-summary-alice-0000001";
constexpr const char* RootSecret = "glpat-summary-root-00000001";
constexpr qint64 AliceId = 2;
constexpr int BulkTokens = 1200; // alice's: twelve pages of 100 for a full listing

// The test server's listing requests in its log since it was last reset.
QList<QUrlQuery> listingRequests(GitLabTestServer& server)
{
    QList<QUrlQuery> out;
    for (const QJsonValue& v : server.log()) {
        const QString path = v.toObject().value(u"path"_s).toString();
        if (path.startsWith(u"/api/v4/personal_access_tokens?"_s))
            out << QUrlQuery(path.mid(path.indexOf(u'?') + 1));
    }
    return out;
}

bool sameSummary(const TokenSummary& a, const TokenSummary& b)
{
    return a.active == b.active && a.expiringSoon == b.expiringSoon && a.revoked == b.revoked &&
           a.expired == b.expired;
}

QString describe(const TokenSummary& s)
{
    return u"active %1, expiring soon %2, revoked %3, expired %4"_s.arg(s.active)
        .arg(s.expiringSoon)
        .arg(s.revoked)
        .arg(s.expired);
}

} // namespace

class TestGitLabSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void countsWithoutReadingEveryPage();
    void answersFromTheTablesJustListed();
    void answersFromTheTablesBeingListed();
    void changesAreCountedAgain();
    void serverWithoutTotalsIsReadInFull();
    void administratorsCountTheirOwnTokens();

private:
    GitLabBackend* backend(const char* secret);
    // What the summary must say for this user, from the server's own list of every token.
    TokenSummary expectedFor(qint64 userId);
    Result<TokenSummary> summaryOf(GitLabBackend* b);
    Result<TokenPage> listAllOf(GitLabBackend* b, ListQuery::State state);

    QTemporaryDir m_dir;
    GitLabTestServer m_server;
    Test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QDate m_today;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

void TestGitLabSummary::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    m_today = m_clock.todayUtc();
    m_clock.set(QDateTime(m_today, QTime(12, 0), Qt::UTC));
    const auto day = [this](int offset) { return QJsonValue(m_today.addDays(offset).toString(Qt::ISODate)); };
    QJsonArray tokens{
        QJsonObject{{u"user"_s, u"alice"_s},
                    {u"name"_s, u"alice-api"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"secret"_s, QString::fromLatin1(AliceSecret)},
                    {u"expires_at"_s, day(90)}},
        QJsonObject{{u"user"_s, u"root"_s},
                    {u"name"_s, u"root-api"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"secret"_s, QString::fromLatin1(RootSecret)},
                    {u"expires_at"_s, day(90)}},
        QJsonObject{{u"user"_s, u"root"_s},
                    {u"name"_s, u"root-soon"_s},
                    {u"scopes"_s, QJsonArray{u"api"_s}},
                    {u"expires_at"_s, day(2)}},
    };
    const auto add = [&tokens](const QString& name, const QJsonValue& expires, bool revoked = false) {
        tokens.append(QJsonObject{{u"user"_s, u"alice"_s},
                                  {u"name"_s, name},
                                  {u"scopes"_s, QJsonArray{u"read_api"_s}},
                                  {u"expires_at"_s, expires},
                                  {u"revoked"_s, revoked}});
    };
    add(u"tomorrow"_s, day(1));
    add(u"in-14-days"_s, day(14)); // the last day that counts as soon
    add(u"in-15-days"_s, day(15));
    add(u"never"_s, QJsonValue::Null);
    add(u"expired-today"_s, day(0)); // expires at 00:00 UTC today: expired
    add(u"expired-long-ago"_s, day(-40));
    add(u"revoked-live"_s, day(30), true);
    add(u"revoked-and-expired"_s, day(-3), true);
    add(u"revoked-soon"_s, day(3), true);
    for (int i = 0; i < 130; ++i) // more than one page of tokens that expire soon
        add(u"soon-%1"_s.arg(i), day(1 + i % 14));
    const QJsonObject config{
        {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"username"_s, u"root"_s}, {u"is_admin"_s, true}},
                                QJsonObject{{u"id"_s, AliceId}, {u"username"_s, u"alice"_s}}}},
        {u"tokens"_s, tokens}};
    QFile file(m_dir.filePath(u"seed.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    QVERIFY2(m_server.start({u"--config"_s, file.fileName(), u"--today"_s, m_today.toString(Qt::ISODate),
                             u"--bulk"_s, QString::number(BulkTokens), u"--bulk-user"_s, u"alice"_s}),
             qPrintable(m_server.errorString()));
}

void TestGitLabSummary::init()
{
    m_backends.clear();
    QVERIFY(m_server.reset());
}

GitLabBackend* TestGitLabSummary::backend(const char* secret)
{
    m_backends.push_back(
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(secret)), m_clock));
    return m_backends.back().get();
}

TokenSummary TestGitLabSummary::expectedFor(qint64 userId)
{
    TokenSummary s;
    const QDate soon = m_today.addDays(TokenSummary::ExpiringSoonDays);
    for (const QJsonValue& v : m_server.tokens()) {
        const QJsonObject t = v.toObject();
        if (t.value(u"user_id"_s).toInteger() != userId)
            continue;
        const bool revoked = t.value(u"revoked"_s).toBool();
        const QDate expires = QDate::fromString(t.value(u"expires_at"_s).toString(), Qt::ISODate);
        const bool expired = expires.isValid() && expires <= m_today;
        if (revoked)
            s.revoked++;
        else if (expired)
            s.expired++;
        else
            s.active++;
        if (!revoked && !expired && expires.isValid() && expires <= soon)
            s.expiringSoon++;
    }
    return s;
}

Result<TokenSummary> TestGitLabSummary::summaryOf(GitLabBackend* b)
{
    return await<TokenSummary>([b](QObject* c, Callback<TokenSummary> cb) { b->summary(c, cb); });
}

Result<TokenPage> TestGitLabSummary::listAllOf(GitLabBackend* b, ListQuery::State state)
{
    ListQuery q;
    q.state = state;
    q.limit = 0;
    return await<TokenPage>([b, q](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
}

void TestGitLabSummary::countsWithoutReadingEveryPage()
{
    const TokenSummary expected = expectedFor(AliceId);
    QVERIFY(expected.expiringSoon > 100); // more than one page of them
    auto s = summaryOf(backend(AliceSecret));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QVERIFY2(sameSummary(s.value(), expected),
             qPrintable(describe(s.value()) + u" != "_s + describe(expected)));

    // Three counts of one token each and the active tokens that expire first, not twelve pages of 100.
    const QList<QUrlQuery> requests = listingRequests(m_server);
    int fullPages = 0;
    for (const QUrlQuery& q : requests)
        fullPages += q.queryItemValue(u"per_page"_s) == u"1"_s ? 0 : 1;
    QCOMPARE(requests.size() - fullPages, 3);
    QVERIFY2(fullPages <= 3, qPrintable(u"%1 pages of expiring tokens"_s.arg(fullPages)));
    for (const QUrlQuery& q : requests) {
        if (q.queryItemValue(u"per_page"_s) != u"1"_s) {
            QCOMPARE(q.queryItemValue(u"state"_s), u"active"_s);
            QCOMPARE(q.queryItemValue(u"sort"_s), u"expires_asc"_s);
        }
    }
}

void TestGitLabSummary::answersFromTheTablesJustListed()
{
    auto* b = backend(AliceSecret);
    QVERIFY(listAllOf(b, ListQuery::State::Active).ok());
    QVERIFY(listAllOf(b, ListQuery::State::Inactive).ok());
    QVERIFY(m_server.reset());
    auto s = summaryOf(b);
    QVERIFY(s.ok());
    QVERIFY2(sameSummary(s.value(), expectedFor(AliceId)), qPrintable(describe(s.value())));
    QCOMPARE(listingRequests(m_server).size(), 0);
}

void TestGitLabSummary::answersFromTheTablesBeingListed()
{
    auto* b = backend(AliceSecret);
    ListQuery active;
    active.limit = 0;
    ListQuery inactive = active;
    inactive.state = ListQuery::State::Inactive;
    std::optional<Result<TokenPage>> activePage, inactivePage;
    std::optional<Result<TokenSummary>> summary;
    QObject context;
    // As the window does: both tables, then the summary, before any answer came.
    b->list(active, &context, [&](Result<TokenPage> r) { activePage.emplace(std::move(r)); });
    b->list(inactive, &context, [&](Result<TokenPage> r) { inactivePage.emplace(std::move(r)); });
    b->summary(&context, [&](Result<TokenSummary> r) { summary.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(activePage && inactivePage && summary, 20000);
    QVERIFY(summary->ok());
    QVERIFY2(sameSummary(summary->value(), expectedFor(AliceId)), qPrintable(describe(summary->value())));
    // Only the two tables' pages were read: no count, no listing of every state.
    for (const QUrlQuery& q : listingRequests(m_server)) {
        QVERIFY(q.queryItemValue(u"per_page"_s) != u"1"_s);
        QVERIFY(q.hasQueryItem(u"state"_s));
    }
}

void TestGitLabSummary::changesAreCountedAgain()
{
    auto* b = backend(AliceSecret);
    auto tokens = listAllOf(b, ListQuery::State::Active);
    QVERIFY(tokens.ok());
    QVERIFY(listAllOf(b, ListQuery::State::Inactive).ok());
    const auto victim = std::find_if(tokens.value().tokens.cbegin(), tokens.value().tokens.cend(),
                                     [](const AccessToken& t) { return t.name.startsWith(u"soon-"_s); });
    QVERIFY(victim != tokens.value().tokens.cend());
    const TokenSummary before = expectedFor(AliceId);
    auto revoked = await<AccessToken>(
        [b, id = victim->id](QObject* c, Callback<AccessToken> cb) { b->revoke(id, c, cb); });
    QVERIFY(revoked.ok());
    auto s = summaryOf(b);
    QVERIFY(s.ok());
    const TokenSummary after = expectedFor(AliceId);
    QCOMPARE(after.revoked, before.revoked + 1);
    QVERIFY2(sameSummary(s.value(), after), qPrintable(describe(s.value()) + u" != "_s + describe(after)));
}

void TestGitLabSummary::serverWithoutTotalsIsReadInFull()
{
    // Pagination told by the Link header alone: no X-Total to count with.
    QVERIFY(m_server.control(QJsonObject{{u"link_only"_s, true}}));
    auto s = summaryOf(backend(AliceSecret));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QVERIFY2(sameSummary(s.value(), expectedFor(AliceId)), qPrintable(describe(s.value())));
}

void TestGitLabSummary::administratorsCountTheirOwnTokens()
{
    auto s = summaryOf(backend(RootSecret));
    QVERIFY(s.ok());
    const TokenSummary expected = expectedFor(1);
    QCOMPARE(expected.active, 2);
    QVERIFY2(sameSummary(s.value(), expected), qPrintable(describe(s.value())));
    for (const QUrlQuery& q : listingRequests(m_server))
        QCOMPARE(q.queryItemValue(u"user_id"_s), u"1"_s);
}

QTEST_GUILESS_MAIN(TestGitLabSummary)
#include "tst_GitLabSummary.moc"
