#pragma once

#include "GitLabOptions.h"
#include "Secret.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

namespace TokenDesk {

// The one place where the access token joins a request: only requests to the instance's own
// origin (scheme, host and port) carry it, whatever asked for them.
class GitLabNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    // Request attribute (int) naming a one-off credential from addCredential() instead of the account's.
    static constexpr QNetworkRequest::Attribute CredentialAttribute =
        static_cast<QNetworkRequest::Attribute>(QNetworkRequest::User + 1);

    GitLabNetworkAccessManager(const QUrl& origin, Secret credential, GitLabOptions::AuthHeader header,
                               QObject* parent = nullptr);

    void setCredential(Secret credential) { m_credential = std::move(credential); }
    // Signs requests with the credentials of `source` (whatever they are at the time) instead of its own:
    // another pool of connections to the same instance, for more requests in flight than one pool's six.
    void useCredentialsOf(GitLabNetworkAccessManager* source) { m_credentialSource = source; }
    int addCredential(Secret credential);
    void removeCredential(int key);

    static bool sameOrigin(const QUrl& a, const QUrl& b);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    QUrl m_origin;
    Secret m_credential;
    GitLabOptions::AuthHeader m_header;
    QHash<int, Secret> m_extraCredentials;
    QPointer<GitLabNetworkAccessManager> m_credentialSource;
    int m_nextKey = 1;
};

} // namespace TokenDesk
