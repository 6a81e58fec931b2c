#pragma once

#include "Validation.h"

#include <QList>
#include <QString>

namespace TokenDesk {

// A typed failure of a backend operation. The message is for people and never contains a secret.
struct BackendError
{
    enum class Kind
    {
        Validation,     // the input is wrong; fieldErrors says where. Nothing changed.
        Authentication, // the credential is invalid, expired or revoked
        Permission,     // allowed credential, but not for this (missing scope, not an administrator)
        NotFound,
        RateLimited,
        Network,
        Server,
        Store, // the local database failed or is not a TokenDesk database
        Keychain,
        Cancelled,
        Unknown, // the reply to a state-changing request was lost: outcome unknown
    };

    Kind kind = Kind::Store;
    QString message;
    QList<FieldError> fieldErrors;
    int httpStatus = 0;
    QString missingScope; // for Permission errors naming a scope

    // What the user can do about it, beyond trying again. Front ends offer it; backends decide it.
    enum class Remedy
    {
        None,
        // The server refused the credential the backend signs in with: a new one for the same account helps.
        Reconnect,
        // The server refuses this over its API, but its own web page can do it (a regular user's token
        // with scopes that are not self-service): TokenBackend::tokenPageUrl() gives that page.
        UseServerPage,
        // The TLS handshake failed: the server's certificate is not trusted (a CA file may help) or does
        // not match the host.
        TrustCertificate,
    };
    Remedy remedy = Remedy::None;

    static BackendError validation(QList<FieldError> errors);
    static BackendError make(Kind kind, QString message);
};

} // namespace TokenDesk
