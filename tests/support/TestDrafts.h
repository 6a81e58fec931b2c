#pragma once

#include "AccessToken.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace TokenDesk::Test {

// The date tests stand on when they do not set a clock of their own (see ManualClock.h).
inline QDate testToday()
{
    return QDate(2026, 11, 30);
}

// What a person fills in to create a token: a name, an expiry date (or days after testToday()),
// scopes and a description.
inline TokenDraft draft(const QString& name, QDate expiresAt,
                        const QStringList& scopes = {QStringLiteral("api")}, const QString& description = {})
{
    TokenDraft d;
    d.name = name;
    d.description = description;
    d.expiresAt = expiresAt;
    d.scopes = scopes;
    return d;
}

inline TokenDraft draft(const QString& name, int daysAhead,
                        const QStringList& scopes = {QStringLiteral("api")}, const QString& description = {})
{
    return draft(name, testToday().addDays(daysAhead), scopes, description);
}

} // namespace TokenDesk::Test
