#pragma once

#include "Resource.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace TokenDesk {

// The groups, projects, memberships and bot users of a store (see StoreSchema, version 3), GitLab's
// way: a subgroup inherits the local user's roles of its parents, a project those of its group and the
// group's parents, and the effective role is the highest of them. Each function runs its SQL on the
// caller's connection, inside whatever transaction the caller holds.
class ResourceDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ResourceDirectory)

public:
    // A group at fullPath ("acme" or "acme/platform"; the parent of a subgroup must exist); id 0: the
    // next free one. Validation when the path is malformed, taken by a group or project, or its parent
    // is missing.
    static Result<Resource> addGroup(const QSqlDatabase& db, const QString& fullPath, const QString& name,
                                     qint64 id);
    // A project at fullPath ("acme/web"), in the group its path names.
    static Result<Resource> addProject(const QSqlDatabase& db, const QString& fullPath, const QString& name,
                                       qint64 id);
    // The local user's own role on a group or project (not inherited ones); 0 removes the membership.
    // NotFound for an unknown resource, Validation for a level that is no role.
    static Result<bool> setMembership(const QSqlDatabase& db, ResourceRef::Kind kind, qint64 id,
                                      int accessLevel);
    // A new bot user for a token of this resource; its id.
    static Result<qint64> addBotUser(const QSqlDatabase& db, ResourceRef::Kind kind, qint64 resourceId);

    // The group or project with the local user's effective role there (0: none); nullopt when unknown.
    static Result<std::optional<Resource>> find(const QSqlDatabase& db, ResourceRef::Kind kind, qint64 id);
    // The group or project a reference names, by numeric id or by full path (case-insensitive).
    static Result<Resource> resolve(const QSqlDatabase& db, const ResourceRef& ref);
    // Groups where the local user is Owner, then projects where they are at least Maintainer (inherited
    // roles count), each by full path.
    static Result<QList<Resource>> manageable(const QSqlDatabase& db);

    static BackendError notFound(ResourceRef::Kind kind, const QString& idOrPath);
};

} // namespace TokenDesk
