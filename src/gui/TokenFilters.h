#pragma once

#include "AccessToken.h"

#include <QObject>

class QAbstractButton;

namespace TokenDesk {

class Clock;
class TokenFilterBar;
class TokenTableModel;

// What the tables show, as the filters say: the date filters of the bar go to both tables; a summary
// count clicked shows only its tokens, as on GitLab's page: "Active" the active table, "Expiring within
// 2 weeks" the active tokens that expire before today + 15 days, "Revoked" the inactive table's revoked
// tokens (GitLab's revoked=true), "Expired" its expired ones (revoked=false). A count chosen replaces the
// date filters; clicked again, it shows everything. "Clear filters" shows all.
class TokenFilters : public QObject
{
    Q_OBJECT

public:
    enum class Summary
    {
        None,
        Active,
        ExpiringSoon,
        Revoked,
        Expired
    };
    struct Parts
    {
        TokenFilterBar* bar;
        QAbstractButton* active;
        QAbstractButton* expiringSoon;
        QAbstractButton* revoked;
        QAbstractButton* expired;
        TokenTableModel* activeModel;
        TokenTableModel* inactiveModel;
        QWidget* activeSection;
        QWidget* inactiveSection;
    };

    TokenFilters(const Parts& parts, const Clock& clock, QObject* parent = nullptr);
    ~TokenFilters() override;

    Summary summary() const { return m_summary; }
    void showSummary(Summary summary);
    void clear();

private:
    void apply();
    void updateButtons();

    const Parts m_parts;
    const Clock& m_clock;
    Summary m_summary = Summary::None;
};

} // namespace TokenDesk
