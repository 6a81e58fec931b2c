#include "ResourcesCommand.h"

#include "CliContext.h"
#include "ResourceJson.h"
#include "TableFormatter.h"
#include "TokenBackend.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TokenDesk {

QString ResourcesCommand::summary() const
{
    return tr("List the groups and projects whose access tokens you may manage (use one with --group or "
              "--project).");
}

QString ResourcesCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                                const BackendOptions& backend)
{
    Q_UNUSED(parser)
    Q_UNUSED(backend)
    return noArguments(positional);
}

void ResourcesCommand::run(CliContext& context)
{
    context.backend()->resources(&context, [&context](Result<QList<Resource>> result) {
        if (!result)
            return context.fail(result.error());
        const QList<Resource>& resources = result.value();
        if (context.json()) {
            QJsonArray array;
            for (const Resource& resource : resources)
                array.append(ResourceJson::resource(resource));
            context.writeJson(QJsonDocument(array));
        } else if (resources.isEmpty()) {
            context.writeOut(tr("No groups or projects whose access tokens you may manage.") + u'\n');
        } else {
            TableFormatter table({tr("KIND"), tr("ID"), tr("PATH"), tr("NAME"), tr("YOUR ROLE")});
            for (const Resource& resource : resources) {
                table.addRow(
                    {resource.kind == ResourceRef::Kind::Group ? tr("group") : tr("project"),
                     QString::number(resource.id), resource.fullPath, resource.name,
                     resource.accessLevel > 0 ? AccessLevels::label(resource.accessLevel) : QString()});
            }
            context.writeOut(table.toString());
        }
        context.succeed();
    });
}

} // namespace TokenDesk
