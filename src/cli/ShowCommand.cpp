#include "ShowCommand.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "TokenBackend.h"

namespace TokenDesk {

QString ShowCommand::summary() const
{
    return tr("Show one token (self: the GitLab access token in use).");
}

QString ShowCommand::idDescription() const
{
    return tr("The token's ID, a positive whole number, or 'self' for the GitLab access token in use.");
}

QString ShowCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                           const BackendOptions& backend)
{
    Q_UNUSED(parser)
    return takeTokenId(positional, true, backend, m_id);
}

void ShowCommand::run(CliContext& context)
{
    context.backend()->get(m_id, &context, [&context](Result<AccessToken> result) {
        if (!result)
            return context.fail(result.error());
        CliPrinter(context).printToken(result.value(), true);
        context.succeed();
    });
}

} // namespace TokenDesk
