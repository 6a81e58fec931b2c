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
