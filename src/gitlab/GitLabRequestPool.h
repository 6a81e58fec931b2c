#pragma once

#include "GitLabOptions.h"
#include "GitLabTransport.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace TokenDesk {

class Clock;

// Many requests to one instance, more at once than one connection pool carries: up to `limit` in flight,
// spread over pools of six HTTP/1.1 connections each (GitLabTransport::Connections::Own), the rest queued
// in order. A 429 answer means GitLab refused the request before doing anything (its rate limiter runs
// first), so the request waits what the server asks (Retry-After, RateLimit-Reset) and goes again, changes
// too; meanwhile nothing new goes out and the limit is halved for the rest of the pool's life. After ten
// 429s, or once a request waited maxRateLimitWaitMs, its handler gets the 429. Everything else (5xx, lost
// replies) is answered as GitLabTransport answers it: reads retried there, changes never.
class GitLabRequestPool : public QObject
{
    Q_OBJECT

public:
    GitLabRequestPool(GitLabTransport& shared, const Clock& clock, const GitLabOptions& options, int limit,
                      QObject* parent = nullptr);
    ~GitLabRequestPool() override;

    // Queues the request; the handler runs once, from the event loop.
    void send(GitLabTransport::Request request, GitLabTransport::ReplyHandler handler);
    // Reads in flight or queued answer Kind::Cancelled; changes already queued still go out.
    void cancelReads();

    int limit() const { return m_limit; }
    int inFlight() const { return m_inFlight; }
    QUrl apiUrl(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const
    {
        return m_shared.apiUrl(path, query);
    }

private:
    struct Job
    {
        GitLabTransport::Request request;
        GitLabTransport::ReplyHandler handler;
        int rateLimited = 0;
        qint64 waitedMs = 0;
    };

    void pump();
    void onReply(Job job, int pool, const GitLabTransport::Reply& reply);

    GitLabTransport& m_shared;
    const Clock& m_clock;
    GitLabOptions m_options;
    int m_limit = 1;
    int m_inFlight = 0;
    std::vector<std::unique_ptr<GitLabTransport>> m_pools;
    std::vector<int> m_poolLoad;
    std::deque<Job> m_queue;
    QTimer* m_pause = nullptr; // running while the server asked to wait
};

} // namespace TokenDesk
