#pragma once

#include "AccessToken.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace TokenDesk {

class CliContext;

// The end of create and rotate: prints the new token with its secret, saves the secret in the keychain
// when asked (or, after a rotation, when the old token's secret was saved, which it replaces), and
// finishes the command.
class CreatedTokenReport
{
    Q_DECLARE_TR_FUNCTIONS(CreatedTokenReport)

public:
    struct Options
    {
        bool keychain = false;            // --keychain
        bool quiet = false;               // --quiet: print the secret only if saving fails
        std::optional<qint64> replacedId; // rotate: the revoked token whose saved secret is replaced
    };

    static void finish(CliContext& context, CreatedToken created, const QString& headline, Options options);
};

} // namespace TokenDesk
