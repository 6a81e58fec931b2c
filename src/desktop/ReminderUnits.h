#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// The text of the files that run `tokendesk-cli remind --notify` by themselves: a systemd user service
// and its timer (daily, catching up on missed days, and shortly after login), or an XDG autostart
// desktop entry (at login) where systemd is absent. They hold the program's path and its arguments,
// never a secret.
class ReminderUnits
{
    Q_DECLARE_TR_FUNCTIONS(ReminderUnits)

public:
    static QString serviceName() { return QStringLiteral("tokendesk-remind.service"); }
    static QString timerName() { return QStringLiteral("tokendesk-remind.timer"); }
    static QString autostartName() { return QStringLiteral("tokendesk-remind.desktop"); }
    // What the service and the autostart entry run after the program.
    static QStringList arguments() { return {QStringLiteral("remind"), QStringLiteral("--notify")}; }

    static QString service(const QString& program);
    static QString timer();
    static QString autostartEntry(const QString& program);

    // Why systemd cannot run this program (its path holds a quote, a backslash or a control character,
    // which systemd refuses in a command's name); empty when it can.
    static QString systemdRefuses(const QString& program);

    // One command-line word for a unit's ExecStart= (double-quoted; "%" doubled, "\" and '"' escaped).
    static QString systemdWord(const QString& word);
    // One argument of a desktop entry's Exec= key: quoted as the specification asks, then escaped as a
    // string value ("\" doubled), "%" doubled.
    static QString desktopExecWord(const QString& word);
};

} // namespace TokenDesk
