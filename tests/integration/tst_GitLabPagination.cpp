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

// Long listings through GitLabBackend, each against its own test server full of tokens: pages read side
// by side when the server gives totals, ahead when it only numbers them (over 10,000 tokens), one after
// another when it only links to the next; the first rows before the rest.
class tst_GitLabPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void paginationWithTotals();
    void firstRowsComeBeforeTheWholeListing();
    void paginationWithoutTotalsOver10000();
    void paginationByLinkHeaderAlone();
};

namespace {

QStringList names(const QList<AccessToken>& tokens)
{
    QStringList out;
    for (const AccessToken& t : tokens)
        out << t.name;
    return out;
}

Result<TokenPage> listOf(GitLabBackend* b, ListQuery q)
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
}

} // namespace

void tst_GitLabPagination::initTestCase()
{
    isolateStandardPaths();
}

void tst_GitLabPagination::paginationWithTotals()
{
    GitLabTestServer big;
    // The server holds pages 2 on until three are in at once: read side by side, they get there
    // however loaded the machine (a latency alone left that to timing).
    QVERIFY2(big.start({u"--bulk"_s, u"450"_s, u"--bulk-user"_s, u"bob"_s, u"--gather"_s, u"3"_s}),
             qPrintable(big.errorString()));
    GitLabOptions options;
    options.maxConcurrency = 3;
    GitLabBackend b(big.url(), Secret(QByteArray(GitLabTestServer::BobToken)), Clock::system(), options);
    QSignalSpy progress(&b, &TokenBackend::listProgress);
    ListQuery q;
    q.state = ListQuery::State::All;
    q.sort = ListQuery::Sort::CreatedAsc;
    q.limit = 0;
    auto r = listOf(&b, q);
    QVERIFY(r.ok());
    QCOMPARE(r.value().total, 451);
    QCOMPARE(r.value().tokens.size(), 451);
    QSet<qint64> ids;
    for (int i = 0; i < r.value().tokens.size(); ++i) {
        ids.insert(r.value().tokens.at(i).id);
        if (i > 0)
            QVERIFY(r.value().tokens.at(i - 1).createdAt <= r.value().tokens.at(i).createdAt);
    }
    QCOMPARE(ids.size(), 451);
    QCOMPARE(big.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), 5);
    QCOMPARE(big.maxInFlight(), 3); // pages 2 to 5 were read side by side, at most 3 at once
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
}

void tst_GitLabPagination::firstRowsComeBeforeTheWholeListing()
{
    GitLabTestServer big;
    QVERIFY2(big.start({u"--bulk"_s, u"450"_s, u"--bulk-user"_s, u"bob"_s, u"--latency-ms"_s, u"50"_s}),
             qPrintable(big.errorString()));
    GitLabOptions options;
    options.maxConcurrency = 2;
    GitLabBackend b(big.url(), Secret(QByteArray(GitLabTestServer::BobToken)), Clock::system(), options);
    QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); }).ok());
    ListQuery all;
    all.state = ListQuery::State::All;
    all.sort = ListQuery::Sort::CreatedAsc;
    all.limit = 0;
    const auto whole = listOf(&b, all);
    QVERIFY(whole.ok());
    QCOMPARE(whole.value().tokens.size(), 451);

    // The window asks for its first 200 rows: they come once pages 1 and 2 are in, not after all 5.
    QSignalSpy progress(&b, &TokenBackend::listProgress);
    ListQuery firstRows = all;
    firstRows.limit = 200;
    std::optional<Result<TokenPage>> first;
    int pagesReadThen = -1;
    QObject context;
    b.list(firstRows, &context, [&](Result<TokenPage> r) {
        first = std::move(r);
        pagesReadThen = progress.isEmpty() ? 0 : progress.last().at(0).toInt();
    });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 20000);
    QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().message));
    QVERIFY2(pagesReadThen < 5, qPrintable(QString::number(pagesReadThen)));
    QCOMPARE(first->value().total, 451);
    QCOMPARE(names(first->value().tokens), names(whole.value().tokens.mid(0, 200)));

    // Rows further down wait for the same reading (not an older one) and cost no request of their own.
    ListQuery more = firstRows;
    more.offset = 200;
    const auto next = listOf(&b, more);
    QVERIFY(next.ok());
    QCOMPARE(next.value().total, 451);
    QCOMPARE(names(next.value().tokens), names(whole.value().tokens.mid(200, 200)));
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(big.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), 10); // two readings of 5 pages
}

void tst_GitLabPagination::paginationWithoutTotalsOver10000()
{
    GitLabTestServer big;
    QVERIFY2(big.start({u"--bulk"_s, u"10050"_s, u"--bulk-user"_s, u"bob"_s, u"--latency-ms"_s, u"2"_s}),
             qPrintable(big.errorString()));
    GitLabBackend b(big.url(), Secret(QByteArray(GitLabTestServer::BobToken)), Clock::system());
    QSignalSpy progress(&b, &TokenBackend::listProgress);
    ListQuery q;
    q.state = ListQuery::State::All;
    q.sort = ListQuery::Sort::CreatedAsc;
    q.limit = 0;
    auto all = listOf(&b, q);
    QVERIFY(all.ok());
    QCOMPARE(all.value().total, 10051);
    QCOMPARE(all.value().tokens.size(), 10051);
    QSet<qint64> ids;
    for (const AccessToken& t : all.value().tokens)
        ids.insert(t.id);
    QCOMPARE(ids.size(), 10051);
    QCOMPARE(all.value().tokens.at(0).name, u"bulk-000000"_s);
    QCOMPARE(all.value().tokens.at(5000).name, u"bulk-005000"_s);
    QCOMPARE(all.value().tokens.at(10049).name, u"bulk-010049"_s);
    QCOMPARE(all.value().tokens.last().name, u"bob-api"_s);
    QVERIFY(progress.last().at(0).toInt() >= 101);
    QCOMPARE(progress.last().at(1).toInt(), -1);
    // The server said nothing about totals: pages were read ahead (at most 5 past the end), each once.
    QSet<QString> pages;
    for (const QJsonValue& e : big.log()) {
        const QString path = e.toObject().value(u"path"_s).toString();
        QVERIFY2(!pages.contains(path), qPrintable(path));
        pages.insert(path);
    }
    const int inFlight = big.maxInFlight();
    QVERIFY2(inFlight >= 3 && inFlight <= 6, qPrintable(QString::number(inFlight))); // read ahead
    const int pageRequests = big.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s);
    QVERIFY2(pageRequests >= 101 && pageRequests <= 106, qPrintable(QString::number(pageRequests)));

    // The window's next page comes from the listing already read.
    const int requests = big.log().size();
    q.offset = 10000;
    q.limit = 100;
    auto tail = listOf(&b, q);
    QVERIFY(tail.ok());
    QCOMPARE(tail.value().tokens.size(), 51);
    QCOMPARE(tail.value().total, 10051);
    QCOMPARE(big.log().size(), requests);
}

void tst_GitLabPagination::paginationByLinkHeaderAlone()
{
    GitLabTestServer big;
    QVERIFY2(big.start({u"--bulk"_s, u"250"_s, u"--bulk-user"_s, u"bob"_s}), qPrintable(big.errorString()));
    QVERIFY(big.control(QJsonObject{{u"link_only"_s, true}}));
    GitLabBackend b(big.url(), Secret(QByteArray(GitLabTestServer::BobToken)), Clock::system());
    ListQuery q;
    q.state = ListQuery::State::All;
    q.sort = ListQuery::Sort::NameAsc;
    q.limit = 0;
    auto all = listOf(&b, q);
    QVERIFY(all.ok());
    QCOMPARE(all.value().tokens.size(), 251);
    QCOMPARE(all.value().tokens.first().name, u"bob-api"_s);
    QCOMPARE(all.value().tokens.last().name, u"bulk-000249"_s);
    QCOMPARE(big.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s), 3);

    // A next link to another origin is not followed (it would carry the token there).
    QVERIFY(big.control(
        QJsonObject{{u"link_host"_s, u"localhost:%1"_s.arg(big.port())}, {u"clear_log"_s, true}}));
    GitLabBackend again(big.url(), Secret(QByteArray(GitLabTestServer::BobToken)), Clock::system());
    auto refused = listOf(&again, q);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Server);
    QVERIFY2(refused.error().message.contains(u"localhost"_s), qPrintable(refused.error().message));
    for (const QJsonValue& e : big.log())
        QVERIFY(e.toObject().value(u"host"_s).toString().startsWith(u"127.0.0.1:"_s));
}

QTEST_GUILESS_MAIN(tst_GitLabPagination)
#include "tst_GitLabPagination.moc"
