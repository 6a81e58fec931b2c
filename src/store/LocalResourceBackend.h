#pragma once

#include "Clock.h"
#include "Resource.h"
#include "StoreWorker.h"
#include "TokenBackend.h"

#include <atomic>
#include <memory>

namespace TokenDesk {

// One group's or project's access tokens in an offline store (LocalBackend::forResource): the same
// interface as the personal tokens' backend, on the same worker thread and connection, with GitLab's
// rules for resource tokens (see TokenStore). Its identity is the store's identity + "/" +
// Resource::identitySuffix() ("local:<uuid>/project:42"), so keychain entries and git mappings of its
// tokens never meet a personal token's with the same id. whoami() answers the local user.
//
// Answers and shutdown as LocalBackend's: answers come later, on the thread of `context` and only while
// it lives; tokensChanged() follows every change made through this backend; deleting it finishes the
// changes already asked for, skips its reads still waiting and drops its answers not yet delivered.
class LocalResourceBackend : public TokenBackend
{
    Q_OBJECT

public:
    LocalResourceBackend(std::shared_ptr<StoreWorker> worker, const Clock& clock, const Resource& resource,
                         const QString& parentDisplayName, const QString& parentIdentity,
                         int maxLifetimeDays);
    ~LocalResourceBackend() override;

    Kind kind() const override { return Kind::Local; }
    QString displayName() const override;
    QString identity() const override;
    int maxLifetimeDays() const override { return m_maxLifetimeDays; }
    BackendCapabilities capabilities() const override;
    std::optional<Resource> resource() const override { return m_resource; }

    void whoami(QObject* context, Callback<Account> done) override;
    void summary(QObject* context, Callback<TokenSummary> done) override;
    void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) override;
    void get(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) override;
    void revoke(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                Callback<CreatedToken> done) override;
    void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) override;

private:
    template<typename T>
    void runLater(StoreWorker::Access access, StoreWorker::Job<T> job, QObject* context, Callback<T> done);

    std::shared_ptr<StoreWorker> m_worker;
    const Clock& m_clock;
    Resource m_resource;
    QString m_parentDisplayName;
    QString m_parentIdentity;
    int m_maxLifetimeDays;
    std::atomic<bool> m_closing{false};
};

} // namespace TokenDesk
