#include "LocalBackend.h"

#include "Logging.h"

#include <QPointer>
#include <QSemaphore>

namespace TokenDesk {

LocalBackend::LocalBackend(const Clock& clock, Mode mode)
    : m_clock(clock), m_mode(mode), m_workerClock(clock.nowUtc()), m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("tokendesk-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LocalBackend::~LocalBackend()
{
    // Reads still waiting are skipped and no answer is delivered any more; changes already asked for
    // run to their end. The last job closes the connection on the thread that opened it.
    m_closing = true;
    QThread* owner = QThread::currentThread();
    post([this, owner]() {
        m_store.reset();
        m_worker->moveToThread(owner);
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const QString& path, const Clock& clock, Mode mode)
{
    std::unique_ptr<LocalBackend> backend(new LocalBackend(clock, mode));
    LocalBackend* b = backend.get();
    const QDateTime now = clock.nowUtc();
    std::optional<BackendError> error;
    QSemaphore opened;
    b->post([b, &path, &now, &error, &opened]() {
        b->m_workerClock.set(now);
        Result<std::unique_ptr<TokenStore>> store = TokenStore::open(path, b->m_workerClock);
        if (store) {
            b->m_store = std::move(store).value();
            b->m_path = b->m_store->path();
            b->m_identity = b->m_store->identity();
        } else {
            error = store.error();
        }
        opened.release();
    });
    opened.acquire();
    if (error)
        return *error;
    return backend;
}

QString LocalBackend::displayName() const
{
    return m_mode == Mode::Demo ? tr("Offline demo · %1").arg(m_path) : tr("Offline store · %1").arg(m_path);
}

void LocalBackend::post(std::function<void()> fn) const
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(fn), Qt::QueuedConnection);
}

void LocalBackend::prepareStore(const QDateTime& now, int maxLifetimeDays) const
{
    m_workerClock.set(now);
    m_store->setMaxLifetimeDays(maxLifetimeDays);
}

void LocalBackend::announceChange()
{
    QMetaObject::invokeMethod(
        this, [this]() { Q_EMIT tokensChanged(); }, Qt::QueuedConnection);
}

template<typename T>
Result<T> LocalBackend::runNow(Job<T> job) const
{
    const QDateTime now = m_clock.nowUtc();
    const int maxLifetimeDays = m_maxLifetimeDays;
    std::optional<Result<T>> out;
    bool changed = false;
    QSemaphore finished;
    post([&]() {
        prepareStore(now, maxLifetimeDays);
        out.emplace(job(*m_store));
        changed = m_store->takeChanged();
        finished.release();
    });
    finished.acquire();
    if (changed)
        const_cast<LocalBackend*>(this)->announceChange();
    return std::move(*out);
}

template<typename T>
void LocalBackend::runLater(Access access, Job<T> job, QObject* context, Callback<T> done)
{
    const QDateTime now = m_clock.nowUtc();
    const int maxLifetimeDays = m_maxLifetimeDays;
    QPointer<QObject> guard(context);
    post([this, access, now, maxLifetimeDays, job = std::move(job), guard, done = std::move(done)]() {
        if (access == Access::Read && m_closing)
            return;
        prepareStore(now, maxLifetimeDays);
        Result<T> result = job(*m_store);
        const bool changed = m_store->takeChanged();
        if (m_closing)
            return;
        // Back on this backend's thread, then on to the context's through deliverLater(): the answer
        // runs in an event of the context, so a callback may even delete this backend.
        QMetaObject::invokeMethod(
            this,
            [this, guard, done, result = std::move(result), changed]() mutable {
                if (guard)
                    deliverLater(guard.data(), std::move(done), std::move(result));
                if (changed)
                    announceChange();
            },
            Qt::QueuedConnection);
    });
}

bool LocalBackend::isLocalAdministrator() const
{
    return runNow<bool>([](TokenStore& s) -> Result<bool> { return s.isLocalAdministrator(); }).value();
}

Result<bool> LocalBackend::setLocalAdministrator(bool admin)
{
    return runNow<bool>([admin](TokenStore& s) { return s.setLocalAdministrator(admin); });
}

Result<bool> LocalBackend::seedOnce(const QString& marker, const QList<TokenStore::SeedRecord>& records)
{
    return runNow<bool>([&](TokenStore& s) { return s.seedOnce(marker, records); });
}

void LocalBackend::setOperationDelayForTesting(int milliseconds)
{
    post([this, milliseconds]() { m_store->setOperationDelayForTesting(milliseconds); });
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

void LocalBackend::whoami(QObject* context, Callback<Account> done)
{
    runLater<Account>(
        Access::Read, [](TokenStore& s) { return s.whoami(); }, context, std::move(done));
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

} // namespace TokenDesk
