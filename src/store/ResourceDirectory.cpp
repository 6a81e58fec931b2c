#include "ResourceDirectory.h"

#include "TokenRows.h"
#include "TokenScope.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace TokenDesk {

namespace {

constexpr int GroupCode = TokenScope::GroupCode;
constexpr int ProjectCode = TokenScope::ProjectCode;

BackendError invalid(const QString& message)
{
    return BackendError::validation({FieldError{Field::General, message}});
}

bool isValidPath(const QString& fullPath)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
    const QStringList parts = fullPath.split(u'/');
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](const QString& part) { return segment.match(part).hasMatch(); });
}

// The parent path of "a/b/c" is "a/b"; of "a", empty.
QString parentPath(const QString& fullPath)
{
    const qsizetype slash = fullPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : fullPath.left(slash);
}

Result<std::optional<qint64>> groupIdAt(const QSqlDatabase& db, const QString& fullPath)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM groups WHERE full_path = :path COLLATE NOCASE"));
    q.bindValue(QStringLiteral(":path"), fullPath);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

// Validation when the path is malformed or taken (groups and projects share one namespace).
std::optional<BackendError> checkNewPath(const QSqlDatabase& db, const QString& fullPath, const QString& name)
{
    if (!isValidPath(fullPath))
        return invalid(ResourceDirectory::tr("\"%1\" is not a valid path: use letters, digits, \"_\", \"-\" "
                                             "and \".\", with \"/\" between a group and what it holds.")
                           .arg(fullPath));
    if (name.trimmed().isEmpty())
        return invalid(ResourceDirectory::tr("The group or project at \"%1\" needs a name.").arg(fullPath));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM groups WHERE full_path = :a COLLATE NOCASE)"
                             " + (SELECT count(*) FROM projects WHERE full_path = :b COLLATE NOCASE)"));
    q.bindValue(QStringLiteral(":a"), fullPath);
    q.bindValue(QStringLiteral(":b"), fullPath);
    if (!q.exec() || !q.next())
        return TokenRows::storeError(q);
    if (q.value(0).toInt() > 0)
        return invalid(ResourceDirectory::tr("The path \"%1\" is already taken.").arg(fullPath));
    return std::nullopt;
}

Result<qint64> insertPlace(const QSqlDatabase& db, const QString& sql, qint64 id, qint64 parentId,
                           const QString& fullPath, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":id"), id > 0 ? QVariant(id) : QVariant());
    q.bindValue(QStringLiteral(":parent"), parentId > 0 ? QVariant(parentId) : QVariant());
    q.bindValue(QStringLiteral(":path"), fullPath);
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return TokenRows::storeError(q);
    return q.lastInsertId().toLongLong();
}

// The highest of the local user's roles on the group and its ancestors.
Result<int> groupChainRole(const QSqlDatabase& db, qint64 groupId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "WITH RECURSIVE chain(id) AS (SELECT :group UNION ALL"
            " SELECT g.parent_id FROM groups g JOIN chain c ON g.id = c.id WHERE g.parent_id IS NOT NULL)"
            " SELECT coalesce(max(m.access_level), 0) FROM memberships m WHERE m.user_id = %1"
            " AND m.resource_kind = %2 AND m.resource_id IN (SELECT id FROM chain)")
            .arg(TokenRows::LocalUserId)
            .arg(GroupCode));
    q.bindValue(QStringLiteral(":group"), groupId);
    if (!q.exec() || !q.next())
        return TokenRows::storeError(q);
    return q.value(0).toInt();
}

Result<int> ownRole(const QSqlDatabase& db, int kindCode, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT access_level FROM memberships WHERE user_id = %1 AND resource_kind = %2"
                             " AND resource_id = :id")
                  .arg(TokenRows::LocalUserId)
                  .arg(kindCode));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return TokenRows::storeError(q);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

BackendError ResourceDirectory::notFound(ResourceRef::Kind kind, const QString& idOrPath)
{
    return BackendError::make(BackendError::Kind::NotFound,
                              kind == ResourceRef::Kind::Group
                                  ? tr("There is no group \"%1\", or you cannot see it.").arg(idOrPath)
                                  : tr("There is no project \"%1\", or you cannot see it.").arg(idOrPath));
}

Result<Resource> ResourceDirectory::addGroup(const QSqlDatabase& db, const QString& fullPath,
                                             const QString& name, qint64 id)
{
    if (auto problem = checkNewPath(db, fullPath, name))
        return *problem;
    qint64 parentId = 0;
    if (const QString parent = parentPath(fullPath); !parent.isEmpty()) {
        const Result<std::optional<qint64>> found = groupIdAt(db, parent);
        if (!found)
            return found.error();
        if (!found.value())
            return invalid(
                tr("The subgroup \"%1\" needs its parent group \"%2\" first.").arg(fullPath, parent));
        parentId = *found.value();
    }
    const Result<qint64> newId = insertPlace(
        db,
        QStringLiteral(
            "INSERT INTO groups (id, parent_id, full_path, name) VALUES (:id, :parent, :path, :name)"),
        id, parentId, fullPath, name);
    if (!newId)
        return newId.error();
    const Result<std::optional<Resource>> added = find(db, ResourceRef::Kind::Group, newId.value());
    if (!added)
        return added.error();
    return *added.value();
}

Result<Resource> ResourceDirectory::addProject(const QSqlDatabase& db, const QString& fullPath,
                                               const QString& name, qint64 id)
{
    if (auto problem = checkNewPath(db, fullPath, name))
        return *problem;
    const QString parent = parentPath(fullPath);
    if (parent.isEmpty())
        return invalid(
            tr("The project \"%1\" needs a group: write its path as group/project.").arg(fullPath));
    const Result<std::optional<qint64>> group = groupIdAt(db, parent);
    if (!group)
        return group.error();
    if (!group.value())
        return invalid(tr("The project \"%1\" needs its group \"%2\" first.").arg(fullPath, parent));
    const Result<qint64> newId = insertPlace(
        db,
        QStringLiteral(
            "INSERT INTO projects (id, group_id, full_path, name) VALUES (:id, :parent, :path, :name)"),
        id, *group.value(), fullPath, name);
    if (!newId)
        return newId.error();
    const Result<std::optional<Resource>> added = find(db, ResourceRef::Kind::Project, newId.value());
    if (!added)
        return added.error();
    return *added.value();
}

Result<bool> ResourceDirectory::setMembership(const QSqlDatabase& db, ResourceRef::Kind kind, qint64 id,
                                              int accessLevel)
{
    if (kind == ResourceRef::Kind::Personal)
        return invalid(tr("Memberships are of groups and projects."));
    if (accessLevel != 0 && !AccessLevels::isValid(accessLevel))
        return BackendError::validation(
            {FieldError{Field::AccessLevel, tr("%1 is not a role.").arg(accessLevel)}});
    const Result<std::optional<Resource>> found = find(db, kind, id);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(kind, QString::number(id));
    QSqlQuery q(db);
    if (accessLevel == 0) {
        q.prepare(QStringLiteral(
            "DELETE FROM memberships WHERE user_id = :user AND resource_kind = :kind AND resource_id = :id"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO memberships (user_id, resource_kind, resource_id, access_level)"
                                 " VALUES (:user, :kind, :id, :level) ON CONFLICT (user_id, resource_kind,"
                                 " resource_id) DO UPDATE SET access_level = excluded.access_level"));
        q.bindValue(QStringLiteral(":level"), accessLevel);
    }
    q.bindValue(QStringLiteral(":user"), TokenRows::LocalUserId);
    q.bindValue(QStringLiteral(":kind"), TokenScope::codeOf(kind));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return TokenRows::storeError(q);
    return true;
}

Result<qint64> ResourceDirectory::addBotUser(const QSqlDatabase& db, ResourceRef::Kind kind,
                                             qint64 resourceId)
{
    // GitLab's bot users are named after their resource and a random part: project_42_bot_1f0c…
    const QString username = QStringLiteral("%1_%2_bot_%3")
                                 .arg(ResourceRef::kindName(kind))
                                 .arg(resourceId)
                                 .arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (username, bot_resource_kind, bot_resource_id)"
                             " VALUES (:username, :kind, :id)"));
    q.bindValue(QStringLiteral(":username"), username);
    q.bindValue(QStringLiteral(":kind"), TokenScope::codeOf(kind));
    q.bindValue(QStringLiteral(":id"), resourceId);
    if (!q.exec())
        return TokenRows::storeError(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Resource>> ResourceDirectory::find(const QSqlDatabase& db, ResourceRef::Kind kind,
                                                        qint64 id)
{
    if (kind == ResourceRef::Kind::Personal)
        return std::optional<Resource>();
    const bool group = kind == ResourceRef::Kind::Group;
    QSqlQuery q(db);
    q.prepare(group ? QStringLiteral("SELECT full_path, name, id FROM groups WHERE id = :id")
                    : QStringLiteral("SELECT full_path, name, group_id FROM projects WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next())
        return std::optional<Resource>();
    Resource resource;
    resource.kind = kind;
    resource.id = id;
    resource.fullPath = q.value(0).toString();
    resource.name = q.value(1).toString();
    const Result<int> inherited = groupChainRole(db, q.value(2).toLongLong());
    if (!inherited)
        return inherited.error();
    resource.accessLevel = inherited.value();
    if (!group) {
        const Result<int> own = ownRole(db, ProjectCode, id);
        if (!own)
            return own.error();
        resource.accessLevel = std::max(resource.accessLevel, own.value());
    }
    return std::optional<Resource>(resource);
}

Result<Resource> ResourceDirectory::resolve(const QSqlDatabase& db, const ResourceRef& ref)
{
    if (ref.kind == ResourceRef::Kind::Personal)
        return invalid(tr("Personal tokens belong to no group or project."));
    qint64 id = 0;
    if (const std::optional<qint64> numeric = ref.numericId()) {
        id = *numeric;
    } else {
        QSqlQuery q(db);
        q.prepare(ref.kind == ResourceRef::Kind::Group
                      ? QStringLiteral("SELECT id FROM groups WHERE full_path = :path COLLATE NOCASE")
                      : QStringLiteral("SELECT id FROM projects WHERE full_path = :path COLLATE NOCASE"));
        q.bindValue(QStringLiteral(":path"), ref.idOrPath.trimmed());
        if (!q.exec())
            return TokenRows::storeError(q);
        if (!q.next())
            return notFound(ref.kind, ref.idOrPath);
        id = q.value(0).toLongLong();
    }
    const Result<std::optional<Resource>> found = find(db, ref.kind, id);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(ref.kind, ref.idOrPath);
    return *found.value();
}

Result<QList<Resource>> ResourceDirectory::manageable(const QSqlDatabase& db)
{
    // Every group's effective role, from the top groups down; then each project's, from its group's.
    const QString sql = QStringLiteral(
        "WITH RECURSIVE roles(id, level) AS ("
        " SELECT g.id, coalesce(m.access_level, 0) FROM groups g LEFT JOIN memberships m"
        "  ON m.user_id = %1 AND m.resource_kind = %2 AND m.resource_id = g.id WHERE g.parent_id IS NULL"
        " UNION ALL"
        " SELECT g.id, max(r.level, coalesce(m.access_level, 0)) FROM groups g JOIN roles r ON g.parent_id = "
        "r.id"
        "  LEFT JOIN memberships m ON m.user_id = %1 AND m.resource_kind = %2 AND m.resource_id = g.id)"
        " SELECT %2, g.id, g.full_path, g.name, r.level FROM roles r JOIN groups g ON g.id = r.id"
        "  WHERE r.level >= %4"
        " UNION ALL"
        " SELECT %3, p.id, p.full_path, p.name, max(r.level, coalesce(m.access_level, 0)) FROM projects p"
        "  JOIN roles r ON r.id = p.group_id LEFT JOIN memberships m"
        "  ON m.user_id = %1 AND m.resource_kind = %3 AND m.resource_id = p.id"
        "  WHERE max(r.level, coalesce(m.access_level, 0)) >= %5"
        " ORDER BY 1, 3");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql.arg(TokenRows::LocalUserId)
                    .arg(GroupCode)
                    .arg(ProjectCode)
                    .arg(Resource::managingLevel(ResourceRef::Kind::Group))
                    .arg(Resource::managingLevel(ResourceRef::Kind::Project))))
        return TokenRows::storeError(q);
    QList<Resource> resources;
    while (q.next()) {
        Resource r;
        r.kind = TokenScope::kindOf(q.value(0).toInt());
        r.id = q.value(1).toLongLong();
        r.fullPath = q.value(2).toString();
        r.name = q.value(3).toString();
        r.accessLevel = q.value(4).toInt();
        resources << r;
    }
    return resources;
}

} // namespace TokenDesk
