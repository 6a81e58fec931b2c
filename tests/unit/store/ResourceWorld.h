#pragma once

#include "LocalBackend.h"
#include "Resource.h"

#include <QHash>
#include <QTest>

namespace TokenDesk::Test {

// A small GitLab of groups and projects in a store, with the local user's roles:
//   acme (Owner) > acme/platform > acme/platform/api
//   guild (Maintainer) > guild/icons;  guild/sub (Owner) > guild/sub/tools
//   oss (none) > oss/site (Developer), oss/docs (Maintainer), oss/wiki (none)
// Built through the store's own API, as the demo and the contract suite build theirs.
class ResourceWorld
{
public:
    bool build(LocalBackend& backend)
    {
        using Kind = ResourceRef::Kind;
        const struct
        {
            Kind kind;
            const char* path;
            int role;
        } places[] = {
            {Kind::Group, "acme", AccessLevels::Owner},
            {Kind::Group, "acme/platform", 0},
            {Kind::Project, "acme/platform/api", 0},
            {Kind::Group, "guild", AccessLevels::Maintainer},
            {Kind::Project, "guild/icons", 0},
            {Kind::Group, "guild/sub", AccessLevels::Owner},
            {Kind::Project, "guild/sub/tools", AccessLevels::Developer},
            {Kind::Group, "oss", 0},
            {Kind::Project, "oss/site", AccessLevels::Developer},
            {Kind::Project, "oss/docs", AccessLevels::Maintainer},
            {Kind::Project, "oss/wiki", 0},
        };
        for (const auto& place : places) {
            const QString path = QString::fromLatin1(place.path);
            const QString name = path.section(QLatin1Char('/'), -1).toUpper();
            const Result<Resource> added = place.kind == Kind::Group ? backend.addGroupNow(path, name)
                                                                     : backend.addProjectNow(path, name);
            if (!added) {
                qWarning() << "could not add" << path << added.error().message;
                return false;
            }
            if (place.role > 0 && !backend.setMembershipNow(place.kind, added.value().id, place.role).ok())
                return false;
            m_ids.insert(path, added.value().id);
        }
        return true;
    }

    // The resource at path as the store resolves it now (with the user's effective role).
    static Resource at(LocalBackend& backend, ResourceRef::Kind kind, const QString& path)
    {
        const Result<Resource> found = backend.resolveResourceNow(ResourceRef{kind, path});
        if (!found)
            qWarning() << "no resource" << path << found.error().message;
        return found ? found.value() : Resource{};
    }
    static Resource group(LocalBackend& backend, const QString& path)
    {
        return at(backend, ResourceRef::Kind::Group, path);
    }
    static Resource project(LocalBackend& backend, const QString& path)
    {
        return at(backend, ResourceRef::Kind::Project, path);
    }

    qint64 id(const QString& path) const { return m_ids.value(path); }

private:
    QHash<QString, qint64> m_ids;
};

} // namespace TokenDesk::Test
