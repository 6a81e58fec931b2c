#include "Validation.h"

#include "AccessToken.h"
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

} // namespace TokenDesk
