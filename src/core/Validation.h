#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace TokenDesk {

struct TokenDraft;

enum class Field
{
    Name,
    Description,
    ExpiresAt,
    Scopes,
    AccessLevel, // the role of a group or project token
    General
};

struct FieldError
{
    Field field = Field::General;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

// The rules of a new token, shared by the window, the CLI and every backend.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int MaxNameLength = 255;
    static constexpr int MaxDescriptionLength = 255;
    static constexpr int DefaultMaxLifetimeDays = 365;
    static constexpr int DefaultLifetimeDays = 30;
    static constexpr int DefaultRotationDays = 7;

    // All problems of a draft, at most one per field, in form order. Empty means valid.
    // todayUtc is the current date in UTC; the expiration date must lie in
    // [todayUtc + 1, todayUtc + maxLifetimeDays].
    static QList<FieldError> validate(const TokenDraft& draft, QDate todayUtc,
                                      int maxLifetimeDays = DefaultMaxLifetimeDays);

    static std::optional<FieldError> validateName(const QString& name);
    static std::optional<FieldError> validateDescription(const QString& description);
    static std::optional<FieldError> validateScopes(const QStringList& scopes);
    // A group or project token's draft: every rule of validate(), the scopes a resource token may have,
    // and a role that exists and does not exceed the user's own (userAccessLevel; 0: unknown).
    static QList<FieldError> validateForResource(const TokenDraft& draft, QDate todayUtc, int userAccessLevel,
                                                 int maxLifetimeDays = DefaultMaxLifetimeDays);
    // draft.accessLevel 0 stands for the default role.
    static std::optional<FieldError> validateAccessLevel(int accessLevel, int userAccessLevel);
    static std::optional<FieldError> validateResourceScopes(const QStringList& scopes);
    static std::optional<FieldError> validateExpiry(QDate expiresAt, QDate todayUtc,
                                                    int maxLifetimeDays = DefaultMaxLifetimeDays);

    static QDate earliestExpiry(QDate todayUtc) { return todayUtc.addDays(1); }
    static QDate latestExpiry(QDate todayUtc, int maxLifetimeDays = DefaultMaxLifetimeDays)
    {
        return todayUtc.addDays(maxLifetimeDays);
    }
    // 30 days ahead, capped by the maximum lifetime, as GitLab's form does.
    static QDate defaultExpiry(QDate todayUtc, int maxLifetimeDays = DefaultMaxLifetimeDays);

    // Length in characters as a person counts them (Unicode code points), not UTF-16 units or bytes.
    static int characterCount(const QString& text);
};

} // namespace TokenDesk
