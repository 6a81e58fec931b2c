#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "GitLabOptions.h"
#include "GitLabTransport.h"
#include "Inventory.h"
#include "Result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace TokenDesk {

class GitLabLostReplies;

// Revokes many tokens (an administrator's any user's): one DELETE per token, `inFlight` at a time over a
// GitLabRequestPool, each sent once. The revoked token is answered from what the caller already knows of
// it (the inventory), marked revoked, with no read after the DELETE. A failure stops nothing else.
// A lost reply (the connection broke, a 5xx, a timeout after sending) is never sent again: the token is
// re-read once; revoked now means revoked, anything else is answered Kind::Unknown in the words of
// GitLabLostReplies, as a single revoke answers it. A 429 is different: GitLab's rate limiter answers it
// before the request reaches the code that revokes, so nothing was applied and the DELETE may go again
// once the server's Retry-After has passed (GitLabRequestPool does, at most ten times).
class GitLabBulkRevoke : public QObject
{
    Q_OBJECT

public:
    using Known = std::function<std::optional<AccessToken>(qint64)>;
    using Explain =
        std::function<void(qint64 id, const BackendError&, std::function<void(const BackendError&)>)>;

    GitLabBulkRevoke(GitLabTransport& transport, GitLabLostReplies& lost, const Clock& clock,
                     const GitLabOptions& options, Known known, Explain explain, QObject* parent = nullptr);

    void revoke(const QList<qint64>& ids, int inFlight, Callback<BulkRevokeReport> done,
                std::function<void(int answered, int total)> progress);

Q_SIGNALS:
    // Tokens were (or may have been) revoked.
    void changed();

private:
    GitLabTransport& m_transport;
    GitLabLostReplies& m_lost;
    const Clock& m_clock;
    GitLabOptions m_options;
    Known m_known;
    Explain m_explain;
};

} // namespace TokenDesk
