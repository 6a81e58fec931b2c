#pragma once

#include "AccountSession.h"
#include "Resource.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace TokenDesk {

// Every group and project access token a session's user may manage, read the same way for the window
// and the command line, on every backend: the resources (TokenBackend::resources()), then each one's
// active tokens, at most MaxInFlight resources at a time (a server with thousands of them is read in
// parallel, not crawled, and not flooded). A resource that cannot be read is reported in the answer's
// failures; the others are still answered. The session is kept alive until the answer.
class ResourceOverview
{
    Q_DECLARE_TR_FUNCTIONS(ResourceOverview)

public:
    static constexpr int MaxInFlight = 6;

    // progress (optional): resources read so far, and how many there are; called while context lives.
    static void read(const AccountSession::Ptr& session, const ResourceTokenQuery& query, QObject* context,
                     Callback<ResourceTokenOverview> done,
                     std::function<void(int resourcesDone, int resourcesTotal)> progress = {});
};

} // namespace TokenDesk
