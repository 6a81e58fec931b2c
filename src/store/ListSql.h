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

    // How a page of a filtered listing (dates, revoked) is read: walking the sort index and testing each
    // row (many matches: the first page is found at once), or reading the filter's own index range and
    // sorting the matches (few matches: a walk could pass most of the table to find them).
    enum class Walk
    {
        SortIndex,
        FilterIndex
    };
    static constexpr int FewMatches = 2000;
    static bool isFiltered(const ListQuery& query);
    // The walk for a listing with this many matches (its count).
    static Walk walkFor(const ListQuery& query, int matches);

    // Prepares q (optionally as EXPLAIN QUERY PLAN) and binds the query's values; false when SQLite
    // refused the statement (q.lastError() says why).
    static bool prepare(QSqlQuery& q, const TokenScope& scope, const ListQuery& query, QDate todayUtc,
                        Use use, bool explain = false, Walk walk = Walk::SortIndex);
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
                             Part part, const AccessToken* last, int limit, Walk walk = Walk::SortIndex);

    // The administrator's inventory: every token of the scope (TokenScope::everyUser() or one user's)
    // matching the query's state, search and dates and at least one of `scopes` (empty: any), oldest
    // first, with no limit.
    static bool prepareInventory(QSqlQuery& q, const TokenScope& scope, const ListQuery& query,
                                 const QStringList& scopes, QDate todayUtc);

    // One row: all, revoked, expired (not revoked), expiring soon (active).
    static bool prepareSummary(QSqlQuery& q, const TokenScope& scope, QDate todayUtc);
};

} // namespace TokenDesk
