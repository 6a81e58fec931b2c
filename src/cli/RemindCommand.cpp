#include "RemindCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "ReminderSettings.h"
#include "ResourceJson.h"
#include "SecretVault.h"
#include "TableFormatter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

RemindCommand::RemindCommand()
    : m_withinOption(u"within"_s,
                     tr("Tokens that expire within DAYS days (default: the largest reminder threshold, 30 "
                        "unless changed in Preferences)."),
                     tr("DAYS"))
{}

RemindCommand::~RemindCommand() = default;

QString RemindCommand::summary() const
{
    return tr("Tokens that expire soon, in every place TokenDesk knows, soonest first.");
}

QString RemindCommand::helpFooter() const
{
    return tr("Without --store, --demo or --gitlab every place TokenDesk knows is read: the local store "
              "(when "
              "it exists; it is never created) and every connected GitLab account, with its access token "
              "from the keychain. Personal, group and project access tokens are included.") +
           u'\n' +
           tr("--json prints an array of tokens with GitLab's field names, plus \"account\" (the place's "
              "key: "
              "the connected account's key, or \"store:\" and the store file's path), \"resource\" "
              "({kind, id, full_path}, for group and project tokens; null otherwise) and \"days_left\" "
              "(1 on the token's last working day).") +
           u'\n' +
           tr("Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each is named "
              "on standard error; what the others answered is still printed); 2 usage.") +
           u'\n' + RemindNotification::helpFooter() + u'\n' + RemindSchedule::helpFooter();
}

QList<QCommandLineOption> RemindCommand::options() const
{
    return QList<QCommandLineOption>{m_withinOption} + m_notification.options() + RemindSchedule::options();
}

QString RemindCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    if (const QString problem = m_schedule.parse(parser); !problem.isEmpty() || m_schedule.requested())
        return problem;
    if (backend.onResource())
        return tr(
            "remind reads personal, group and project tokens together; leave out --group and --project.");
    m_backend = backend;
    if (const QString problem = m_notification.parse(parser); !problem.isEmpty())
        return problem;
    if (parser.isSet(m_withinOption)) {
        bool ok = false;
        const QString text = parser.value(m_withinOption).trimmed();
        m_withinDays = text.toInt(&ok);
        if (!ok || m_withinDays < 1 || m_withinDays > MaxWithinDays)
            return tr("--within must be a whole number of days from 1 to %1, such as 30.").arg(MaxWithinDays);
    } else {
        m_withinDays = std::max(1, ReminderSettings().horizonDays());
    }
    return {};
}

void RemindCommand::run(CliContext& context)
{
    if (m_schedule.requested())
        return m_schedule.run(context);
    m_places.open(
        context, m_backend, [this, &context](QList<ExpiryCheck::Source> found, const QString& problem) {
            if (!problem.isEmpty()) {
                context.writeErr(CliContext::errorLine(problem));
                return context.finish(ExitCode::Failure);
            }
            ExpiryCheck::Options options;
            options.withinDays = m_withinDays;
            // The notifications also tell of a token on the day it expired (threshold 0).
            options.includeExpiredToday = m_notification.enabled();
            options.resources = true;
            ExpiryCheck::run(found, options, context.clock(), &context,
                             [this, &context](ExpiryCheck::Report report) { checked(context, report); });
        });
}

void RemindCommand::checked(CliContext& context, const ExpiryCheck::Report& report)
{
    QList<DueToken> due = report.due;
    due.removeIf([](const DueToken& token) { return !token.isActive(); });
    if (context.json())
        printJson(context, due);
    else
        printTable(context, due);
    for (const ExpiryCheck::Failure& failure : report.failures) {
        const QString place = failure.source.label.isEmpty() ? failure.source.key : failure.source.label;
        context.writeErr(CliContext::errorLine(
            tr("could not read %1: %2").arg(TableFormatter::printable(place), failure.error.message)));
    }
    const int exitCode = report.failures.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    if (!m_notification.enabled())
        return context.finish(exitCode);
    m_notification.run(context, report, m_withinDays, [&context, exitCode](bool shown) {
        context.finish(shown ? exitCode : ExitCode::Failure);
    });
}

void RemindCommand::printTable(CliContext& context, const QList<DueToken>& due)
{
    if (due.isEmpty()) {
        // Two sentences rather than a plural form: "within 1 day" is "tomorrow".
        context.writeOut((m_withinDays == 1 ? tr("No token expires tomorrow.")
                                            : tr("No token expires within %1 days.").arg(m_withinDays)) +
                         u'\n');
        return;
    }
    TableFormatter table(
        {tr("ACCOUNT"), tr("RESOURCE"), tr("ID"), tr("NAME"), tr("EXPIRES"), tr("DAYS LEFT")});
    for (const DueToken& token : due) {
        // A store is named by its file (its whole path is in --json's "account").
        const QString place = token.source.instanceUrl.isEmpty() && token.source.key.startsWith(u"store:"_s)
                                  ? tr("store %1").arg(QFileInfo(token.source.key.mid(6)).fileName())
                              : token.source.label.isEmpty() ? token.source.key
                                                             : token.source.label;
        QString resource;
        if (token.resource)
            resource = (token.resource->kind == ResourceRef::Kind::Group ? tr("group %1") : tr("project %1"))
                           .arg(token.resource->fullPath);
        table.addRow({place, resource, QString::number(token.token.id), token.token.name,
                      token.token.expiresAt.toString(Qt::ISODate), QString::number(token.daysLeft)});
    }
    context.writeOut(table.toString());
}

void RemindCommand::printJson(CliContext& context, const QList<DueToken>& due)
{
    QJsonArray array;
    const QDate today = context.todayUtc();
    for (const DueToken& token : due) {
        QJsonObject object = ResourceJson::token(token.token, today, token.resource.has_value());
        object.insert(u"account"_s, token.source.key);
        object.insert(u"resource"_s,
                      token.resource ? QJsonValue(ResourceJson::reference(*token.resource)) : QJsonValue());
        object.insert(u"days_left"_s, token.daysLeft);
        array.append(object);
    }
    context.writeJson(QJsonDocument(array));
}

} // namespace TokenDesk
