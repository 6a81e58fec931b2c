#include "SummaryLabels.h"

#include <QAbstractButton>

namespace TokenDesk {

SummaryLabels::SummaryLabels(QAbstractButton* active, QAbstractButton* expiringSoon, QAbstractButton* revoked,
                             QAbstractButton* expired)
    : m_active(active), m_expiringSoon(expiringSoon), m_revoked(revoked), m_expired(expired)
{
    clear();
}

void SummaryLabels::show(const TokenSummary& summary)
{
    m_summary = summary;
    m_active->setText(tr("Active: %1").arg(summary.active));
    m_expiringSoon->setText(tr("Expiring within 2 weeks: %1").arg(summary.expiringSoon));
    m_revoked->setText(tr("Revoked: %1").arg(summary.revoked));
    m_expired->setText(tr("Expired: %1").arg(summary.expired));
    for (QAbstractButton* button : {m_active, m_expiringSoon, m_revoked, m_expired}) {
        button->setAccessibleName(button->text());
        button->setEnabled(true);
    }
}

void SummaryLabels::clear()
{
    m_summary.reset();
    for (QAbstractButton* button : {m_active, m_expiringSoon, m_revoked, m_expired}) {
        button->setText(QString());
        button->setAccessibleName(QString());
        button->setEnabled(false);
    }
}

void SummaryLabels::add(const AccessToken& token, QDate today)
{
    adjust(token, today, 1);
}

void SummaryLabels::remove(const AccessToken& token, QDate today)
{
    adjust(token, today, -1);
}

void SummaryLabels::adjust(const AccessToken& token, QDate today, int delta)
{
    if (!m_summary)
        return;
    TokenSummary summary = *m_summary;
    if (token.revoked) {
        summary.revoked += delta;
    } else if (token.isExpired(today)) {
        summary.expired += delta;
    } else {
        summary.active += delta;
        if (token.isExpiringWithin(today, TokenSummary::ExpiringSoonDays))
            summary.expiringSoon += delta;
    }
    show(summary);
}

} // namespace TokenDesk
