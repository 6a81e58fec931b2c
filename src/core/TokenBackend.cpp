#include "TokenBackend.h"

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

} // namespace TokenDesk
