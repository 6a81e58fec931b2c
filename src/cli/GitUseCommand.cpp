#include "GitUseCommand.h"

#include "CliContext.h"
#include "GitCredentialMap.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "TokenBackend.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

GitUseCommand::GitUseCommand()
    : m_hostOption(hostOption()),
      m_removeOption(u"remove"_s, tr("Stop git from using a saved token for HOST."))
{}

QCommandLineOption GitUseCommand::hostOption()
{
    return QCommandLineOption(u"host"_s,
                              tr("The HTTPS host git connects to, such as gitlab.example.com or "
                                 "gitlab.example.com:8443."),
                              tr("HOST"));
}

QString GitUseCommand::takeHost(const QCommandLineParser& parser, const QCommandLineOption& option,
                                const QString& command, QString& host)
{
    if (!parser.isSet(option))
        return tr("%1 needs --host HOST.").arg(command);
    host = GitCredentialMap::normalizeHost(parser.value(option));
    if (host.isEmpty())
        return tr("'%1' is not a host name; write it as gitlab.example.com, optionally with :PORT.")
            .arg(parser.value(option));
    return {};
}

QString GitUseCommand::summary() const
{
    return tr("Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).");
}

QString GitUseCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    // git-use --host HOST --remove names no token.
    m_remove = parser.isSet(m_removeOption);
    if (m_remove && !positional.isEmpty())
        return tr("git-use --remove takes no token ID, only --host HOST.");
    if (!m_remove) {
        if (const QString problem = takeTokenId(positional, false, backend, m_id); !problem.isEmpty())
            return problem;
    }
    return takeHost(parser, m_hostOption, name(), m_host);
}

void GitUseCommand::run(CliContext& context)
{
    if (m_remove)
        return remove(context);
    use(context);
}

void GitUseCommand::use(CliContext& context)
{
    const qint64 id = m_id;
    const QString identity = context.backend()->identity();
    context.backend()->get(id, &context, [this, &context, id, identity](Result<AccessToken> token) {
        if (!token)
            return context.fail(token.error());
        if (token.value().revoked || token.value().isExpired(context.todayUtc()))
            return context.failUsage(
                tr("token %1 is %2, so git could not sign in with it; choose an active token.")
                    .arg(id)
                    .arg(token.value().revoked ? tr("revoked") : tr("expired")));
        const AccessToken found = token.value();
        context.vault()->load(identity, id, &context, [this, &context, id, found](Result<Secret> loaded) {
            if (!loaded) {
                BackendError error = loaded.error();
                if (error.kind == BackendError::Kind::NotFound)
                    error.message = tr("token %1 has no secret saved in the keychain; save one with "
                                       "'create --keychain' or 'rotate %1 --keychain' first.")
                                        .arg(id);
                return context.fail(error);
            }
            loaded.value().wipe();
            remember(context, found);
        });
    });
}

void GitUseCommand::remember(CliContext& context, const AccessToken& token)
{
    const qint64 id = m_id;
    context.operations().useForGit(
        token, m_host, &context, [&context, id](Result<GitCredentialMap::Entry> result) {
            if (!result)
                return context.fail(result.error());
            const GitCredentialMap::Entry& entry = result.value();
            if (context.json()) {
                context.writeJson(QJsonDocument(QJsonObject{
                    {u"host"_s, entry.host}, {u"token_id"_s, id}, {u"username"_s, entry.username}}));
            } else {
                context.writeOut(tr("git will use token %1 for https://%2 (user name %3).")
                                     .arg(id)
                                     .arg(TableFormatter::printable(entry.host),
                                          TableFormatter::printable(entry.username)) +
                                 u'\n');
                context.writeOut(
                    tr("If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2")
                        .arg(CliContext::programName(), TableFormatter::printable(entry.host)) +
                    u'\n');
            }
            context.succeed();
        });
}

void GitUseCommand::remove(CliContext& context)
{
    GitCredentialMap map(context.vault()->settingsFile());
    if (!map.remove(m_host))
        return context.fail(BackendError::make(BackendError::Kind::NotFound,
                                               tr("git does not use a saved token for %1.").arg(m_host)));
    if (context.json())
        context.writeJson(QJsonDocument(QJsonObject{{u"host"_s, m_host}, {u"removed"_s, true}}));
    else
        context.writeOut(
            tr("git no longer uses a saved token for https://%1.").arg(TableFormatter::printable(m_host)) +
            u'\n');
    context.succeed();
}

} // namespace TokenDesk
