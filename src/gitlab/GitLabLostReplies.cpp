#include "GitLabLostReplies.h"

#include "GitLabParser.h"
#include "GitLabRetryPolicy.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

using ErrorKind = BackendError::Kind;

GitLabLostReplies::GitLabLostReplies(GitLabTransport& transport, const Clock& clock,
                                     std::function<bool(qint64)> isOwnToken, QString collection)
    : m_transport(transport), m_clock(clock), m_isOwnToken(std::move(isOwnToken)),
      m_collection(std::move(collection))
{}

void GitLabLostReplies::afterCreate(const QString& name, std::optional<qint64> ownerId, QDateTime sentAt,
                                    Callback<CreatedToken> cb)
{
    QList<std::pair<QString, QString>> query{
        {u"search"_s, name}, {u"sort"_s, u"created_desc"_s}, {u"per_page"_s, u"100"_s}};
    if (m_collection !=
        GitLabUrls::personalTokens()) // a resource's tokens: the newest first, where the server sorts
        query = {{u"state"_s, u"active"_s}, {u"sort"_s, u"created_desc"_s}, {u"per_page"_s, u"100"_s}};
    if (ownerId)
        query << std::pair{u"user_id"_s, QString::number(*ownerId)};
    const QUrl url = m_transport.apiUrl(m_collection, query);
    m_transport.send(GitLabTransport::Request{"GET", url}, [this, name, sentAt,
                                                            cb](const GitLabTransport::Reply& r) {
        const QString lost =
            tr("The server did not answer the request to create \"%1\", and TokenDesk did not "
               "send it again.")
                .arg(name);
        if (r.error)
            return cb(BackendError::make(ErrorKind::Unknown,
                                         lost + u' ' +
                                             tr("Re-reading the token list failed too (%1), so it "
                                                "is unknown whether the token was created. Check "
                                                "the list before trying again.")
                                                 .arg(r.error->message)));
        // "Recently" on the server's clock when its Date header tells it, so a skewed local clock
        // cannot hide a token that was created.
        QDateTime since = sentAt.addSecs(-300);
        const QDateTime serverNow = GitLabRetryPolicy::httpDate(r.header("date"));
        if (serverNow.isValid())
            since = serverNow.addMSecs(-sentAt.msecsTo(m_clock.nowUtc())).addSecs(-300);
        Result<QList<AccessToken>> tokens = GitLabParser::tokenList(r.body);
        QList<AccessToken> recent;
        if (tokens) {
            for (const AccessToken& t : tokens.value()) {
                if (t.name == name && !t.revoked && (!t.createdAt.isValid() || t.createdAt >= since))
                    recent << t;
            }
        }
        if (!tokens)
            return cb(BackendError::make(ErrorKind::Unknown, lost + u' ' +
                                                                 tr("It is unknown whether the token was "
                                                                    "created; check the list before trying "
                                                                    "again.")));
        if (recent.isEmpty())
            return cb(BackendError::make(ErrorKind::Unknown, lost + u' ' +
                                                                 tr("The token list was re-read: the token "
                                                                    "was not created. You can try again.")));
        return cb(BackendError::make(
            ErrorKind::Unknown,
            lost + u' ' +
                tr("The token list was re-read: a token named \"%1\" now exists (id %2), but its "
                   "secret never arrived. Revoke it and create a new one if you need the secret.")
                    .arg(name)
                    .arg(recent.first().id)));
    });
}

void GitLabLostReplies::afterRotate(qint64 id, Callback<CreatedToken> cb)
{
    m_transport.send(
        GitLabTransport::Request{"GET", m_transport.apiUrl(GitLabUrls::tokenPath(m_collection, id))},
        [this, id, cb](const GitLabTransport::Reply& r) {
            const QString lost =
                tr("The server did not answer the request to rotate token %1, and TokenDesk did "
                   "not send it again "
                   "(a repeated rotation would make GitLab revoke the whole token family).")
                    .arg(id);
            if (r.error) {
                if (r.error->kind == ErrorKind::Authentication && m_isOwnToken(id))
                    return cb(BackendError::make(ErrorKind::Unknown,
                                                 lost + u' ' +
                                                     tr("The access token no longer works: it was "
                                                        "probably rotated and the new secret was lost. "
                                                        "Connect again with a new access token.")));
                return cb(BackendError::make(ErrorKind::Unknown,
                                             lost + u' ' +
                                                 tr("Re-reading the token failed too (%1); check the "
                                                    "token list before doing anything else.")
                                                     .arg(r.error->message)));
            }
            Result<AccessToken> token = GitLabParser::token(r.body);
            if (!token)
                return cb(BackendError::make(ErrorKind::Unknown, lost + u' ' + tr("Check the token list.")));
            if (!token.value().revoked)
                return cb(BackendError::make(ErrorKind::Unknown,
                                             lost + u' ' +
                                                 tr("The token list was re-read: the token was not "
                                                    "rotated and still works. You can rotate it "
                                                    "again.")));
            return cb(BackendError::make(
                ErrorKind::Unknown,
                lost + u' ' +
                    tr("The token list was re-read: the token was rotated (the old one is revoked), but "
                       "the new secret never arrived. Rotate the new token \"%1\" to get a secret; do "
                       "not rotate the old one again.")
                        .arg(token.value().name)));
        });
}

void GitLabLostReplies::afterRevoke(qint64 id, Callback<AccessToken> cb)
{
    m_transport.send(
        GitLabTransport::Request{"GET", m_transport.apiUrl(GitLabUrls::tokenPath(m_collection, id))},
        [this, id, cb](const GitLabTransport::Reply& r) {
            const QString lost =
                tr("The server did not answer the request to revoke token %1, and TokenDesk did "
                   "not send it again.")
                    .arg(id);
            if (r.error) {
                if (r.error->kind == ErrorKind::Authentication && m_isOwnToken(id))
                    return cb(BackendError::make(ErrorKind::Unknown,
                                                 lost + u' ' +
                                                     tr("The access token no longer works, so it was "
                                                        "revoked.")));
                return cb(BackendError::make(ErrorKind::Unknown,
                                             lost + u' ' +
                                                 tr("Re-reading the token failed too (%1); check the "
                                                    "token list.")
                                                     .arg(r.error->message)));
            }
            Result<AccessToken> token = GitLabParser::token(r.body);
            if (token && token.value().revoked)
                return cb(BackendError::make(ErrorKind::Unknown,
                                             lost + u' ' +
                                                 tr("The token list was re-read: the token is now "
                                                    "revoked.")));
            if (token)
                return cb(BackendError::make(ErrorKind::Unknown,
                                             lost + u' ' +
                                                 tr("The token list was re-read: the token was not "
                                                    "revoked and still works. You can revoke it "
                                                    "again.")));
            cb(BackendError::make(ErrorKind::Unknown, lost + u' ' + tr("Check the token list.")));
        });
}

} // namespace TokenDesk
