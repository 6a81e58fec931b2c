#pragma once

#include "AccessToken.h"

namespace TokenDesk {

// The backends' listing rules, for placing a token the window already knows without listing again.
class TokenOrder
{
public:
    // Whether a listing in this order has `a` before `b`: ties go by id; a token that never expires
    // counts as expiring last, one never used as used first (as GitLab lists them).
    static bool before(const AccessToken& a, const AccessToken& b, ListQuery::Sort sort);
    // The search of a listing: a case-insensitive part of the name.
    static bool matchesSearch(const AccessToken& token, const QString& search);
};

} // namespace TokenDesk
