#include "GitLabBackend.h"
#include "GitLabRetryPolicy.h"
#include "GitLabTestServer.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// GitLabBackend against a hostile server: every request ends within its deadline however slowly the
// bytes come, no reply is read past its size cap, no listing reads pages without end, and no header
// value makes a wait absurd or a count overflow. Each ends in an error a user can read.
class tst_GitLabBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void drippingReadEndsAtTheDeadline();
    void drippingCreateIsRecheckedNotRetried();
    void hugeBodyIsRefused_data();
    void hugeBodyIsRefused();
    void hugeCreateReplyIsRecheckedNotRetried();
    void endlessPagesAreBounded();
    void nextPageThatDoesNotAdvanceStops();
    void nextLinkToTheSamePageStops();
    void hostileListingHeadersAreIgnored();
    void nextPageBeyondAnyListingStops();
    void hostileRetryAfterIsClamped_data();
    void hostileRetryAfterIsClamped();

private:
    GitLabBackend* backend(const char* token = GitLabTestServer::AliceToken);
    Result<TokenPage> list(GitLabBackend* b, ListQuery q = {});
    int tokensNamed(const QString& name);

    GitLabTestServer m_server;
    GitLabOptions m_options;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
};

namespace {

QJsonObject fault(const QString& kind, const QString& method, const QString& path, int count = 1)
{
    return QJsonObject{{u"kind"_s, kind}, {u"method"_s, method}, {u"path"_s, path}, {u"count"_s, count}};
}

const QString Listing = u"/api/v4/personal_access_tokens"_s;

} // namespace

GitLabBackend* tst_GitLabBounds::backend(const char* token)
{
    m_backends.push_back(std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)),
                                                         Clock::system(), m_options));
    return m_backends.back().get();
}

Result<TokenPage> tst_GitLabBounds::list(GitLabBackend* b, ListQuery q)
{
    q.limit = 0;
    q.state = ListQuery::State::All;
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
}

int tst_GitLabBounds::tokensNamed(const QString& name)
{
    int n = 0;
    for (const QJsonValue& t : m_server.tokens())
        n += t.toObject().value(u"name"_s).toString() == name ? 1 : 0;
    return n;
}

void tst_GitLabBounds::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_GitLabBounds::init()
{
    m_backends.clear();
    m_options = GitLabOptions{};
    m_options.timeoutMs = 1000;
    m_options.retryDelayMs = 10;
    m_options.maxGetAttempts = 2;
    QVERIFY(m_server.reset());
}

// One byte every 100 ms keeps Qt's transfer timeout from ever firing; the whole reply would take many
// seconds. The request still ends at its deadline, naming it.
void tst_GitLabBounds::drippingReadEndsAtTheDeadline()
{
    QJsonObject f = fault(u"drip"_s, u"GET"_s, u"/api/v4/user"_s, -1);
    f.insert(u"interval_ms"_s, 100);
    QVERIFY(m_server.addFault(f));
    auto r = await<Account>([&](QObject* c, Callback<Account> cb) { backend()->whoami(c, cb); });
    QVERIFY2(!r.ok(), "a reply dripped byte by byte was waited for to its end");
    QCOMPARE(r.error().kind, BackendError::Kind::Network);
    QVERIFY2(r.error().message.contains(u"within 1 second"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 2); // a read: tried again, then given up
}

void tst_GitLabBounds::drippingCreateIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); }).ok());
    QJsonObject f = fault(u"drip"_s, u"POST"_s, u"/api/v4/"_s, -1);
    f.insert(u"interval_ms"_s, 100);
    QVERIFY(m_server.addFault(f));
    auto r = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"dripped"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"now exists"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"dripped"_s), 1);
}

void tst_GitLabBounds::hugeBodyIsRefused_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::newRow("32 MiB with its Content-Length") << QJsonObject{};
    QTest::newRow("32 MiB chunked") << QJsonObject{{u"chunked"_s, true}};
    QTest::newRow("a Content-Length of 1 TB, then nothing")
        << QJsonObject{{u"announce"_s, true}, {u"content_length"_s, u"1000000000000"_s}};
    QTest::newRow("a Content-Length of 17 MiB, then nothing")
        << QJsonObject{{u"announce"_s, true}, {u"content_length"_s, u"17825792"_s}};
}

void tst_GitLabBounds::hugeBodyIsRefused()
{
    QFETCH(QJsonObject, extra);
    m_options.timeoutMs = 20000; // the cap, not the deadline, must end these
    QJsonObject f = fault(u"huge_body"_s, u"GET"_s, u"/api/v4/user"_s, -1);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.insert(it.key(), it.value());
    QVERIFY(m_server.addFault(f));
    auto r = await<Account>([&](QObject* c, Callback<Account> cb) { backend()->whoami(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QVERIFY2(r.error().message.contains(u"larger than 16 MiB"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 1); // the same answer again: not retried
}

void tst_GitLabBounds::hugeCreateReplyIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); }).ok());
    QJsonObject f = fault(u"huge_body"_s, u"POST"_s, u"/api/v4/"_s, -1);
    f.insert(u"announce"_s, true);
    f.insert(u"content_length"_s, u"99999999999"_s);
    QVERIFY(m_server.addFault(f));
    auto r = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"oversized"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown); // possibly created: asked again, not re-sent
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

// Page after page of the same tokens, each naming the next: stopped well before any page limit.
void tst_GitLabBounds::endlessPagesAreBounded()
{
    QJsonObject f = fault(u"pages"_s, u"GET"_s, Listing, -1);
    f.insert(u"mode"_s, u"advance"_s);
    QVERIFY(m_server.addFault(f));
    auto r = list(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QVERIFY2(r.error().message.contains(u"same tokens"_s), qPrintable(r.error().message));
    QVERIFY2(m_server.count(u"GET"_s, Listing) <= 1 + m_options.maxConcurrency,
             qPrintable(QString::number(m_server.count(u"GET"_s, Listing))));

    // Distinct but endless pages stop at the page bound.
    m_options.maxPages = 3;
    GitLabTestServer big;
    QVERIFY2(big.start({u"--bulk"_s, u"1000"_s}), qPrintable(big.errorString()));
    GitLabBackend b(big.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(), m_options);
    auto longer = list(&b);
    QVERIFY(!longer.ok());
    QVERIFY2(longer.error().message.contains(u"longer than 3 page"_s), qPrintable(longer.error().message));

    // And all the pages of one listing together stay within their byte budget.
    m_options.maxPages = GitLabOptions{}.maxPages;
    m_options.maxListingBytes = 100 * 1024; // a page of 100 of these tokens is some 30 KiB
    GitLabBackend heavy(big.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(),
                        m_options);
    auto larger = list(&heavy);
    QVERIFY(!larger.ok());
    QCOMPARE(larger.error().kind, BackendError::Kind::Server);
    QVERIFY2(larger.error().message.contains(u"larger than"_s), qPrintable(larger.error().message));
}

void tst_GitLabBounds::nextPageThatDoesNotAdvanceStops()
{
    QJsonObject f = fault(u"pages"_s, u"GET"_s, Listing, -1);
    f.insert(u"mode"_s, u"repeat"_s);
    QVERIFY(m_server.addFault(f));
    auto r = list(backend());
    QVERIFY2(!r.ok(), "a next page that names the page itself was taken for the end of the listing");
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QVERIFY2(r.error().message.contains(u"next page"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s, Listing), 1);
}

void tst_GitLabBounds::nextLinkToTheSamePageStops()
{
    QJsonObject f = fault(u"pages"_s, u"GET"_s, Listing, -1);
    f.insert(u"mode"_s, u"link_repeat"_s);
    QVERIFY(m_server.addFault(f));
    auto r = list(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QVERIFY2(m_server.count(u"GET"_s, Listing) <= 2,
             qPrintable(u"%1 requests for one page"_s.arg(m_server.count(u"GET"_s, Listing))));
}

// Totals and page numbers past any real listing count as absent: the listing is read as the next-page
// header says, and is complete.
void tst_GitLabBounds::hostileListingHeadersAreIgnored()
{
    QJsonObject f = fault(u"headers"_s, u"GET"_s, Listing, -1);
    f.insert(u"headers"_s, QJsonObject{{u"X-Total-Pages"_s, u"2147483647"_s},
                                       {u"X-Total"_s, u"99999999999999999999"_s},
                                       {u"X-Page"_s, u"-1"_s}});
    QVERIFY(m_server.addFault(f));
    auto r = list(backend());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().tokens.size(), 4); // alice's
    QCOMPARE(m_server.count(u"GET"_s, Listing), 1);
}

// A next page that skips ahead would lose the tokens between: refused. One that is no page number at
// all is nonsense and counts as absent: the Link header (here: no next) tells.
void tst_GitLabBounds::nextPageBeyondAnyListingStops()
{
    for (const QString& next : {u"1000000"_s, u"3"_s, u"2147483647"_s, u"99999999999999999999"_s, u"-1"_s}) {
        QVERIFY(m_server.reset());
        QJsonObject f = fault(u"headers"_s, u"GET"_s, Listing, -1);
        f.insert(u"headers"_s,
                 QJsonObject{{u"X-Next-Page"_s, next}, {u"X-Total"_s, u""_s}, {u"X-Total-Pages"_s, u""_s}});
        QVERIFY(m_server.addFault(f));
        auto r = list(backend());
        const bool nonsense = next.size() > 7 || next.startsWith(u'-');
        if (nonsense) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? next : next + u": "_s + r.error().message));
            QCOMPARE(r.value().tokens.size(), 4);
        } else {
            QVERIFY2(!r.ok(), qPrintable(next));
            QCOMPARE(r.error().kind, BackendError::Kind::Server);
            QVERIFY2(r.error().message.contains(u"next page"_s), qPrintable(r.error().message));
        }
        QCOMPARE(m_server.count(u"GET"_s, Listing), 1);
    }
}

void tst_GitLabBounds::hostileRetryAfterIsClamped_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::newRow("Retry-After overflowing") << u"retry_after"_s << u"9999999999999999"_s;
    QTest::newRow("Retry-After past int") << u"retry_after"_s << u"2147483648"_s;
    QTest::newRow("Retry-After in the year 9999") << u"retry_after"_s << u"Fri, 31 Dec 9999 23:59:59 GMT"_s;
    QTest::newRow("RateLimit-Reset at the end of time") << u"reset_raw"_s << u"9223372036854775807"_s;
}

// A read told to wait longer than the longest wait TokenDesk knows is not retried, and the message names
// a wait a person can read (an hour), not an overflowed one.
void tst_GitLabBounds::hostileRetryAfterIsClamped()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QJsonObject f = fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, -1);
    f.insert(header, value);
    QVERIFY(m_server.addFault(f));
    auto r = await<Account>([&](QObject* c, Callback<Account> cb) { backend()->whoami(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::RateLimited);
    const QString hour = QString::number(GitLabRetryPolicy::MaxWaitMs / 1000);
    QVERIFY2(r.error().message.contains(hour), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 1);
}

QTEST_GUILESS_MAIN(tst_GitLabBounds)
#include "tst_GitLabBounds.moc"
