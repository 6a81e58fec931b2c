#include "TokenBackend.h"

#include <QPointer>

#include <memory>

namespace TokenDesk {

void TokenBackend::createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                                 Callback<CreatedToken> done)
{
    Q_UNUSED(userId);
    Q_UNUSED(draft);
    deliverLater<CreatedToken>(
        context, std::move(done),
        BackendError::make(BackendError::Kind::Permission, tr("This backend creates tokens only for you.")));
}

namespace {

BackendError noResourceTokens()
{
    return BackendError::make(BackendError::Kind::Permission,
                              TokenBackend::tr("This backend has no group or project access tokens."));
}

} // namespace

void TokenBackend::resources(QObject* context, Callback<QList<Resource>> done)
{
    deliverLater<QList<Resource>>(context, std::move(done), noResourceTokens());
}

void TokenBackend::resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done)
{
    Q_UNUSED(ref);
    deliverLater<Resource>(context, std::move(done), noResourceTokens());
}

std::unique_ptr<TokenBackend> TokenBackend::forResource(const Resource& resource)
{
    Q_UNUSED(resource);
    return nullptr;
}

void TokenBackend::inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done)
{
    Q_UNUSED(query);
    deliverLater<Inventory>(context, std::move(done),
                            BackendError::make(BackendError::Kind::Permission,
                                               tr("Only administrators can list every user's tokens.")));
}

namespace {

// One bulk revoke in flight: the ids not yet sent, and what came back.
struct BulkRevoke
{
    QList<qint64> waiting;
    int total = 0;
    int answered = 0;
    int inFlight = 0;
    BulkRevokeReport report;
    Callback<BulkRevokeReport> done;
    std::function<void(int, int)> progress;
};

void sendNextRevokes(TokenBackend* backend, const std::shared_ptr<BulkRevoke>& bulk, int limit,
                     const QPointer<QObject>& context)
{
    while (context && bulk->inFlight < limit && !bulk->waiting.isEmpty()) {
        const qint64 id = bulk->waiting.takeFirst();
        ++bulk->inFlight;
        backend->revoke(id, context.data(), [backend, bulk, limit, context, id](Result<AccessToken> r) {
            --bulk->inFlight;
            ++bulk->answered;
            if (r.ok())
                bulk->report.revoked.append(r.value());
            else
                bulk->report.failures.append({id, r.error()});
            if (bulk->progress)
                bulk->progress(bulk->answered, bulk->total);
            if (bulk->answered == bulk->total)
                return bulk->done(std::move(bulk->report));
            sendNextRevokes(backend, bulk, limit, context);
        });
    }
}

} // namespace

void TokenBackend::revokeMany(const QList<qint64>& ids, int inFlight, QObject* context,
                              Callback<BulkRevokeReport> done,
                              std::function<void(int answered, int total)> progress)
{
    if (ids.isEmpty())
        return deliverLater<BulkRevokeReport>(context, std::move(done), BulkRevokeReport{});
    auto bulk = std::make_shared<BulkRevoke>();
    bulk->waiting = ids;
    bulk->total = int(ids.size());
    bulk->done = std::move(done);
    bulk->progress = std::move(progress);
    sendNextRevokes(this, bulk, qMax(1, inFlight), QPointer<QObject>(context));
}

void TokenBackend::userName(qint64 userId, QObject* context, Callback<QString> done)
{
    Q_UNUSED(userId);
    deliverLater<QString>(
        context, std::move(done),
        BackendError::make(BackendError::Kind::Permission, tr("This backend cannot look up users.")));
}

void TokenBackend::revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    Q_UNUSED(secret);
    deliverLater<AccessToken>(context, std::move(done),
                              BackendError::make(BackendError::Kind::Permission,
                                                 tr("This backend cannot revoke a token by its secret.")));
}

} // namespace TokenDesk
