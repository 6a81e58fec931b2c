#include "BackendError.h"

#include <QStringList>

namespace TokenDesk {

BackendError BackendError::validation(QList<FieldError> errors)
{
    BackendError e;
    e.kind = Kind::Validation;
    QStringList parts;
    for (const FieldError& f : errors)
        parts << f.message;
    e.message = parts.join(u' ');
    e.fieldErrors = std::move(errors);
    return e;
}

BackendError BackendError::make(Kind kind, QString message)
{
    BackendError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

int BackendError::exitCode() const
{
    switch (kind) {
    case Kind::Validation:
        return 2;
    case Kind::Authentication:
    case Kind::Permission:
        return 3;
    case Kind::NotFound:
        return 4;
    default:
        return 1;
    }
}

} // namespace TokenDesk
