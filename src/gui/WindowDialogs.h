#pragma once

#include "AccountSession.h"
#include "LeakResponse.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace TokenDesk {

class Clock;
class SecretVault;

// The window's menu dialogs that need nothing of the window but its account: About, "Revoke a leaked
// token…" and "All users' tokens…" (one window per main window, raised when open).
class WindowDialogs
{
    Q_DECLARE_TR_FUNCTIONS(WindowDialogs)

public:
    static void showAbout(QWidget* parent);
    // The places a leaked token is looked for when the window was told none: the account shown.
    static QList<LeakResponse::Place> placesOf(const AccountSession::Ptr& session);
    static void showLeakedToken(const QList<LeakResponse::Place>& places, const Clock& clock,
                                SecretVault* vault, QWidget* parent, std::function<void()> revoked);
    static void showInventory(const AccountSession::Ptr& session, const Clock& clock, QWidget* parent,
                              std::function<void()> revoked);
};

} // namespace TokenDesk
