#include "RemindSchedule.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "ReminderSchedule.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

const QString EnableOption = u"enable"_s;
const QString DisableOption = u"disable"_s;
const QString AutostartOption = u"autostart"_s;

QString kindName(ReminderSchedule::Kind kind)
{
    switch (kind) {
    case ReminderSchedule::Kind::Timer:
        return u"systemd-timer"_s;
    case ReminderSchedule::Kind::Autostart:
        return u"autostart"_s;
    case ReminderSchedule::Kind::Off:
        break;
    }
    return u"off"_s;
}

} // namespace

QList<QCommandLineOption> RemindSchedule::options()
{
    return {
        QCommandLineOption(EnableOption, tr("Remind by itself from now on: install and start a systemd user "
                                            "timer that runs 'remind --notify' daily and at login.")),
        QCommandLineOption(DisableOption,
                           tr("Stop reminding by itself: remove the timer or the autostart entry.")),
        QCommandLineOption(AutostartOption,
                           tr("With --enable: where there is no systemd, remind at each login through an "
                              "XDG autostart entry instead of a timer.")),
    };
}

QString RemindSchedule::helpFooter()
{
    return tr("--enable and --disable can be repeated safely. Exit codes for them: 0 done, 1 failed, 7 "
              "systemd is absent (use --enable --autostart).\n");
}

QString RemindSchedule::parse(const QCommandLineParser& parser)
{
    const bool enable = parser.isSet(EnableOption);
    const bool disable = parser.isSet(DisableOption);
    m_autostart = parser.isSet(AutostartOption);
    if (enable && disable)
        return tr("--enable and --disable cannot be used together.");
    if (m_autostart && !enable && !disable)
        return tr("--autostart goes with --enable.");
    m_action = enable ? Action::Enable : disable ? Action::Disable : Action::None;
    return {};
}

void RemindSchedule::run(CliContext& context)
{
    auto* schedule = new ReminderSchedule(QCoreApplication::applicationFilePath(), {}, &context);
    const bool enable = m_action == Action::Enable;
    const auto report = [&context, schedule, enable](const ReminderSchedule::Outcome& outcome) {
        schedule->deleteLater();
        switch (outcome.status) {
        case ReminderSchedule::Outcome::Status::Done:
            if (context.json()) {
                QJsonObject object{{u"reminders"_s, kindName(outcome.kind)},
                                   {u"started_now"_s, outcome.managerReached}};
                if (outcome.kind == ReminderSchedule::Kind::Timer)
                    object.insert(u"file"_s, schedule->timerFile());
                else if (outcome.kind == ReminderSchedule::Kind::Autostart)
                    object.insert(u"file"_s, schedule->autostartFile());
                context.writeJson(QJsonDocument(object));
            } else {
                context.writeOut(outcome.message + u'\n');
            }
            return context.succeed();
        case ReminderSchedule::Outcome::Status::SystemdAbsent:
            context.writeErr(CliContext::errorLine(
                tr("systemd is not available here (no systemctl), so no timer was installed. To be reminded "
                   "at each login instead, run: %1 remind --enable --autostart")
                    .arg(CliContext::programName())));
            return context.finish(ExitCode::SystemdAbsent);
        case ReminderSchedule::Outcome::Status::Failed:
            break;
        }
        context.writeErr(CliContext::errorLine(
            (enable ? tr("could not turn reminders on: %1") : tr("could not turn reminders off: %1"))
                .arg(outcome.message)));
        context.finish(ExitCode::Failure);
    };
    if (m_action == Action::Disable)
        schedule->disable(report);
    else
        schedule->enable(m_autostart ? ReminderSchedule::Kind::Autostart : ReminderSchedule::Kind::Timer,
                         report);
}

} // namespace TokenDesk
