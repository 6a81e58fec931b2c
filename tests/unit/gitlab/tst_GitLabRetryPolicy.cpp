#include "GitLabRetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

using Policy = GitLabRetryPolicy;
using Headers = QHash<QByteArray, QByteArray>;

// When GitLabBackend sends a request again and after how long, without any server.
class tst_GitLabRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorsOnReadsAreRetriedUpToTheMaximum();
    void writesAreNeverRetried_data();
    void writesAreNeverRetried();
    void otherStatusesAreNotRetried();
    void backoffDoublesUpToItsCap();
    void networkErrorsOnReadsAreRetriedUnlessTheyCannotPass();
    void rateLimitWaitsWhatRetryAfterSays();
    void rateLimitReadsRetryAfterAsADate();
    void rateLimitFallsBackToRateLimitReset();
    void rateLimitWithoutHintsGuessesLongerEachTime();
    void rateLimitWaitingIsCapped();
    void httpDates();
    void hostileRateLimitHeaders_data();
    void hostileRateLimitHeaders();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(4, 45, 0), Qt::UTC); }
};

void tst_GitLabRetryPolicy::serverErrorsOnReadsAreRetriedUpToTheMaximum()
{
    GitLabOptions options;
    options.maxGetAttempts = 4;
    options.retryDelayMs = 500;
    Policy::Tries tries;
    QList<qint64> delays;
    for (;;) {
        const auto d = Policy::afterStatus("GET", 503, {}, now(), tries, options);
        if (!d.retry)
            break;
        QCOMPARE(d.next.attempt, tries.attempt + 1);
        delays << d.delayMs;
        tries = d.next;
        QVERIFY(delays.size() < 10);
    }
    QCOMPARE(delays, (QList<qint64>{500, 1000, 2000})); // four tries in all
    QCOMPARE(tries.attempt, 4);
    QVERIFY(Policy::afterStatus("GET", 500, {}, now(), {}, options).retry);
    QVERIFY(Policy::afterStatus("GET", 502, {}, now(), {}, options).retry);

    options.maxGetAttempts = 1;
    QVERIFY(!Policy::afterStatus("GET", 503, {}, now(), {}, options).retry);
}

void tst_GitLabRetryPolicy::writesAreNeverRetried_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("create or rotate") << QByteArray("POST");
    QTest::newRow("revoke") << QByteArray("DELETE");
    QTest::newRow("update") << QByteArray("PUT");
}

void tst_GitLabRetryPolicy::writesAreNeverRetried()
{
    QFETCH(QByteArray, verb);
    const GitLabOptions options;
    for (const int status : {500, 502, 503, 504, 429})
        QVERIFY2(!Policy::afterStatus(verb, status, {{"retry-after", "1"}}, now(), {}, options).retry,
                 qPrintable(QString::number(status)));
    for (const auto error : {QNetworkReply::RemoteHostClosedError, QNetworkReply::TimeoutError,
                             QNetworkReply::ConnectionRefusedError, QNetworkReply::OperationCanceledError})
        QVERIFY(!Policy::afterBrokenReply(verb, error, {}, options).retry);
    // What the server asked for is still known, to tell the user.
    QCOMPARE(Policy::afterStatus(verb, 429, {{"retry-after", "7"}}, now(), {}, options).delayMs, 7000);
}

void tst_GitLabRetryPolicy::otherStatusesAreNotRetried()
{
    const GitLabOptions options;
    for (const int status : {200, 201, 204, 301, 400, 401, 403, 404, 409, 422})
        QVERIFY2(!Policy::afterStatus("GET", status, {}, now(), {}, options).retry,
                 qPrintable(QString::number(status)));
}

void tst_GitLabRetryPolicy::backoffDoublesUpToItsCap()
{
    GitLabOptions options;
    options.retryDelayMs = 300;
    QCOMPARE(Policy::backoffMs(1, options), 300);
    QCOMPARE(Policy::backoffMs(2, options), 600);
    QCOMPARE(Policy::backoffMs(3, options), 1200);
    QCOMPARE(Policy::backoffMs(5, options), 4800);
    QCOMPARE(Policy::backoffMs(6, options), 8000); // never more than 8 seconds
    QCOMPARE(Policy::backoffMs(60, options), 8000);
    options.retryDelayMs = 0;
    QCOMPARE(Policy::backoffMs(3, options), 0);
}

void tst_GitLabRetryPolicy::networkErrorsOnReadsAreRetriedUnlessTheyCannotPass()
{
    GitLabOptions options;
    options.maxGetAttempts = 3;
    options.retryDelayMs = 100;
    for (const auto error : {QNetworkReply::RemoteHostClosedError, QNetworkReply::TimeoutError,
                             QNetworkReply::ConnectionRefusedError, QNetworkReply::OperationCanceledError,
                             QNetworkReply::UnknownNetworkError}) {
        const auto first = Policy::afterBrokenReply("GET", error, {}, options);
        QVERIFY(first.retry);
        QCOMPARE(first.delayMs, 100);
        const auto second = Policy::afterBrokenReply("GET", error, first.next, options);
        QVERIFY(second.retry);
        QCOMPARE(second.delayMs, 200);
        QVERIFY(!Policy::afterBrokenReply("GET", error, second.next, options).retry);
    }
    // Sending again cannot help: the certificate, the host name or the protocol stays what it is.
    for (const auto error :
         {QNetworkReply::SslHandshakeFailedError, QNetworkReply::HostNotFoundError,
          QNetworkReply::ProtocolUnknownError, QNetworkReply::ProtocolInvalidOperationError})
        QVERIFY(!Policy::afterBrokenReply("GET", error, {}, options).retry);
}

void tst_GitLabRetryPolicy::rateLimitWaitsWhatRetryAfterSays()
{
    const GitLabOptions options;
    auto d = Policy::afterStatus("GET", 429, {{"retry-after", " 3 "}}, now(), {}, options);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, 3000);
    QCOMPARE(d.next.rateLimitRetries, 1);
    QCOMPARE(d.next.rateLimitWaitedMs, 3000);
    QCOMPARE(d.next.attempt, 1); // waiting out a rate limit is not a failed try
    // "0" still waits a little, so that a server saying 0 is not hammered.
    QCOMPARE(Policy::afterStatus("GET", 429, {{"retry-after", "0"}}, now(), {}, options).delayMs, 100);
    // Retry-After wins over RateLimit-Reset.
    QCOMPARE(
        Policy::afterStatus("GET", 429, {{"retry-after", "2"}, {"ratelimit-reset", "40"}}, now(), {}, options)
            .delayMs,
        2000);
}

void tst_GitLabRetryPolicy::rateLimitReadsRetryAfterAsADate()
{
    const GitLabOptions options;
    const auto d = Policy::afterStatus("GET", 429, {{"retry-after", "Mon, 30 Nov 2026 04:45:26 GMT"}}, now(),
                                       {}, options);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, 26000);
    // A date already past: the least wait.
    QCOMPARE(Policy::afterStatus("GET", 429, {{"retry-after", "Mon, 30 Nov 2026 04:00:00 GMT"}}, now(), {},
                                 options)
                 .delayMs,
             100);
}

void tst_GitLabRetryPolicy::rateLimitFallsBackToRateLimitReset()
{
    const GitLabOptions options;
    // An instant (seconds since the epoch)...
    const QByteArray at = QByteArray::number(now().toSecsSinceEpoch() + 12);
    QCOMPARE(Policy::afterStatus("GET", 429, {{"ratelimit-reset", at}}, now(), {}, options).delayMs, 12000);
    // ...or seconds from now.
    QCOMPARE(Policy::afterStatus("GET", 429, {{"ratelimit-reset", "5"}}, now(), {}, options).delayMs, 5000);
    // A garbled Retry-After does not hide RateLimit-Reset.
    QCOMPARE(Policy::afterStatus("GET", 429, {{"retry-after", "soon"}, {"ratelimit-reset", "4"}}, now(), {},
                                 options)
                 .delayMs,
             4000);
}

void tst_GitLabRetryPolicy::rateLimitWithoutHintsGuessesLongerEachTime()
{
    GitLabOptions options;
    options.maxRateLimitWaitMs = 1000000;
    Policy::Tries tries;
    QList<qint64> delays;
    for (int i = 0; i < 6; ++i) {
        const auto d = Policy::afterStatus("GET", 429, {}, now(), tries, options);
        QVERIFY(d.retry);
        delays << d.delayMs;
        tries = d.next;
    }
    QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 16000}));
    QCOMPARE(tries.rateLimitWaitedMs, 47000);
}

void tst_GitLabRetryPolicy::rateLimitWaitingIsCapped()
{
    GitLabOptions options;
    options.maxRateLimitWaitMs = 10000;
    // One wait longer than the whole budget: given up at once, telling how long the server asked for.
    const auto tooLong = Policy::afterStatus("GET", 429, {{"retry-after", "11"}}, now(), {}, options);
    QVERIFY(!tooLong.retry);
    QCOMPARE(tooLong.delayMs, 11000);

    // The budget is for all the waits of one request together.
    Policy::Tries tries;
    int retries = 0;
    for (;;) {
        const auto d = Policy::afterStatus("GET", 429, {{"retry-after", "3"}}, now(), tries, options);
        if (!d.retry)
            break;
        tries = d.next;
        ++retries;
    }
    QCOMPARE(retries, 3);
    QCOMPARE(tries.rateLimitWaitedMs, 9000);

    // And at most ten retries, however short the waits.
    options.maxRateLimitWaitMs = 1000000;
    tries = {};
    retries = 0;
    for (;;) {
        const auto d = Policy::afterStatus("GET", 429, {{"retry-after", "0"}}, now(), tries, options);
        if (!d.retry)
            break;
        tries = d.next;
        ++retries;
    }
    QCOMPARE(retries, 10);
}

void tst_GitLabRetryPolicy::httpDates()
{
    QCOMPARE(Policy::httpDate("Mon, 30 Nov 2026 04:45:26 GMT"),
             QDateTime(QDate(2026, 11, 30), QTime(4, 45, 26), Qt::UTC));
    QCOMPARE(Policy::httpDate("Mon, 30 Nov 2026 05:45:26 +0100"),
             QDateTime(QDate(2026, 11, 30), QTime(4, 45, 26), Qt::UTC));
    QVERIFY(!Policy::httpDate("yesterday").isValid());
}

void tst_GitLabRetryPolicy::hostileRateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: the longest wait TokenDesk ever names

    const qint64 guess = 1000; // no usable hint: the first guess
    const qint64 longest = -1;
    QTest::newRow("retry-after beyond qint64") << "retry-after"_ba
                                               << "99999999999999999999"_ba << guess;
    QTest::newRow("retry-after whose milliseconds overflow") << "retry-after"_ba
                                                             << "9999999999999999"_ba << longest;
    QTest::newRow("retry-after past int") << "retry-after"_ba
                                          << "2147483648"_ba << longest;
    QTest::newRow("retry-after negative") << "retry-after"_ba
                                          << "-1"_ba << guess;
    QTest::newRow("retry-after with a sign") << "retry-after"_ba
                                             << "+7"_ba << guess;
    QTest::newRow("retry-after exponent") << "retry-after"_ba
                                          << "1e9"_ba << guess;
    QTest::newRow("retry-after blank") << "retry-after"_ba
                                       << " \t "_ba << guess;
    QTest::newRow("retry-after garbage") << "retry-after"_ba
                                         << "\x01\xff;DROP"_ba << guess;
    QTest::newRow("retry-after fraction") << "retry-after"_ba
                                          << "1.5"_ba << guess;
    QTest::newRow("retry-after blanks around") << "retry-after"_ba
                                               << "\t7 "_ba << qint64(7000);
    QTest::newRow("retry-after far future date") << "retry-after"_ba
                                                 << "Fri, 31 Dec 9999 23:59:59 GMT"_ba << longest;
    QTest::newRow("ratelimit-reset max qint64") << "ratelimit-reset"_ba
                                                << "9223372036854775807"_ba << longest;
    QTest::newRow("ratelimit-reset min qint64") << "ratelimit-reset"_ba
                                                << "-9223372036854775808"_ba << guess;
    QTest::newRow("ratelimit-reset seconds overflow") << "ratelimit-reset"_ba
                                                      << "999999999"_ba << longest;
    QTest::newRow("ratelimit-reset negative") << "ratelimit-reset"_ba
                                              << "-5"_ba << guess;
    QTest::newRow("ratelimit-reset exponent") << "ratelimit-reset"_ba
                                              << "1e9"_ba << guess;
    QTest::newRow("x-ratelimit-reset seconds") << "x-ratelimit-reset"_ba
                                               << "30"_ba << qint64(30000);
    QTest::newRow("x-ratelimit-reset huge") << "x-ratelimit-reset"_ba
                                            << "99999999999999999"_ba << longest;
}

// Whatever a hostile server puts in the rate-limit headers, the wait is a sane number of milliseconds:
// nonsense counts as no hint, huge values are cut to the longest wait, nothing overflows.
void tst_GitLabRetryPolicy::hostileRateLimitHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const qint64 expected = expectedMs < 0 ? Policy::MaxWaitMs : expectedMs;
    QCOMPARE(Policy::rateLimitWaitMs({{name, value}}, now(), 0), expected);

    GitLabOptions options;
    options.maxRateLimitWaitMs = 1000000;
    Policy::Tries tries;
    tries.rateLimitRetries = 9;
    tries.rateLimitWaitedMs = 999000;
    const auto d = Policy::afterStatus("GET", 429, {{name, value}}, now(), tries, options);
    QVERIFY(d.delayMs >= 100 && d.delayMs <= Policy::MaxWaitMs);
    QVERIFY(d.next.rateLimitWaitedMs >= tries.rateLimitWaitedMs);
    QVERIFY(d.next.rateLimitWaitedMs <= tries.rateLimitWaitedMs + Policy::MaxWaitMs);
}

QTEST_GUILESS_MAIN(tst_GitLabRetryPolicy)
#include "tst_GitLabRetryPolicy.moc"
