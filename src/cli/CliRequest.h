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
        Verify
    };

    Command command = Command::List;
    BackendOptions backend;
    bool json = false;

    ListQuery query;                // list
    qint64 id = 0;                  // show, revoke, rotate
    QString name;                   // create
    QString description;            // create
    QStringList scopes;             // create
    std::optional<QDate> expiresAt; // create (default: 30 days ahead), rotate (default: the backend's)
};

} // namespace TokenDesk
