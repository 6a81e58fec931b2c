#include "ScopesCommand.h"

#include "CliContext.h"
#include "ScopeCatalog.h"
#include "TableFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString ScopesCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    Q_UNUSED(parser)
    m_resourceScopes = backend.onResource();
    return noArguments(positional);
}

void ScopesCommand::run(CliContext& context)
{
    QList<ScopeInfo> scopes = ScopeCatalog::all();
    // A group's or project's access tokens take fewer scopes.
    if (m_resourceScopes)
        scopes.removeIf([](const ScopeInfo& scope) { return !ScopeCatalog::isResourceScope(scope.name); });
    if (context.json()) {
        QJsonArray array;
        for (const ScopeInfo& scope : scopes) {
            array.append(QJsonObject{{u"name"_s, scope.name},
                                     // The same in every language: scripts read it.
                                     {u"description"_s, scope.sourceDescription},
                                     {u"admin_only"_s, scope.adminOnly}});
        }
        context.writeJson(QJsonDocument(array));
    } else {
        TableFormatter table({tr("SCOPE"), tr("ADMIN ONLY"), tr("DESCRIPTION")});
        for (const ScopeInfo& scope : scopes)
            table.addRow({scope.name, scope.adminOnly ? tr("yes") : tr("no"), scope.description});
        context.writeOut(table.toString());
    }
    context.succeed();
}

} // namespace TokenDesk
