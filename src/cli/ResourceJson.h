#pragma once

#include "AccessToken.h"
#include "Resource.h"

#include <QDate>
#include <QJsonObject>

namespace TokenDesk {

// GitLab's JSON shapes beyond a personal token's (TokenJson): a group or project access token has its
// "access_level" too; a group or project is {"kind", "id", "full_path", "name", "access_level"}.
namespace ResourceJson {

// TokenJson::toJson, with "access_level" when resourceToken.
QJsonObject token(const AccessToken& token, QDate todayUtc, bool resourceToken);
// The same with "token": the secret. Only for the results of create and rotate.
QJsonObject created(const CreatedToken& created, QDate todayUtc, bool resourceToken);
// {"kind": "group"|"project", "id", "full_path", "name", "access_level"}: the user's role there.
QJsonObject resource(const Resource& resource);
// {"kind", "id", "full_path"}: which resource a token of the overview belongs to.
QJsonObject reference(const Resource& resource);

} // namespace ResourceJson

} // namespace TokenDesk
