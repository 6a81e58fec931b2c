#pragma once

#include "ExpiryCheck.h"
#include "ExpiryReminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace TokenDesk {

class ReminderLedger;

// One desktop notification the reminders want to show, in plain text (the notifier escapes it for
// servers that read markup).
struct PlannedNotification
{
    enum class Kind
    {
        Token,   // one token at the threshold it reached
        Group,   // several tokens at once
        Failures // the sources that could not be read, and why
    };
    enum class Urgency
    {
        Low = 0,
        Normal = 1,
        Critical = 2 // the freedesktop values
    };
    struct Action
    {
        QString key;
        QString label;
        friend bool operator==(const Action&, const Action&) = default;
    };

    Kind kind = Kind::Token;
    QString summary;
    QString body;
    QList<Action> actions;
    Urgency urgency = Urgency::Normal;
    // The tokens it tells of, soonest first, and the threshold each reached (the ledger records these once
    // it is posted).
    QList<DueToken> tokens;
    QList<int> thresholds;
    QList<ExpiryCheck::Failure> failures;
};

// Which notifications a run of the reminders posts, decided from the expiry check's report, the user's
// thresholds, what the ledger remembers and today's date (UTC). Pure: no bus, no file.
//  - Each due token that reached a threshold it was not yet told of gets one notification, unless it is
//    snoozed past today; a snooze that has ended brings it back even if its threshold was told.
//  - More than GroupAbove of them at once: one notification for all instead.
//  - The sources that could not be read get one notification that names each and why.
class ReminderPlan
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPlan)

public:
    static constexpr int GroupAbove = 3;
    // The tokens a grouped notification names one by one; the rest are counted.
    static constexpr int GroupLines = 8;

    // Action keys.
    static QString rotateAction();
    static QString openAction();
    static QString snoozeAction();

    static QList<PlannedNotification> make(const ExpiryCheck::Report& report, const QList<int>& thresholds,
                                           const ReminderLedger& ledger, QDate todayUtc,
                                           const QLocale& locale = QLocale());

    // "Token “deploy” expires in 7 days", "… expires tomorrow", "… expired today".
    static QString tokenSummary(const DueToken& token);
    // Where the token lives (account, group or project) and its expiry date in the locale's long format.
    static QString tokenBody(const DueToken& token, const QLocale& locale);
    // "alice @ gitlab.com", "alice @ gitlab.com, project acme/web".
    static QString place(const DueToken& token);

private:
    static PlannedNotification forToken(const DueToken& token, int threshold, const QLocale& locale);
    static PlannedNotification forGroup(const QList<DueToken>& tokens, const QList<int>& thresholds);
    static PlannedNotification forFailures(const QList<ExpiryCheck::Failure>& failures);
};

} // namespace TokenDesk
