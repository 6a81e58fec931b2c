#pragma once

#include "BackendOptions.h"
#include "CliContext.h"
#include "Clock.h"
#include "Result.h"
#include "Secret.h"
#include "TokenBackend.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace TokenDesk {

class SecretVault;

// What whoami shows: who the backend signs in as, on which server, and with which token.
struct SignInReport
{
    Account account;
    QString server;
    QString version; // empty when the server did not say
    std::optional<AccessToken> signInToken;
};

// The one place where the command line's options choose and build a backend, and where a server
// backend's credential comes from (GITLAB_TOKEN, --token-file, or a connected account's keychain entry).
// Commands only see TokenBackend.
class BackendFactory
{
    Q_DECLARE_TR_FUNCTIONS(BackendFactory)

public:
    struct Opened
    {
        std::unique_ptr<TokenBackend> backend;
        CliCredential credential;
    };

    // Opens the backend the options name; its credential is loaded first (from the keychain: later, on
    // the event loop). credentialOptional: with none at all, the backend signs in with nothing.
    static void open(const BackendOptions& options, const Clock& clock, SecretVault* vault,
                     bool credentialOptional, QObject* context, std::function<void(Result<Opened>)> done);
    // Who the backend signs in as, with the server's version and the sign-in token (server backends).
    static void describeSignIn(TokenBackend& backend, QObject* context, Callback<SignInReport> done);

    // The keychain key of the account USER on --gitlab's instance: the backend's identity() once it
    // knows the user, "gitlab:HOST[:PORT][PATH]:USER".
    static QString accountKey(const BackendOptions& options, const QString& user);
    // The users of --gitlab's instance that are connected (AccountBook).
    static QStringList connectedUsers(const BackendOptions& options, const QString& settingsFile);

private:
    static Result<std::unique_ptr<TokenBackend>> openStore(const BackendOptions& options, const Clock& clock);
    static Opened openServer(const BackendOptions& options, Secret accessToken, const Clock& clock,
                             CliCredential credential);
    // Why --gitlab's URL cannot be used; empty when it can.
    static QString checkServerUrl(const BackendOptions& options);
    // Fills in the CA file and timeout the window stored for the connected account `key` where the
    // command line gave none. Why the stored CA file cannot be used; empty when it can.
    static QString useAccountOptions(BackendOptions& options, const QString& settingsFile,
                                     const QString& key);
    // --token-file's first line, trimmed.
    static Result<Secret> readTokenFile(const QString& path);
};

} // namespace TokenDesk
