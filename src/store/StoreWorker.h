#pragma once

#include "Clock.h"
#include "TokenBackend.h"
#include "TokenStore.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace TokenDesk {

// One TokenStore on a worker thread of its own, which owns the store's connection: the worker of a
// LocalBackend, shared with the backends it makes for groups and projects (forResource), so that they
// all use one connection and one queue. Jobs run one at a time, in the order they were asked.
//
// A backend that runs jobs here sets its closing flag and calls drain() when it is deleted: its changes
// already asked for run to their end, its reads still waiting are skipped, and none of its answers is
// delivered any more. The last owner's release closes the connection on the worker thread.
class StoreWorker
{
public:
    template<typename T>
    using Job = std::function<Result<T>(TokenStore&)>;
    enum class Access
    {
        Read,
        Write
    };

    // Opens (creating when missing) and, when needed, upgrades the store at path, on the worker thread.
    // The clock must outlive the worker; it is read when a job is asked.
    static Result<std::shared_ptr<StoreWorker>> open(const QString& path, const Clock& clock);
    ~StoreWorker();
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    QString path() const { return m_path; }
    QString identity() const { return m_identity; }
    const Clock& clock() const { return m_clock; }

    // Runs fn on the worker thread, after everything asked before it.
    void post(std::function<void()> fn) const;
    // Returns once everything asked before has run.
    void drain() const;
    // Test seam, for tests only: every operation of the store takes at least this long (a slow disk).
    void setOperationDelayForTesting(int milliseconds) const;

    // Runs the job on the worker with the caller's "now" and limits, and waits for its answer; changed
    // tells whether tokens changed.
    template<typename T>
    Result<T> runNow(int maxLifetimeDays, Job<T> job, bool* changed = nullptr) const
    {
        const QDateTime now = m_clock.nowUtc();
        std::optional<Result<T>> out;
        bool didChange = false;
        QSemaphore finished;
        post([&]() {
            prepare(now, maxLifetimeDays);
            out.emplace(job(*m_store));
            didChange = m_store->takeChanged();
            finished.release();
        });
        finished.acquire();
        if (changed)
            *changed = didChange;
        return std::move(*out);
    }

    // Runs the job on the worker with the caller's "now" and limits; its answer goes to done on the
    // context's thread (through the backend's thread, which announces a change with tokensChanged()),
    // unless the backend is closing by then. The backend must drain() before it is gone.
    template<typename T>
    void runLater(TokenBackend* backend, const std::atomic<bool>& closing, Access access, int maxLifetimeDays,
                  Job<T> job, QObject* context, Callback<T> done) const
    {
        const QDateTime now = m_clock.nowUtc();
        QPointer<QObject> guard(context);
        post([this, backend, &closing, access, now, maxLifetimeDays, job = std::move(job), guard,
              done = std::move(done)]() {
            if (access == Access::Read && closing)
                return;
            prepare(now, maxLifetimeDays);
            Result<T> result = job(*m_store);
            const bool changed = m_store->takeChanged();
            if (closing)
                return;
            // Back on the backend's thread, then on to the context's through deliverLater(): the answer
            // runs in an event of the context, so a callback may even delete the backend.
            QMetaObject::invokeMethod(
                backend,
                [backend, guard, done, result = std::move(result), changed]() mutable {
                    if (guard)
                        deliverLater(guard.data(), std::move(done), std::move(result));
                    if (changed)
                        announceChange(backend);
                },
                Qt::QueuedConnection);
        });
    }

    // Emits the backend's tokensChanged() from its own thread's event loop.
    static void announceChange(TokenBackend* backend);

private:
    explicit StoreWorker(const Clock& clock);
    // Sets the worker's clock and limits to what they were when the job was asked.
    void prepare(const QDateTime& now, int maxLifetimeDays) const;

    const Clock& m_clock;
    QString m_path;
    QString m_identity;
    // Touched only on the worker thread once it runs.
    mutable ManualClock m_workerClock;
    std::unique_ptr<TokenStore> m_store;
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread: jobs are posted to it
};

} // namespace TokenDesk
