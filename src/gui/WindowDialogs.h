#pragma once

#include "AccountSession.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace TokenDesk {

class Clock;

// The window's menu dialogs that need nothing of the window but its account: About, "Revoke a leaked
// token…" and "All users' tokens…" (one window per main window, raised when open).
class WindowDialogs
{
    Q_DECLARE_TR_FUNCTIONS(WindowDialogs)

public:
    static void showAbout(QWidget* parent);
    static void showLeakedToken(const AccountSession::Ptr& session, QWidget* parent,
                                std::function<void()> revoked);
    static void showInventory(const AccountSession::Ptr& session, const Clock& clock, QWidget* parent,
                              std::function<void()> revoked);
};

} // namespace TokenDesk
