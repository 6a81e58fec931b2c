#include "CommandRunner.h"

#include "CliContext.h"
#include "Command.h"
#include "Logging.h"
#include "PrivateFiles.h"
#include "SessionFactory.h"
#include "TableFormatter.h"
#include "TokenBackend.h"

namespace TokenDesk {

CommandRunner::CommandRunner(CliContext& context, QObject* parent) : QObject(parent), m_context(context) {}

CommandRunner::~CommandRunner() = default;

void CommandRunner::start(Command& command, const BackendOptions& options)
{
    if (command.needs() == Command::Needs::Nothing)
        return run(command);
    const ResourceRef resource = options.resource;
    SessionFactory::open(
        options, m_context.clock(), m_context.vault(), command.worksWithoutCredential(), &m_context,
        [this, &command, resource](Result<AccountSession::Ptr> opened) {
            reportFileWarnings();
            if (!opened)
                return m_context.fail(opened.error());
            m_context.setSession(opened.value());
            if (!resource.isPersonal()) {
                // The resource's session. The account is asked on the way (beside the resource), since
                // the keychain keys of the resource's tokens name it.
                return SessionFactory::openResource(opened.value(), resource, true,
                                                    command.needsManagingRole(), &m_context,
                                                    [this, &command](Result<AccountSession::Ptr> scoped) {
                                                        if (!scoped)
                                                            return m_context.fail(scoped.error());
                                                        m_context.setSession(scoped.value());
                                                        run(command);
                                                    });
            }
            if (command.needs() != Command::Needs::Account)
                return run(command);
            m_context.backend()->whoami(&m_context, [this, &command](Result<Account> account) {
                if (!account)
                    return m_context.fail(account.error());
                run(command);
            });
        });
}

void CommandRunner::reportFileWarnings()
{
    // Files found open to other users and tightened (the log is hidden from scripts; this is not).
    for (const QString& warning : PrivateFiles::takeWarnings())
        m_context.warn(TableFormatter::printable(warning));
}

void CommandRunner::run(Command& command)
{
    qCDebug(lcCli) << "running command" << command.name() << "on"
                   << (m_context.backend() ? m_context.backend()->displayName() : QString());
    command.run(m_context);
}

} // namespace TokenDesk
