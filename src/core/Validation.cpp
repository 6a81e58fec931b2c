#include "Validation.h"

#include "AccessToken.h"
#include "Resource.h"
#include "ScopeCatalog.h"

#include <algorithm>

namespace TokenDesk {

namespace {

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
}

} // namespace

int Validation::characterCount(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

QDate Validation::defaultExpiry(QDate todayUtc, int maxLifetimeDays)
{
    return todayUtc.addDays(std::min(DefaultLifetimeDays, maxLifetimeDays));
}

std::optional<FieldError> Validation::validateName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return FieldError{Field::Name, tr("Token name is required.")};
    if (characterCount(name) > MaxNameLength)
        return FieldError{Field::Name,
                          tr("Token name is too long (at most %1 characters).").arg(MaxNameLength)};
    if (hasControlCharacter(name))
        return FieldError{Field::Name, tr("Token name must not contain control characters.")};
    return std::nullopt;
}

std::optional<FieldError> Validation::validateDescription(const QString& description)
{
    if (characterCount(description) > MaxDescriptionLength)
        return FieldError{
            Field::Description,
            tr("Token description is too long (at most %1 characters).").arg(MaxDescriptionLength)};
    return std::nullopt;
}

std::optional<FieldError> Validation::validateScopes(const QStringList& scopes)
{
    if (scopes.isEmpty())
        return FieldError{Field::Scopes, tr("Select at least one scope.")};
    for (const QString& scope : scopes) {
        if (!ScopeCatalog::isKnown(scope))
            return FieldError{Field::Scopes, tr("Unknown scope \"%1\".").arg(scope)};
    }
    return std::nullopt;
}

std::optional<FieldError> Validation::validateExpiry(QDate expiresAt, QDate todayUtc, int maxLifetimeDays)
{
    if (!expiresAt.isValid())
        return FieldError{Field::ExpiresAt, tr("Expiration date is required.")};
    const QDate earliest = earliestExpiry(todayUtc);
    const QDate latest = latestExpiry(todayUtc, maxLifetimeDays);
    if (expiresAt < earliest)
        return FieldError{Field::ExpiresAt, tr("Expiration date must be %1 or later (dates are in UTC).")
                                                .arg(earliest.toString(Qt::ISODate))};
    if (expiresAt > latest)
        return FieldError{
            Field::ExpiresAt,
            tr("Expiration date must be %1 or earlier (at most %n day(s) ahead).", nullptr, maxLifetimeDays)
                .arg(latest.toString(Qt::ISODate))};
    return std::nullopt;
}

QList<FieldError> Validation::validate(const TokenDraft& draft, QDate todayUtc, int maxLifetimeDays)
{
    QList<FieldError> errors;
    for (const auto& e :
         {validateName(draft.name), validateDescription(draft.description),
          validateExpiry(draft.expiresAt, todayUtc, maxLifetimeDays), validateScopes(draft.scopes)}) {
        if (e)
            errors << *e;
    }
    return errors;
}

QList<FieldError> Validation::validateForResource(const TokenDraft& draft, QDate todayUtc,
                                                  int userAccessLevel, int maxLifetimeDays)
{
    QList<FieldError> errors;
    for (const auto& e :
         {validateName(draft.name), validateDescription(draft.description),
          validateExpiry(draft.expiresAt, todayUtc, maxLifetimeDays), validateResourceScopes(draft.scopes),
          validateAccessLevel(draft.accessLevel, userAccessLevel)}) {
        if (e)
            errors << *e;
    }
    return errors;
}

std::optional<FieldError> Validation::validateAccessLevel(int accessLevel, int userAccessLevel)
{
    const int level = accessLevel == 0 ? AccessLevels::DefaultForToken : accessLevel;
    if (!AccessLevels::isValid(level))
        return FieldError{
            Field::AccessLevel,
            tr("Unknown role %1: choose guest, planner, reporter, developer, maintainer or owner.")
                .arg(accessLevel)};
    if (userAccessLevel > 0 && level > userAccessLevel)
        return FieldError{Field::AccessLevel,
                          tr("The role %1 is above your own role (%2) there.")
                              .arg(AccessLevels::label(level), AccessLevels::label(userAccessLevel))};
    return std::nullopt;
}

std::optional<FieldError> Validation::validateResourceScopes(const QStringList& scopes)
{
    if (auto error = validateScopes(scopes))
        return error;
    for (const QString& scope : scopes) {
        if (!ScopeCatalog::isResourceScope(scope))
            return FieldError{Field::Scopes,
                              tr("Group and project access tokens cannot have the scope \"%1\".").arg(scope)};
    }
    return std::nullopt;
}

} // namespace TokenDesk
