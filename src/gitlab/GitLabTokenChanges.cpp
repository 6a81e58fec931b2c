#include "GitLabTokenChanges.h"

#include "GitLabLostReplies.h"
#include "GitLabParser.h"
#include "GitLabTokenListing.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

using ErrorKind = BackendError::Kind;

GitLabTokenChanges::GitLabTokenChanges(GitLabTransport& transport, GitLabTokenListing& listing,
                                       GitLabLostReplies& lost, const Clock& clock,
                                       std::optional<qint64>& signInTokenId, QObject* parent,
                                       QString collection)
    : QObject(parent), m_transport(transport), m_listing(listing), m_lost(lost), m_clock(clock),
      m_signInTokenId(signInTokenId), m_collection(std::move(collection)),
      m_personal(m_collection == GitLabUrls::personalTokens())
{}

void GitLabTokenChanges::create(const QString& path, std::optional<qint64> ownerId, const TokenDraft& draft,
                                Callback<CreatedToken> cb)
{
    QJsonObject body;
    body.insert(QLatin1String("name"), draft.name);
    if (!draft.description.isEmpty())
        body.insert(QLatin1String("description"), draft.description);
    if (draft.expiresAt.isValid())
        body.insert(QLatin1String("expires_at"), draft.expiresAt.toString(Qt::ISODate));
    body.insert(QLatin1String("scopes"), QJsonArray::fromStringList(draft.scopes));
    if (draft.accessLevel > 0)
        body.insert(QLatin1String("access_level"), draft.accessLevel);
    GitLabTransport::Request call{"POST", m_transport.apiUrl(path),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact)};
    const QDateTime sentAt = m_clock.nowUtc();
    const QString name = draft.name;
    m_transport.send(call, [this, name, ownerId, sentAt, cb](const GitLabTransport::Reply& r) {
        if (r.error) {
            if (r.outcomeUnknown) {
                Q_EMIT changed();
                return m_lost.afterCreate(name, ownerId, sentAt, cb);
            }
            if (m_explain)
                return m_explain(Operation::Create, 0, *r.error, [cb](const BackendError& e) { cb(e); });
            return cb(*r.error);
        }
        Result<CreatedToken> created = GitLabParser::createdToken(r.body);
        Q_EMIT changed();
        if (!created)
            return cb(BackendError::make(ErrorKind::Unknown,
                                         tr("GitLab answered the request to create \"%1\", but the "
                                            "reply could not be read, so its secret is lost. If "
                                            "the token now exists, revoke it and create a new one.")
                                             .arg(name)));
        cb(std::move(created));
    });
}

void GitLabTokenChanges::rotate(qint64 id, std::optional<QDate> expiresAt, Callback<CreatedToken> cb)
{
    auto doRotate = [this, id, expiresAt, cb]() {
        QJsonObject body;
        if (expiresAt)
            body.insert(QLatin1String("expires_at"), expiresAt->toString(Qt::ISODate));
        GitLabTransport::Request call{
            "POST", m_transport.apiUrl(GitLabUrls::tokenPath(m_collection, id) + u"/rotate"_s),
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
        m_transport.send(call, [this, id, cb](const GitLabTransport::Reply& r) {
            if (r.error) {
                if (r.outcomeUnknown) {
                    Q_EMIT changed();
                    return m_lost.afterRotate(id, cb);
                }
                const bool refusedDraft =
                    r.error->kind == ErrorKind::Validation && r.error->httpStatus == 400;
                if (refusedDraft)
                    Q_EMIT changed(); // a rotate of a revoked token may have revoked its family
                if (m_explain)
                    return m_explain(Operation::Rotate, id, *r.error, [cb](const BackendError& e) { cb(e); });
                if (!refusedDraft)
                    return explainUnauthorized(id, *r.error, [cb](const BackendError& e) { cb(e); });
                return cb(*r.error);
            }
            Result<CreatedToken> created = GitLabParser::createdToken(r.body);
            if (created && isOwnToken(id)) {
                m_transport.setCredential(created.value().secret);
                m_signInTokenId = created.value().token.id;
            }
            Q_EMIT changed();
            if (!created)
                return cb(BackendError::make(ErrorKind::Unknown,
                                             tr("GitLab answered the rotation, but the reply could "
                                                "not be read, so the new secret is lost. Rotate the "
                                                "new token to get a secret.")));
            cb(std::move(created));
        });
    };
    if (m_signInTokenId || id == GitLabUrls::SelfId || !m_personal)
        return doRotate();
    m_transport.send(GitLabTransport::Request{"GET", m_transport.apiUrl(u"/personal_access_tokens/self"_s)},
                     [this, doRotate, cb](const GitLabTransport::Reply& r) {
                         if (r.error && r.error->kind == ErrorKind::Cancelled)
                             return cb(*r.error);
                         if (!r.error) {
                             if (auto t = GitLabParser::token(r.body))
                                 m_signInTokenId = t.value().id;
                         }
                         doRotate();
                     });
}

void GitLabTokenChanges::revoke(qint64 id, Callback<AccessToken> cb)
{
    auto revokeNow = [this, id, cb](std::optional<AccessToken> before) {
        m_transport.send(
            GitLabTransport::Request{"DELETE", m_transport.apiUrl(GitLabUrls::tokenPath(m_collection, id))},
            [this, id, before, cb](const GitLabTransport::Reply& r) {
                if (r.error) {
                    if (r.outcomeUnknown) {
                        Q_EMIT changed();
                        return m_lost.afterRevoke(id, cb);
                    }
                    if (m_explain)
                        return m_explain(Operation::Revoke, id, *r.error,
                                         [cb](const BackendError& e) { cb(e); });
                    return explainUnauthorized(id, *r.error, [cb](const BackendError& e) { cb(e); });
                }
                AccessToken known;
                known.id = id;
                if (before)
                    known = *before;
                else if (auto shown = m_listing.cachedToken(id))
                    known = *shown;
                known.revoked = true;
                const bool own = isOwnToken(id);
                Q_EMIT changed();
                if (own)
                    return cb(known); // the account's own credential: nothing can be read with it any more
                m_transport.send(GitLabTransport::Request{"GET", m_transport.apiUrl(GitLabUrls::tokenPath(
                                                                     m_collection, id))},
                                 [known, cb](const GitLabTransport::Reply& again) {
                                     if (!again.error) {
                                         if (auto t = GitLabParser::token(again.body))
                                             return cb(t.value());
                                     }
                                     cb(known);
                                 });
            });
    };
    if (id != GitLabUrls::SelfId || !m_personal)
        return revokeNow(std::nullopt);
    // Which token is "self"? Read it first: once revoked, it can read nothing.
    m_transport.send(
        GitLabTransport::Request{"GET", m_transport.apiUrl(GitLabUrls::tokenPath(GitLabUrls::SelfId))},
        [this, revokeNow, cb](const GitLabTransport::Reply& r) {
            if (r.error)
                return cb(*r.error);
            Result<AccessToken> self = GitLabParser::token(r.body);
            if (!self)
                return cb(self.error());
            m_signInTokenId = self.value().id;
            revokeNow(self.value());
        });
}

bool GitLabTokenChanges::isOwnToken(qint64 id) const
{
    return id == GitLabUrls::SelfId || (m_signInTokenId && *m_signInTokenId == id);
}

void GitLabTokenChanges::explainUnauthorized(qint64 id, const BackendError& error,
                                             std::function<void(const BackendError&)> next)
{
    if (error.kind != ErrorKind::Authentication || isOwnToken(id))
        return next(error);
    // GitLab answers 401, not 404, when a regular user names a token that is not theirs.
    m_transport.send(GitLabTransport::Request{"GET", m_transport.apiUrl(u"/user"_s)},
                     [id, error, next](const GitLabTransport::Reply& r) {
                         if (r.error)
                             return next(error);
                         BackendError e = BackendError::make(
                             ErrorKind::NotFound,
                             tr("Token %1 does not exist or belongs to another user.").arg(id));
                         e.httpStatus = error.httpStatus;
                         next(e);
                     });
}

} // namespace TokenDesk
