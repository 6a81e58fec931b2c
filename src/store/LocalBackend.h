#pragma once

#include "Clock.h"
#include "TokenBackend.h"
#include "TokenStore.h"

#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace TokenDesk {

class DemoSeeder;

// TokenBackend over one SQLite file: a TokenStore (see there for what it answers, GitLab's way) run on
// a worker thread of its own, which owns the store's connection. Operations run one at a time in the
// order they were asked; answers come back on the thread of `context`, only while it lives, and
// tokensChanged() is emitted on this backend's thread after every change.
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
    QString identity() const override { return m_identity; }
    int maxLifetimeDays() const override { return m_maxLifetimeDays; }
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }

    QString path() const { return m_path; }
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

    // Test seam, for tests only: every operation of the store takes at least this long (a slow disk).
    void setOperationDelayForTesting(int milliseconds);

private:
    friend class DemoSeeder;

    template<typename T>
    using Job = std::function<Result<T>(TokenStore&)>;
    enum class Access
    {
        Read,
        Write
    };

    LocalBackend(const Clock& clock, Mode mode);
    Result<bool> seedOnce(const QString& marker, const QList<TokenStore::SeedRecord>& records);

    // Runs fn on the worker thread, after everything asked before it.
    void post(std::function<void()> fn) const;
    // Runs the job on the worker with the caller's "now", and waits for its answer.
    template<typename T>
    Result<T> runNow(Job<T> job) const;
    // Runs the job on the worker with the caller's "now"; its answer goes to done on context's thread.
    template<typename T>
    void runLater(Access access, Job<T> job, QObject* context, Callback<T> done);
    // Sets the worker's clock and limits to what they were when the job was asked.
    void prepareStore(const QDateTime& now, int maxLifetimeDays) const;
    void announceChange();

    const Clock& m_clock;
    Mode m_mode;
    QString m_path;
    QString m_identity;
    int m_maxLifetimeDays = 365;

    // Touched only on the worker thread once it runs (except m_closing).
    mutable ManualClock m_workerClock;
    std::unique_ptr<TokenStore> m_store;
    std::atomic<bool> m_closing{false};
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread: jobs are posted to it
};

} // namespace TokenDesk
