#include "StoreWorker.h"

namespace TokenDesk {

StoreWorker::StoreWorker(const Clock& clock)
    : m_clock(clock), m_workerClock(clock.nowUtc()), m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("tokendesk-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // The last job closes the connection on the thread that opened it.
    QThread* owner = QThread::currentThread();
    post([this, owner]() {
        m_store.reset();
        m_worker->moveToThread(owner);
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

Result<std::shared_ptr<StoreWorker>> StoreWorker::open(const QString& path, const Clock& clock)
{
    std::shared_ptr<StoreWorker> worker(new StoreWorker(clock));
    StoreWorker* w = worker.get();
    const QDateTime now = clock.nowUtc();
    std::optional<BackendError> error;
    QSemaphore opened;
    w->post([w, &path, &now, &error, &opened]() {
        w->m_workerClock.set(now);
        Result<std::unique_ptr<TokenStore>> store = TokenStore::open(path, w->m_workerClock);
        if (store) {
            w->m_store = std::move(store).value();
            w->m_path = w->m_store->path();
            w->m_identity = w->m_store->identity();
        } else {
            error = store.error();
        }
        opened.release();
    });
    opened.acquire();
    if (error)
        return *error;
    return worker;
}

void StoreWorker::post(std::function<void()> fn) const
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(fn), Qt::QueuedConnection);
}

void StoreWorker::drain() const
{
    QSemaphore done;
    post([&done]() { done.release(); });
    done.acquire();
}

void StoreWorker::setOperationDelayForTesting(int milliseconds) const
{
    post([this, milliseconds]() { m_store->setOperationDelayForTesting(milliseconds); });
}

void StoreWorker::prepare(const QDateTime& now, int maxLifetimeDays) const
{
    m_workerClock.set(now);
    m_store->setMaxLifetimeDays(maxLifetimeDays);
}

void StoreWorker::announceChange(TokenBackend* backend)
{
    QMetaObject::invokeMethod(
        backend, [backend]() { Q_EMIT backend->tokensChanged(); }, Qt::QueuedConnection);
}

} // namespace TokenDesk
