#include "TokenJson.h"

namespace TokenDesk::TokenJson {

QString formatTimestamp(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

QJsonValue timestampOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(formatTimestamp(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const AccessToken& token, QDate todayUtc)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), token.id);
    o.insert(QLatin1String("name"), token.name);
    o.insert(QLatin1String("description"), token.description);
    o.insert(QLatin1String("scopes"), QJsonArray::fromStringList(token.scopes));
    o.insert(QLatin1String("created_at"), timestampOrNull(token.createdAt));
    o.insert(QLatin1String("last_used_at"), timestampOrNull(token.lastUsedAt));
    o.insert(QLatin1String("expires_at"), token.expiresAt.isNull()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(token.expiresAt.toString(Qt::ISODate)));
    o.insert(QLatin1String("revoked"), token.revoked);
    o.insert(QLatin1String("active"), token.isActive(todayUtc));
    o.insert(QLatin1String("user_id"), token.userId);
    return o;
}

QJsonObject toJson(const CreatedToken& created, QDate todayUtc)
{
    QJsonObject o = toJson(created.token, todayUtc);
    o.insert(QLatin1String("token"), created.secret.toString());
    return o;
}

QJsonArray toJson(const QList<AccessToken>& tokens, QDate todayUtc)
{
    QJsonArray a;
    for (const AccessToken& t : tokens)
        a.append(toJson(t, todayUtc));
    return a;
}

} // namespace TokenDesk::TokenJson
