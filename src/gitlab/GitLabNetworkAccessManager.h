#pragma once

#include "GitLabOptions.h"
#include "Secret.h"

#include <QHash>
#include <QNetworkAccessManager>
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
    int m_nextKey = 1;
};

} // namespace TokenDesk
