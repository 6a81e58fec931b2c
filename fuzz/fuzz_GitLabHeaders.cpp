// The headers a hostile GitLab answers with, through the pure functions that read them: the retry and
// rate-limit policy (Retry-After in seconds or as an HTTP date, RateLimit-Reset as an instant or in
// seconds), the wait before a retry, and the pagination headers.
// Input: "name: value" lines (names taken in lower case, as the transport hands them over); the first
// byte picks the status and how often the request was tried. Every wait must come out non-negative, and
// as long as a Retry-After in seconds asks.
#include "FuzzSupport.h"
#include "GitLabParser.h"
#include "GitLabRetryPolicy.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cstdlib>

using namespace TokenDesk;

namespace {

// The listings' reading of X-Page, X-Next-Page, X-Total and X-Total-Pages, once GitLabParser has it as a
// pure function (pagination(headers)); until then the listing reads them inline, with QByteArray::toInt.
template<typename Parser>
void readPagination(const QHash<QByteArray, QByteArray>& headers)
{
    if constexpr (requires(const QHash<QByteArray, QByteArray>& h) { Parser::pagination(h); }) {
        static_cast<void>(Parser::pagination(headers));
    } else {
        for (const char* name : {"x-page", "x-next-page", "x-total", "x-total-pages"}) {
            bool ok = false;
            static_cast<void>(headers.value(name).trimmed().toInt(&ok));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const uint8_t knobs = data[0];
    const QByteArray text = Fuzz::bytes(data + 1, size - 1);

    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1));
    }

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    GitLabOptions options;
    GitLabRetryPolicy::Tries tries;
    tries.attempt = 1 + (knobs & 0x7);
    tries.rateLimitRetries = (knobs >> 3) & 0xf;
    tries.rateLimitWaitedMs = (knobs & 0x80) ? options.maxRateLimitWaitMs : 0;

    for (const int status : {429, 500, 503}) {
        for (const char* verb : {"GET", "POST", "DELETE"}) {
            const GitLabRetryPolicy::Decision d =
                GitLabRetryPolicy::afterStatus(verb, status, headers, now, tries, options);
            if (d.delayMs < 0 || d.next.rateLimitWaitedMs < 0)
                std::abort(); // a negative wait: an overflow got through
            if (d.retry && QByteArrayView(verb) != "GET")
                std::abort(); // writes are never retried
        }
    }
    // A wait the server asks for in whole seconds comes out at least as long (up to an hour, past which
    // the policy may count any wait as "too long"): a huge value must not wrap around to a short wait.
    const qint64 waitMs = GitLabRetryPolicy::rateLimitWaitMs(headers, now, tries.rateLimitRetries);
    // Whole seconds are ASCII digits and nothing else (QByteArray::toLongLong would also read "922" out
    // of "922\0junk", which the policy rightly takes as no Retry-After at all).
    const QByteArray asked = headers.value("retry-after").trimmed();
    bool plain = !asked.isEmpty() && asked.size() <= 18 &&
                 std::all_of(asked.begin(), asked.end(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 askedSeconds = plain ? asked.toLongLong(&plain) : -1;
    if (waitMs < 0 || (plain && askedSeconds >= 0 && waitMs < std::min<qint64>(askedSeconds, 3600) * 1000))
        std::abort();
    for (const QByteArray& value : std::as_const(headers))
        static_cast<void>(GitLabRetryPolicy::httpDate(value).isValid());
    readPagination<GitLabParser>(headers);
    if (GitLabRetryPolicy::backoffMs(tries.attempt, options) < 0)
        std::abort();
    return 0;
}
