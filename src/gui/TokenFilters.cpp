#include "TokenFilters.h"

#include "Clock.h"
#include "TokenFilterBar.h"
#include "TokenTableModel.h"

#include <QAbstractButton>

namespace TokenDesk {

TokenFilters::TokenFilters(const Parts& parts, const Clock& clock, QObject* parent)
    : QObject(parent), m_parts(parts), m_clock(clock)
{
    const std::pair<QAbstractButton*, Summary> buttons[] = {{m_parts.active, Summary::Active},
                                                            {m_parts.expiringSoon, Summary::ExpiringSoon},
                                                            {m_parts.revoked, Summary::Revoked},
                                                            {m_parts.expired, Summary::Expired}};
    for (const auto& [button, summary] : buttons) {
        button->setCheckable(true);
        connect(button, &QAbstractButton::clicked, this,
                [this, summary = summary] { showSummary(m_summary == summary ? Summary::None : summary); });
    }
    m_parts.bar->setToday(m_clock.todayUtc());
    connect(m_parts.bar, &TokenFilterBar::datesChanged, this, &TokenFilters::apply);
    connect(m_parts.bar, &TokenFilterBar::clearRequested, this, [this] { showSummary(Summary::None); });
}

TokenFilters::~TokenFilters() = default;

void TokenFilters::showSummary(Summary summary)
{
    m_summary = summary;
    const QDate today = m_clock.todayUtc();
    m_parts.bar->setToday(today);
    // A count chosen replaces the date filters, as on GitLab's page.
    TokenDateFilters dates;
    if (summary == Summary::ExpiringSoon)
        dates.expiresBefore = today.addDays(TokenSummary::ExpiringSoonDays + 1);
    // Applies through datesChanged() when the dates changed.
    m_parts.bar->setDates(dates);
    apply();
}

void TokenFilters::clear()
{
    m_parts.bar->clear();
    showSummary(Summary::None);
}

void TokenFilters::apply()
{
    const TokenDateFilters dates = m_parts.bar->dates();
    std::optional<bool> revoked;
    if (m_summary == Summary::Revoked)
        revoked = true;
    else if (m_summary == Summary::Expired)
        revoked = false;
    m_parts.activeModel->setFilters(dates, std::nullopt);
    m_parts.inactiveModel->setFilters(dates, revoked);
    const bool activeOnly = m_summary == Summary::Active || m_summary == Summary::ExpiringSoon;
    const bool inactiveOnly = m_summary == Summary::Revoked || m_summary == Summary::Expired;
    m_parts.activeSection->setVisible(!inactiveOnly);
    m_parts.inactiveSection->setVisible(!activeOnly);
    updateButtons();
}

void TokenFilters::updateButtons()
{
    m_parts.active->setChecked(m_summary == Summary::Active);
    m_parts.expiringSoon->setChecked(m_summary == Summary::ExpiringSoon);
    m_parts.revoked->setChecked(m_summary == Summary::Revoked);
    m_parts.expired->setChecked(m_summary == Summary::Expired);
}

} // namespace TokenDesk
