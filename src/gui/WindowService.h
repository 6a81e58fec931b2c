#pragma once

#include "LaunchRequest.h"

#include <QDBusConnection>
#include <QObject>

namespace TokenDesk {

class WindowLauncher;

// One TokenDesk window per desktop session answers for all: it owns the session bus name
// io.tokendesk.TokenDesk and serves the object /Window (interface io.tokendesk.TokenDesk) with
//   ShowRotate(s account, x tokenId, s resource) -> b   and   ShowToken(s account, x tokenId, s resource) ->
//   b
// (LaunchRequest's account and resource texts). The window raises itself and carries the request out
// (WindowLauncher); false means the request names another store file than the window's (another
// window must show it). A second `tokendesk --rotate|--select` hands its request over with forward()
// and exits; a second window started without them opens as before, without the name (the first keeps it).
class WindowService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.tokendesk.TokenDesk")

public:
    static QString serviceName() { return QStringLiteral("io.tokendesk.TokenDesk"); }
    static QString objectPath() { return QStringLiteral("/Window"); }
    static QString interfaceName() { return QStringLiteral("io.tokendesk.TokenDesk"); }

    enum class Forwarded
    {
        Accepted,   // the running window does it: this process may exit
        NoWindow,   // no window answered (none runs, no session bus, an error)
        OtherStore, // the running window shows another store file
    };

    WindowService(WindowLauncher& launcher, QObject* parent = nullptr);
    ~WindowService() override;

    // Serves /Window and takes the name on the connection (the session bus by default); false when
    // another window has the name already or there is no bus (the window then simply runs without).
    bool registerOn(QDBusConnection connection = QDBusConnection::sessionBus());

    // Asks the window that has the name, if any, to carry the request out (a call waiting at most a few
    // seconds for the answer; made before this process shows anything).
    static Forwarded forward(const LaunchRequest& request,
                             QDBusConnection connection = QDBusConnection::sessionBus());

public Q_SLOTS:
    Q_SCRIPTABLE bool ShowRotate(const QString& account, qlonglong tokenId, const QString& resource);
    Q_SCRIPTABLE bool ShowToken(const QString& account, qlonglong tokenId, const QString& resource);

private:
    bool show(LaunchRequest::Action action, const QString& account, qlonglong tokenId,
              const QString& resource);

    WindowLauncher& m_launcher;
    QString m_connectionName;
};

} // namespace TokenDesk
