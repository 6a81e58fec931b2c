#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace TokenDesk {

class CliContext;

// The end of create and rotate on the command line: shows the new token with its secret, and when the
// session's keychain follow-up saves the secret (--keychain, or after a rotation whose old token's
// secret was saved), reports it and finishes the command. The secret is on screen before the keychain
// is asked, unless --quiet: a save that hangs or fails must not lose it.
class CreatedTokenReport
{
    Q_DECLARE_TR_FUNCTIONS(CreatedTokenReport)

public:
    struct Options
    {
        bool keychain = false;            // --keychain
        bool quiet = false;               // --quiet: print the secret only if saving fails
        std::optional<qint64> replacedId; // rotate: the revoked token, whose saved secret is replaced
    };

    CreatedTokenReport(CliContext& context, Options options) : m_context(context), m_options(options) {}

    // Whether the secret goes to the keychain: --keychain, or the replaced token's secret is saved.
    bool savesSecret() const;
    // The new token and its secret. Finishes the command unless the secret goes to the keychain.
    void show(const CreatedToken& created, const QString& headline);
    // What the keychain said; finishes the command.
    void saved(const Result<bool>& result);

private:
    CliContext& m_context;
    Options m_options;
    CreatedToken m_created;
    QString m_headline;
    bool m_unsafe = false; // the secret holds characters that must not reach a terminal
};

} // namespace TokenDesk
