#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace TokenDesk {

// The layout of a TokenDesk store and the steps from each older layout to the current one.
// Version 1: tokens (id, name, scopes, created_at, last_used_at, expires_at, revoked, secret_digest,
//            user_id) and meta (key, value).
// Version 2: adds description, revoked_at, rotation family (family_id, previous_id), a case-folded
//            name for search and sorting, and the indexes that keep paging fast on large stores.
// Version 3: group and project access tokens: users (the local user and bot users), groups and
//            subgroups, projects, the local user's memberships; tokens gain their resource and role,
//            and the indexes start with the resource.
// Version 4: administrators and incidents: the addresses a token was last used from (last_used_ips,
//            newest first, space-separated), other (non-bot) users of the store with personal tokens of
//            their own (resource_id is their user id; 0 stays the local user's), and the indexes of the
//            date filters and of the administrator's inventory (every user's tokens, oldest first).
class StoreSchema
{
    Q_DECLARE_TR_FUNCTIONS(StoreSchema)

public:
    // PRAGMA application_id of every TokenDesk store: "TkDS".
    static constexpr qint32 ApplicationId = 0x546B4453;
    static constexpr int CurrentVersion = 4;

    // The SQL of one layout version applied to an empty database, for tests that build old files.
    static QStringList createStatements(int version);

    // Brings an open database (ours, or empty) to CurrentVersion inside one IMMEDIATE transaction.
    // Refuses a database of another application, or of a newer TokenDesk, without writing to it.
    static Result<bool> prepare(QSqlDatabase& db, const QString& path);

    // Test seam, for tests only: runs after prepare() read the file and before it asks for the write
    // lock (another process changing the file in that gap). Empty: none.
    static void setBeforeWriteLockForTesting(std::function<void()> hook);
};

} // namespace TokenDesk
