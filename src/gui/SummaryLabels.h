#pragma once

#include "AccessToken.h"

#include <QCoreApplication>

#include <optional>

class QAbstractButton;

namespace TokenDesk {

// The counts at the top of the window ("Active: 3", "Expiring within 2 weeks: 1", "Revoked: 2",
// "Expired: 0"), buttons that filter the tables (TokenFilters). They come from the backend's summary and then
// follow the changes made in the window (add() and remove() of a token as it was and as it is now) without
// asking the backend again.
class SummaryLabels
{
    Q_DECLARE_TR_FUNCTIONS(SummaryLabels)

public:
    SummaryLabels(QAbstractButton* active, QAbstractButton* expiringSoon, QAbstractButton* revoked,
                  QAbstractButton* expired);

    void show(const TokenSummary& summary);
    // Shows nothing until the next show() (another backend, whose counts are not known yet).
    void clear();
    std::optional<TokenSummary> shown() const { return m_summary; }

    // A token now exists as `token` (created, or the state after a change); counted on `today` (UTC).
    void add(const AccessToken& token, QDate today);
    // A token no longer exists as `token` (the state before a change).
    void remove(const AccessToken& token, QDate today);

private:
    void adjust(const AccessToken& token, QDate today, int delta);

    QAbstractButton* m_active;
    QAbstractButton* m_expiringSoon;
    QAbstractButton* m_revoked;
    QAbstractButton* m_expired;
    std::optional<TokenSummary> m_summary;
};

} // namespace TokenDesk
