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
    // Requests in flight at once for an administrator's inventory (every user's tokens). GitLab limits
    // requests per minute (self-managed: off by default, 7,200 a minute per user when an admin turns it on;
    // GitLab.com: 2,000), not requests at once: 16 reads 100,000 tokens (1,000 pages) in a few seconds and,
    // at a server's usual 100 ms or more per page, stays under 10,000 a minute. A 429 answer halves the
    // count for the rest of the reading (and waits Retry-After); 1 reads one page at a time. More than 6
    // opens more pools of HTTP/1.1 connections (Qt opens at most 6 per host and manager).
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
