#pragma once

#include "BackendOptions.h"
#include "Clock.h"
#include "Result.h"
#include "Secret.h"
#include "TokenBackend.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace TokenDesk {

class GitLabBackend;

// The one place where the command line's options choose a backend. Commands only see TokenBackend.
class BackendFactory
{
    Q_DECLARE_TR_FUNCTIONS(BackendFactory)

public:
    static Result<std::unique_ptr<TokenBackend>> open(const BackendOptions& options, const Clock& clock);
    // The GitLab backend of --gitlab, signing in with accessToken.
    static std::unique_ptr<GitLabBackend> openGitLab(const BackendOptions& options, Secret accessToken,
                                                     const Clock& clock);
    // Why --gitlab's URL cannot be used; empty when it can.
    static QString checkGitLabUrl(const BackendOptions& options);

    // The keychain key of the account USER on --gitlab's instance: GitLabBackend::identity() once it
    // knows the user, "gitlab:HOST[:PORT][PATH]:USER".
    static QString accountKey(const BackendOptions& options, const QString& user);
    // The users of --gitlab's instance that are connected (AccountBook).
    static QStringList connectedUsers(const BackendOptions& options, const QString& settingsFile);
    // Fills in the CA file and timeout the window stored for the connected account `key` where the
    // command line gave none. Why the stored CA file cannot be used; empty when it can.
    static QString useAccountOptions(BackendOptions& options, const QString& settingsFile,
                                     const QString& key);
    // --token-file's first line, trimmed.
    static Result<Secret> readTokenFile(const QString& path);
};

} // namespace TokenDesk
