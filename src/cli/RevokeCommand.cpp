#include "RevokeCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "ResourceJson.h"
#include "TableFormatter.h"
#include "TokenBackend.h"

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
    // The session deletes the token's saved secret (and its git hosts) unless --keep-secret.
    context.operations().revoke(m_id, !m_keepSecret, &context,
                                [this, &context](Result<TokenOperations::Revocation> result) {
                                    if (!result)
                                        return context.fail(result.error());
                                    report(context, result.value());
                                });
}

void RevokeCommand::report(CliContext& context, const TokenOperations::Revocation& revocation)
{
    const AccessToken& token = revocation.token;
    const bool deleted = revocation.secretDeleted;
    if (context.json()) {
        QJsonObject json = ResourceJson::token(token, context.todayUtc(), context.resource().has_value());
        json.insert(u"keychain_deleted"_s, deleted);
        context.writeJson(QJsonDocument(json));
    } else {
        context.writeOut(
            tr("Revoked token %1 \"%2\".").arg(token.id).arg(TableFormatter::printable(token.name)) + u'\n');
        if (deleted)
            context.writeOut(tr("Deleted its secret from the keychain.") + u'\n');
    }
    if (revocation.signInToken)
        context.warn(tr("this was the access token in use; it no longer signs in."));
    if (revocation.keychainError) {
        context.writeErr(CliContext::errorLine(
            tr("token %1 is revoked, but its saved secret could not be deleted from the keychain: %2")
                .arg(token.id)
                .arg(revocation.keychainError->message)));
        return context.finish(ExitCode::Failure);
    }
    context.succeed();
}

} // namespace TokenDesk
