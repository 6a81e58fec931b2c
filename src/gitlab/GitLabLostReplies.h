#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "GitLabUrls.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace TokenDesk {

class GitLabTransport;

// What to tell when the reply to a create, rotate or revoke was lost (the connection broke, a 5xx, a
// timeout after sending): the change is never sent again, the backend re-reads what it may have done
// and answers Kind::Unknown saying what it found.
class GitLabLostReplies
{
    Q_DECLARE_TR_FUNCTIONS(GitLabLostReplies)

public:
    // isOwnToken: whether a token id names the token the backend signs in with. collection: where the
    // tokens are (GitLabUrls::personalTokens() or a resource's access tokens).
    GitLabLostReplies(GitLabTransport& transport, const Clock& clock, std::function<bool(qint64)> isOwnToken,
                      QString collection = GitLabUrls::personalTokens());

    // Searches the listing for a token of that name created since shortly before sentAt (on the
    // server's clock when its Date header tells it).
    void afterCreate(const QString& name, std::optional<qint64> ownerId, QDateTime sentAt,
                     Callback<CreatedToken> done);
    void afterRotate(qint64 id, Callback<CreatedToken> done);
    void afterRevoke(qint64 id, Callback<AccessToken> done);

private:
    GitLabTransport& m_transport;
    const Clock& m_clock;
    std::function<bool(qint64)> m_isOwnToken;
    QString m_collection;
};

} // namespace TokenDesk
