#include "TokenChanges.h"

#include "Clock.h"
#include "SummaryLabels.h"
#include "TokenTableModel.h"

namespace TokenDesk {

TokenChanges::TokenChanges(TokenTableModel& active, TokenTableModel& inactive, SummaryLabels& summary,
                           const Clock& clock)
    : m_active(active), m_inactive(inactive), m_summary(summary), m_clock(clock)
{}

std::optional<AccessToken> TokenChanges::shownActive(qint64 id) const
{
    const int row = m_active.rowOfToken(id);
    if (row < 0)
        return std::nullopt;
    return m_active.tokenAt(row);
}

void TokenChanges::moveToInactive(const AccessToken& before, const AccessToken& after)
{
    m_active.removeToken(after.id);
    m_inactive.placeToken(after);
    const QDate today = m_clock.todayUtc();
    m_summary.remove(before, today);
    m_summary.add(after, today);
}

bool TokenChanges::revoked(const AccessToken& revoked)
{
    AccessToken before = shownActive(revoked.id).value_or(revoked);
    if (before.revoked) {
        // Not shown: it was active, as only active tokens can be revoked here.
        before.revoked = false;
        before.revokedAt = {};
    }
    moveToInactive(before, revoked);
    return true;
}

bool TokenChanges::rotated(qint64 oldId, const AccessToken& successor)
{
    if (const std::optional<AccessToken> before = shownActive(oldId)) {
        AccessToken after = *before;
        after.revoked = true;
        after.revokedAt = m_clock.nowUtc();
        moveToInactive(*before, after);
        added(successor);
        return true;
    }
    // Not loaded here: what it looks like now is not known, so the inactive table reads it.
    m_active.removeToken(oldId);
    m_inactive.refresh();
    added(successor);
    return false;
}

bool TokenChanges::added(const AccessToken& token)
{
    m_active.placeToken(token);
    m_inactive.placeToken(token);
    m_summary.add(token, m_clock.todayUtc());
    return true;
}

} // namespace TokenDesk
