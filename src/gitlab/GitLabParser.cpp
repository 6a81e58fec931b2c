#include "GitLabParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

std::optional<QJsonDocument> parse(const QByteArray& body)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    return doc;
}

std::optional<qint64> integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString capitalized(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}

QString stringOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            if (v.isString())
                parts << v.toString();
        }
        return parts.join(u", "_s);
    }
    return {};
}

// Server text shown to people: one line, bounded, no control characters.
QString tidy(const QString& text)
{
    QString out;
    for (QChar c : text.left(300))
        out += (c.category() == QChar::Other_Control) ? u' ' : c;
    return out.simplified();
}

// GitLab's last_used_ips: strings only, without control or format characters, bounded, at most five.
QStringList addresses(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        if (out.size() == GitLabParser::MaxLastUsedIps)
            break;
        if (!v.isString())
            continue;
        QString address;
        for (QChar c : v.toString().left(GitLabParser::MaxAddressLength)) {
            if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
                address += c;
        }
        address = address.trimmed();
        if (!address.isEmpty())
            out << address;
    }
    return out;
}

} // namespace

QDateTime GitLabParser::timestamp(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QDate GitLabParser::date(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? d : QDate();
}

std::optional<AccessToken> GitLabParser::tokenFromObject(const QJsonObject& object)
{
    const std::optional<qint64> id = integer(object.value(QLatin1String("id")));
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!id || !name.isString())
        return std::nullopt;
    AccessToken t;
    t.id = *id;
    t.name = name.toString();
    t.description = object.value(QLatin1String("description")).toString();
    for (const QJsonValue& s : object.value(QLatin1String("scopes")).toArray()) {
        if (s.isString())
            t.scopes << s.toString();
    }
    t.createdAt = timestamp(object.value(QLatin1String("created_at")));
    t.lastUsedAt = timestamp(object.value(QLatin1String("last_used_at")));
    t.expiresAt = date(object.value(QLatin1String("expires_at")));
    t.revoked = object.value(QLatin1String("revoked")).toBool(false);
    t.revokedAt = timestamp(object.value(QLatin1String("revoked_at")));
    t.userId = integer(object.value(QLatin1String("user_id"))).value_or(0);
    t.accessLevel =
        static_cast<int>(std::clamp<qint64>(integer(object.value(QLatin1String("access_level"))).value_or(0),
                                            0, 1000)); // a resource token's role
    t.lastUsedIps = addresses(object.value(QLatin1String("last_used_ips")));
    return t;
}

BackendError GitLabParser::malformed()
{
    return BackendError::make(
        BackendError::Kind::Server,
        tr("The server sent a reply that is not what GitLab sends (not the expected JSON). "
           "Check the instance URL, or try again later."));
}

Result<AccessToken> GitLabParser::token(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const auto t = tokenFromObject(doc->object());
    if (!t)
        return malformed();
    return *t;
}

Result<QList<AccessToken>> GitLabParser::tokenList(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isArray())
        return malformed();
    QList<AccessToken> tokens;
    for (const QJsonValue& v : doc->array()) {
        const auto t = tokenFromObject(v.toObject());
        if (!t)
            return malformed();
        tokens << *t;
    }
    return tokens;
}

Result<CreatedToken> GitLabParser::createdToken(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const QJsonObject o = doc->object();
    const auto t = tokenFromObject(o);
    const QJsonValue secret = o.value(QLatin1String("token"));
    if (!t || !secret.isString() || secret.toString().isEmpty())
        return malformed();
    QString text = secret.toString();
    CreatedToken created{*t, Secret::fromString(text)};
    secureWipe(text);
    return created;
}

Result<Account> GitLabParser::account(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const QJsonObject o = doc->object();
    const auto id = integer(o.value(QLatin1String("id")));
    const QJsonValue username = o.value(QLatin1String("username"));
    if (!id || !username.isString())
        return malformed();
    Account a;
    a.userId = *id;
    a.username = username.toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.isAdmin = o.value(QLatin1String("is_admin")).toBool(false);
    return a;
}

Result<QString> GitLabParser::userName(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const QJsonValue username = doc->object().value(QLatin1String("username"));
    const QString name = username.isString() ? tidy(username.toString()) : QString();
    if (name.isEmpty())
        return malformed();
    return name;
}

std::optional<Resource> GitLabParser::resourceFromObject(const QJsonObject& object, ResourceRef::Kind kind)
{
    const std::optional<qint64> id = integer(object.value(QLatin1String("id")));
    const bool project = kind == ResourceRef::Kind::Project;
    const QJsonValue path = object.value(QLatin1String(project ? "path_with_namespace" : "full_path"));
    if (!id || *id <= 0 || !path.isString() || path.toString().isEmpty())
        return std::nullopt;
    Resource r;
    r.kind = kind;
    r.id = *id;
    r.fullPath = path.toString();
    r.name = object.value(QLatin1String("name")).toString();
    if (project) {
        // The project's own membership and the one of its group: the role is the higher of the two.
        const QJsonObject permissions = object.value(QLatin1String("permissions")).toObject();
        int level = 0;
        for (const char* key : {"project_access", "group_access"}) {
            const QJsonValue access =
                permissions.value(QLatin1String(key)).toObject().value(QLatin1String("access_level"));
            level =
                std::max(level, static_cast<int>(std::clamp<qint64>(integer(access).value_or(0), 0, 1000)));
        }
        r.accessLevel = level;
    }
    return r;
}

Result<QList<Resource>> GitLabParser::resourceList(const QByteArray& body, ResourceRef::Kind kind)
{
    const auto doc = parse(body);
    if (!doc || !doc->isArray())
        return malformed();
    QList<Resource> resources;
    for (const QJsonValue& v : doc->array()) {
        const auto r = resourceFromObject(v.toObject(), kind);
        if (!r)
            return malformed();
        resources << *r;
    }
    return resources;
}

Result<Resource> GitLabParser::resource(const QByteArray& body, ResourceRef::Kind kind)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const auto r = resourceFromObject(doc->object(), kind);
    if (!r)
        return malformed();
    return *r;
}

Result<int> GitLabParser::memberAccessLevel(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return malformed();
    const auto level = integer(doc->object().value(QLatin1String("access_level")));
    if (!level || *level < 0 || *level > 1000)
        return malformed();
    return static_cast<int>(*level);
}

Result<GitLabVersion> GitLabParser::version(const QByteArray& body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject() || !doc->object().value(QLatin1String("version")).isString())
        return malformed();
    return GitLabVersion{doc->object().value(QLatin1String("version")).toString(),
                         doc->object().value(QLatin1String("revision")).toString()};
}

Field GitLabParser::fieldFor(const QString& parameter)
{
    const QString p = parameter.trimmed().toLower();
    if (p == QLatin1String("name"))
        return Field::Name;
    if (p == QLatin1String("description"))
        return Field::Description;
    if (p == QLatin1String("expires_at") || p == QLatin1String("expiration date") ||
        p == QLatin1String("expires"))
        return Field::ExpiresAt;
    if (p == QLatin1String("scopes") || p == QLatin1String("scopes[]") || p == QLatin1String("scope"))
        return Field::Scopes;
    if (p == QLatin1String("access_level"))
        return Field::AccessLevel;
    return Field::General;
}

QString GitLabParser::fieldLabel(Field field)
{
    switch (field) {
    case Field::Name:
        return tr("Token name");
    case Field::Description:
        return tr("Token description");
    case Field::ExpiresAt:
        return tr("Expiration date");
    case Field::Scopes:
        return tr("Scopes");
    case Field::AccessLevel:
        return tr("Role");
    case Field::General:
        break;
    }
    return {};
}

BackendError GitLabParser::error(int httpStatus, const QByteArray& body)
{
    QJsonObject o;
    if (const auto doc = parse(body); doc && doc->isObject())
        o = doc->object();
    const QString errorCode = o.value(QLatin1String("error")).toString();
    const QString description = tidy(o.value(QLatin1String("error_description")).toString());
    const QJsonValue message = o.value(QLatin1String("message"));

    BackendError e;
    e.httpStatus = httpStatus;
    using Kind = BackendError::Kind;

    if (httpStatus == 401) {
        e.kind = Kind::Authentication;
        e.message = tr("GitLab refused the access token: it is invalid, expired or revoked. Reconnect with a "
                       "valid token.");
        if (!description.isEmpty())
            e.message += u' ' + tr("(GitLab says: %1)").arg(description);
        return e;
    }
    if (httpStatus == 403) {
        e.kind = Kind::Permission;
        if (errorCode == QLatin1String("insufficient_scope")) {
            const QStringList scopes =
                tidy(o.value(QLatin1String("scope")).toString()).split(u' ', Qt::SkipEmptyParts);
            e.missingScope = scopes.value(0);
            e.message = scopes.isEmpty() ? tr("The access token lacks a scope this action needs.")
                                         : tr("The access token lacks the scope this action needs: %1.")
                                               .arg(scopes.join(tr(" or ")));
        } else {
            e.message = tr("GitLab does not allow this account to do that (403 Forbidden).");
        }
        return e;
    }
    if (httpStatus == 404) {
        e.kind = Kind::NotFound;
        e.message = tr("Not found: the token or resource does not exist, or this account cannot see it.");
        return e;
    }
    if (httpStatus == 405) {
        e.kind = Kind::Server;
        e.message =
            tr("The server does not support this request (405 Method Not Allowed); it may be an older "
               "GitLab version.");
        return e;
    }
    if (httpStatus == 429) {
        e.kind = Kind::RateLimited;
        e.message = tr("GitLab is limiting requests (429 Too Many Requests). Try again later.");
        return e;
    }
    if (httpStatus == 400 || httpStatus == 422) {
        QList<FieldError> fields;
        if (message.isObject()) {
            const QJsonObject m = message.toObject();
            for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                const Field field = fieldFor(it.key());
                const QString text = tidy(stringOf(it.value()));
                const QString label = field == Field::General ? tidy(it.key()) : fieldLabel(field);
                fields << FieldError{field, capitalized(label + u' ' + text)};
            }
        } else {
            QString text = tidy(message.isString() ? message.toString() : errorCode);
            if (text.isEmpty() && httpStatus == 422)
                text = tr("GitLab could not process the request (422 Unprocessable Entity)");
            else if (text.isEmpty())
                text = tr("GitLab rejected the request (400 Bad Request)");
            Field field = fieldFor(text.section(u' ', 0, 0));
            static const QRegularExpression expiry(u"expir"_s, QRegularExpression::CaseInsensitiveOption);
            if (field == Field::General && text.contains(expiry))
                field = Field::ExpiresAt;
            if (field != Field::General) {
                const QString rest = text.section(u' ', 1);
                text = text.startsWith(u"Expiration"_s) ? text : fieldLabel(field) + u' ' + rest;
            }
            fields << FieldError{field, capitalized(text)};
        }
        e = BackendError::validation(fields);
        e.httpStatus = httpStatus;
        return e;
    }
    if (httpStatus >= 500) {
        e.kind = Kind::Server;
        e.message = tr("The server failed (HTTP %1). Try again later.").arg(httpStatus);
        return e;
    }
    e.kind = Kind::Server;
    const QString text = tidy(message.isString() ? message.toString() : errorCode);
    e.message = text.isEmpty() ? tr("The server answered with HTTP %1.").arg(httpStatus)
                               : tr("The server answered with HTTP %1: %2").arg(httpStatus).arg(text);
    return e;
}

std::optional<qint64> GitLabParser::headerCount(const QByteArray& value, qint64 max)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t'))
        ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        --end;
    if (begin == end || end - begin > 20) // longer than any count, even with leading zeros
        return std::nullopt;
    qint64 n = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = value[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (max < digit || n > (max - digit) / 10) // n * 10 + digit would pass max (or overflow)
            return std::nullopt;
        n = n * 10 + digit;
    }
    return n;
}

GitLabParser::Pagination GitLabParser::pagination(const QHash<QByteArray, QByteArray>& headers)
{
    const auto count = [&headers](const char* name, qint64 min, qint64 max) -> std::optional<int> {
        const auto it = headers.constFind(QByteArray(name));
        if (it == headers.cend())
            return std::nullopt;
        const std::optional<qint64> n = headerCount(*it, max);
        if (!n || *n < min)
            return std::nullopt;
        return static_cast<int>(*n);
    };
    Pagination p;
    p.page = count("x-page", 1, MaxPageNumber);
    p.nextPage = count("x-next-page", 1, MaxPageNumber);
    p.totalPages = count("x-total-pages", 1, MaxPageNumber);
    p.total = count("x-total", 0, MaxTotal);
    p.hasNextPageHeader = headers.contains(QByteArrayLiteral("x-next-page"));
    return p;
}

} // namespace TokenDesk
