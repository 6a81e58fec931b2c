#pragma once

#include "Secret.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
