#include "LocalBackend.h"

#include "LocalResourceBackend.h"
#include "Logging.h"

namespace TokenDesk {

LocalBackend::LocalBackend(std::shared_ptr<StoreWorker> worker, const Clock& clock, Mode mode)
    : m_clock(clock), m_mode(mode), m_worker(std::move(worker))
{}

LocalBackend::~LocalBackend()
{
    // Reads still waiting are skipped and no answer is delivered any more; changes already asked for
    // run to their end. The worker closes the connection once its last backend is gone.
    m_closing = true;
    m_worker->drain();
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const QString& path, const Clock& clock, Mode mode)
{
    Result<std::shared_ptr<StoreWorker>> worker = StoreWorker::open(path, clock);
    if (!worker)
        return worker.error();
    std::unique_ptr<LocalBackend> backend(new LocalBackend(std::move(worker).value(), clock, mode));
    backend->m_administrator = backend->isLocalAdministrator();
    return backend;
}

QString LocalBackend::displayName() const
{
    return m_mode == Mode::Demo ? tr("Offline demo · %1").arg(path()) : tr("Offline store · %1").arg(path());
}

BackendCapabilities LocalBackend::capabilities() const
{
    BackendCapabilities c;
    c.resourceTokens = true;
    c.instanceInventory = m_administrator;
    c.createForOtherUser = m_administrator;
    return c;
}

template<typename T>
Result<T> LocalBackend::runNow(Job<T> job) const
{
    bool changed = false;
    Result<T> result = m_worker->runNow<T>(m_maxLifetimeDays, std::move(job), &changed);
    if (changed)
        StoreWorker::announceChange(const_cast<LocalBackend*>(this));
    return result;
}

template<typename T>
void LocalBackend::runLater(Access access, Job<T> job, QObject* context, Callback<T> done)
{
    m_worker->runLater<T>(this, m_closing, access, m_maxLifetimeDays, std::move(job), context,
                          std::move(done));
}

bool LocalBackend::isLocalAdministrator() const
{
    return runNow<bool>([](TokenStore& s) -> Result<bool> { return s.isLocalAdministrator(); }).value();
}

Result<bool> LocalBackend::setLocalAdministrator(bool admin)
{
    const Result<bool> set = runNow<bool>([admin](TokenStore& s) { return s.setLocalAdministrator(admin); });
    if (set)
        m_administrator = admin;
    return set;
}

Result<bool> LocalBackend::seedOnce(const QString& marker, const QList<TokenStore::SeedRecord>& records)
{
    return runNow<bool>([&](TokenStore& s) { return s.seedOnce(marker, records); });
}

Result<bool> LocalBackend::seedPeopleOnce(const QString& marker, const QStringList& usernames,
                                          const QList<TokenStore::SeedRecord>& records)
{
    return runNow<bool>([&](TokenStore& s) { return s.seedPeopleOnce(marker, usernames, records); });
}

Result<bool> LocalBackend::seedResourcesOnce(const QString& marker, const TokenStore::ResourceSeed& seed)
{
    return runNow<bool>([&](TokenStore& s) { return s.seedResourcesOnce(marker, seed); });
}

void LocalBackend::setOperationDelayForTesting(int milliseconds)
{
    m_worker->setOperationDelayForTesting(milliseconds);
}

Result<Account> LocalBackend::whoamiNow() const
{
    return runNow<Account>([](TokenStore& s) { return s.whoami(); });
}

Result<TokenSummary> LocalBackend::summaryNow() const
{
    return runNow<TokenSummary>([](TokenStore& s) { return s.summary(); });
}

Result<TokenPage> LocalBackend::listNow(const ListQuery& query) const
{
    return runNow<TokenPage>([&query](TokenStore& s) { return s.list(query); });
}

Result<AccessToken> LocalBackend::getNow(qint64 id) const
{
    return runNow<AccessToken>([id](TokenStore& s) { return s.get(id); });
}

Result<CreatedToken> LocalBackend::createNow(const TokenDraft& draft)
{
    return runNow<CreatedToken>([&draft](TokenStore& s) { return s.create(draft); });
}

Result<AccessToken> LocalBackend::revokeNow(qint64 id)
{
    return runNow<AccessToken>([id](TokenStore& s) { return s.revoke(id); });
}

Result<CreatedToken> LocalBackend::rotateNow(qint64 id, std::optional<QDate> expiresAt)
{
    return runNow<CreatedToken>([id, expiresAt](TokenStore& s) { return s.rotate(id, expiresAt); });
}

Result<AccessToken> LocalBackend::identifyNow(const Secret& secret)
{
    return runNow<AccessToken>([&secret](TokenStore& s) { return s.identify(secret); });
}

Result<CreatedToken> LocalBackend::createForUserNow(qint64 userId, const TokenDraft& draft)
{
    return runNow<CreatedToken>([userId, &draft](TokenStore& s) { return s.createForUser(userId, draft); });
}

Result<Inventory> LocalBackend::inventoryNow(const InventoryQuery& query) const
{
    return runNow<Inventory>([&query](TokenStore& s) { return s.inventory(query); });
}

Result<QString> LocalBackend::userNameNow(qint64 userId) const
{
    return runNow<QString>([userId](TokenStore& s) { return s.userName(userId); });
}

Result<AccessToken> LocalBackend::revokeBySecretNow(const Secret& secret)
{
    return runNow<AccessToken>([&secret](TokenStore& s) { return s.revokeBySecret(secret); });
}

Result<qint64> LocalBackend::addUserNow(const QString& username, qint64 id)
{
    return runNow<qint64>([&](TokenStore& s) { return s.addUser(username, id); });
}

Result<QList<Resource>> LocalBackend::resourcesNow() const
{
    return runNow<QList<Resource>>([](TokenStore& s) { return s.resources(); });
}

Result<Resource> LocalBackend::resolveResourceNow(const ResourceRef& ref) const
{
    return runNow<Resource>([&ref](TokenStore& s) { return s.resolve(ref); });
}

Result<Resource> LocalBackend::addGroupNow(const QString& fullPath, const QString& name, qint64 id)
{
    return runNow<Resource>([&](TokenStore& s) { return s.addGroup(fullPath, name, id); });
}

Result<Resource> LocalBackend::addProjectNow(const QString& fullPath, const QString& name, qint64 id)
{
    return runNow<Resource>([&](TokenStore& s) { return s.addProject(fullPath, name, id); });
}

Result<bool> LocalBackend::setMembershipNow(ResourceRef::Kind kind, qint64 id, int accessLevel)
{
    return runNow<bool>([&](TokenStore& s) { return s.setMembership(kind, id, accessLevel); });
}

void LocalBackend::whoami(QObject* context, Callback<Account> done)
{
    runLater<Account>(
        Access::Read,
        [this](TokenStore& s) {
            Result<Account> account = s.whoami();
            if (account)
                m_administrator = account.value().isAdmin;
            return account;
        },
        context, std::move(done));
}

void LocalBackend::summary(QObject* context, Callback<TokenSummary> done)
{
    runLater<TokenSummary>(
        Access::Read, [](TokenStore& s) { return s.summary(); }, context, std::move(done));
}

void LocalBackend::list(const ListQuery& query, QObject* context, Callback<TokenPage> done)
{
    runLater<TokenPage>(
        Access::Read, [query](TokenStore& s) { return s.list(query); }, context, std::move(done));
}

void LocalBackend::get(qint64 id, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Read, [id](TokenStore& s) { return s.get(id); }, context, std::move(done));
}

void LocalBackend::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done)
{
    runLater<CreatedToken>(
        Access::Write, [draft](TokenStore& s) { return s.create(draft); }, context, std::move(done));
}

void LocalBackend::revoke(qint64 id, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Write, [id](TokenStore& s) { return s.revoke(id); }, context, std::move(done));
}

void LocalBackend::rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                          Callback<CreatedToken> done)
{
    runLater<CreatedToken>(
        Access::Write, [id, expiresAt](TokenStore& s) { return s.rotate(id, expiresAt); }, context,
        std::move(done));
}

void LocalBackend::identify(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Write, [secret](TokenStore& s) { return s.identify(secret); }, context, std::move(done));
}

void LocalBackend::createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                                 Callback<CreatedToken> done)
{
    runLater<CreatedToken>(
        Access::Write, [userId, draft](TokenStore& s) { return s.createForUser(userId, draft); }, context,
        std::move(done));
}

void LocalBackend::inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done)
{
    runLater<Inventory>(
        Access::Read, [query](TokenStore& s) { return s.inventory(query); }, context, std::move(done));
}

void LocalBackend::userName(qint64 userId, QObject* context, Callback<QString> done)
{
    runLater<QString>(
        Access::Read, [userId](TokenStore& s) { return s.userName(userId); }, context, std::move(done));
}

void LocalBackend::revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    runLater<AccessToken>(
        Access::Write, [secret](TokenStore& s) { return s.revokeBySecret(secret); }, context,
        std::move(done));
}

void LocalBackend::resources(QObject* context, Callback<QList<Resource>> done)
{
    runLater<QList<Resource>>(
        Access::Read, [](TokenStore& s) { return s.resources(); }, context, std::move(done));
}

void LocalBackend::resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done)
{
    runLater<Resource>(
        Access::Read, [ref](TokenStore& s) { return s.resolve(ref); }, context, std::move(done));
}

std::unique_ptr<TokenBackend> LocalBackend::forResource(const Resource& resource)
{
    if (resource.kind == ResourceRef::Kind::Personal || resource.id <= 0)
        return nullptr;
    return std::make_unique<LocalResourceBackend>(m_worker, m_clock, resource, displayName(), identity(),
                                                  m_maxLifetimeDays);
}

} // namespace TokenDesk
