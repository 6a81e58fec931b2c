#include "CreatedTokenReport.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "ExitCode.h"
#include "SecretVault.h"
#include "TokenBackend.h"

namespace TokenDesk {

void CreatedTokenReport::finish(CliContext& context, CreatedToken created, const QString& headline,
                                Options options)
{
    const QString identity = context.backend()->identity();
    SecretVault* vault = context.vault();
    const bool replaceSaved = options.replacedId && vault->isSaved(identity, *options.replacedId);
    CliPrinter printer(context);
    if (!options.keychain && !replaceSaved) {
        printer.printCreated(created, headline, true);
        created.secret.wipe();
        context.warn(tr("this is the only time the token is shown; store it safely now."));
        return context.succeed();
    }
    // The secret is on screen before the keychain is asked, unless --quiet: a save that hangs or fails
    // must not lose it.
    const bool printedFirst = !options.quiet;
    if (printedFirst)
        printer.printCreated(created, headline, true);
    const qint64 newId = created.token.id;
    auto saved = [&context, created, headline, printedFirst, newId](Result<bool> result) mutable {
        CliPrinter print(context);
        if (!result) {
            if (!printedFirst)
                print.printCreated(created, headline, true);
            created.secret.wipe();
            context.writeErr(CliContext::errorLine(
                tr("token %1 has a new secret (printed above; store it safely now), but it could not be "
                   "saved in the keychain: %2")
                    .arg(newId)
                    .arg(result.error().message)));
            return context.finish(ExitCode::Failure);
        }
        if (!printedFirst)
            print.printCreated(created, headline, false);
        created.secret.wipe();
        if (!context.json())
            context.writeErr(
                tr("%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.")
                    .arg(CliContext::programName())
                    .arg(newId) +
                u'\n');
        context.succeed();
    };
    if (options.replacedId)
        vault->replace(identity, *options.replacedId, newId, created.secret, &context, std::move(saved));
    else
        vault->save(identity, newId, created.secret, &context, std::move(saved));
}

} // namespace TokenDesk
