#pragma once

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TokenDesk::Test {

// A throwaway HOME for the reminder schedule: the user's config folder (XDG_CONFIG_HOME) and a private
// runtime folder, as a user's systemd and desktop see them.
struct ScheduleHome
{
    QString home;

    QString configHome() const { return QDir(home).filePath(QStringLiteral(".config")); }
    QString runtimeDir() const { return QDir(home).filePath(QStringLiteral("runtime")); }
    QString unitDir() const { return QDir(configHome()).filePath(QStringLiteral("systemd/user")); }
    QString autostartDir() const { return QDir(configHome()).filePath(QStringLiteral("autostart")); }

    bool create() const
    {
        return QDir().mkpath(configHome()) && QDir().mkpath(runtimeDir()) &&
               QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    QStringList environment() const
    {
        return {QStringLiteral("HOME=") + home, QStringLiteral("XDG_CONFIG_HOME=") + configHome(),
                QStringLiteral("XDG_RUNTIME_DIR=") + runtimeDir()};
    }
};

// Runs a system tool (not one of ours) with extra environment variables.
inline ProcessResult runTool(const QString& program, const QStringList& arguments,
                             const QStringList& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnvironment)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(environment);
    return runProcess(process, program, arguments);
}

// `systemd-analyze --user verify` of these units (paths or names), as the user of `home`.
inline ProcessResult verifyUnits(const ScheduleHome& home, const QStringList& units)
{
    return runTool(QStringLiteral("systemd-analyze"),
                   QStringList{QStringLiteral("--user"), QStringLiteral("verify")} + units,
                   home.environment());
}

// The argv GLib runs for a desktop entry's Exec= (GLib reads the entry and splits its command line the
// way it does when launching it), as JSON; empty when GLib refuses the entry.
inline QByteArray desktopEntryArgv(const QString& entry)
{
    const QString script =
        QStringLiteral("import gi, json, sys\n"
                       "gi.require_version('Gio', '2.0')\n"
                       "from gi.repository import Gio, GLib\n"
                       "info = Gio.DesktopAppInfo.new_from_filename(sys.argv[1])\n"
                       "print(json.dumps(GLib.shell_parse_argv(info.get_commandline())[1]))\n");
    const ProcessResult result =
        runTool(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, entry});
    return result.exitCode == 0 ? result.out.trimmed() : QByteArray();
}

} // namespace TokenDesk::Test
