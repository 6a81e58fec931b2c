#include "GitLabBulkRevoke.h"

#include "GitLabLostReplies.h"
#include "GitLabParser.h"
#include "GitLabRequestPool.h"
#include "GitLabUrls.h"

#include <memory>

namespace TokenDesk {

namespace {

struct Bulk
{
    int total = 0;
    int answered = 0;
    BulkRevokeReport report;
    Callback<BulkRevokeReport> done;
    std::function<void(int, int)> progress;
    GitLabRequestPool* pool = nullptr;
    bool changed = false;
};

} // namespace

GitLabBulkRevoke::GitLabBulkRevoke(GitLabTransport& transport, GitLabLostReplies& lost, const Clock& clock,
                                   const GitLabOptions& options, Known known, Explain explain,
                                   QObject* parent)
    : QObject(parent), m_transport(transport), m_lost(lost), m_clock(clock), m_options(options),
      m_known(std::move(known)), m_explain(std::move(explain))
{}

void GitLabBulkRevoke::revoke(const QList<qint64>& ids, int inFlight, Callback<BulkRevokeReport> done,
                              std::function<void(int, int)> progress)
{
    auto bulk = std::make_shared<Bulk>();
    bulk->total = static_cast<int>(ids.size());
    bulk->done = std::move(done);
    bulk->progress = std::move(progress);
    if (ids.isEmpty())
        return bulk->done(BulkRevokeReport{});
    bulk->pool = new GitLabRequestPool(m_transport, m_clock, m_options, std::max(1, inFlight), this);

    auto settle = [this, bulk](qint64 id, std::optional<AccessToken> revoked,
                               std::optional<BackendError> error) {
        if (revoked)
            bulk->report.revoked << *revoked;
        else
            bulk->report.failures << std::pair{id, *error};
        ++bulk->answered;
        if (bulk->progress)
            bulk->progress(bulk->answered, bulk->total);
        if (bulk->answered < bulk->total)
            return;
        bulk->pool->deleteLater();
        if (bulk->changed)
            Q_EMIT changed();
        bulk->done(std::move(bulk->report));
    };

    for (const qint64 id : ids) {
        const QUrl url = bulk->pool->apiUrl(GitLabUrls::tokenPath(id));
        bulk->pool->send(GitLabTransport::Request{"DELETE", url}, [this, bulk, id, url,
                                                                   settle](const GitLabTransport::Reply& r) {
            if (!r.error) {
                bulk->changed = true;
                AccessToken token;
                token.id = id;
                if (auto known = m_known(id))
                    token = *known;
                token.revoked = true;
                return settle(id, token, std::nullopt);
            }
            if (!r.outcomeUnknown) {
                if (m_explain)
                    return m_explain(id, *r.error,
                                     [settle, id](const BackendError& e) { settle(id, std::nullopt, e); });
                return settle(id, std::nullopt, *r.error);
            }
            // Lost: perhaps revoked. Read it once; never send the DELETE again.
            bulk->changed = true;
            bulk->pool->send(GitLabTransport::Request{"GET", url},
                             [this, id, settle](const GitLabTransport::Reply& again) {
                                 if (!again.error) {
                                     Result<AccessToken> now = GitLabParser::token(again.body);
                                     if (now && now.value().revoked)
                                         return settle(id, now.value(), std::nullopt);
                                 }
                                 m_lost.afterRevoke(id, [settle, id](Result<AccessToken> told) {
                                     if (told)
                                         return settle(id, told.value(), std::nullopt);
                                     settle(id, std::nullopt, told.error());
                                 });
                             });
        });
    }
}

} // namespace TokenDesk
