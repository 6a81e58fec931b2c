#include "LocalResourceBackend.h"

#include "ScopeCatalog.h"

namespace TokenDesk {

using Access = StoreWorker::Access;

LocalResourceBackend::LocalResourceBackend(std::shared_ptr<StoreWorker> worker, const Clock& clock,
                                           const Resource& resource, const QString& parentDisplayName,
                                           const QString& parentIdentity, int maxLifetimeDays)
    : m_worker(std::move(worker)), m_clock(clock), m_resource(resource),
      m_parentDisplayName(parentDisplayName), m_parentIdentity(parentIdentity),
      m_maxLifetimeDays(maxLifetimeDays)
{}

LocalResourceBackend::~LocalResourceBackend()
{
    m_closing = true;
    m_worker->drain();
}

QString LocalResourceBackend::displayName() const
{
    return tr("%1 · %2").arg(m_parentDisplayName, m_resource.fullPath);
}

QString LocalResourceBackend::identity() const
{
    return m_parentIdentity + QLatin1Char('/') + m_resource.identitySuffix();
}

BackendCapabilities LocalResourceBackend::capabilities() const
{
    BackendCapabilities c;
    c.selfServiceScopes = ScopeCatalog::resourceScopes();
    return c;
}

template<typename T>
void LocalResourceBackend::runLater(Access access, StoreWorker::Job<T> job, QObject* context,
                                    Callback<T> done)
{
    m_worker->runLater<T>(this, m_closing, access, m_maxLifetimeDays, std::move(job), context,
                          std::move(done));
}

void LocalResourceBackend::whoami(QObject* context, Callback<Account> done)
{
    runLater<Account>(
        Access::Read, [](TokenStore& s) { return s.whoami(); }, context, std::move(done));
}

void LocalResourceBackend::summary(QObject* context, Callback<TokenSummary> done)
{
    runLater<TokenSummary>(
        Access::Read, [r = m_resource](TokenStore& s) { return s.summary(r); }, context, std::move(done));
}

void LocalResourceBackend::list(const ListQuery& query, QObject* context, Callback<TokenPage> done)
{
    runLater<TokenPage>(
        Access::Read, [r = m_resource, query](TokenStore& s) { return s.list(r, query); }, context,
        std::move(done));
}

void LocalResourceBackend::get(qint64 id, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Read, [r = m_resource, id](TokenStore& s) { return s.get(r, id); }, context, std::move(done));
}

void LocalResourceBackend::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done)
{
    runLater<CreatedToken>(
        Access::Write, [r = m_resource, draft](TokenStore& s) { return s.create(r, draft); }, context,
        std::move(done));
}

void LocalResourceBackend::revoke(qint64 id, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Write, [r = m_resource, id](TokenStore& s) { return s.revoke(r, id); }, context,
        std::move(done));
}

void LocalResourceBackend::rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                                  Callback<CreatedToken> done)
{
    runLater<CreatedToken>(
        Access::Write, [r = m_resource, id, expiresAt](TokenStore& s) { return s.rotate(r, id, expiresAt); },
        context, std::move(done));
}

void LocalResourceBackend::identify(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Write, [r = m_resource, secret](TokenStore& s) { return s.identify(r, secret); }, context,
        std::move(done));
}

} // namespace TokenDesk
