#include "TokenOrder.h"

namespace TokenDesk {

bool TokenOrder::matchesSearch(const AccessToken& token, const QString& search)
{
    return search.isEmpty() || token.name.toCaseFolded().contains(search.toCaseFolded());
}

bool TokenOrder::before(const AccessToken& a, const AccessToken& b, ListQuery::Sort sort)
{
    // -1, 0 or 1 as `a` comes before, with or after `b` in ascending order.
    const auto order = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    int c = 0;
    bool ascending = true;
    using S = ListQuery::Sort;
    switch (sort) {
    case S::CreatedAsc:
    case S::CreatedDesc:
        c = order(a.createdAt, b.createdAt);
        ascending = sort == S::CreatedAsc;
        break;
    case S::ExpiresAsc:
    case S::ExpiresDesc:
        // No expiry sorts as the latest date.
        c = order(a.expiresAt.isNull(), b.expiresAt.isNull());
        if (c == 0 && !a.expiresAt.isNull())
            c = order(a.expiresAt, b.expiresAt);
        ascending = sort == S::ExpiresAsc;
        break;
    case S::LastUsedAsc:
    case S::LastUsedDesc:
        // Never used sorts as the earliest time.
        c = order(a.lastUsedAt.isValid(), b.lastUsedAt.isValid());
        if (c == 0 && a.lastUsedAt.isValid())
            c = order(a.lastUsedAt, b.lastUsedAt);
        ascending = sort == S::LastUsedAsc;
        break;
    case S::NameAsc:
    case S::NameDesc:
        c = order(a.name.toCaseFolded(), b.name.toCaseFolded());
        ascending = sort == S::NameAsc;
        break;
    }
    if (c == 0)
        c = order(a.id, b.id);
    return ascending ? c < 0 : c > 0;
}

} // namespace TokenDesk
