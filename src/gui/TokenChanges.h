#pragma once

#include "AccessToken.h"

#include <optional>

namespace TokenDesk {

class Clock;
class SummaryLabels;
class TokenTableModel;

// Applies what the backend answered to a create, rotate or revoke made in the window to both tables
// and the summary counts, so that a change costs no re-listing: a revoked token moves from the active
// table to the inactive one, a rotated token does too and its successor takes its place, a created
// token joins the table it belongs in (each table keeps its order, search and pages).
class TokenChanges
{
public:
    TokenChanges(TokenTableModel& active, TokenTableModel& inactive, SummaryLabels& summary,
                 const Clock& clock);

    // Each answers whether the summary counts could follow (false: they must be read again).
    // `revoked` is the token as the backend answered it.
    bool revoked(const AccessToken& revoked);
    // `oldId` was rotated; `successor` replaces it.
    bool rotated(qint64 oldId, const AccessToken& successor);
    // A token that did not exist before (created here, or made on the server's page and pasted back).
    bool added(const AccessToken& token);

private:
    // The token as the active table shows it, if loaded.
    std::optional<AccessToken> shownActive(qint64 id) const;
    void moveToInactive(const AccessToken& before, const AccessToken& after);

    TokenTableModel& m_active;
    TokenTableModel& m_inactive;
    SummaryLabels& m_summary;
    const Clock& m_clock;
};

} // namespace TokenDesk
