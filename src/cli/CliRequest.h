#pragma once

#include "AccessToken.h"
#include "BackendOptions.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

// One tokendesk-cli invocation after its arguments were parsed: which command, on which backend, with
// which inputs. Format checks (dates, ids, names of states and sorts) are done; the token rules are not.
struct CliRequest
{
    enum class Command
    {
        Scopes,
        List,
        Show,
        Create,
        Revoke,
        Rotate,
        Verify,
        Secret,
        Forget,
        GitUse,
        GitHosts,
        GitSetup,
        Whoami
    };

    // As id of show, revoke and rotate ("self"): the token the GitLab backend signs in with.
    static constexpr qint64 SelfId = -1;

    Command command = Command::List;
    BackendOptions backend;
    bool json = false;

    ListQuery query;                // list
    qint64 id = 0;                  // show, revoke, rotate, secret, forget, git-use; SelfId: "self"
    qint64 userId = 0;              // create --user-id (GitLab administrators)
    QString name;                   // create
    QString description;            // create
    QStringList scopes;             // create
    std::optional<QDate> expiresAt; // create (default: 30 days ahead), rotate (default: the backend's)

    bool keychain = false;   // create, rotate: save the new secret in the keychain
    bool quiet = false;      // create, rotate (with --keychain): print the secret only if saving fails
    bool keepSecret = false; // revoke: keep the saved secret
    QString host;            // git-use, git-setup: normalized HTTPS host
    bool remove = false;     // git-use: drop the host's mapping
    bool apply = false;      // git-setup: run git config instead of only printing it
};

} // namespace TokenDesk
