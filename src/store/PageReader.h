#pragma once

#include "AccessToken.h"
#include "Result.h"
#include "TokenScope.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace TokenDesk {

// Reads the pages of listings for a TokenStore. It remembers where the last page ended, so that the
// page after it (same query, offset where the last one stopped, nothing written in between) continues
// from that row's sort key through the sort index instead of stepping over OFFSET rows: reading 100,000
// tokens page by page (the CLI's streaming listing) then costs each page its own rows only. Any other
// page is read with OFFSET, as before.
class PageReader
{
public:
    // writes: the store's count of changes asked of it (PRAGMA data_version counts the other
    // connections' commits).
    Result<TokenPage> read(const QSqlDatabase& db, const TokenScope& scope, const ListQuery& query,
                           QDate todayUtc, quint64 writes);

private:
    struct Cursor
    {
        TokenScope scope;
        ListQuery query; // its offset: where the next page starts
        QDate today;
        qint64 dataVersion = 0;
        quint64 writes = 0;
        AccessToken last;
        int total = 0;
    };
    bool continues(const TokenScope& scope, const ListQuery& query, QDate todayUtc, qint64 dataVersion,
                   quint64 writes) const;
    Result<bool> readAfter(const QSqlDatabase& db, const ListQuery& query, QDate todayUtc,
                           TokenPage& page) const;

    std::optional<Cursor> m_cursor;
};

} // namespace TokenDesk
