// GitLabBackend's administrator operations: the instance inventory and bulk revoke.
#include "GitLabBackend.h"

#include "GitLabBulkRevoke.h"
#include "GitLabInventory.h"
#include "GitLabLostReplies.h"
#include "GitLabTokenChanges.h"
#include "GitLabTokenListing.h"

#include <QPointer>

namespace TokenDesk {

GitLabInventory* GitLabBackend::inventoryReader()
{
    if (!m_inventory) {
        m_inventory = new GitLabInventory(*m_transport, m_clock, m_options, this);
        connect(m_inventory, &GitLabInventory::progress, this, &TokenBackend::listProgress);
    }
    return m_inventory;
}

GitLabBulkRevoke* GitLabBackend::bulkRevoke()
{
    if (!m_bulkRevoke) {
        auto known = [this](qint64 id) -> std::optional<AccessToken> {
            if (m_inventory) {
                if (auto token = m_inventory->knownToken(id))
                    return token;
            }
            return m_listing->cachedToken(id);
        };
        auto explain = [this](qint64 id, const BackendError& error,
                              std::function<void(const BackendError&)> next) {
            m_changes->explainUnauthorized(id, error, std::move(next));
        };
        m_bulkRevoke = new GitLabBulkRevoke(*m_transport, *m_lost, m_clock, m_options, known, explain, this);
        connect(m_bulkRevoke, &GitLabBulkRevoke::changed, this, &GitLabBackend::changed);
    }
    return m_bulkRevoke;
}

void GitLabBackend::inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    withAccount([this, query, cb](Result<Account> account) {
        if (!account)
            return cb(account.error());
        if (!account.value().isAdmin)
            return cb(BackendError::make(BackendError::Kind::Permission,
                                         tr("Only administrators can list every user's tokens; %1 is not "
                                            "an administrator of this instance.")
                                             .arg(account.value().username)));
        inventoryReader()->read(query, cb);
    });
}

void GitLabBackend::revokeMany(const QList<qint64>& ids, int inFlight, QObject* context,
                               Callback<BulkRevokeReport> done, std::function<void(int, int)> progress)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    QPointer<QObject> guard(context);
    auto told = [guard, progress](int answered, int total) {
        if (guard && progress)
            progress(answered, total);
    };
    bulkRevoke()->revoke(ids, inFlight, cb, told);
}

} // namespace TokenDesk
