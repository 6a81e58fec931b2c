#include "GitLabRetryPolicy.h"

#include "GitLabParser.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <optional>

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
    // Seconds counted with GitLabParser::headerCount: digits only, bounded before any multiplication.
    constexpr qint64 MaxSeconds = MaxWaitMs / 1000;
    const auto waitUntil = [&nowUtc](const QDateTime& at) {
        const qint64 ms = nowUtc.msecsTo(at); // at most a few hundred thousand years: no overflow
        return std::clamp<qint64>(ms, 0, MaxWaitMs);
    };
    std::optional<qint64> waitMs;
    if (headers.contains(QByteArrayLiteral("retry-after"))) {
        const QByteArray value = header(headers, "retry-after");
        if (const auto seconds = GitLabParser::headerCount(value, std::numeric_limits<qint64>::max()))
            waitMs = std::min(*seconds, MaxSeconds) * 1000;
        else if (const QDateTime at = httpDate(value); at.isValid())
            waitMs = waitUntil(at);
    }
    for (const char* name : {"ratelimit-reset", "x-ratelimit-reset"}) {
        if (waitMs)
            break;
        // An instant (seconds since the epoch) or seconds from now.
        const auto reset =
            GitLabParser::headerCount(header(headers, name), std::numeric_limits<qint64>::max());
        if (!reset)
            continue;
        if (*reset > 1000000000) {
            const qint64 now = nowUtc.toSecsSinceEpoch();
            waitMs = *reset <= now ? 0 : std::min(*reset - now, MaxSeconds) * 1000;
        } else {
            waitMs = std::min(*reset, MaxSeconds) * 1000;
        }
    }
    if (!waitMs)
        waitMs = std::min<qint64>(1000LL << std::clamp(rateLimitRetries, 0, 4), 16000);
    return std::clamp<qint64>(*waitMs, 100, MaxWaitMs);
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
