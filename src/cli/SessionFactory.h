#pragma once

#include "AccountSession.h"
#include "BackendOptions.h"
#include "Clock.h"
#include "Result.h"
#include "Secret.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace TokenDesk {

class SecretVault;

// Turns the command line's options into an AccountSession: the store (--store, --demo) or a GitLab
// instance (--gitlab) signing in with GITLAB_TOKEN, --token-file, or a connected account's credential
// in the keychain (--user, or the only one connected). The session layer builds and owns the backend.
class SessionFactory
{
    Q_DECLARE_TR_FUNCTIONS(SessionFactory)

public:
    // credentialOptional: with no credential at all, a GitLab session signs in with nothing (verify).
    // The session is open (its backend built) when done answers.
    static void open(const BackendOptions& options, const Clock& clock, SecretVault* vault,
                     bool credentialOptional, QObject* context,
                     std::function<void(Result<AccountSession::Ptr>)> done);

    // The session on the access tokens of the group or project `ref` names, sharing the open session
    // `parent`: the resource is resolved (Kind::NotFound when it does not exist or the user cannot see
    // it), and with withAccount the parent asks who signs in meanwhile (the keychain keys of its tokens
    // need the account). managingRole: a user whose role there is known to be too low to manage its
    // tokens is refused (Kind::Permission) before anything is asked of the resource.
    static void openResource(const AccountSession::Ptr& parent, const ResourceRef& ref, bool withAccount,
                             bool managingRole, QObject* context,
                             std::function<void(Result<AccountSession::Ptr>)> done);

private:
    static Result<AccountSession::Ptr> openStore(const BackendOptions& options, const Clock& clock,
                                                 SecretVault* vault);
    static AccountSession::Ptr openServer(const BackendOptions& options, const Secret& accessToken,
                                          AccountSession::CredentialSource source, const Clock& clock,
                                          SecretVault* vault);
    // Why --gitlab's URL (or --ca-file) cannot be used; empty when it can.
    static QString checkServerUrl(const BackendOptions& options);
    // Fills in the CA file and timeout the window stored for the connected account `key` where the
    // command line gave none. Why the stored CA file cannot be used; empty when it can.
    static QString useAccountOptions(BackendOptions& options, const QString& settingsFile,
                                     const QString& key);
    // --token-file's first line, trimmed.
    static Result<Secret> readTokenFile(const QString& path);
};

} // namespace TokenDesk
