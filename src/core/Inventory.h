#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace TokenDesk {

// What an administrator's inventory of every user's personal access tokens asks (GitLab's
// `GET /personal_access_tokens` without `user_id`, which only administrators may use).
struct InventoryQuery
{
    ListQuery::State state = ListQuery::State::Active;
    TokenDateFilters dates;
    // Only this user's tokens: a numeric user id ("42") or a username ("alice"), as typed; empty: every
    // user. A user that does not exist answers NotFound.
    QString owner;
    // Only tokens with at least one of these scopes; empty: any scopes.
    QStringList scopes;
    // Case-insensitive substring of the token's name; empty: any name.
    QString search;
};

// One token of the inventory, with its owner's username (empty when the server would not say).
struct InventoryToken
{
    AccessToken token;
    QString username;
};

struct Inventory
{
    // Oldest first (by created_at, then id). Tokens of one user share one username string.
    QList<InventoryToken> tokens;
};

// The answer of a bulk revoke: which tokens are revoked now, and why each other one is not. Every id
// asked for is in exactly one of the two lists.
struct BulkRevokeReport
{
    QList<AccessToken> revoked;
    QList<std::pair<qint64, BackendError>> failures;
};

} // namespace TokenDesk
