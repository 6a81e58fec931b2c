#pragma once

#include "ExpiryCheck.h"

#include <QObject>

class QAction;
class QMenu;

namespace TokenDesk {

// The tray icon's menu and tooltip, kept apart from the tray itself so that they exist (and can be
// tested) where the desktop has no tray: one entry per token due within the reminder horizon, soonest
// first ("NAME · ACCOUNT · N days left"), a line for each place that could not be read, then
// "Show TokenDesk" and "Quit".
class DueTokensMenu : public QObject
{
    Q_OBJECT

public:
    explicit DueTokensMenu(QObject* parent = nullptr);
    ~DueTokensMenu() override;

    // Shows what an expiry check found, looking horizonDays ahead.
    void show(const ExpiryCheck::Report& report, int horizonDays);

    QMenu* menu() const { return m_menu.get(); }
    // "2 tokens expire within 30 days", and which places could not be read.
    QString toolTip() const { return m_toolTip; }
    const QList<DueToken>& due() const { return m_due; }
    // The entries of due(), in the same order.
    QList<QAction*> tokenActions() const { return m_tokenActions; }
    QAction* showAction() const { return m_showAction; }
    QAction* quitAction() const { return m_quitAction; }

    // "deploy · alice @ gitlab.com · 3 days left" (with the group or project for theirs).
    static QString entryText(const DueToken& due);

Q_SIGNALS:
    void tokenChosen(const TokenDesk::DueToken& due);
    void showRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    QAction* m_showAction;
    QAction* m_quitAction;
    QList<QAction*> m_tokenActions;
    QList<QAction*> m_otherActions;
    QList<DueToken> m_due;
    QString m_toolTip;
};

} // namespace TokenDesk
