#include "ReminderPlaces.h"

#include "CliContext.h"
#include "SessionFactory.h"
#include "StoreLocation.h"
#include "TableFormatter.h"

#include <QFileInfo>

namespace TokenDesk {

void ReminderPlaces::open(CliContext& context, const BackendOptions& backend,
                          std::function<void(QList<ExpiryCheck::Source>, QString)> done)
{
    if (backend.isGitLab() || backend.demo) {
        // Just the place named, opened as every other command opens it.
        return SessionFactory::open(backend, context.clock(), context.vault(), false, &context,
                                    [done](Result<AccountSession::Ptr> opened) {
                                        if (!opened)
                                            return done({}, opened.error().message);
                                        done({ExpiryCheck::forSession(opened.value())}, {});
                                    });
    }
    const QString storePath = StoreLocation::resolve(backend.storePath);
    if (!backend.storePath.isEmpty()) {
        // --store: that store only.
        if (!QFileInfo(storePath).isFile())
            return done({}, tr("there is no store at %1.").arg(TableFormatter::printable(storePath)));
        return done({ExpiryCheck::forStoreFile(storePath)}, {});
    }
    GitLabOptions base;
    base.caFile = backend.caFile;
    if (backend.timeoutMs > 0)
        base.timeoutMs = backend.timeoutMs;
    m_registry = std::make_unique<AccountRegistry>(*context.vault());
    done(ExpiryCheck::knownSources(*m_registry, context.clock(), base, storePath), {});
}

} // namespace TokenDesk
