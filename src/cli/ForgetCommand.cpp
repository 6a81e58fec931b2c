#include "ForgetCommand.h"

#include "CliContext.h"
#include "SecretVault.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString ForgetCommand::summary() const
{
    return tr("Delete the token's secret from the keychain (the token stays valid).");
}

QString ForgetCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    Q_UNUSED(parser)
    return takeTokenId(positional, false, backend, m_id);
}

void ForgetCommand::run(CliContext& context)
{
    const qint64 id = m_id;
    const TokenOperations operations = context.operations();
    const bool saved = operations.isSaved(id);
    // The keychain says whether there is a secret to forget (the index may not know one saved elsewhere).
    context.vault()->load(
        context.session()->identity(), id, &context,
        [this, &context, operations, id, saved](Result<Secret> loaded) {
            if (!loaded && loaded.error().kind == BackendError::Kind::NotFound && saved) {
                // Deleted from the keychain by other means: clear TokenDesk's record (and git
                // hosts) of it.
                return operations.forgetSecret(id, &context, [&context, id](Result<bool> removed) {
                    if (!removed)
                        return context.fail(removed.error());
                    context.fail(BackendError::make(
                        BackendError::Kind::NotFound,
                        tr("no secret was left in the keychain for token %1 (it was deleted "
                           "elsewhere); TokenDesk no longer lists it as saved.")
                            .arg(id)));
                });
            }
            if (!loaded)
                return context.fail(loaded.error());
            loaded.value().wipe();
            remove(context);
        });
}

void ForgetCommand::remove(CliContext& context)
{
    const qint64 id = m_id;
    context.operations().forgetSecret(id, &context, [&context, id](Result<bool> removed) {
        if (!removed)
            return context.fail(removed.error());
        if (context.json())
            context.writeJson(QJsonDocument(QJsonObject{{u"id"_s, id}, {u"keychain_deleted"_s, true}}));
        else
            context.writeOut(tr("Deleted the secret of token %1 from the keychain.").arg(id) + u'\n');
        context.succeed();
    });
}

} // namespace TokenDesk
