#pragma once

#include "AccessToken.h"
#include "GitLabParser.h"

#include <QString>

#include <optional>

namespace TokenDesk {

struct GitLabOptions
{
    enum class AuthHeader
    {
        PrivateToken,
        Bearer
    };

    int timeoutMs = 30000;  // a request not done this long after it went out fails (stalled or
                            // trickling server), whatever came meanwhile
    QString caFile;         // PEM file of extra certificate authorities; empty: the system's
    int maxConcurrency = 6; // list pages in flight at once
    // Requests in flight at once for an administrator's inventory (every user's tokens; 1 to 64). GitLab
    // limits requests per minute per user, not at once (GitLab.com 2,000; self-managed off by default,
    // 7,200 when an admin turns it on): 100,000 tokens are 1,000 pages, within either however fast they
    // go, and 16 at once read them in a few seconds at 50 ms a page. A 429 answer waits what the server
    // asks and halves the count for the rest of the reading. More than 6 opens more pools of HTTP/1.1
    // connections (Qt opens at most 6 per host and network access manager).
    int inventoryConcurrency = 16;
    int maxGetAttempts = 4;                     // tries of a read request on 5xx and network errors
    int retryDelayMs = 500;                     // first backoff of a retried read; doubled each time
    int maxRateLimitWaitMs = 60000;             // total waiting on 429 answers per request before giving up
    int maxPages = 5000;                        // of 100 tokens; a listing longer than this fails
    qint64 maxBodyBytes = 16 * 1024 * 1024;     // per reply (a page of 100 tokens is some 50 KiB)
    qint64 maxListingBytes = 128 * 1024 * 1024; // all the pages of one listing together
    AuthHeader authHeader = AuthHeader::PrivateToken;
};

// What connecting to an instance finds out (GET /user, /version and /personal_access_tokens/self).
struct GitLabConnection
{
    Account account;
    GitLabVersion version;                  // empty when the server did not say
    std::optional<AccessToken> accessToken; // the token the account signs in with, when readable
};

} // namespace TokenDesk
