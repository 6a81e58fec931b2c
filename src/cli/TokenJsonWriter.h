#pragma once

#include "AccessToken.h"
#include "Resource.h"

#include <QByteArray>
#include <QDate>
#include <QStringView>

namespace TokenDesk {

// Writes a JSON array of tokens straight into bytes, token by token: the same document (same keys,
// order, indentation and escaping) that QJsonDocument::toJson(Indented) prints for
// TokenJson::toJson(token) plus "in_keychain", without building a QJsonObject for every token. Group and
// project access tokens (resourceTokens) also have "access_level" (ResourceJson::token), and with a
// resource "resource": ResourceJson::reference(resource).
class TokenJsonWriter
{
public:
    explicit TokenJsonWriter(QDate todayUtc, bool resourceTokens = false);

    // username: also "username" (an administrator's inventory), null when empty.
    void add(const AccessToken& token, bool inKeychain, const Resource* resource = nullptr,
             const QString* username = nullptr);
    // Closes the array; nothing may be added afterwards.
    void finish();
    // The bytes written so far, handed over (the writer keeps going from an empty buffer).
    QByteArray take();
    qsizetype pendingSize() const { return m_out.size(); }

    // A JSON string literal, quotes included, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray& out, QStringView text);

private:
    QDate m_today;
    bool m_resourceTokens;
    QByteArray m_out;
    bool m_empty = true;
};

} // namespace TokenDesk
