#include "AccessToken.h"

namespace TokenDesk {

bool AccessToken::isActive(QDate todayUtc) const
{
    return !revoked && (expiresAt.isNull() || expiresAt > todayUtc);
}

bool AccessToken::isExpired(QDate todayUtc) const
{
    return !expiresAt.isNull() && expiresAt <= todayUtc;
}

bool AccessToken::isExpiringWithin(QDate todayUtc, int days) const
{
    return isActive(todayUtc) && !expiresAt.isNull() && expiresAt <= todayUtc.addDays(days);
}

bool TokenDateFilters::isEmpty() const
{
    return createdBefore.isNull() && createdAfter.isNull() && expiresBefore.isNull() &&
           expiresAfter.isNull() && lastUsedBefore.isNull() && lastUsedAfter.isNull();
}

namespace {

QDateTime midnightUtc(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

// Whether `when` passes a before/after pair of day filters (a missing `when` passes only when neither is
// set).
bool withinDays(const QDateTime& when, QDate before, QDate after)
{
    if (before.isNull() && after.isNull())
        return true;
    if (!when.isValid())
        return false;
    return (before.isNull() || when < midnightUtc(before)) && (after.isNull() || when >= midnightUtc(after));
}

} // namespace

bool TokenDateFilters::matches(const AccessToken& token) const
{
    if (!withinDays(token.createdAt, createdBefore, createdAfter) ||
        !withinDays(token.lastUsedAt, lastUsedBefore, lastUsedAfter))
        return false;
    if (expiresBefore.isNull() && expiresAfter.isNull())
        return true;
    if (token.expiresAt.isNull())
        return false;
    return (expiresBefore.isNull() || token.expiresAt < expiresBefore) &&
           (expiresAfter.isNull() || token.expiresAt >= expiresAfter);
}

QList<std::pair<QString, QString>> TokenDateFilters::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    auto addInstant = [&items](const char* name, QDate day) {
        if (!day.isNull())
            items.append({QString::fromLatin1(name), midnightUtc(day).toString(Qt::ISODate)});
    };
    auto addDate = [&items](const char* name, QDate day) {
        if (!day.isNull())
            items.append({QString::fromLatin1(name), day.toString(Qt::ISODate)});
    };
    addInstant("created_before", createdBefore);
    addInstant("created_after", createdAfter);
    addDate("expires_before", expiresBefore);
    addDate("expires_after", expiresAfter);
    addInstant("last_used_before", lastUsedBefore);
    addInstant("last_used_after", lastUsedAfter);
    return items;
}

namespace {

struct SortName
{
    ListQuery::Sort sort;
    const char* name;
};

constexpr SortName sortNamesTable[] = {
    {ListQuery::Sort::CreatedAsc, "created_asc"},    {ListQuery::Sort::CreatedDesc, "created_desc"},
    {ListQuery::Sort::ExpiresAsc, "expires_asc"},    {ListQuery::Sort::ExpiresDesc, "expires_desc"},
    {ListQuery::Sort::LastUsedAsc, "last_used_asc"}, {ListQuery::Sort::LastUsedDesc, "last_used_desc"},
    {ListQuery::Sort::NameAsc, "name_asc"},          {ListQuery::Sort::NameDesc, "name_desc"},
};

} // namespace

QString ListQuery::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::All:
        break;
    }
    return QStringLiteral("all");
}

std::optional<ListQuery::State> ListQuery::stateFromName(const QString& name)
{
    for (State s : {State::Active, State::Inactive, State::All}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString ListQuery::sortName(Sort sort)
{
    for (const SortName& s : sortNamesTable) {
        if (s.sort == sort)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<ListQuery::Sort> ListQuery::sortFromName(const QString& name)
{
    for (const SortName& s : sortNamesTable) {
        if (name == QLatin1String(s.name))
            return s.sort;
    }
    return std::nullopt;
}

QStringList ListQuery::sortNames()
{
    QStringList names;
    for (const SortName& s : sortNamesTable)
        names << QString::fromLatin1(s.name);
    return names;
}

} // namespace TokenDesk
