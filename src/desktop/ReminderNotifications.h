#pragma once

#include "DesktopNotifier.h"
#include "ExpiryCheck.h"
#include "ReminderLedger.h"
#include "ReminderPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace TokenDesk {

class Clock;

// One run of the desktop reminders after an expiry check (what `tokendesk-cli remind --notify` does): asks
// the notification service what it supports, posts the notifications of the ReminderPlan, records each in
// the ledger once it is posted, then answers their actions (Rotate now and Open start the window, Remind me
// tomorrow snoozes the token) until every one it posted is closed or answered, or the wait is over.
class ReminderNotifications : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<int> thresholds;
        // How far ahead the check looked (what the ledger may forget of the sources it read).
        int withinDays = 30;
        // How long to stay for answers; 0: end once posted.
        int waitSeconds = 600;
        // Empty: ReminderLedger::defaultFilePath().
        QString ledgerFile;
    };

    ReminderNotifications(DesktopNotifier* notifier, const Clock& clock, QObject* parent = nullptr);

    void start(const ExpiryCheck::Report& report, const Options& options);
    int postedCount() const { return m_postedCount; }

Q_SIGNALS:
    // Something the user should know that does not stop the run (a ledger that cannot be written, a window
    // that cannot be started).
    void warning(const QString& text);
    // Everything planned was posted (count of them), before waiting for answers; waiting says whether it
    // waits.
    void posted(int count, bool waiting);
    // The run is over; error is empty when every notification was posted.
    void finished(const QString& error);

private:
    void postNext();
    void postingDone();
    void answer(uint id, const QString& actionKey);
    void forget(uint id);
    void end();
    void saveLedger();

    DesktopNotifier* m_notifier;
    const Clock& m_clock;
    Options m_options;
    ReminderLedger m_ledger;
    QList<PlannedNotification> m_plan;
    qsizetype m_next = 0;
    int m_postedCount = 0;
    QString m_error;
    QHash<uint, PlannedNotification> m_waiting;
    QTimer m_waitTimer;
    bool m_ended = false;
};

} // namespace TokenDesk
