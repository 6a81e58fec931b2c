#include "RemindNotification.h"

#include "CliContext.h"
#include "DesktopNotifier.h"
#include "ReminderNotifications.h"
#include "ReminderSettings.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

RemindNotification::RemindNotification()
    : m_notifyOption(u"notify"_s,
                     tr("Also show desktop notifications: one per token and threshold, never twice "
                        "(see the end of this help).")),
      m_waitOption(u"wait"_s,
                   tr("With --notify: stay up to SECONDS (default: %1) to answer the notifications' actions; "
                      "0 ends at once.")
                       .arg(DefaultWaitSeconds),
                   tr("SECONDS"))
{}

QList<QCommandLineOption> RemindNotification::options() const
{
    return {m_notifyOption, m_waitOption};
}

QString RemindNotification::parse(const QCommandLineParser& parser)
{
    m_enabled = parser.isSet(m_notifyOption);
    if (!parser.isSet(m_waitOption))
        return {};
    if (!m_enabled)
        return tr("--wait needs --notify.");
    bool ok = false;
    m_waitSeconds = parser.value(m_waitOption).toInt(&ok);
    if (!ok || m_waitSeconds < 0 || m_waitSeconds > MaxWaitSeconds)
        return tr("--wait must be a number of seconds from 0 to %1.").arg(MaxWaitSeconds);
    return {};
}

QString RemindNotification::helpFooter()
{
    return tr("With --notify, each token is told of once per reminder threshold (%1; Preferences or "
              "reminders.conf change them); a place that could not be read gets a notification too. What was "
              "told is kept in %2.\n"
              "Where the notification service offers actions, \"Rotate now\" and \"Open\" open the TokenDesk "
              "window on the token and \"Remind me tomorrow\" tells of it again tomorrow. Only a running "
              "remind can answer them: it stays until each of its notifications is answered or closed, or "
              "--wait runs out. Once it has ended the notifications stay on screen, but their buttons do "
              "nothing; a longer --wait keeps them working at the cost of a process left waiting.\n"
              "With no notification service on the session bus, remind --notify says so after the report and "
              "exits 1.\n")
        .arg(ReminderThresholds::format(ReminderSettings().thresholds()), ReminderLedger::defaultFilePath());
}

void RemindNotification::run(CliContext& context, const ExpiryCheck::Report& report, int withinDays,
                             std::function<void(bool shown)> done) const
{
    // The report comes first, also when standard output is a pipe read while this waits for answers.
    context.flushOut();
    auto* notifier = new DesktopNotifier(QDBusConnection::sessionBus(), &context);
    auto* reminders = new ReminderNotifications(notifier, context.clock(), &context);
    QObject::connect(reminders, &ReminderNotifications::warning, &context,
                     [&context](const QString& text) { context.warn(text); });
    QObject::connect(
        reminders, &ReminderNotifications::posted, &context, [&context](int count, bool waiting) {
            if (waiting)
                context.writeErr(
                    tr("Posted %n notification(s); answering their actions for a while (Ctrl+C ends "
                       "this).\n",
                       nullptr, count));
        });
    QObject::connect(reminders, &ReminderNotifications::finished, &context,
                     [&context, notifier, reminders, done](const QString& error) {
                         reminders->deleteLater();
                         notifier->deleteLater();
                         if (!error.isEmpty())
                             context.writeErr(CliContext::errorLine(error));
                         done(error.isEmpty());
                     });
    ReminderNotifications::Options options;
    options.thresholds = ReminderSettings().thresholds();
    options.withinDays = withinDays;
    options.waitSeconds = m_waitSeconds;
    reminders->start(report, options);
}

} // namespace TokenDesk
