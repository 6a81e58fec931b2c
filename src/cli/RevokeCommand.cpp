#include "RevokeCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "TokenBackend.h"
#include "TokenJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

RevokeCommand::RevokeCommand()
    : m_keepSecretOption(u"keep-secret"_s, tr("Keep the token's secret saved in the keychain."))
{}

QString RevokeCommand::summary() const
{
    return tr("Revoke a token (and delete its secret saved in the keychain).");
}

QString RevokeCommand::idDescription() const
{
    return tr("The token's ID, a positive whole number, or 'self' for the GitLab access token in use.");
}

QString RevokeCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    if (const QString problem = takeTokenId(positional, true, backend, m_id); !problem.isEmpty())
        return problem;
    m_keepSecret = parser.isSet(m_keepSecretOption);
    return {};
}

void RevokeCommand::run(CliContext& context)
{
    context.backend()->revoke(m_id, &context, [this, &context](Result<AccessToken> result) {
        if (!result)
            return context.fail(result.error());
        const AccessToken token = result.value();
        const QString identity = context.backend()->identity();
        if (m_keepSecret || !context.vault()->isSaved(identity, token.id))
            return report(context, token, false, QString());
        context.vault()->remove(identity, token.id, &context, [this, &context, token](Result<bool> removed) {
            report(context, token, removed.ok(), removed ? QString() : removed.error().message);
        });
    });
}

void RevokeCommand::report(CliContext& context, const AccessToken& token, bool deleted,
                           const QString& keychainError)
{
    if (context.json()) {
        QJsonObject json = TokenJson::toJson(token, context.todayUtc());
        json.insert(u"keychain_deleted"_s, deleted);
        context.writeJson(QJsonDocument(json));
    } else {
        context.writeOut(
            tr("Revoked token %1 \"%2\".").arg(token.id).arg(TableFormatter::printable(token.name)) + u'\n');
        if (deleted)
            context.writeOut(tr("Deleted its secret from the keychain.") + u'\n');
    }
    if (m_id == SelfId)
        context.warn(tr("this was the access token in use; it no longer signs in."));
    if (!keychainError.isEmpty()) {
        context.writeErr(CliContext::errorLine(
            tr("token %1 is revoked, but its saved secret could not be deleted from the keychain: %2")
                .arg(token.id)
                .arg(keychainError)));
        return context.finish(ExitCode::Failure);
    }
    context.succeed();
}

} // namespace TokenDesk
