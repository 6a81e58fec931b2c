#include "GitLabRequestPool.h"

#include "Clock.h"
#include "GitLabRetryPolicy.h"
#include "Logging.h"

#include <QTimer>

#include <algorithm>

namespace TokenDesk {

namespace {

constexpr int ConnectionsPerPool = 6; // Qt's HTTP/1.1 connections per host and manager
constexpr int MaxRateLimited = 10;

} // namespace

GitLabRequestPool::GitLabRequestPool(GitLabTransport& shared, const Clock& clock,
                                     const GitLabOptions& options, int limit, QObject* parent)
    : QObject(parent), m_shared(shared), m_clock(clock), m_options(options), m_limit(std::max(1, limit))
{
    const int pools = (m_limit + ConnectionsPerPool - 1) / ConnectionsPerPool;
    for (int i = 0; i < pools; ++i) {
        m_pools.push_back(
            std::make_unique<GitLabTransport>(shared, nullptr, GitLabTransport::Connections::Own));
        m_poolLoad.push_back(0);
    }
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    connect(m_pause, &QTimer::timeout, this, &GitLabRequestPool::pump);
}

GitLabRequestPool::~GitLabRequestPool() = default;

void GitLabRequestPool::send(GitLabTransport::Request request, GitLabTransport::ReplyHandler handler)
{
    // The pool waits on 429 itself (and lowers the limit): the transport hands every 429 back.
    request.tries.rateLimitRetries = MaxRateLimited;
    m_queue.push_back(Job{std::move(request), std::move(handler)});
    pump();
}

void GitLabRequestPool::cancelReads()
{
    std::deque<Job> kept;
    std::deque<Job> cancelled;
    for (Job& job : m_queue)
        (job.request.isRead() ? cancelled : kept).push_back(std::move(job));
    m_queue = std::move(kept);
    for (Job& job : cancelled) {
        QMetaObject::invokeMethod(
            this,
            [handler = std::move(job.handler)]() {
                GitLabTransport::Reply r;
                r.error = GitLabTransport::cancelledError();
                handler(r);
            },
            Qt::QueuedConnection);
    }
    for (auto& pool : m_pools)
        pool->cancelReads();
}

void GitLabRequestPool::pump()
{
    while (!m_pause->isActive() && m_inFlight < m_limit && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        const auto least = std::min_element(m_poolLoad.begin(), m_poolLoad.end());
        const int pool = static_cast<int>(least - m_poolLoad.begin());
        ++m_poolLoad[pool];
        ++m_inFlight;
        GitLabTransport::Request request = job.request;
        m_pools[pool]->send(
            std::move(request),
            [this, job = std::move(job), pool](const GitLabTransport::Reply& r) { onReply(job, pool, r); });
    }
}

void GitLabRequestPool::onReply(Job job, int pool, const GitLabTransport::Reply& r)
{
    --m_poolLoad[pool];
    --m_inFlight;
    if (r.status == 429 && r.error && job.rateLimited < MaxRateLimited) {
        const qint64 wait = GitLabRetryPolicy::rateLimitWaitMs(r.headers, m_clock.nowUtc(), job.rateLimited);
        if (job.waitedMs + wait <= m_options.maxRateLimitWaitMs) {
            const int lowered = std::max(1, m_limit / 2);
            qCInfo(lcGitLab) << "rate limited: waiting" << wait << "ms, then" << lowered
                             << "requests at once";
            m_limit = std::min(m_limit, lowered);
            ++job.rateLimited;
            job.waitedMs += wait;
            m_queue.push_front(std::move(job));
            if (!m_pause->isActive() || m_pause->remainingTime() < wait)
                m_pause->start(static_cast<int>(wait));
            return;
        }
    }
    job.handler(r);
    pump();
}

} // namespace TokenDesk
