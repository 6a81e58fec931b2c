#pragma once

#include "AccessToken.h"

#include <QJsonArray>
#include <QJsonObject>

namespace TokenDesk {

// GitLab's JSON shape of a token (the CLI's --json output uses GitLab's field names).
namespace TokenJson {

QString formatTimestamp(const QDateTime& utc); // "2026-11-30T03:31:19.000Z", or empty when invalid
QJsonObject toJson(const AccessToken& token, QDate todayUtc);
// The same plus "token": the secret. Only for the results of create and rotate.
QJsonObject toJson(const CreatedToken& created, QDate todayUtc);
QJsonArray toJson(const QList<AccessToken>& tokens, QDate todayUtc);

} // namespace TokenJson

} // namespace TokenDesk
