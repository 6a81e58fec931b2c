#include "SecretCommand.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString SecretCommand::summary() const
{
    return tr("Print the token's secret saved in the keychain.");
}

QString SecretCommand::helpFooter() const
{
    return tr("The secret goes to standard output followed by a newline, for scripts such as "
              "GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved, 5 when it holds control or "
              "invisible characters (it is then not printed).")
               .arg(program()) +
           u'\n';
}

QString SecretCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    Q_UNUSED(parser)
    return takeTokenId(positional, false, backend, m_id);
}

void SecretCommand::run(CliContext& context)
{
    const qint64 id = m_id;
    context.operations().loadSecret(id, &context, [&context, id](Result<Secret> loaded) {
        if (!loaded)
            return context.fail(loaded.error());
        Secret secret = loaded.value();
        if (context.refuseUnsafeSecret(secret, id)) {
            secret.wipe();
            return context.finish(ExitCode::UnsafeSecret);
        }
        if (context.json()) {
            QJsonObject json{{u"id"_s, id}, {u"token"_s, secret.toString()}};
            QByteArray document = QJsonDocument(json).toJson();
            json = QJsonObject();
            context.writeSecret(document);
        } else {
            QByteArray line = secret.utf8() + '\n';
            context.writeSecret(line);
        }
        secret.wipe();
        context.flushOut();
        context.succeed();
    });
}

} // namespace TokenDesk
