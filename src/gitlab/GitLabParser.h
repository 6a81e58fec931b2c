#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace TokenDesk {

// What GET /version answers.
struct GitLabVersion
{
    QString version;
    QString revision;
};

// Pure functions from GitLab's JSON replies to value types or typed errors. Safe on any input:
// non-JSON, truncated, wrong types and unknown fields never crash; unknown scopes are kept.
class GitLabParser
{
    Q_DECLARE_TR_FUNCTIONS(GitLabParser)

public:
    static Result<AccessToken> token(const QByteArray& body);
    static Result<QList<AccessToken>> tokenList(const QByteArray& body);
    // A create or rotate reply: the token and its secret ("token").
    static Result<CreatedToken> createdToken(const QByteArray& body);
    static Result<Account> account(const QByteArray& body);
    static Result<GitLabVersion> version(const QByteArray& body);

    // A token object; nullopt when it lacks an id or name of the right type.
    static std::optional<AccessToken> tokenFromObject(const QJsonObject& object);
    static QDateTime timestamp(const QJsonValue& value); // invalid for null or garbage
    static QDate date(const QJsonValue& value);          // null for null or garbage

    // The typed error of a reply whose HTTP status is 400 or more; body may be anything.
    static BackendError error(int httpStatus, const QByteArray& body);
    // GitLab's parameter name ("name", "expires_at", ...) as a form field.
    static Field fieldFor(const QString& parameter);
    static QString fieldLabel(Field field);

    // A reply that is not the JSON we expected.
    static BackendError malformed();
};

} // namespace TokenDesk
