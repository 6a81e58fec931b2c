#pragma once

#include "ExpiryCheck.h"
#include "ExpiryReminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// What the desktop notifications remember across runs, so that each (token, threshold) is told once: the
// thresholds already notified per token, and the day until which the user asked not to be reminded of it
// ("Remind me tomorrow"). Tokens are named by DueToken::stableKey().
//
// Lives next to reminders.conf: $TOKENDESK_CONFIG_DIR/reminders-sent.json when that is set, else
// <generic config location>/TokenDesk/reminders-sent.json; an owner-only JSON file. Holds token keys,
// source keys and dates, never a secret.
class ReminderLedger
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLedger)

public:
    explicit ReminderLedger(QString file = {});

    static QString defaultFilePath();
    QString file() const { return m_file; }

    // Reads the file (a missing one is an empty ledger). False, with why, when it cannot be read; the ledger
    // is then empty.
    bool load(QString* error = nullptr);
    // Writes the whole ledger at once (never a half-written file). False, with why, when it cannot.
    bool save(QString* error = nullptr) const;

    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList tokenKeys() const;
    QList<int> sentThresholds(const QString& tokenKey) const;
    bool wasSent(const QString& tokenKey, int threshold) const;
    // Null when the token is not snoozed.
    QDate snoozedUntil(const QString& tokenKey) const;

    // The notification for this threshold was posted; a snooze ends with it.
    void recordSent(const DueToken& token, int threshold);
    // "Remind me tomorrow": no reminder of this token before `day`, then one even if its threshold was told.
    void snooze(const DueToken& token, QDate day);

    // Forgets what no longer needs remembering: the tokens of each source the report read in full that
    // expire within withinDays of today but are no longer due (revoked, rotated, deleted), and every token
    // whose expiry date has passed. Tokens of sources that could not be read are kept.
    void prune(const ExpiryCheck::Report& report, QDate todayUtc, int withinDays);

private:
    struct Entry
    {
        QString source;
        QDate expiresAt;
        QList<int> sent;
        QDate snoozedUntil;
    };

    Entry& entryFor(const DueToken& token);

    QString m_file;
    QHash<QString, Entry> m_entries;
};

} // namespace TokenDesk
