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

    int timeoutMs = 30000;          // a request not done this long after it went out fails (stalled or
                                    // trickling server), whatever came meanwhile
    QString caFile;                 // PEM file of extra certificate authorities; empty: the system's
    int maxConcurrency = 6;         // list pages in flight at once
    int maxGetAttempts = 4;         // tries of a read request on 5xx and network errors
    int retryDelayMs = 500;         // first backoff of a retried read; doubled each time
    int maxRateLimitWaitMs = 60000; // total waiting on 429 answers per request before giving up
    int maxPages = 5000;            // of 100 tokens; a listing longer than this fails
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
