#pragma once

#include "AccessToken.h"
#include "Resource.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
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
    // A user's username (GET /users/:id), one line without control characters.
    static Result<QString> userName(const QByteArray& body);
    static Result<GitLabVersion> version(const QByteArray& body);
    // Groups (GET /groups) or projects (GET /projects): a project's role is the higher of its
    // permissions' project_access and group_access (0 when neither is given); a group's is 0 (not told).
    static Result<QList<Resource>> resourceList(const QByteArray& body, ResourceRef::Kind kind);
    static Result<Resource> resource(const QByteArray& body, ResourceRef::Kind kind);
    static std::optional<Resource> resourceFromObject(const QJsonObject& object, ResourceRef::Kind kind);
    // A member's access_level (GET /groups/:id/members/all/:user_id).
    static Result<int> memberAccessLevel(const QByteArray& body);

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

    // Page numbers and totals past these are nonsense: no listing of tokens gets near them.
    static constexpr qint64 MaxPageNumber = 1000000;
    static constexpr qint64 MaxTotal = 100000000;
    // Longer entries of last_used_ips are cut (an IPv6 address with a zone fits).
    static constexpr int MaxAddressLength = 64;
    // GitLab keeps the last five addresses; a longer last_used_ips is cut.
    static constexpr int MaxLastUsedIps = 5;

    // What a listing's headers say about its pages. A value that is not a plain decimal count within
    // bounds (negative, signed, exponent, overflowing, garbage) is absent; page numbers start at 1.
    struct Pagination
    {
        std::optional<int> page;        // X-Page
        std::optional<int> nextPage;    // X-Next-Page
        std::optional<int> totalPages;  // X-Total-Pages
        std::optional<int> total;       // X-Total
        bool hasNextPageHeader = false; // X-Next-Page is there, even empty (GitLab's "last page")
    };
    // headers: names in lower case.
    static Pagination pagination(const QHash<QByteArray, QByteArray>& headers);
    // A header's value as a count: ASCII digits only once blanks (space, tab) around are dropped, at
    // most `max` (>= 0); nullopt otherwise. Never overflows, whatever the length.
    static std::optional<qint64> headerCount(const QByteArray& value, qint64 max);
};

} // namespace TokenDesk
