#pragma once

#include "AccessToken.h"
#include "TokenScope.h"

#include <QDate>
#include <QSqlQuery>

#include <optional>

namespace TokenDesk {

// The SQL of a listing of one scope's tokens (personal, or one resource's): the page query (filter, order,
// LIMIT/OFFSET) and its count, written so that SQLite walks an index (see StoreSchema) instead of sorting the
// whole table; and the summary's counts.
class ListSql
{
public:
    enum class Use
    {
        Page,
        Count
    };

    // Prepares q (optionally as EXPLAIN QUERY PLAN) and binds the query's values; false when SQLite
    // refused the statement (q.lastError() says why).
    static bool prepare(QSqlQuery& q, const TokenScope& scope, const ListQuery& query, QDate todayUtc,
                        Use use, bool explain = false);
    // Keyset continuation: the rows after `last` (the last row of the previous page) in the query's
    // order, read from the sort index without OFFSET. A sort column that may be NULL (never used, no
    // expiry) splits the order into the rows that have a value and those that do not.
    enum class Part
    {
        Valued,
        Null
    };
    // The part `last` belongs to; nullopt when the page after it needs OFFSET (a search, or a
    // never-used token in last_used_asc, where the NULLs come first).
    static std::optional<Part> partOf(const ListQuery& query, const AccessToken& last);
    // Whether the NULL part follows the valued one in the query's order.
    static bool nullsFollow(const ListQuery& query);
    // Up to limit rows of part, after last (nullptr: from the part's start).
    static bool prepareAfter(QSqlQuery& q, const TokenScope& scope, const ListQuery& query, QDate todayUtc,
                             Part part, const AccessToken* last, int limit);

    // The administrator's inventory: every token of the scope (TokenScope::everyUser() or one user's)
    // matching the query's state, search and dates and at least one of `scopes` (empty: any), oldest
    // first, with no limit.
    static bool prepareInventory(QSqlQuery& q, const TokenScope& scope, const ListQuery& query,
                                 const QStringList& scopes, QDate todayUtc);

    // One row: all, revoked, expired (not revoked), expiring soon (active).
    static bool prepareSummary(QSqlQuery& q, const TokenScope& scope, QDate todayUtc);
};

} // namespace TokenDesk
