#pragma once

#include "AccessToken.h"
#include "BackendError.h"
#include "Clock.h"
#include "Result.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

namespace TokenDesk {

class GitLabLostReplies;
class GitLabTokenListing;
class GitLabTransport;

// The requests that change tokens: create (POST), rotate (POST .../rotate) and revoke (DELETE), each
// sent once and never again. A revoke costs its DELETE and at most one read (the token as it now is);
// a rotate its POST and at most one read (which token the backend signs in with, when not yet known).
// Follows the backend's own sign-in token through rotation and revocation.
class GitLabTokenChanges : public QObject
{
    Q_OBJECT

public:
    // signInTokenId: the backend's knowledge of the token it signs in with, read and updated here.
    GitLabTokenChanges(GitLabTransport& transport, GitLabTokenListing& listing, GitLabLostReplies& lost,
                       const Clock& clock, std::optional<qint64>& signInTokenId, QObject* parent = nullptr);

    // path: /user/personal_access_tokens or /users/:id/personal_access_tokens (ownerId set).
    void create(const QString& path, std::optional<qint64> ownerId, const TokenDraft& draft,
                Callback<CreatedToken> done);
    void rotate(qint64 id, std::optional<QDate> expiresAt, Callback<CreatedToken> done);
    void revoke(qint64 id, Callback<AccessToken> done);

    bool isOwnToken(qint64 id) const;
    // GitLab answers 401, not 404, when a regular user names a token that is not theirs: when the
    // account still signs in, the error becomes NotFound.
    void explainUnauthorized(qint64 id, const BackendError& error,
                             std::function<void(const BackendError&)> next);

Q_SIGNALS:
    // Tokens were (or may have been) changed: before the answer of the change.
    void changed();

private:
    GitLabTransport& m_transport;
    GitLabTokenListing& m_listing;
    GitLabLostReplies& m_lost;
    const Clock& m_clock;
    std::optional<qint64>& m_signInTokenId;
};

} // namespace TokenDesk
