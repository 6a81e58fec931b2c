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

} // namespace TokenDesk
