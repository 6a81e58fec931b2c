// TokenStore's groups, projects and their access tokens (the personal tokens are in TokenStore.cpp).
#include "Logging.h"
#include "ResourceDirectory.h"
#include "StoreTransaction.h"
#include "TokenRows.h"
#include "TokenStore.h"
#include "Validation.h"

namespace TokenDesk {

namespace {

BackendError needsRole(const Resource& resource)
{
    const QString needed = AccessLevels::label(Resource::managingLevel(resource.kind));
    const bool group = resource.kind == ResourceRef::Kind::Group;
    QString message;
    if (resource.accessLevel <= 0) {
        message =
            group ? TokenStore::tr("You need the %1 role on the group \"%2\" to manage its access tokens; "
                                   "you are not a member there.")
                  : TokenStore::tr("You need the %1 role on the project \"%2\" to manage its access "
                                   "tokens; you are not a member there.");
        message = message.arg(needed, resource.fullPath);
    } else {
        message =
            group ? TokenStore::tr("You need the %1 role on the group \"%2\" to manage its access tokens; "
                                   "your role there is %3.")
                  : TokenStore::tr("You need the %1 role on the project \"%2\" to manage its access "
                                   "tokens; your role there is %3.");
        message = message.arg(needed, resource.fullPath, AccessLevels::label(resource.accessLevel));
    }
    return BackendError::make(BackendError::Kind::Permission, message);
}

// A token id the resource does not have (another resource's, or a personal token's) is not there.
template<typename T>
Result<T> placed(Result<T> result, const Resource& resource, qint64 id)
{
    if (result.ok() || result.error().kind != BackendError::Kind::NotFound)
        return result;
    return BackendError::make(BackendError::Kind::NotFound,
                              resource.kind == ResourceRef::Kind::Group
                                  ? TokenStore::tr("The group \"%1\" has no access token with id %2.")
                                        .arg(resource.fullPath)
                                        .arg(id)
                                  : TokenStore::tr("The project \"%1\" has no access token with id %2.")
                                        .arg(resource.fullPath)
                                        .arg(id));
}

} // namespace

template<typename T>
Result<T> TokenStore::directoryWrite(const std::function<Result<T>()>& write)
{
    ++m_writes;
    StoreTransaction tx(database(), StoreTransaction::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    Result<T> result = write();
    if (!result)
        return result;
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    return result;
}

Result<Resource> TokenStore::addGroup(const QString& fullPath, const QString& name, qint64 id)
{
    return directoryWrite<Resource>(
        [&]() { return ResourceDirectory::addGroup(database(), fullPath.trimmed(), name.trimmed(), id); });
}

Result<Resource> TokenStore::addProject(const QString& fullPath, const QString& name, qint64 id)
{
    return directoryWrite<Resource>(
        [&]() { return ResourceDirectory::addProject(database(), fullPath.trimmed(), name.trimmed(), id); });
}

Result<bool> TokenStore::setMembership(ResourceRef::Kind kind, qint64 id, int accessLevel)
{
    return directoryWrite<bool>(
        [&]() { return ResourceDirectory::setMembership(database(), kind, id, accessLevel); });
}

Result<QList<Resource>> TokenStore::resources() const
{
    delay();
    StoreTransaction snapshot(database(), StoreTransaction::Kind::Read);
    return ResourceDirectory::manageable(database());
}

Result<Resource> TokenStore::resolve(const ResourceRef& ref) const
{
    delay();
    StoreTransaction snapshot(database(), StoreTransaction::Kind::Read);
    return ResourceDirectory::resolve(database(), ref);
}

Result<Resource> TokenStore::managed(const Resource& resource) const
{
    const Result<std::optional<Resource>> found =
        ResourceDirectory::find(database(), resource.kind, resource.id);
    if (!found)
        return found.error();
    if (!found.value())
        return ResourceDirectory::notFound(resource.kind, QString::number(resource.id));
    if (!found.value()->isManageable() || found.value()->accessLevel <= 0)
        return needsRole(*found.value());
    return *found.value();
}

Result<TokenSummary> TokenStore::summary(const Resource& resource) const
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    return summaryIn(TokenScope::of(known.value()));
}

Result<TokenPage> TokenStore::list(const Resource& resource, const ListQuery& query) const
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    delay();
    return m_pages.read(database(), TokenScope::of(known.value()), query, m_clock.todayUtc(), m_writes);
}

Result<AccessToken> TokenStore::get(const Resource& resource, qint64 id) const
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    return placed(getIn(TokenScope::of(known.value()), id), known.value(), id);
}

Result<CreatedToken> TokenStore::create(const Resource& resource, const TokenDraft& draft)
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    delay();
    ++m_writes;
    const QList<FieldError> errors = Validation::validateForResource(
        draft, m_clock.todayUtc(), known.value().accessLevel, m_maxLifetimeDays);
    if (!errors.isEmpty())
        return BackendError::validation(errors);
    AccessToken token;
    token.name = draft.name;
    token.description = draft.description;
    token.scopes = draft.scopes;
    token.expiresAt = draft.expiresAt;
    token.accessLevel = draft.accessLevel == 0 ? AccessLevels::DefaultForToken : draft.accessLevel;
    return insertNew(TokenScope::of(known.value()), token);
}

Result<AccessToken> TokenStore::revoke(const Resource& resource, qint64 id)
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    return placed(revokeIn(TokenScope::of(known.value()), id), known.value(), id);
}

Result<CreatedToken> TokenStore::rotate(const Resource& resource, qint64 id, std::optional<QDate> expiresAt)
{
    const Result<Resource> known = managed(resource);
    if (!known)
        return known.error();
    return placed(rotateIn(TokenScope::of(known.value()), id, expiresAt), known.value(), id);
}

Result<AccessToken> TokenStore::identify(const Resource& resource, const Secret& secret)
{
    const Result<Resource> known = managed(resource);
    if (!known && known.error().kind != BackendError::Kind::Permission)
        return known.error();
    return identifyIn(TokenScope::of(resource), secret,
                      known ? std::nullopt : std::optional<BackendError>(known.error()));
}

} // namespace TokenDesk
