#include "CreatedTokenReport.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "ExitCode.h"

namespace TokenDesk {

bool CreatedTokenReport::savesSecret() const
{
    return m_options.keychain ||
           (m_options.replacedId && m_context.operations().isSaved(*m_options.replacedId));
}

void CreatedTokenReport::show(const CreatedToken& created, const QString& headline)
{
    CliPrinter printer(m_context);
    if (m_context.refuseUnsafeSecret(created.secret, created.token.id)) {
        // The token exists: it is shown without its secret, and the command ends in an error.
        m_unsafe = true;
        printer.printCreated(created, headline, false);
        if (!savesSecret())
            m_context.finish(ExitCode::UnsafeSecret);
        return;
    }
    if (!savesSecret()) {
        CreatedToken shown = created;
        printer.printCreated(shown, headline, true);
        shown.secret.wipe();
        m_context.warn(tr("this is the only time the token is shown; store it safely now."));
        return m_context.succeed();
    }
    if (!m_options.quiet)
        printer.printCreated(created, headline, true);
    m_created = created;
    m_headline = headline;
}

void CreatedTokenReport::saved(const Result<bool>& result)
{
    CliPrinter printer(m_context);
    const qint64 newId = m_created.token.id;
    if (m_unsafe) {
        if (!result)
            m_context.warn(tr("the secret of token %1 could not be saved in the keychain either: %2")
                               .arg(newId)
                               .arg(result.error().message));
        return m_context.finish(ExitCode::UnsafeSecret);
    }
    if (!result) {
        if (m_options.quiet)
            printer.printCreated(m_created, m_headline, true);
        m_created.secret.wipe();
        m_context.writeErr(CliContext::errorLine(tr("token %1 has a new secret (printed above; store it "
                                                    "safely now), but it could not be saved in the "
                                                    "keychain: %2")
                                                     .arg(newId)
                                                     .arg(result.error().message)));
        return m_context.finish(ExitCode::Failure);
    }
    if (m_options.quiet)
        printer.printCreated(m_created, m_headline, false);
    m_created.secret.wipe();
    if (!m_context.json())
        m_context.writeErr(
            tr("%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.")
                .arg(CliContext::programName())
                .arg(newId) +
            u'\n');
    m_context.succeed();
}

} // namespace TokenDesk
