#include "GitLabNetworkAccessManager.h"

namespace TokenDesk {

GitLabNetworkAccessManager::GitLabNetworkAccessManager(const QUrl& origin, Secret credential,
                                                       GitLabOptions::AuthHeader header, QObject* parent)
    : QNetworkAccessManager(parent), m_origin(origin), m_credential(std::move(credential)), m_header(header)
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setAutoDeleteReplies(false);
}

int GitLabNetworkAccessManager::addCredential(Secret credential)
{
    const int key = m_nextKey++;
    m_extraCredentials.insert(key, std::move(credential));
    return key;
}

void GitLabNetworkAccessManager::removeCredential(int key)
{
    m_extraCredentials.remove(key);
}

bool GitLabNetworkAccessManager::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QNetworkReply* GitLabNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                         QIODevice* outgoingData)
{
    QNetworkRequest r(request);
    r.setRawHeader("PRIVATE-TOKEN", QByteArray());
    r.setRawHeader("Authorization", QByteArray());
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (sameOrigin(r.url(), m_origin)) {
        const QVariant key = r.attribute(CredentialAttribute);
        const GitLabNetworkAccessManager* owner = m_credentialSource ? m_credentialSource.data() : this;
        const Secret& credential =
            key.isValid() ? owner->m_extraCredentials.value(key.toInt()) : owner->m_credential;
        if (!credential.isEmpty()) {
            QByteArray value = credential.utf8();
            if (m_header == GitLabOptions::AuthHeader::Bearer)
                r.setRawHeader("Authorization", "Bearer " + value);
            else
                r.setRawHeader("PRIVATE-TOKEN", value);
            secureWipe(value);
        }
    }
    return QNetworkAccessManager::createRequest(op, r, outgoingData);
}

} // namespace TokenDesk
