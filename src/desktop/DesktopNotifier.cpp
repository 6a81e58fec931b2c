#include "DesktopNotifier.h"

#include "NotificationsInterface.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcNotify, "tokendesk.notify")

namespace {

// What a service that reads markup in bodies (capability "body-markup") shows as the text itself.
QString escapedForMarkup(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus), m_interface(new NotificationsInterface(bus, this))
{
    connect(m_interface, &NotificationsInterface::ActionInvoked, this, [this](uint id, const QString& key) {
        if (m_posted.contains(id))
            Q_EMIT actionInvoked(id, key);
    });
    connect(m_interface, &NotificationsInterface::NotificationClosed, this, [this](uint id, uint reason) {
        if (m_posted.remove(id))
            Q_EMIT closed(id, CloseReason(reason));
    });
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::appName()
{
    return u"TokenDesk"_s;
}

QString DesktopNotifier::desktopEntry()
{
    return u"org.tokendesk.TokenDesk"_s;
}

bool DesktopNotifier::supportsActions() const
{
    return m_capabilities.contains(u"actions"_s);
}

bool DesktopNotifier::supportsBodyMarkup() const
{
    return m_capabilities.contains(u"body-markup"_s);
}

void DesktopNotifier::probe(std::function<void(QString error)> done)
{
    if (!m_bus.isConnected()) {
        QMetaObject::invokeMethod(
            this,
            [done] { done(tr("There is no D-Bus session bus, so no desktop notification can be shown.")); },
            Qt::QueuedConnection);
        return;
    }
    const QDBusPendingCall call = m_interface->asyncCall(u"GetCapabilities"_s);
    auto* watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, done](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcNotify) << "GetCapabilities failed:" << reply.error().name()
                                     << reply.error().message();
                    done(tr("No desktop notification service answers on the session bus (%1): %2")
                             .arg(NotificationsInterface::serviceName(), reply.error().message()));
                    return;
                }
                m_capabilities = reply.value();
                done({});
            });
}

void DesktopNotifier::post(const PlannedNotification& notification,
                           std::function<void(std::optional<uint> id, QString error)> done)
{
    QStringList actions;
    if (supportsActions()) {
        for (const PlannedNotification::Action& action : notification.actions)
            actions << action.key << action.label;
    }
    const QVariantMap hints{
        {u"urgency"_s, QVariant::fromValue(uchar(notification.urgency))},
        {u"desktop-entry"_s, desktopEntry()},
        {u"category"_s, u"x-tokendesk.expiry"_s},
    };
    const QString body = supportsBodyMarkup() ? escapedForMarkup(notification.body) : notification.body;
    const QDBusPendingCall call = m_interface->asyncCall(u"Notify"_s, appName(), uint(0), QString(),
                                                         notification.summary, body, actions, hints, int(-1));
    auto* watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, done](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    done(std::nullopt, tr("The desktop notification service refused the notification: %1")
                                           .arg(reply.error().message()));
                    return;
                }
                m_posted.insert(reply.value());
                done(reply.value(), {});
            });
}

void DesktopNotifier::close(uint id)
{
    m_interface->asyncCall(u"CloseNotification"_s, id);
}

} // namespace TokenDesk
