#include "GitHostsCommand.h"

#include "CliContext.h"
#include "GitCredentialMap.h"
#include "SecretVault.h"
#include "TableFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString GitHostsCommand::summary() const
{
    return tr("List the hosts git may use a saved token for.");
}

QString GitHostsCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                               const BackendOptions& backend)
{
    Q_UNUSED(parser)
    Q_UNUSED(backend)
    return noArguments(positional);
}

void GitHostsCommand::run(CliContext& context)
{
    const QList<GitCredentialMap::Entry> entries =
        GitCredentialMap(context.vault()->settingsFile()).entries();
    if (context.json()) {
        QJsonArray array;
        for (const GitCredentialMap::Entry& entry : entries)
            array.append(QJsonObject{{u"host"_s, entry.host},
                                     {u"token_id"_s, entry.tokenId},
                                     {u"username"_s, entry.username},
                                     {u"backend"_s, entry.identity}});
        context.writeJson(QJsonDocument(array));
        return context.succeed();
    }
    if (entries.isEmpty()) {
        context.writeOut(tr("git uses no saved token for any host.") + u'\n');
        return context.succeed();
    }
    TableFormatter table({tr("HOST"), tr("TOKEN"), tr("USER NAME"), tr("BACKEND")});
    for (const GitCredentialMap::Entry& entry : entries)
        table.addRow({entry.host, QString::number(entry.tokenId), entry.username, entry.identity});
    context.writeOut(table.toString());
    context.succeed();
}

} // namespace TokenDesk
