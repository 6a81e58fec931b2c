#pragma once

#include "Resource.h"

#include <QString>

namespace TokenDesk {

// Whose tokens a store operation works on: the local user's own (personal) or one group's or project's.
// In the tokens table, resource_kind and resource_id (0 and 0 for personal tokens).
struct TokenScope
{
    static constexpr int PersonalCode = 0;
    static constexpr int GroupCode = 1;
    static constexpr int ProjectCode = 2;

    int kind = PersonalCode;
    qint64 resourceId = 0;

    static TokenScope personal() { return {}; }
    static TokenScope of(ResourceRef::Kind kind, qint64 id) { return {codeOf(kind), id}; }
    static TokenScope of(const Resource& resource) { return of(resource.kind, resource.id); }
    bool isPersonal() const { return kind == PersonalCode; }

    static int codeOf(ResourceRef::Kind kind)
    {
        switch (kind) {
        case ResourceRef::Kind::Group:
            return GroupCode;
        case ResourceRef::Kind::Project:
            return ProjectCode;
        case ResourceRef::Kind::Personal:
            break;
        }
        return PersonalCode;
    }
    static ResourceRef::Kind kindOf(int code)
    {
        return code == GroupCode     ? ResourceRef::Kind::Group
               : code == ProjectCode ? ResourceRef::Kind::Project
                                     : ResourceRef::Kind::Personal;
    }

    // The SQL condition on the tokens table ("resource_kind = 2 AND resource_id = 42"); both are numbers
    // of the store's own, written into the statement so that SQLite sees the index range they select.
    QString condition() const
    {
        return QStringLiteral("resource_kind = %1 AND resource_id = %2").arg(kind).arg(resourceId);
    }

    friend bool operator==(const TokenScope&, const TokenScope&) = default;
};

} // namespace TokenDesk
