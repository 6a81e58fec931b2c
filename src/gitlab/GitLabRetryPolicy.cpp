#include "GitLabRetryPolicy.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

bool isRead(const QByteArray& verb)
{
    return verb == "GET";
}

QByteArray header(const QHash<QByteArray, QByteArray>& headers, const char* name)
{
    return headers.value(QByteArray(name)).trimmed();
}

// A wait in seconds as milliseconds: past a year it stays a year (longer than any request waits), so a
// hostile value cannot overflow into a short or negative wait.
qint64 secondsToMs(qint64 seconds)
{
    constexpr qint64 Year = 366LL * 24 * 3600;
    return std::clamp<qint64>(seconds, 0, Year) * 1000;
}

} // namespace

bool GitLabRetryPolicy::retryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

qint64 GitLabRetryPolicy::backoffMs(int attempt, const GitLabOptions& options)
{
    return std::min<qint64>(qint64(options.retryDelayMs) << std::clamp(attempt - 1, 0, 10), 8000);
}

GitLabRetryPolicy::Decision GitLabRetryPolicy::afterBrokenReply(const QByteArray& verb,
                                                                QNetworkReply::NetworkError error,
                                                                const Tries& tries,
                                                                const GitLabOptions& options)
{
    Decision d;
    d.next = tries;
    if (!isRead(verb) || !retryable(error) || tries.attempt >= options.maxGetAttempts)
        return d;
    d.retry = true;
    d.delayMs = backoffMs(tries.attempt, options);
    d.next.attempt++;
    return d;
}

GitLabRetryPolicy::Decision GitLabRetryPolicy::afterStatus(const QByteArray& verb, int status,
                                                           const QHash<QByteArray, QByteArray>& headers,
                                                           const QDateTime& nowUtc, const Tries& tries,
                                                           const GitLabOptions& options)
{
    Decision d;
    d.next = tries;
    if (status == 429) {
        d.delayMs = rateLimitWaitMs(headers, nowUtc, tries.rateLimitRetries);
        if (isRead(verb) && tries.rateLimitRetries < 10 &&
            tries.rateLimitWaitedMs + d.delayMs <= options.maxRateLimitWaitMs) {
            d.retry = true;
            d.next.rateLimitRetries++;
            d.next.rateLimitWaitedMs += d.delayMs;
        }
        return d;
    }
    if (status >= 500 && isRead(verb) && tries.attempt < options.maxGetAttempts) {
        d.retry = true;
        d.delayMs = backoffMs(tries.attempt, options);
        d.next.attempt++;
    }
    return d;
}

qint64 GitLabRetryPolicy::rateLimitWaitMs(const QHash<QByteArray, QByteArray>& headers,
                                          const QDateTime& nowUtc, int rateLimitRetries)
{
    qint64 waitMs = -1;
    bool ok = false;
    const QByteArray retryAfterText = header(headers, "retry-after");
    const qint64 retryAfter = retryAfterText.toLongLong(&ok);
    if (ok && retryAfter >= 0) {
        waitMs = secondsToMs(retryAfter);
    } else if (headers.contains(QByteArrayLiteral("retry-after"))) {
        const QDateTime at = httpDate(retryAfterText);
        if (at.isValid())
            waitMs = std::max<qint64>(0, nowUtc.msecsTo(at));
    }
    if (waitMs < 0) {
        const qint64 reset = header(headers, "ratelimit-reset").toLongLong(&ok);
        if (ok && reset > 1000000000)
            waitMs = secondsToMs(reset - nowUtc.toSecsSinceEpoch());
        else if (ok && reset >= 0)
            waitMs = secondsToMs(reset);
    }
    if (waitMs < 0)
        waitMs = std::min<qint64>(1000LL << std::clamp(rateLimitRetries, 0, 4), 16000);
    return std::max<qint64>(waitMs, 100);
}

// Qt's RFC 2822 parser does not take the HTTP form with "GMT".
QDateTime GitLabRetryPolicy::httpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (t.isValid()) {
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

} // namespace TokenDesk
