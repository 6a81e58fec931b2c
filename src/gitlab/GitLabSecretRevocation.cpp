#include "GitLabSecretRevocation.h"

#include "GitLabParser.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"
#include "Logging.h"

namespace TokenDesk {

namespace {

using ErrorKind = BackendError::Kind;

BackendError notAccepted(const BackendError& error)
{
    if (error.kind != ErrorKind::Authentication)
        return error;
    BackendError e = error;
    e.message = GitLabSecretRevocation::tr(
        "GitLab does not accept this token: it is unknown to this instance, expired or already revoked.");
    return e;
}

AccessToken revokedNow(AccessToken token)
{
    token.revoked = true;
    return token;
}

} // namespace

GitLabSecretRevocation::GitLabSecretRevocation(GitLabTransport& transport, std::function<void()> changed)
    : m_transport(transport), m_changed(std::move(changed))
{}

void GitLabSecretRevocation::revoke(const Secret& secret, Callback<AccessToken> done)
{
    const int credential = secret.isEmpty() ? 0 : m_transport.addCredential(secret);
    if (credential == 0) {
        if (secret.isEmpty())
            return done(BackendError::make(ErrorKind::Authentication, tr("No token was given.")));
        return done(BackendError::make(ErrorKind::Network, tr("The connection to GitLab is closed.")));
    }
    auto finish = [this, credential, done](Result<AccessToken> result) {
        m_transport.removeCredential(credential);
        done(std::move(result));
    };
    const QUrl self = m_transport.apiUrl(GitLabUrls::tokenPath(GitLabUrls::SelfId));
    GitLabTransport::Request ask{"GET", self};
    ask.credential = credential;
    m_transport.send(ask, [this, self, credential, finish](const GitLabTransport::Reply& r) {
        if (r.error)
            return finish(notAccepted(*r.error));
        Result<AccessToken> token = GitLabParser::token(r.body);
        if (!token)
            return finish(token.error());
        qCInfo(lcGitLab) << "revoking token" << token.value().id << "by its own secret";
        GitLabTransport::Request revoke{"DELETE", self};
        revoke.credential = credential;
        m_transport.send(revoke,
                         [this, credential, before = token.value(), finish](const GitLabTransport::Reply& d) {
                             if (!d.error) {
                                 m_changed();
                                 return finish(revokedNow(before));
                             }
                             if (d.outcomeUnknown) {
                                 m_changed();
                                 return settleLostReply(credential, before, finish);
                             }
                             finish(notAccepted(*d.error));
                         });
    });
}

void GitLabSecretRevocation::settleLostReply(int credential, const AccessToken& before,
                                             Callback<AccessToken> finish)
{
    GitLabTransport::Request ask{"GET", m_transport.apiUrl(GitLabUrls::tokenPath(GitLabUrls::SelfId))};
    ask.credential = credential;
    m_transport.send(ask, [before, finish](const GitLabTransport::Reply& r) {
        const QString lost =
            tr("GitLab did not answer the request to revoke token %1 (\"%2\"), and TokenDesk "
               "did not send it again.")
                .arg(before.id)
                .arg(before.name);
        if (r.error && r.error->kind == ErrorKind::Authentication) {
            qCInfo(lcGitLab) << "the reply to revoking token" << before.id << "was lost; it is revoked now";
            return finish(revokedNow(before)); // the secret no longer signs in: revoked
        }
        if (r.error)
            return finish(BackendError::make(
                ErrorKind::Unknown,
                lost + u' ' +
                    tr("Asking GitLab about the token failed too (%1); try revoking it again.")
                        .arg(r.error->message)));
        Result<AccessToken> token = GitLabParser::token(r.body);
        if (token && token.value().revoked)
            return finish(token.value());
        finish(BackendError::make(ErrorKind::Unknown,
                                  lost + u' ' + tr("The token still works: revoke it again.")));
    });
}

} // namespace TokenDesk
