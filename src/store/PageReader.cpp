#include "PageReader.h"

#include "ListSql.h"
#include "StoreTransaction.h"
#include "TokenRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace TokenDesk {

namespace {

qint64 dataVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

bool PageReader::continues(const TokenScope& scope, const ListQuery& query, QDate todayUtc, qint64 version,
                           quint64 writes) const
{
    if (!m_cursor || query.offset <= 0 || query.limit <= 0 || version < 0)
        return false;
    const Cursor& c = *m_cursor;
    return c.scope == scope && c.query.offset == query.offset && c.query.state == query.state &&
           c.query.sort == query.sort && c.query.search == query.search && c.query.dates == query.dates &&
           c.query.revoked == query.revoked && c.today == todayUtc && c.dataVersion == version &&
           c.writes == writes && ListSql::partOf(query, c.last).has_value();
}

Result<bool> PageReader::readAfter(const QSqlDatabase& db, const ListQuery& query, QDate todayUtc,
                                   TokenPage& page) const
{
    const ListSql::Part part = *ListSql::partOf(query, m_cursor->last);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!ListSql::prepareAfter(q, m_cursor->scope, query, todayUtc, part, &m_cursor->last, query.limit) ||
        !q.exec())
        return TokenRows::storeError(q);
    while (q.next())
        page.tokens << TokenRows::readToken(q);
    const int missing = query.limit - static_cast<int>(page.tokens.size());
    if (part == ListSql::Part::Valued && missing > 0 && ListSql::nullsFollow(query)) {
        QSqlQuery rest(db);
        rest.setForwardOnly(true);
        if (!ListSql::prepareAfter(rest, m_cursor->scope, query, todayUtc, ListSql::Part::Null, nullptr,
                                   missing) ||
            !rest.exec())
            return TokenRows::storeError(rest);
        while (rest.next())
            page.tokens << TokenRows::readToken(rest);
    }
    return true;
}

Result<TokenPage> PageReader::read(const QSqlDatabase& db, const TokenScope& scope, const ListQuery& query,
                                   QDate todayUtc, quint64 writes)
{
    StoreTransaction snapshot(db, StoreTransaction::Kind::Read);
    const qint64 version = dataVersion(db);

    TokenPage page;
    if (query.limit > 0)
        page.tokens.reserve(query.limit);
    if (continues(scope, query, todayUtc, version, writes)) {
        // The same rows OFFSET would give, and the same total: nothing changed since the last page.
        const Result<bool> read = readAfter(db, query, todayUtc, page);
        if (!read)
            return read.error();
        page.total = m_cursor->total;
    } else {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!ListSql::prepare(q, scope, query, todayUtc, ListSql::Use::Page) || !q.exec())
            return TokenRows::storeError(q);
        while (q.next())
            page.tokens << TokenRows::readToken(q);
        QSqlQuery count(db);
        if (!ListSql::prepare(count, scope, query, todayUtc, ListSql::Use::Count) || !count.exec() ||
            !count.next())
            return TokenRows::storeError(count);
        page.total = count.value(0).toInt();
    }

    m_cursor.reset();
    if (query.limit > 0 && !page.tokens.isEmpty()) {
        ListQuery next = query;
        next.offset = std::max(0, query.offset) + static_cast<int>(page.tokens.size());
        m_cursor = Cursor{scope, next, todayUtc, version, writes, page.tokens.last(), page.total};
    }
    return page;
}

} // namespace TokenDesk
