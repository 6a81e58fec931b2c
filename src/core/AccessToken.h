#pragma once

#include "Secret.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace TokenDesk {

// An access token as GitLab describes it (never with its secret): a personal one, or a group's or
// project's (whose user is the resource's bot user).
struct AccessToken
{
    qint64 id = 0;
    QString name;
    QString description;
    QStringList scopes;   // as the backend reports them, unknown ones included
    QDateTime createdAt;  // UTC
    QDateTime lastUsedAt; // UTC; invalid when never used
    QDate expiresAt;      // the token stops working at 00:00 UTC of this date; null: never expires
    bool revoked = false;
    QDateTime revokedAt; // UTC, when known
    qint64 userId = 0;
    // A group or project token's role (AccessLevels); 0 for a personal token.
    int accessLevel = 0;
    // The addresses the token was last used from, newest first, at most five (GitLab 17.8+: `last_used_ips`);
    // empty when never used or when the server does not say.
    QStringList lastUsedIps;

    // Active while not revoked and its date is later than today's date in UTC.
    bool isActive(QDate todayUtc) const;
    bool isExpired(QDate todayUtc) const;
    // Active and expiring at most `days` days from today (UTC).
    bool isExpiringWithin(QDate todayUtc, int days) const;

    friend bool operator==(const AccessToken&, const AccessToken&) = default;
};

// What the user asks for when creating a token.
struct TokenDraft
{
    QString name;
    QString description;
    QDate expiresAt;
    QStringList scopes;
    // A group or project token's role (AccessLevels); 0: the default (Maintainer). Personal tokens: 0.
    int accessLevel = 0;
};

// A token together with its secret: the result of create and rotate, the only time the secret exists.
struct CreatedToken
{
    AccessToken token;
    Secret secret;
};

// Who the backend acts for.
struct Account
{
    qint64 userId = 0;
    QString username;
    QString name;
    bool isAdmin = false;
};

// The counts at the top of the page.
struct TokenSummary
{
    int active = 0;
    int expiringSoon = 0; // active and expiring within 14 days
    int revoked = 0;
    int expired = 0; // not revoked, date reached
    static constexpr int ExpiringSoonDays = 14;
};

// The date filters of GitLab's token listings, each a day in UTC; a null date filters nothing. They mean
// what GitLab's query parameters of the same names mean, and every backend honours them the same way:
//   createdBefore  (`created_before`)    created before 00:00 UTC of the date
//   createdAfter   (`created_after`)     created at or after 00:00 UTC of the date
//   expiresBefore  (`expires_before`)    expiry date earlier than the date
//   expiresAfter   (`expires_after`)     expiry date on or later than the date
//   lastUsedBefore (`last_used_before`)  last used before 00:00 UTC of the date
//   lastUsedAfter  (`last_used_after`)   last used at or after 00:00 UTC of the date
// A token without the date in question (never expires, never used) does not match a filter on it.
struct TokenDateFilters
{
    QDate createdBefore;
    QDate createdAfter;
    QDate expiresBefore;
    QDate expiresAfter;
    QDate lastUsedBefore;
    QDate lastUsedAfter;

    bool isEmpty() const;
    bool matches(const AccessToken& token) const;
    // GitLab's parameter names with their values, for the filters that are set ("created_before" → ...).
    QList<std::pair<QString, QString>> queryItems() const;

    friend bool operator==(const TokenDateFilters&, const TokenDateFilters&) = default;
};

class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ListQuery)

public:
    enum class State
    {
        Active,
        Inactive,
        All
    };
    enum class Sort
    {
        CreatedAsc,
        CreatedDesc,
        ExpiresAsc,
        ExpiresDesc,
        LastUsedAsc,
        LastUsedDesc,
        NameAsc,
        NameDesc
    };

    State state = State::Active;
    QString search; // case-insensitive substring of the name
    TokenDateFilters dates;
    // GitLab's `revoked`: only revoked tokens (true) or only tokens not revoked (false); nullopt: either.
    std::optional<bool> revoked;
    Sort sort = Sort::ExpiresAsc;
    int offset = 0;
    int limit = 100; // <= 0: no limit

    // GitLab's spelling: "active", "created_asc", ...
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
    static QString sortName(Sort sort);
    static std::optional<Sort> sortFromName(const QString& name);
    static QStringList sortNames();
};

struct TokenPage
{
    QList<AccessToken> tokens;
    int total = -1; // number of tokens matching the query, -1 when the backend does not know
};

} // namespace TokenDesk
