#pragma once

#include "Resource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace TokenDesk {

// Where things are on a GitLab instance and which addresses TokenDesk accepts: the instance URL rules,
// the identities (keychain key prefixes), the API's URLs and GitLab's own "new token" page.
class GitLabUrls
{
    Q_DECLARE_TR_FUNCTIONS(GitLabUrls)

public:
    // As a token id: the token a backend signs in with (GitLab's /personal_access_tokens/self).
    static constexpr qint64 SelfId = -1;

    // Why this URL cannot be used (not https, http on a non-loopback host, no host, ...); nullopt if fine.
    static std::optional<QString> checkInstanceUrl(const QUrl& instanceUrl);
    static bool isLoopbackHost(const QString& host);
    // Why the PEM file of extra certificate authorities cannot be used; nothing when it can.
    static std::optional<QString> caFileProblem(const QString& path);
    // "gitlab:host[:port][/path]" and "gitlab:host[:port][/path]:username" for https; "gitlab:http://..." for
    // http. Lower-case host, IPv6 in brackets ("gitlab:[::1]:8443"), no default port, no trailing slash or
    // /api/v4: the same instance always gives the same identity, two instances never the same one.
    static QString instanceIdentity(const QUrl& instanceUrl);
    static QString accountIdentity(const QUrl& instanceUrl, const QString& username);
    // GitLab's own "new token" page with the form filled in.
    static QUrl prefilledTokenPageUrl(const QUrl& instanceUrl, const QString& name, const QStringList& scopes,
                                      const QString& description = {});

    // The instance as TokenDesk keeps it: no query or fragment, no trailing slash or /api/v4.
    static QUrl normalizedInstance(const QUrl& instanceUrl);
    // The REST API's base: the instance's URL + /api/v4.
    static QUrl apiBase(const QUrl& instanceUrl);
    // base + path, with the query items percent-encoded one by one.
    static QUrl apiUrl(const QUrl& apiBase, const QString& path,
                       const QList<std::pair<QString, QString>>& query = {});
    // "/personal_access_tokens/<id>", or ".../self" for SelfId.
    static QString tokenPath(qint64 id);
    // Where a listing's tokens are: "/personal_access_tokens" or a resource's "/projects/42/access_tokens".
    static QString personalTokens();
    static QString resourceTokens(ResourceRef::Kind kind, qint64 id);
    // One token of a collection: tokenPath(id) for the personal one, else "<collection>/<id>".
    static QString tokenPath(const QString& collection, qint64 id);
    // "/groups/42" or "/projects/acme%2Fweb": a group or project by id or full path (encoded as one segment).
    static QString resourcePath(ResourceRef::Kind kind, const QString& idOrPath);
    static QString encodeQuery(const QList<std::pair<QString, QString>>& items);
    // "https://host:port" of a URL, for messages.
    static QString originText(const QUrl& url);
};

} // namespace TokenDesk
