#include "ResourceJson.h"

#include "TokenJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TokenDesk::ResourceJson {

QJsonObject token(const AccessToken& token, QDate todayUtc, bool resourceToken)
{
    QJsonObject json = TokenJson::toJson(token, todayUtc);
    json.insert(u"last_used_ips"_s, QJsonArray::fromStringList(token.lastUsedIps));
    if (resourceToken)
        json.insert(u"access_level"_s, token.accessLevel);
    return json;
}

QJsonObject created(const CreatedToken& created, QDate todayUtc, bool resourceToken)
{
    QJsonObject json = TokenJson::toJson(created, todayUtc);
    if (resourceToken)
        json.insert(u"access_level"_s, created.token.accessLevel);
    return json;
}

QJsonObject resource(const Resource& resource)
{
    return {{u"kind"_s, ResourceRef::kindName(resource.kind)},
            {u"id"_s, resource.id},
            {u"full_path"_s, resource.fullPath},
            {u"name"_s, resource.name},
            {u"access_level"_s, resource.accessLevel}};
}

QJsonObject reference(const Resource& resource)
{
    return {{u"kind"_s, ResourceRef::kindName(resource.kind)},
            {u"id"_s, resource.id},
            {u"full_path"_s, resource.fullPath}};
}

} // namespace TokenDesk::ResourceJson
