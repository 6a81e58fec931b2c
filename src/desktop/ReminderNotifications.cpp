#include "ReminderNotifications.h"

#include "Clock.h"
#include "WindowProcess.h"

namespace TokenDesk {

ReminderNotifications::ReminderNotifications(DesktopNotifier* notifier, const Clock& clock, QObject* parent)
    : QObject(parent), m_notifier(notifier), m_clock(clock)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &ReminderNotifications::end);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &ReminderNotifications::answer);
    connect(m_notifier, &DesktopNotifier::closed, this, [this](uint id) { forget(id); });
}

void ReminderNotifications::start(const ExpiryCheck::Report& report, const Options& options)
{
    m_options = options;
    m_ledger = ReminderLedger(options.ledgerFile);
    QString error;
    if (!m_ledger.load(&error))
        Q_EMIT warning(error);
    m_notifier->probe([this, report](const QString& unavailable) {
        if (!unavailable.isEmpty()) {
            m_error = unavailable;
            end();
            return;
        }
        const QDate today = m_clock.todayUtc();
        m_ledger.prune(report, today, m_options.withinDays);
        m_plan = ReminderPlan::make(report, m_options.thresholds, m_ledger, today);
        postNext();
    });
}

void ReminderNotifications::postNext()
{
    if (m_next >= m_plan.size())
        return postingDone();
    const PlannedNotification& notification = m_plan.at(m_next++);
    m_notifier->post(notification, [this, notification](std::optional<uint> id, const QString& error) {
        if (!id) {
            m_error = error;
            return postNext();
        }
        ++m_postedCount;
        for (qsizetype i = 0; i < notification.tokens.size(); ++i)
            m_ledger.recordSent(notification.tokens.at(i), notification.thresholds.at(i));
        saveLedger();
        if (!notification.actions.isEmpty())
            m_waiting.insert(*id, notification);
        postNext();
    });
}

void ReminderNotifications::postingDone()
{
    saveLedger();
    const bool wait = m_options.waitSeconds > 0 && m_notifier->supportsActions() && !m_waiting.isEmpty();
    Q_EMIT posted(m_postedCount, wait);
    if (!wait)
        return end();
    m_waitTimer.start(std::chrono::seconds(m_options.waitSeconds));
}

void ReminderNotifications::answer(uint id, const QString& actionKey)
{
    const auto it = m_waiting.constFind(id);
    if (it == m_waiting.constEnd())
        return;
    const PlannedNotification notification = *it;
    QString error;
    if (actionKey == ReminderPlan::rotateAction() && !notification.tokens.isEmpty()) {
        if (!WindowProcess::launch(WindowProcess::rotateArguments(notification.tokens.first()), &error))
            Q_EMIT warning(error);
    } else if (actionKey == ReminderPlan::openAction() && !notification.tokens.isEmpty()) {
        if (!WindowProcess::launch(WindowProcess::selectArguments(notification.tokens.first()), &error))
            Q_EMIT warning(error);
    } else if (actionKey == ReminderPlan::snoozeAction()) {
        // Another run may have written the ledger meanwhile: snooze on top of what is there now.
        if (!m_ledger.load(&error))
            Q_EMIT warning(error);
        const QDate tomorrow = m_clock.todayUtc().addDays(1);
        for (const DueToken& token : notification.tokens) {
            if (token.isActive())
                m_ledger.snooze(token, tomorrow);
        }
        saveLedger();
    }
    forget(id);
}

void ReminderNotifications::forget(uint id)
{
    if (!m_waiting.remove(id) || !m_waiting.isEmpty() || !m_waitTimer.isActive())
        return;
    m_waitTimer.stop();
    end();
}

void ReminderNotifications::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(m_error);
}

void ReminderNotifications::saveLedger()
{
    QString error;
    if (!m_ledger.save(&error))
        Q_EMIT warning(error);
}

} // namespace TokenDesk
