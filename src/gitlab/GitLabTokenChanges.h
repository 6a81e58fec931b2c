#pragma once

#include "AccessToken.h"
#include "BackendError.h"
#include "Clock.h"
#include "GitLabUrls.h"
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
    // collection: where the tokens are (GitLabUrls::personalTokens() or a resource's access tokens).
    GitLabTokenChanges(GitLabTransport& transport, GitLabTokenListing& listing, GitLabLostReplies& lost,
                       const Clock& clock, std::optional<qint64>& signInTokenId, QObject* parent = nullptr,
                       QString collection = GitLabUrls::personalTokens());

    enum class Operation
    {
        Read, // not a change: for the explainers of backends that share it with their reads
        Create,
        Rotate,
        Revoke
    };
    using Next = std::function<void(const BackendError&)>;
    // Tells what a refusal (an error answer, not a lost reply) of a change means; the default: a 401 on
    // a token that is not the account's own is NotFound (explainUnauthorized). It may read, never write.
    using Explain = std::function<void(Operation, qint64 id, const BackendError&, Next)>;
    void setExplain(Explain explain) { m_explain = std::move(explain); }

    // path: /user/personal_access_tokens or /users/:id/personal_access_tokens (ownerId set), or the
    // collection of a resource's tokens (draft.accessLevel is sent when set).
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
    QString m_collection;
    bool m_personal = true;
    Explain m_explain;
};

} // namespace TokenDesk
