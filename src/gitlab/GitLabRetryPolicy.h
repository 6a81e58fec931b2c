#pragma once

#include "GitLabOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QNetworkReply>

namespace TokenDesk {

// When a request to GitLab is sent again, and after how long: pure functions of what came back, how
// often the request was tried and the options. Only reads (GET) are ever retried; create, rotate and
// revoke are not, whatever the answer.
class GitLabRetryPolicy
{
public:
    // How often one request was tried so far.
    struct Tries
    {
        int attempt = 1;              // sends after a network error, a cut-off reply or a 5xx
        int rateLimitRetries = 0;     // sends after a 429
        qint64 rateLimitWaitedMs = 0; // waited on 429 answers so far
    };

    // The longest wait a server's answer can ask for: anything longer (or overflowing) counts as this.
    static constexpr qint64 MaxWaitMs = 3600000;

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0; // before the next try; for a 429 not retried, what the server asked for
        Tries next;         // the tries once the retry is sent
    };

    // After no complete answer came (a network error, a reply cut off): reads are retried with growing
    // backoff up to maxGetAttempts, unless the error cannot go away by itself (TLS, unknown host).
    static Decision afterBrokenReply(const QByteArray& verb, QNetworkReply::NetworkError error,
                                     const Tries& tries, const GitLabOptions& options);
    // After an HTTP status: a 5xx read is retried like a network error; a 429 read waits what the server
    // asks (Retry-After in seconds or as a date, RateLimit-Reset as an instant or in seconds, else a
    // growing guess) while the total stays within maxRateLimitWaitMs and 10 retries.
    static Decision afterStatus(const QByteArray& verb, int status,
                                const QHash<QByteArray, QByteArray>& headers, const QDateTime& nowUtc,
                                const Tries& tries, const GitLabOptions& options);

    // The wait before try number attempt + 1 after a network error or a 5xx: retryDelayMs doubled each
    // time, at most 8 seconds.
    static qint64 backoffMs(int attempt, const GitLabOptions& options);
    // How long a 429 answer asks to wait (at least 100 ms); headers' names in lower case.
    static qint64 rateLimitWaitMs(const QHash<QByteArray, QByteArray>& headers, const QDateTime& nowUtc,
                                  int rateLimitRetries);
    // An HTTP date ("Mon, 30 Nov 2026 04:45:26 GMT") in UTC; invalid if garbled.
    static QDateTime httpDate(const QByteArray& value);
    // The error cannot go away by sending again (TLS, unknown host, unsupported protocol).
    static bool retryable(QNetworkReply::NetworkError error);
};

} // namespace TokenDesk
