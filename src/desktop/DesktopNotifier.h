#pragma once

#include "ReminderPlan.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace TokenDesk {

class NotificationsInterface;

// Posts notifications to the desktop's notification service (freedesktop org.freedesktop.Notifications on
// the session bus) and tells what the user did with them. Asynchronous: every answer comes later.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    // The freedesktop reasons in closed().
    enum class CloseReason : uint
    {
        Expired = 1,
        Dismissed = 2,
        ClosedByCall = 3,
        Undefined = 4
    };

    explicit DesktopNotifier(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                             QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // Asks the service what it supports (GetCapabilities). done(error): empty once a service answered, else
    // why there is none, for the user.
    void probe(std::function<void(QString error)> done);
    QStringList capabilities() const { return m_capabilities; }
    bool supportsActions() const;
    bool supportsBodyMarkup() const;

    // Posts it (Notify) with app name "TokenDesk", its urgency, the desktop entry of the window's .desktop
    // file and, when the service supports them, its actions. done(id) or done(nullopt, why).
    void post(const PlannedNotification& notification,
              std::function<void(std::optional<uint> id, QString error)> done);
    void close(uint id);

    static QString appName();
    static QString desktopEntry();

Q_SIGNALS:
    // Only for notifications this notifier posted.
    void actionInvoked(uint id, const QString& actionKey);
    void closed(uint id, DesktopNotifier::CloseReason reason);

private:
    QDBusConnection m_bus;
    NotificationsInterface* m_interface = nullptr;
    QStringList m_capabilities;
    QSet<uint> m_posted;
};

} // namespace TokenDesk
