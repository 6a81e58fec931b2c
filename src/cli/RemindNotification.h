#pragma once

#include "ExpiryCheck.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace TokenDesk {

class CliContext;

// `remind --notify [--wait SECONDS]`: after the report, posts the desktop notifications of the
// reminders (ReminderNotifications) and stays to answer their actions for a while.
class RemindNotification
{
    Q_DECLARE_TR_FUNCTIONS(RemindNotification)

public:
    static constexpr int DefaultWaitSeconds = 600;
    static constexpr int MaxWaitSeconds = 24 * 60 * 60;

    RemindNotification();

    QList<QCommandLineOption> options() const;
    // Empty when fine, else the usage error.
    QString parse(const QCommandLineParser& parser);
    bool enabled() const { return m_enabled; }
    // What --help says after the options: what --wait trades.
    static QString helpFooter();

    // Posts the notifications for the report (whose check looked withinDays ahead), waits for answers,
    // then calls done(true), or done(false) after saying on standard error why notifications could not be
    // shown.
    void run(CliContext& context, const ExpiryCheck::Report& report, int withinDays,
             std::function<void(bool shown)> done) const;

private:
    QCommandLineOption m_notifyOption;
    QCommandLineOption m_waitOption;
    bool m_enabled = false;
    int m_waitSeconds = DefaultWaitSeconds;
};

} // namespace TokenDesk
