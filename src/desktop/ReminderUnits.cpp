#include "ReminderUnits.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

QString commandLine(const QString& program, QString (*quote)(const QString&))
{
    QStringList words{quote(program)};
    const QStringList arguments = ReminderUnits::arguments();
    for (const QString& argument : arguments)
        words << quote(argument);
    return words.join(u' ');
}

// Free text in a unit (Description=): systemd expands "%" specifiers there too.
QString unitText(QString text)
{
    return text.replace(u'%', u"%%"_s);
}

} // namespace

QString ReminderUnits::systemdWord(const QString& word)
{
    QString quoted = word;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'%', u"%%"_s);
    return u'"' + quoted + u'"';
}

QString ReminderUnits::desktopExecWord(const QString& word)
{
    QString quoted;
    for (const QChar c : word) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted = u'"' + quoted + u'"';
    return quoted.replace(u'\\', u"\\\\"_s).replace(u'%', u"%%"_s);
}

QString ReminderUnits::systemdRefuses(const QString& program)
{
    if (hasControl(program) || program.contains(u'"') || program.contains(u'\'') || program.contains(u'\\'))
        return tr("systemd does not accept quotes, backslashes or control characters in the path of the "
                  "program it runs (%1)")
            .arg(program);
    return {};
}

QString ReminderUnits::service(const QString& program)
{
    return u"[Unit]\n"_s + u"Description="_s +
           unitText(tr("Remind about TokenDesk access tokens that expire soon")) + u"\n\n"_s +
           u"[Service]\n"_s + u"Type=oneshot\n"_s + u"ExecStart="_s +
           commandLine(program, &ReminderUnits::systemdWord) + u'\n';
}

QString ReminderUnits::timer()
{
    return u"[Unit]\n"_s + u"Description="_s +
           unitText(tr("Check daily and at login for TokenDesk access tokens that expire soon")) + u"\n\n"_s +
           u"[Timer]\n"_s + u"OnCalendar=daily\n"_s +
           // Catches up on a day the computer was off.
           u"Persistent=true\n"_s +
           // At login: the user's service manager starts then.
           u"OnStartupSec=1min\n"_s + u"Unit="_s + serviceName() + u"\n\n"_s + u"[Install]\n"_s +
           u"WantedBy=timers.target\n"_s;
}

QString ReminderUnits::autostartEntry(const QString& program)
{
    // Values of a desktop entry are one line each; the quoting above keeps the path on it.
    const auto value = [](QString text) {
        return text.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    };
    return u"[Desktop Entry]\n"_s + u"Type=Application\n"_s + u"Name="_s +
           value(tr("TokenDesk expiry reminders")) + u'\n' + u"Comment="_s +
           value(tr("Tells you at login about access tokens that expire soon")) + u'\n' + u"Exec="_s +
           commandLine(program, &ReminderUnits::desktopExecWord) + u'\n' + u"Terminal=false\n"_s +
           u"NoDisplay=true\n"_s + u"X-GNOME-Autostart-enabled=true\n"_s;
}

} // namespace TokenDesk
