#include "WindowService.h"

#include "Logging.h"
#include "WindowLauncher.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

namespace TokenDesk {

namespace {

constexpr int ForwardTimeoutMs = 5000;

} // namespace

WindowService::WindowService(WindowLauncher& launcher, QObject* parent)
    : QObject(parent), m_launcher(launcher)
{}

WindowService::~WindowService()
{
    if (m_connectionName.isEmpty())
        return;
    QDBusConnection connection(m_connectionName);
    if (connection.isConnected()) {
        connection.unregisterObject(objectPath());
        connection.unregisterService(serviceName());
    }
}

bool WindowService::registerOn(QDBusConnection connection)
{
    if (!connection.isConnected()) {
        qCInfo(lcGui) << "No session bus: other TokenDesk processes cannot reach this window";
        return false;
    }
    if (!connection.registerObject(objectPath(), interfaceName(), this,
                                   QDBusConnection::ExportScriptableSlots)) {
        qCInfo(lcGui) << "Could not serve" << objectPath() << "on the session bus";
        return false;
    }
    if (!connection.registerService(serviceName())) {
        // Another window answers for the session; this one runs on its own.
        connection.unregisterObject(objectPath());
        qCInfo(lcGui) << "Another TokenDesk window has" << serviceName();
        return false;
    }
    m_connectionName = connection.name();
    return true;
}

WindowService::Forwarded WindowService::forward(const LaunchRequest& request, QDBusConnection connection)
{
    if (!connection.isConnected() || !connection.interface())
        return Forwarded::NoWindow;
    const QDBusReply<bool> owned = connection.interface()->isServiceRegistered(serviceName());
    if (!owned.isValid() || !owned.value())
        return Forwarded::NoWindow;
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(),
                                                       request.action == LaunchRequest::Action::Rotate
                                                           ? QStringLiteral("ShowRotate")
                                                           : QStringLiteral("ShowToken"));
    call << request.account << qlonglong(request.tokenId) << request.resourceText();
    // A TokenDesk window running started by the bus would be a surprise: never auto-start anything.
    call.setAutoStartService(false);
    const QDBusReply<bool> answer = connection.call(call, QDBus::Block, ForwardTimeoutMs);
    if (!answer.isValid()) {
        qCWarning(lcGui) << "The running TokenDesk window did not answer:" << answer.error().name();
        return Forwarded::NoWindow;
    }
    return answer.value() ? Forwarded::Accepted : Forwarded::OtherStore;
}

bool WindowService::ShowRotate(const QString& account, qlonglong tokenId, const QString& resource)
{
    return show(LaunchRequest::Action::Rotate, account, tokenId, resource);
}

bool WindowService::ShowToken(const QString& account, qlonglong tokenId, const QString& resource)
{
    return show(LaunchRequest::Action::Select, account, tokenId, resource);
}

bool WindowService::show(LaunchRequest::Action action, const QString& account, qlonglong tokenId,
                         const QString& resource)
{
    LaunchRequest request;
    request.action = action;
    request.account = account;
    request.tokenId = tokenId;
    QString problem;
    if (!LaunchRequest::parseResource(resource, &request.resource, &problem)) {
        m_launcher.showProblem(problem);
        return true;
    }
    return m_launcher.show(request);
}

} // namespace TokenDesk
