#pragma once

#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QString>

namespace TokenDesk {

// The freedesktop notification service (org.freedesktop.Notifications at /org/freedesktop/Notifications)
// as a QtDBus proxy: its signals arrive as Qt signals once connected.
class NotificationsInterface : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    static QString serviceName();

    explicit NotificationsInterface(const QDBusConnection& bus, QObject* parent = nullptr);

Q_SIGNALS:
    // The names and arguments of the service's own signals (QtDBus relays them by name).
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

} // namespace TokenDesk
