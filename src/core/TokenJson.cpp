#include "TokenJson.h"

#include <cstdio>

namespace TokenDesk::TokenJson {

QString formatTimestamp(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    // Hand-formatted: QDateTime::toString dominates the cost of printing long listings.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    int year = 0, month = 0, day = 0;
    t.date().getDate(&year, &month, &day);
    const int ms = t.time().msecsSinceStartOfDay();
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year,
                                     month, day, ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    return QString::fromLatin1(buffer, length);
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
