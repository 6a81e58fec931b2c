#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace TokenDesk {

// The roles of GitLab's members and of group and project access tokens (their `access_level`).
class AccessLevels
{
    Q_DECLARE_TR_FUNCTIONS(AccessLevels)

public:
    static constexpr int None = 0;
    static constexpr int Guest = 10;
    static constexpr int Planner = 15;
    static constexpr int Reporter = 20;
    static constexpr int Developer = 30;
    static constexpr int Maintainer = 40;
    static constexpr int Owner = 50;
    // A new group or project access token's role when none is asked for (GitLab's default).
    static constexpr int DefaultForToken = Maintainer;

    // The roles a token can have, lowest first.
    static QList<int> all();
    static bool isValid(int level);
    // GitLab's API spelling: "guest", ..., "owner"; empty for a level that is not a role.
    static QString name(int level);
    // For people: "Maintainer" (translated); "Role 35" for a level a newer server may know.
    static QString label(int level);
    // "maintainer" (any case) or "40"; nullopt when it names no role.
    static std::optional<int> parse(const QString& text);
};

// Whose access tokens: the signed-in user's own (personal), a group's or a project's.
struct ResourceRef
{
    enum class Kind
    {
        Personal,
        Group,
        Project
    };

    Kind kind = Kind::Personal;
    // For a group or project: its numeric id ("42") or its full path ("acme/web"), as the user wrote it.
    QString idOrPath;

    static ResourceRef personal() { return {}; }
    static ResourceRef group(const QString& idOrPath) { return {Kind::Group, idOrPath}; }
    static ResourceRef project(const QString& idOrPath) { return {Kind::Project, idOrPath}; }
    bool isPersonal() const { return kind == Kind::Personal; }
    // The numeric id when idOrPath is one, else nullopt.
    std::optional<qint64> numericId() const;

    // "group", "project"; "personal" for the user's own tokens.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);

    friend bool operator==(const ResourceRef&, const ResourceRef&) = default;
};

// A group or project whose access tokens the signed-in user may see or manage.
struct Resource
{
    ResourceRef::Kind kind = ResourceRef::Kind::Group;
    qint64 id = 0;
    QString fullPath; // "acme/platform/web"
    QString name;     // "Web"
    // The user's own role there, inherited ones included; 0 when the backend does not know.
    int accessLevel = 0;

    ResourceRef ref() const { return {kind, QString::number(id)}; }
    // The role GitLab asks of a user to manage the resource's tokens: Owner of a group, Maintainer of a
    // project.
    static int managingLevel(ResourceRef::Kind kind);
    // Whether the user's role (when known) lets them manage its tokens.
    bool isManageable() const { return accessLevel == 0 || accessLevel >= managingLevel(kind); }
    // What keychain keys and git mappings of its tokens add to the account's identity ("project:42"),
    // so that a project token and a personal token with the same id never share an entry.
    QString identitySuffix() const;

    friend bool operator==(const Resource&, const Resource&) = default;
};

// A group or project access token together with the resource it belongs to (the overview).
struct ResourceToken
{
    Resource resource;
    AccessToken token;
};

// What the overview of every group and project token asks.
struct ResourceTokenQuery
{
    // Only active tokens that expire before this date (UTC); null: every active token.
    QDate expiresBefore;
};

// The overview's answer: the tokens it could read, and for each resource it could not, why.
struct ResourceTokenOverview
{
    QList<ResourceToken> tokens; // by expiry date (never-expiring last), then resource path, then name
    int resourcesRead = 0;
    QList<std::pair<Resource, BackendError>> failures;
};

} // namespace TokenDesk
