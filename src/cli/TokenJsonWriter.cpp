#include "TokenJsonWriter.h"

#include "TokenJson.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void appendEscapedUnit(QByteArray& out, char16_t unit)
{
    out += "\\u";
    out += HexDigits[(unit >> 12) & 0xf];
    out += HexDigits[(unit >> 8) & 0xf];
    out += HexDigits[(unit >> 4) & 0xf];
    out += HexDigits[unit & 0xf];
}

void appendUtf8(QByteArray& out, char32_t codePoint)
{
    if (codePoint < 0x800) {
        out += char(0xc0 | (codePoint >> 6));
    } else if (codePoint < 0x10000) {
        out += char(0xe0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3f));
        out += char(0x80 | ((codePoint >> 6) & 0x3f));
    }
    out += char(0x80 | (codePoint & 0x3f));
}

void appendDigits(QByteArray& out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

bool hasFourDigitYear(QDate date)
{
    return date.year() >= 0 && date.year() <= 9999;
}

void appendDateDigits(QByteArray& out, QDate date)
{
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
}

// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) prints it.
void appendDate(QByteArray& out, QDate date)
{
    if (!hasFourDigitYear(date)) {
        TokenJsonWriter::appendString(out, date.toString(Qt::ISODate));
        return;
    }
    out += '"';
    appendDateDigits(out, date);
    out += '"';
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ", as TokenJson::formatTimestamp prints it.
void appendTimestampOrNull(QByteArray& out, const QDateTime& t)
{
    if (!t.isValid()) {
        out += "null";
        return;
    }
    const QDateTime utc = t.timeSpec() == Qt::UTC ? t : t.toUTC();
    const QDate date = utc.date();
    if (!hasFourDigitYear(date)) {
        TokenJsonWriter::appendString(out, TokenJson::formatTimestamp(utc));
        return;
    }
    const int ms = utc.time().msecsSinceStartOfDay();
    out += '"';
    appendDateDigits(out, date);
    out += 'T';
    appendDigits(out, ms / 3600000, 2);
    out += ':';
    appendDigits(out, ms / 60000 % 60, 2);
    out += ':';
    appendDigits(out, ms / 1000 % 60, 2);
    out += '.';
    appendDigits(out, ms % 1000, 3);
    out += "Z\"";
}

} // namespace

TokenJsonWriter::TokenJsonWriter(QDate todayUtc, bool resourceTokens)
    : m_today(todayUtc), m_resourceTokens(resourceTokens)
{
    m_out.reserve(4096);
    m_out += '[';
}

void TokenJsonWriter::appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        const char16_t* plain = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != plain) {
            const qsizetype length = p - plain;
            const qsizetype at = out.size();
            out.resize(at + length);
            char* target = out.data() + at;
            for (qsizetype i = 0; i < length; ++i)
                target[i] = char(plain[i]);
            continue;
        }
        const char16_t unit = *p++;
        if (unit < 0x80) {
            switch (unit) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                if (unit < 0x20)
                    appendEscapedUnit(out, unit);
                else
                    out += char(unit);
            }
        } else if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p)) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, *p++));
        } else if (QChar::isSurrogate(unit)) {
            appendEscapedUnit(out, unit); // a lone surrogate has no UTF-8 form
        } else {
            appendUtf8(out, unit);
        }
    }
    out += '"';
}

void TokenJsonWriter::add(const AccessToken& token, bool inKeychain, const Resource* resource,
                          const QString* username)
{
    // Keys in QJsonObject's (sorted) order; the token is an element of an indented top-level array.
    if (m_out.capacity() - m_out.size() < 1024)
        m_out.reserve(std::max<qsizetype>(2 * m_out.size(), 4096));
    m_out += m_empty ? "\n    {\n" : ",\n    {\n";
    m_empty = false;
    if (m_resourceTokens) {
        m_out += "        \"access_level\": ";
        m_out += QByteArray::number(token.accessLevel);
        m_out += ",\n";
    }
    m_out += "        \"active\": ";
    m_out += token.isActive(m_today) ? "true" : "false";
    m_out += ",\n        \"created_at\": ";
    appendTimestampOrNull(m_out, token.createdAt);
    m_out += ",\n        \"description\": ";
    appendString(m_out, token.description);
    m_out += ",\n        \"expires_at\": ";
    if (token.expiresAt.isNull())
        m_out += "null";
    else
        appendDate(m_out, token.expiresAt);
    m_out += ",\n        \"id\": ";
    m_out += QByteArray::number(token.id);
    m_out += ",\n        \"in_keychain\": ";
    m_out += inKeychain ? "true" : "false";
    m_out += ",\n        \"last_used_at\": ";
    appendTimestampOrNull(m_out, token.lastUsedAt);
    m_out += ",\n        \"last_used_ips\": [\n";
    for (qsizetype i = 0; i < token.lastUsedIps.size(); ++i) {
        if (i > 0)
            m_out += ",\n";
        m_out += "            ";
        appendString(m_out, token.lastUsedIps.at(i));
    }
    m_out += token.lastUsedIps.isEmpty() ? "        ]" : "\n        ]";
    m_out += ",\n        \"name\": ";
    appendString(m_out, token.name);
    if (resource) {
        m_out += ",\n        \"resource\": {\n            \"full_path\": ";
        appendString(m_out, resource->fullPath);
        m_out += ",\n            \"id\": ";
        m_out += QByteArray::number(resource->id);
        m_out += ",\n            \"kind\": ";
        appendString(m_out, ResourceRef::kindName(resource->kind));
        m_out += "\n        }";
    }
    m_out += ",\n        \"revoked\": ";
    m_out += token.revoked ? "true" : "false";
    m_out += ",\n        \"scopes\": [\n";
    for (qsizetype i = 0; i < token.scopes.size(); ++i) {
        if (i > 0)
            m_out += ",\n";
        m_out += "            ";
        appendString(m_out, token.scopes.at(i));
    }
    m_out += token.scopes.isEmpty() ? "        ]" : "\n        ]";
    m_out += ",\n        \"user_id\": ";
    m_out += QByteArray::number(token.userId);
    if (username) {
        m_out += ",\n        \"username\": ";
        if (username->isEmpty())
            m_out += "null";
        else
            appendString(m_out, *username);
    }
    m_out += "\n    }";
}

void TokenJsonWriter::finish()
{
    m_out += "\n]\n";
}

QByteArray TokenJsonWriter::take()
{
    QByteArray taken = std::exchange(m_out, QByteArray());
    m_out.reserve(taken.capacity());
    return taken;
}

} // namespace TokenDesk
