#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace TokenDesk {

class CliContext;

// remind --enable | --disable [--autostart]: turns the reminders that run by themselves on or off (a
// systemd user timer, or the XDG autostart entry with --autostart), instead of checking now.
class RemindSchedule
{
    Q_DECLARE_TR_FUNCTIONS(RemindSchedule)

public:
    static QList<QCommandLineOption> options();
    static QString helpFooter();

    // An empty string when the options are fine, else the usage error.
    QString parse(const QCommandLineParser& parser);
    // --enable or --disable was given: run() does the command's work.
    bool requested() const { return m_action != Action::None; }
    // Ends the context: 0 when done (also when nothing needed doing), ExitCode::SystemdAbsent when
    // systemd is absent (then --autostart is the way), ExitCode::Failure when the files could not be
    // written or the timer not started.
    void run(CliContext& context);

private:
    enum class Action
    {
        None,
        Enable,
        Disable
    };
    Action m_action = Action::None;
    bool m_autostart = false;
};

} // namespace TokenDesk
