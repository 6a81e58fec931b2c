#include "StoreSchema.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace TokenDesk {

namespace {

struct Facts
{
    qint64 applicationId = 0;
    int userVersion = 0;
    int schemaObjects = 0;
};

// One statement, so one snapshot: read in three, the facts could mix a file before and after another
// process created the schema (no application id yet, but tables) and look like someone else's file.
std::optional<Facts> readFacts(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id()),"
                               " (SELECT user_version FROM pragma_user_version()),"
                               " (SELECT count(*) FROM sqlite_master)")) ||
        !q.next())
        return std::nullopt;
    Facts facts;
    facts.applicationId = q.value(0).toLongLong();
    facts.userVersion = q.value(1).toInt();
    facts.schemaObjects = q.value(2).toInt();
    return facts;
}

std::function<void()>& beforeWriteLock()
{
    static std::function<void()> hook;
    return hook;
}

bool isEmptyDatabase(const Facts& f)
{
    return f.applicationId == 0 && f.userVersion == 0 && f.schemaObjects == 0;
}

BackendError notOurs(const QString& path)
{
    return BackendError::make(
        BackendError::Kind::Store,
        StoreSchema::tr("%1 is not a TokenDesk database; it was left untouched.").arg(path));
}

BackendError newerSchema(const QString& path, int version)
{
    return BackendError::make(BackendError::Kind::Store,
                              StoreSchema::tr("%1 was written by a newer TokenDesk (schema version %2); "
                                              "this version understands up to %3.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(StoreSchema::CurrentVersion));
}

BackendError sqlFailure(const QSqlQuery& q)
{
    return BackendError::make(
        BackendError::Kind::Store,
        StoreSchema::tr("The token store could not be updated: %1").arg(q.lastError().text()));
}

std::optional<BackendError> run(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return sqlFailure(q);
    }
    return std::nullopt;
}

std::optional<BackendError> foldNames(QSqlDatabase& db)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, name FROM tokens")))
        return sqlFailure(select);
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE tokens SET name_folded = :folded WHERE id = :id")))
        return sqlFailure(update);
    while (select.next()) {
        update.bindValue(QStringLiteral(":folded"), select.value(1).toString().toCaseFolded());
        update.bindValue(QStringLiteral(":id"), select.value(0).toLongLong());
        if (!update.exec())
            return sqlFailure(update);
    }
    return std::nullopt;
}

std::optional<BackendError> upgrade(QSqlDatabase& db, int from)
{
    for (int version = from + 1; version <= StoreSchema::CurrentVersion; ++version) {
        qCDebug(lcStore) << "migrating store to schema version" << version;
        if (auto error = run(db, StoreSchema::createStatements(version)))
            return error;
        if (version == 2) {
            if (auto error = foldNames(db))
                return error;
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(StoreSchema::ApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::CurrentVersion)))
        return sqlFailure(q);
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', :id)")))
        return sqlFailure(q);
    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlFailure(q);
    return std::nullopt;
}

} // namespace

QStringList StoreSchema::createStatements(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
            QStringLiteral("CREATE TABLE tokens ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL,"
                           " scopes TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " last_used_at INTEGER,"
                           " expires_at TEXT,"
                           " revoked INTEGER NOT NULL DEFAULT 0,"
                           " secret_digest BLOB NOT NULL,"
                           " user_id INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE UNIQUE INDEX tokens_secret_digest ON tokens (secret_digest)"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE tokens ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN revoked_at INTEGER"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN family_id INTEGER"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN previous_id INTEGER"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN name_folded TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE tokens SET family_id = id WHERE family_id IS NULL"),
            QStringLiteral("CREATE INDEX tokens_family ON tokens (family_id)"),
            QStringLiteral("CREATE INDEX tokens_state ON tokens (revoked, expires_at)"),
            QStringLiteral("CREATE INDEX tokens_created ON tokens (created_at, id)"),
            QStringLiteral("CREATE INDEX tokens_last_used ON tokens (last_used_at, id)"),
            QStringLiteral("CREATE INDEX tokens_name ON tokens (name_folded, id)"),
            QStringLiteral("CREATE INDEX tokens_expires_asc ON tokens (expires_at IS NULL, expires_at, id)"),
            QStringLiteral(
                "CREATE INDEX tokens_expires_desc ON tokens (expires_at IS NOT NULL, expires_at, id)"),
        };
    case 3: {
        // Group and project access tokens: the local user (1) and one bot user per resource token, groups
        // (subgroups by parent), projects in a group, the local user's memberships; tokens name their
        // resource (0/0 for personal ones) and their role. The sort and state indexes start with the
        // resource, so a listing of one resource's tokens (or the personal ones) walks its own range.
        QStringList statements = {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " username TEXT NOT NULL,"
                           " bot_resource_kind INTEGER NOT NULL DEFAULT 0,"
                           " bot_resource_id INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO users (id, username) VALUES (1, '')"),
            QStringLiteral("CREATE TABLE groups ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " parent_id INTEGER REFERENCES groups (id),"
                           " full_path TEXT NOT NULL,"
                           " name TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX groups_full_path ON groups (full_path COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX groups_parent ON groups (parent_id)"),
            QStringLiteral("CREATE TABLE projects ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " group_id INTEGER NOT NULL REFERENCES groups (id),"
                           " full_path TEXT NOT NULL,"
                           " name TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX projects_full_path ON projects (full_path COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX projects_group ON projects (group_id)"),
            QStringLiteral("CREATE TABLE memberships ("
                           " user_id INTEGER NOT NULL REFERENCES users (id),"
                           " resource_kind INTEGER NOT NULL,"
                           " resource_id INTEGER NOT NULL,"
                           " access_level INTEGER NOT NULL,"
                           " PRIMARY KEY (user_id, resource_kind, resource_id)) WITHOUT ROWID"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN resource_kind INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN resource_id INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN access_level INTEGER NOT NULL DEFAULT 0"),
        };
        for (const char* index : {"tokens_state", "tokens_created", "tokens_last_used", "tokens_name",
                                  "tokens_expires_asc", "tokens_expires_desc"})
            statements << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index));
        const QString prefix = QStringLiteral("CREATE INDEX %1 ON tokens (resource_kind, resource_id, %2)");
        statements << prefix.arg(QStringLiteral("tokens_state"), QStringLiteral("revoked, expires_at"))
                   << prefix.arg(QStringLiteral("tokens_created"), QStringLiteral("created_at, id"))
                   << prefix.arg(QStringLiteral("tokens_last_used"), QStringLiteral("last_used_at, id"))
                   << prefix.arg(QStringLiteral("tokens_name"), QStringLiteral("name_folded, id"))
                   << prefix.arg(QStringLiteral("tokens_expires_asc"),
                                 QStringLiteral("expires_at IS NULL, expires_at, id"))
                   << prefix.arg(QStringLiteral("tokens_expires_desc"),
                                 QStringLiteral("expires_at IS NOT NULL, expires_at, id"));
        return statements;
    }
    case 4:
        // Personal tokens keep resource_id 0 for the local user, so a store of version 3 needs no row
        // moved. The date filters walk their column's range (created_at and last_used_at have theirs
        // since version 3); the inventory walks every user's personal tokens oldest first.
        return {
            QStringLiteral("ALTER TABLE tokens ADD COLUMN last_used_ips TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "CREATE INDEX tokens_expires_on ON tokens (resource_kind, resource_id, expires_at)"),
            QStringLiteral("CREATE INDEX tokens_inventory ON tokens (resource_kind, created_at, id)"),
            QStringLiteral("CREATE UNIQUE INDEX users_people ON users (username COLLATE NOCASE)"
                           " WHERE bot_resource_kind = 0 AND username <> ''"),
        };
    default:
        return {};
    }
}

Result<bool> StoreSchema::prepare(QSqlDatabase& db, const QString& path)
{
    // A first look without the lock: a store that is ready (or clearly not ours) needs no more. A look
    // that fails (another process is switching the file to WAL) is taken again under the lock.
    if (const std::optional<Facts> before = readFacts(db)) {
        if (before->applicationId != ApplicationId && !isEmptyDatabase(*before))
            return notOurs(path);
        if (before->applicationId == ApplicationId && before->userVersion > CurrentVersion)
            return newerSchema(path, before->userVersion);
        if (before->applicationId == ApplicationId && before->userVersion == CurrentVersion)
            return true;
    }

    if (beforeWriteLock())
        beforeWriteLock()();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(q);
    // Another process may have prepared the file while we waited for the write lock.
    const std::optional<Facts> now = readFacts(db);
    std::optional<BackendError> error;
    if (!now || (now->applicationId != ApplicationId && !isEmptyDatabase(*now)))
        error = notOurs(path);
    else if (now->userVersion > CurrentVersion)
        error = newerSchema(path, now->userVersion);
    else if (now->userVersion < CurrentVersion)
        error = upgrade(db, now->applicationId == ApplicationId ? now->userVersion : 0);
    if (error) {
        q.exec(QStringLiteral("ROLLBACK"));
        return *error;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const BackendError failure = sqlFailure(q);
        q.exec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    return true;
}

void StoreSchema::setBeforeWriteLockForTesting(std::function<void()> hook)
{
    beforeWriteLock() = std::move(hook);
}

} // namespace TokenDesk
