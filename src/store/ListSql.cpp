#include "ListSql.h"

#include "TokenRows.h"

#include <QStringList>
#include <QVariant>

namespace TokenDesk {

namespace {

// %1 is "revoked" for counting (through the covering tokens_state index) and "+revoked" for pages and
// searches, where the unary plus keeps SQLite from picking tokens_state over the sort or name index.
const QLatin1String activeCondition("(%1 = 0 AND (expires_at IS NULL OR expires_at > :today))");
const QLatin1String inactiveCondition("(%1 <> 0 OR (expires_at IS NOT NULL AND expires_at <= :today))");

// Every token is exactly one of: revoked; not revoked and expired; active. Counting the first two is a
// short range of tokens_state each, and counting the scope's tokens reads its range of an index alone.
QString countAll(const TokenScope& scope)
{
    return QStringLiteral("(SELECT count(*) FROM tokens WHERE %1)").arg(scope.condition());
}
QString countRevoked(const TokenScope& scope)
{
    return QStringLiteral("(SELECT count(*) FROM tokens WHERE %1 AND revoked > 0)").arg(scope.condition());
}
QString countExpired(const TokenScope& scope)
{
    return QStringLiteral("(SELECT count(*) FROM tokens WHERE %1 AND revoked = 0 AND expires_at <= :today)")
        .arg(scope.condition());
}

QString escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

// withIndex false puts a unary plus on every term, so SQLite sorts the (few) matches of a search
// instead of walking a whole sort index and looking up every row to test it.
QString orderBy(ListQuery::Sort sort, bool withIndex)
{
    QString terms;
    switch (sort) {
    case ListQuery::Sort::CreatedAsc:
        terms = QStringLiteral("%1created_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::CreatedDesc:
        terms = QStringLiteral("%1created_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::ExpiresAsc:
        terms = QStringLiteral("%1(expires_at IS NULL) ASC, %1expires_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::ExpiresDesc:
        terms = QStringLiteral("%1(expires_at IS NOT NULL) DESC, %1expires_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::LastUsedAsc:
        terms = QStringLiteral("%1last_used_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::LastUsedDesc:
        terms = QStringLiteral("%1last_used_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::NameAsc:
        terms = QStringLiteral("%1name_folded ASC, %1id ASC");
        break;
    case ListQuery::Sort::NameDesc:
        terms = QStringLiteral("%1name_folded DESC, %1id DESC");
        break;
    }
    return terms.arg(withIndex ? QString() : QStringLiteral("+"));
}

struct Filter
{
    QString where;
    QList<std::pair<QString, QVariant>> bindings;
};

// TokenDateFilters::matches in SQL: times are milliseconds since the epoch (UTC), compared with 00:00 UTC
// of the day; expiry dates are ISO text, compared with the day's. A token without the date (never used,
// no expiry) holds NULL there, which no comparison matches.
void addDateFilters(const TokenDateFilters& dates, QStringList& conditions,
                    QList<std::pair<QString, QVariant>>& bindings)
{
    const auto instant = [&](QDate day, const char* column, const char* op, const char* name) {
        if (day.isNull())
            return;
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        conditions << QStringLiteral("%1 %2 %3").arg(QLatin1String(column), QLatin1String(op), placeholder);
        bindings.append({placeholder, QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()});
    };
    const auto date = [&](QDate day, const char* op, const char* name) {
        if (day.isNull())
            return;
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        conditions << QStringLiteral("expires_at %1 %2").arg(QLatin1String(op), placeholder);
        bindings.append({placeholder, TokenRows::dateText(day)});
    };
    instant(dates.createdBefore, "created_at", "<", "createdBefore");
    instant(dates.createdAfter, "created_at", ">=", "createdAfter");
    date(dates.expiresBefore, "<", "expiresBefore");
    date(dates.expiresAfter, ">=", "expiresAfter");
    instant(dates.lastUsedBefore, "last_used_at", "<", "lastUsedBefore");
    instant(dates.lastUsedAfter, "last_used_at", ">=", "lastUsedAfter");
}

Filter filterFor(const TokenScope& scope, const ListQuery& query, QDate todayUtc, ListSql::Use use)
{
    QStringList conditions{scope.condition()};
    Filter f;
    const bool searching = !query.search.isEmpty();
    const QString revokedColumn =
        use == ListSql::Use::Page || searching ? QStringLiteral("+revoked") : QStringLiteral("revoked");
    switch (query.state) {
    case ListQuery::State::Active:
        conditions << QString(activeCondition).arg(revokedColumn);
        break;
    case ListQuery::State::Inactive:
        conditions << QString(inactiveCondition).arg(revokedColumn);
        break;
    case ListQuery::State::All:
        break;
    }
    if (query.state != ListQuery::State::All)
        f.bindings.append({QStringLiteral(":today"), TokenRows::dateText(todayUtc)});
    if (searching) {
        // The matching ids come from a scan of the small name index; only their rows are read.
        conditions << QStringLiteral(
                          "id IN (SELECT id FROM tokens WHERE %1 AND name_folded LIKE :pattern ESCAPE '\\')")
                          .arg(scope.condition());
        f.bindings.append(
            {QStringLiteral(":pattern"), QString(u'%' + escapeLike(query.search.toCaseFolded()) + u'%')});
    }
    addDateFilters(query.dates, conditions, f.bindings);
    if (query.revoked) {
        // Only revoked tokens: a short range of tokens_state. Not revoked: most rows, so the sort index
        // stays the walk (as for the state filters of a page).
        conditions << (*query.revoked ? QStringLiteral("revoked <> 0") : QStringLiteral("+revoked = 0"));
    }
    f.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return f;
}

// Whether the count of a listing can be made from the state counts alone.
bool countsFromState(const ListQuery& query)
{
    return query.search.isEmpty() && query.dates.isEmpty() && !query.revoked &&
           query.state != ListQuery::State::All;
}

} // namespace

bool ListSql::prepare(QSqlQuery& q, const TokenScope& scope, const ListQuery& query, QDate todayUtc, Use use,
                      bool explain)
{
    Filter filter = filterFor(scope, query, todayUtc, use);
    QString sql;
    if (use == Use::Page) {
        sql = QStringLiteral("SELECT %1 FROM tokens%2 ORDER BY %3 LIMIT :limit OFFSET :offset")
                  .arg(TokenRows::Columns, filter.where, orderBy(query.sort, query.search.isEmpty()));
    } else if (!countsFromState(query)) {
        sql = QStringLiteral("SELECT count(*) FROM tokens%1").arg(filter.where);
    } else {
        // Counted from the inactive side: index ranges as small as the number of inactive tokens.
        sql = query.state == ListQuery::State::Active
                  ? QStringLiteral("SELECT %1 - %2 - %3")
                        .arg(countAll(scope), countRevoked(scope), countExpired(scope))
                  : QStringLiteral("SELECT %1 + %2").arg(countRevoked(scope), countExpired(scope));
        filter.bindings = {{QStringLiteral(":today"), TokenRows::dateText(todayUtc)}};
    }
    if (!q.prepare(explain ? QStringLiteral("EXPLAIN QUERY PLAN ") + sql : sql))
        return false;
    for (const auto& [name, value] : filter.bindings)
        q.bindValue(name, value);
    if (use == Use::Page) {
        q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
        q.bindValue(QStringLiteral(":offset"), std::max(0, query.offset));
    }
    return true;
}

namespace {

struct SortKey
{
    QString column; // NULL only where nullable
    QString valued; // the condition of the valued part, written as the sort index has it
    bool descending = false;
    bool nullable = false;
    bool nullsFirst = false;
};

SortKey sortKey(ListQuery::Sort sort)
{
    switch (sort) {
    case ListQuery::Sort::CreatedAsc:
    case ListQuery::Sort::CreatedDesc:
        return {QStringLiteral("created_at"), QString(), sort == ListQuery::Sort::CreatedDesc, false, false};
    case ListQuery::Sort::NameAsc:
    case ListQuery::Sort::NameDesc:
        return {QStringLiteral("name_folded"), QString(), sort == ListQuery::Sort::NameDesc, false, false};
    case ListQuery::Sort::ExpiresAsc:
        return {QStringLiteral("expires_at"), QStringLiteral("(expires_at IS NULL) = 0"), false, true, false};
    case ListQuery::Sort::ExpiresDesc:
        return {QStringLiteral("expires_at"), QStringLiteral("(expires_at IS NOT NULL) = 1"), true, true,
                false};
    case ListQuery::Sort::LastUsedAsc:
        return {QStringLiteral("last_used_at"), QStringLiteral("last_used_at IS NOT NULL"), false, true,
                true};
    case ListQuery::Sort::LastUsedDesc:
        return {QStringLiteral("last_used_at"), QStringLiteral("last_used_at IS NOT NULL"), true, true,
                false};
    }
    return {};
}

// The value of the sort column of a token, as the column holds it; null when it has none.
QVariant keyOf(ListQuery::Sort sort, const AccessToken& t)
{
    switch (sort) {
    case ListQuery::Sort::CreatedAsc:
    case ListQuery::Sort::CreatedDesc:
        return TokenRows::timeValue(t.createdAt);
    case ListQuery::Sort::NameAsc:
    case ListQuery::Sort::NameDesc:
        return t.name.toCaseFolded();
    case ListQuery::Sort::ExpiresAsc:
    case ListQuery::Sort::ExpiresDesc:
        return t.expiresAt.isValid() ? QVariant(TokenRows::dateText(t.expiresAt)) : QVariant();
    case ListQuery::Sort::LastUsedAsc:
    case ListQuery::Sort::LastUsedDesc:
        return TokenRows::timeValue(t.lastUsedAt);
    }
    return {};
}

} // namespace

std::optional<ListSql::Part> ListSql::partOf(const ListQuery& query, const AccessToken& last)
{
    if (!query.search.isEmpty())
        return std::nullopt;
    if (!keyOf(query.sort, last).isNull())
        return Part::Valued;
    if (sortKey(query.sort).nullsFirst)
        return std::nullopt;
    return Part::Null;
}

bool ListSql::nullsFollow(const ListQuery& query)
{
    const SortKey key = sortKey(query.sort);
    return key.nullable && !key.nullsFirst;
}

bool ListSql::prepareAfter(QSqlQuery& q, const TokenScope& scope, const ListQuery& query, QDate todayUtc,
                           Part part, const AccessToken* last, int limit)
{
    const Filter filter = filterFor(scope, query, todayUtc, Use::Page);
    const SortKey key = sortKey(query.sort);
    const QString direction = key.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString after = key.descending ? QStringLiteral("<") : QStringLiteral(">");
    QStringList conditions{filter.where.mid(QStringLiteral(" WHERE ").size())};
    QString order;
    if (part == Part::Valued) {
        if (!key.valued.isEmpty())
            conditions << key.valued;
        if (last)
            conditions << QStringLiteral("(%1, id) %2 (:key, :id)").arg(key.column, after);
        order = QStringLiteral("%1 %2, id %2").arg(key.column, direction);
    } else {
        conditions << QStringLiteral("%1 IS NULL").arg(key.column);
        if (last)
            conditions << QStringLiteral("id %1 :id").arg(after);
        order = QStringLiteral("id %1").arg(direction);
    }
    const QString sql = QStringLiteral("SELECT %1 FROM tokens WHERE %2 ORDER BY %3 LIMIT :limit")
                            .arg(TokenRows::Columns, conditions.join(QLatin1String(" AND ")), order);
    if (!q.prepare(sql))
        return false;
    for (const auto& [name, value] : filter.bindings)
        q.bindValue(name, value);
    if (last) {
        if (part == Part::Valued)
            q.bindValue(QStringLiteral(":key"), keyOf(query.sort, *last));
        q.bindValue(QStringLiteral(":id"), last->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    return true;
}

bool ListSql::prepareInventory(QSqlQuery& q, const TokenScope& scope, const ListQuery& query,
                               const QStringList& scopes, QDate todayUtc)
{
    Filter filter = filterFor(scope, query, todayUtc, Use::Page);
    QStringList anyScope;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString placeholder = QStringLiteral(":scope%1").arg(i);
        anyScope << QStringLiteral("instr(' ' || scopes || ' ', %1) > 0").arg(placeholder);
        filter.bindings.append({placeholder, QString(u' ' + scopes.at(i) + u' ')});
    }
    if (!anyScope.isEmpty())
        filter.where += QStringLiteral(" AND (") + anyScope.join(QLatin1String(" OR ")) + u')';
    if (!q.prepare(QStringLiteral("SELECT %1 FROM tokens%2 ORDER BY created_at ASC, id ASC")
                       .arg(TokenRows::Columns, filter.where)))
        return false;
    for (const auto& [name, value] : filter.bindings)
        q.bindValue(name, value);
    return true;
}

bool ListSql::prepareSummary(QSqlQuery& q, const TokenScope& scope, QDate todayUtc)
{
    if (!q.prepare(QStringLiteral("SELECT %1, %2, %3, (SELECT count(*) FROM tokens WHERE %4 AND revoked = 0"
                                  " AND expires_at > :today2 AND expires_at <= :soon)")
                       .arg(countAll(scope), countRevoked(scope), countExpired(scope), scope.condition())))
        return false;
    q.bindValue(QStringLiteral(":today"), TokenRows::dateText(todayUtc));
    q.bindValue(QStringLiteral(":today2"), TokenRows::dateText(todayUtc));
    q.bindValue(QStringLiteral(":soon"),
                TokenRows::dateText(todayUtc.addDays(TokenSummary::ExpiringSoonDays)));
    return true;
}

} // namespace TokenDesk
