#pragma once

#include "Clock.h"
#include "StoreWorker.h"
#include "TokenBackend.h"
#include "TokenStore.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace TokenDesk {

class DemoSeeder;

// TokenBackend over one SQLite file: a TokenStore (see there for what it answers, GitLab's way) run on
// a worker thread of its own (StoreWorker), which owns the store's connection. Operations run one at a
// time in the order they were asked; answers come back on the thread of `context`, only while it lives,
// and tokensChanged() is emitted on this backend's thread after every change.
//
// Administrators and incidents: revokeBySecret() for anyone; userName(); when the store's user is the
// local administrator (setLocalAdministrator, kept in the store: the demo's user is not one unless asked
// to be), capabilities().instanceInventory and createForOtherUser are true, inventory() lists every
// user's personal tokens and get, revoke and rotate reach any user's personal token by id (the default
// revokeMany() goes through revoke()); otherwise inventory() and createForUser() answer Permission.
//
// Group and project access tokens: resources() and resolveResource() read the store's groups and
// projects; forResource() gives a LocalResourceBackend on the same worker and connection.
//
// Deleting the backend finishes the changes (create, revoke, rotate, identify) already asked for, skips
// the reads still waiting, and drops every answer not yet delivered.
//
// The clock must outlive the backend; it is read on the caller's thread, when an operation is asked.
class LocalBackend : public TokenBackend
{
    Q_OBJECT

public:
    enum class Mode
    {
        Regular,
        Demo
    };

    // Opens (creating when missing) and, when needed, upgrades the store at path. A file that is not a
    // TokenDesk database is refused with BackendError::Kind::Store and left untouched.
    static Result<std::unique_ptr<LocalBackend>> open(const QString& path, const Clock& clock,
                                                      Mode mode = Mode::Regular);
    ~LocalBackend() override;

    Kind kind() const override { return Kind::Local; }
    QString displayName() const override;
    QString identity() const override { return m_worker->identity(); }
    int maxLifetimeDays() const override { return m_maxLifetimeDays; }
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }
    BackendCapabilities capabilities() const override;

    QString path() const { return m_worker->path(); }
    Mode mode() const { return m_mode; }
    const Clock& clock() const { return m_clock; }

    // Whether the local account is an administrator (kept in the store; false for a new store).
    bool isLocalAdministrator() const;
    Result<bool> setLocalAdministrator(bool admin);

    void whoami(QObject* context, Callback<Account> done) override;
    void summary(QObject* context, Callback<TokenSummary> done) override;
    void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) override;
    void get(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) override;
    void revoke(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                Callback<CreatedToken> done) override;
    void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) override;

    void createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                       Callback<CreatedToken> done) override;
    void inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done) override;
    void userName(qint64 userId, QObject* context, Callback<QString> done) override;
    void revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done) override;

    void resources(QObject* context, Callback<QList<Resource>> done) override;
    void resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done) override;
    // A LocalResourceBackend: same worker and connection; it may outlive this backend.
    std::unique_ptr<TokenBackend> forResource(const Resource& resource) override;

    // The same operations, answered at once (for tools and tests that have no event loop to spare):
    // they wait for the operations asked before them, then for their own. tokensChanged() still comes
    // later, from the event loop.
    Result<Account> whoamiNow() const;
    Result<TokenSummary> summaryNow() const;
    Result<TokenPage> listNow(const ListQuery& query) const;
    Result<AccessToken> getNow(qint64 id) const;
    Result<CreatedToken> createNow(const TokenDraft& draft);
    Result<AccessToken> revokeNow(qint64 id);
    Result<CreatedToken> rotateNow(qint64 id, std::optional<QDate> expiresAt);
    Result<AccessToken> identifyNow(const Secret& secret);
    Result<CreatedToken> createForUserNow(qint64 userId, const TokenDraft& draft);
    Result<Inventory> inventoryNow(const InventoryQuery& query) const;
    Result<QString> userNameNow(qint64 userId) const;
    Result<AccessToken> revokeBySecretNow(const Secret& secret);
    Result<QList<Resource>> resourcesNow() const;
    Result<Resource> resolveResourceNow(const ResourceRef& ref) const;

    // The store's groups, projects and the local user's roles there (see TokenStore::addGroup): how the
    // demo, the contract suite and tests build the world of group and project tokens.
    Result<Resource> addGroupNow(const QString& fullPath, const QString& name, qint64 id = 0);
    Result<Resource> addProjectNow(const QString& fullPath, const QString& name, qint64 id = 0);
    Result<bool> setMembershipNow(ResourceRef::Kind kind, qint64 id, int accessLevel);
    // Another user of the store (a person with personal tokens of their own; see TokenStore::addUser).
    Result<qint64> addUserNow(const QString& username, qint64 id = 0);

    // Test seam, for tests only: every operation of the store takes at least this long (a slow disk).
    void setOperationDelayForTesting(int milliseconds);

private:
    friend class DemoSeeder;

    template<typename T>
    using Job = StoreWorker::Job<T>;
    using Access = StoreWorker::Access;

    LocalBackend(std::shared_ptr<StoreWorker> worker, const Clock& clock, Mode mode);
    Result<bool> seedOnce(const QString& marker, const QList<TokenStore::SeedRecord>& records);
    Result<bool> seedResourcesOnce(const QString& marker, const TokenStore::ResourceSeed& seed);
    Result<bool> seedPeopleOnce(const QString& marker, const QStringList& usernames,
                                const QList<TokenStore::SeedRecord>& records);

    template<typename T>
    Result<T> runNow(Job<T> job) const;
    template<typename T>
    void runLater(Access access, Job<T> job, QObject* context, Callback<T> done);

    const Clock& m_clock;
    Mode m_mode;
    int m_maxLifetimeDays = 365;
    std::atomic<bool> m_closing{false};
    // Whether the store's user is the local administrator, as last read or set (capabilities()).
    std::atomic<bool> m_administrator{false};
    std::shared_ptr<StoreWorker> m_worker;
};

} // namespace TokenDesk
