#pragma once

#include "Resource.h"

#include <QString>

namespace TokenDesk {

// Whose tokens a store operation works on: the local user's own (personal) or one group's or project's,
// another user's personal ones, or (for the local administrator) every user's personal ones.
// In the tokens table, resource_kind and resource_id: 0 and 0 for the local user's personal tokens,
// 0 and the owner's user id for another user's (schema 4), the resource's kind and id for a resource's.
struct TokenScope
{
    static constexpr int PersonalCode = 0;
    static constexpr int GroupCode = 1;
    static constexpr int ProjectCode = 2;
    static constexpr qint64 LocalUserId = 1;
    static constexpr qint64 EveryUser = -1;

    int kind = PersonalCode;
    qint64 resourceId = 0;

    static TokenScope personal() { return {}; }
    // The personal tokens of a user of the store (the local user's when userId is LocalUserId).
    static TokenScope personalOf(qint64 userId) { return {PersonalCode, userId == LocalUserId ? 0 : userId}; }
    // Every user's personal tokens (resource_id is not pinned).
    static TokenScope everyUser() { return {PersonalCode, EveryUser}; }
    bool isEveryUser() const { return kind == PersonalCode && resourceId == EveryUser; }
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
        if (isEveryUser())
            return QStringLiteral("resource_kind = %1").arg(kind);
        return QStringLiteral("resource_kind = %1 AND resource_id = %2").arg(kind).arg(resourceId);
    }

    friend bool operator==(const TokenScope&, const TokenScope&) = default;
};

} // namespace TokenDesk
