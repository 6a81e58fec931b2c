#pragma once

#include "AccessToken.h"

#include <QDate>
#include <QSqlQuery>

namespace TokenDesk {

// The SQL of a listing: the page query (filter, order, LIMIT/OFFSET) and its count, written so that
// SQLite walks an index (see StoreSchema) instead of sorting the whole table; and the summary's counts.
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
    static bool prepare(QSqlQuery& q, const ListQuery& query, QDate todayUtc, Use use, bool explain = false);
    // One row: all, revoked, expired (not revoked), expiring soon (active).
    static bool prepareSummary(QSqlQuery& q, QDate todayUtc);
};

} // namespace TokenDesk
