#pragma once

#include "GitLabOptions.h"
#include "Result.h"
#include "Secret.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QObject;

namespace TokenDesk {

class Clock;

// Trying a GitLab instance URL with an access token before it becomes an account: who it signs in as,
// the server's version and the token's own scopes and expiry. With the rules for URLs and CA files that
// the Connect dialog and the command line check before asking the server. The backend it builds lives
// only until the answer.
class ConnectionCheck
{
public:
    struct Identified
    {
        GitLabConnection connection;
        QString accountKey; // the registry key (and keychain identity) of this user on this instance
        QUrl instanceUrl;   // as the backend uses it (a trailing /api/v4 removed)
    };

    // Answers who signs in with `accessToken` at `instanceUrl` (GET /user, /version and
    // /personal_access_tokens/self), or why not (Authentication: the token was refused).
    static void identify(const QUrl& instanceUrl, const Secret& accessToken, const GitLabOptions& options,
                         const Clock& clock, QObject* context, Callback<Identified> done);

    // Why this URL cannot be used (not https, no host, ...); nullopt if fine.
    static std::optional<QString> instanceUrlProblem(const QUrl& instanceUrl);
    // Why the PEM file of extra certificate authorities cannot be used; nullopt when it can.
    static std::optional<QString> caFileProblem(const QString& path);
    // "gitlab:host[:port][/path]" and "gitlab:host[:port][/path]:username", without asking the server.
    static QString instanceKey(const QUrl& instanceUrl);
    static QString accountKey(const QUrl& instanceUrl, const QString& username);
    // The server's page for a new token, filled in.
    static QUrl tokenPageUrl(const QUrl& instanceUrl, const QString& name, const QStringList& scopes,
                             const QString& description = {});
};

} // namespace TokenDesk
