#include "GitLabUrls.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// The instance's path prefix without trailing slashes or /api/v4: "" or "/gitlab".
QString instancePath(const QUrl& url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api/v4"_s))
        path.chop(7);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

std::optional<QString> GitLabUrls::checkInstanceUrl(const QUrl& instanceUrl)
{
    if (!instanceUrl.isValid() || instanceUrl.host().isEmpty())
        return tr("The instance URL is not valid; it should look like https://gitlab.example.com.");
    if (!instanceUrl.userInfo().isEmpty())
        return tr("The instance URL must not contain a user name or password.");
    const QString scheme = instanceUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(instanceUrl.host()))
            return std::nullopt;
        return tr("TokenDesk refuses to send an access token over unencrypted http:// to %1; use https:// "
                  "(http:// is only allowed for this computer: localhost, 127.0.0.1, ::1).")
            .arg(instanceUrl.host());
    }
    return tr("The instance URL must start with https://.");
}

bool GitLabUrls::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> GitLabUrls::caFileProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file %1.").arg(QDir::toNativeSeparators(path));
    if (!info.isFile() || !info.isReadable())
        return tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path));
    if (QSslCertificate::fromPath(info.absoluteFilePath(), QSsl::Pem).isEmpty())
        return tr("The file %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

QString GitLabUrls::instanceIdentity(const QUrl& instanceUrl)
{
    // One spelling per instance, and a different one for every other instance: the scheme unless it is
    // https (http is only ever a loopback test instance), the host in lower case with an IPv6 address kept
    // in its brackets, the port unless it is the scheme's default, the path prefix as normalizedInstance.
    const QUrl url = normalizedInstance(instanceUrl);
    const QString scheme = url.scheme().toLower();
    QString id = u"gitlab:"_s;
    if (scheme != u"https"_s)
        id += scheme + u"://"_s;
    const QString host = url.host().toLower();
    id += host.contains(u':') ? u'[' + host + u']' : host;
    const int defaultPort = scheme == u"http"_s ? 80 : 443;
    if (url.port() > 0 && url.port() != defaultPort)
        id += u':' + QString::number(url.port());
    return id + url.path();
}

QString GitLabUrls::accountIdentity(const QUrl& instanceUrl, const QString& username)
{
    return instanceIdentity(instanceUrl) + u':' + username;
}

QUrl GitLabUrls::prefilledTokenPageUrl(const QUrl& instanceUrl, const QString& name,
                                       const QStringList& scopes, const QString& description)
{
    QUrl url = instanceUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(instancePath(url) + u"/-/user_settings/personal_access_tokens"_s);
    QStringList parts;
    parts << u"name="_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
    QStringList encodedScopes;
    for (const QString& s : scopes)
        encodedScopes << QString::fromLatin1(QUrl::toPercentEncoding(s));
    parts << u"scopes="_s + encodedScopes.join(u',');
    if (!description.isEmpty())
        parts << u"description="_s + QString::fromLatin1(QUrl::toPercentEncoding(description));
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

QUrl GitLabUrls::normalizedInstance(const QUrl& instanceUrl)
{
    QUrl url = instanceUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(instancePath(url));
    return url;
}

QUrl GitLabUrls::apiBase(const QUrl& instanceUrl)
{
    QUrl url = normalizedInstance(instanceUrl);
    url.setPath(url.path() + u"/api/v4"_s);
    return url;
}

QUrl GitLabUrls::apiUrl(const QUrl& apiBase, const QString& path,
                        const QList<std::pair<QString, QString>>& query)
{
    QUrl url = apiBase;
    // Encoded, so that a full path's "%2F" stays one segment ("/projects/acme%2Fweb").
    url.setPath(apiBase.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

QString GitLabUrls::tokenPath(qint64 id)
{
    return id == SelfId ? u"/personal_access_tokens/self"_s : u"/personal_access_tokens/%1"_s.arg(id);
}

QString GitLabUrls::personalTokens()
{
    return u"/personal_access_tokens"_s;
}

QString GitLabUrls::resourceTokens(ResourceRef::Kind kind, qint64 id)
{
    return resourcePath(kind, QString::number(id)) + u"/access_tokens"_s;
}

QString GitLabUrls::tokenPath(const QString& collection, qint64 id)
{
    if (collection == personalTokens())
        return tokenPath(id);
    return collection + u'/' + QString::number(id);
}

QString GitLabUrls::resourcePath(ResourceRef::Kind kind, const QString& idOrPath)
{
    const QString base = kind == ResourceRef::Kind::Group ? u"/groups/"_s : u"/projects/"_s;
    return base + QString::fromLatin1(QUrl::toPercentEncoding(idOrPath.trimmed()));
}

QString GitLabUrls::encodeQuery(const QList<std::pair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [key, value] : items)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join(u'&');
}

QString GitLabUrls::originText(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

} // namespace TokenDesk
