#pragma once

#include "AccountRegistry.h"
#include "BackendOptions.h"
#include "ExpiryCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace TokenDesk {

class CliContext;

// The places `remind` and `calendar` read: the one --store, --demo or --gitlab names, else every place
// TokenDesk knows (the local store when its file exists, then each connected account, with --ca-file and
// --timeout as defaults). Asking never creates a store.
class ReminderPlaces
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPlaces)

public:
    // done(sources, problem): problem says, for the user, why the place named cannot be read (the sources
    // are then empty). Answers later when a session must be opened; the registry lives as long as this.
    void open(CliContext& context, const BackendOptions& backend,
              std::function<void(QList<ExpiryCheck::Source>, QString problem)> done);

private:
    std::unique_ptr<AccountRegistry> m_registry;
};

} // namespace TokenDesk
