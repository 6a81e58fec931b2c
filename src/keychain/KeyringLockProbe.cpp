#include "KeyringLockProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>

namespace TokenDesk {

void KeyringLockProbe::query(QObject* context, std::function<void(State)> done)
{
    QPointer<QObject> guard(context);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            context,
            [guard, done]() {
                if (guard)
                    done(State::NoService);
            },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [guard, done](QDBusPendingCallWatcher* finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *finished;
                         if (!guard)
                             return;
                         if (reply.isError()) {
                             const QDBusError::ErrorType type = reply.error().type();
                             const bool absent = type == QDBusError::ServiceUnknown ||
                                                 type == QDBusError::NoServer ||
                                                 type == QDBusError::Disconnected;
                             done(absent ? State::NoService : State::Unknown);
                             return;
                         }
                         done(reply.value().variant().toBool() ? State::Locked : State::Unlocked);
                     });
}

} // namespace TokenDesk
