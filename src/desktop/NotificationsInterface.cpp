#include "NotificationsInterface.h"

namespace TokenDesk {

QString NotificationsInterface::serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

NotificationsInterface::NotificationsInterface(const QDBusConnection& bus, QObject* parent)
    : QDBusAbstractInterface(serviceName(), QStringLiteral("/org/freedesktop/Notifications"),
                             "org.freedesktop.Notifications", bus, parent)
{}

} // namespace TokenDesk
