#pragma once

#include "ExpiryCheck.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace TokenDesk {

class AccountRegistry;
class AccountSelector;
class Clock;
class DueTokensMenu;
class MainWindow;
class WindowLauncher;

// While the window is open, a tray icon (where the desktop has a system tray) telling how many tokens
// expire within the reminder horizon (ReminderSettings::horizonDays()), with a menu of them
// (DueTokensMenu): choosing one shows it selected, on its account. The tokens are those of the shared
// ExpiryCheck over the window's places: its own offline store (whichever --demo or --store opened) and every
// connected GitLab account. Read at start, after each token the window creates, rotates or revokes, when
// accounts come or go, and at each UTC midnight. Without a tray nothing is shown; the menu still exists.
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    ReminderTray(MainWindow& window, AccountSelector& selector, const AccountRegistry& registry,
                 WindowLauncher& launcher, const Clock& clock, QObject* parent = nullptr);
    ~ReminderTray() override;

    DueTokensMenu* menu() const { return m_menu; }
    // Null where the desktop has no system tray.
    QSystemTrayIcon* trayIcon() const { return m_icon; }
    bool isChecking() const { return m_checking; }

public Q_SLOTS:
    // Reads the due tokens again (once more after the check under way, if one is).
    void refresh();

Q_SIGNALS:
    // The menu and tooltip show a new answer.
    void refreshed();

private:
    QList<ExpiryCheck::Source> sources() const;
    void showReport(const ExpiryCheck::Report& report, int horizonDays);
    void scheduleMidnight();

    MainWindow& m_window;
    AccountSelector& m_selector;
    const AccountRegistry& m_registry;
    WindowLauncher& m_launcher;
    const Clock& m_clock;
    DueTokensMenu* m_menu;
    QSystemTrayIcon* m_icon = nullptr;
    QTimer* m_midnight;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace TokenDesk
