#pragma once

#include <QList>
#include <QString>

namespace TokenDesk {

// The user's reminder choices, shared by the window's Preferences, `tokendesk-cli remind` (run by hand or
// by the timer) and the calendar export: $TOKENDESK_CONFIG_DIR/reminders.conf when that is set, else
// <generic config location>/TokenDesk/reminders.conf. Holds no secret.
class ReminderSettings
{
public:
    explicit ReminderSettings(QString file = {});

    static QString defaultFilePath();
    QString file() const { return m_file; }

    // Days before expiry (ReminderThresholds): descending; the defaults when never set or unreadable.
    QList<int> thresholds() const;
    void setThresholds(const QList<int>& thresholds);
    // The largest threshold: how far ahead `remind` looks by default.
    int horizonDays() const;

private:
    QString m_file;
};

} // namespace TokenDesk
