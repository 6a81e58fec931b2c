#include "ReminderPlan.h"

#include "ReminderLedger.h"
#include "VisibleText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// A name from a server or a store, shown on one line whatever it holds.
QString shown(const QString& text)
{
    return VisibleText::escaped(text);
}

PlannedNotification::Urgency urgencyFor(const DueToken& token)
{
    return token.daysLeft <= 1 ? PlannedNotification::Urgency::Critical
                               : PlannedNotification::Urgency::Normal;
}

} // namespace

QString ReminderPlan::rotateAction()
{
    return u"rotate"_s;
}

QString ReminderPlan::openAction()
{
    return u"open"_s;
}

QString ReminderPlan::snoozeAction()
{
    return u"remind-tomorrow"_s;
}

QList<PlannedNotification> ReminderPlan::make(const ExpiryCheck::Report& report, const QList<int>& thresholds,
                                              const ReminderLedger& ledger, QDate todayUtc,
                                              const QLocale& locale)
{
    QList<DueToken> tokens;
    QList<int> reached;
    for (const DueToken& token : report.due) {
        if (token.token.revoked || token.daysLeft < 0)
            continue;
        const std::optional<int> threshold = reachedThreshold(token.daysLeft, thresholds);
        if (!threshold)
            continue;
        const QString key = token.stableKey();
        const QDate snoozedUntil = ledger.snoozedUntil(key);
        if (snoozedUntil.isValid() && todayUtc < snoozedUntil)
            continue;
        if (!snoozedUntil.isValid() && ledger.wasSent(key, *threshold))
            continue;
        tokens.append(token);
        reached.append(*threshold);
    }

    QList<PlannedNotification> plan;
    if (tokens.size() > GroupAbove) {
        plan.append(forGroup(tokens, reached));
    } else {
        for (qsizetype i = 0; i < tokens.size(); ++i)
            plan.append(forToken(tokens.at(i), reached.at(i), locale));
    }
    if (!report.failures.isEmpty())
        plan.append(forFailures(report.failures));
    return plan;
}

QString ReminderPlan::tokenSummary(const DueToken& token)
{
    const QString name = shown(token.token.name);
    if (token.daysLeft <= 0)
        return tr("Token “%1” expired today").arg(name);
    if (token.daysLeft == 1)
        return tr("Token “%1” expires tomorrow").arg(name);
    return tr("Token “%1” expires in %n day(s)", nullptr, token.daysLeft).arg(name);
}

QString ReminderPlan::place(const DueToken& token)
{
    const QString label = shown(token.source.label);
    if (!token.resource)
        return label;
    const QString path = shown(token.resource->fullPath);
    if (token.resource->kind == ResourceRef::Kind::Group)
        return tr("%1, group %2").arg(label, path);
    return tr("%1, project %2").arg(label, path);
}

QString ReminderPlan::tokenBody(const DueToken& token, const QLocale& locale)
{
    const QString date = locale.toString(token.token.expiresAt, QLocale::LongFormat);
    if (token.daysLeft <= 0)
        return tr("%1\nIt stopped working on %2 (00:00 UTC): whatever uses it is refused now. Create a new "
                  "token to replace it.")
            .arg(place(token), date);
    return tr("%1\nIt stops working on %2 (00:00 UTC).").arg(place(token), date);
}

PlannedNotification ReminderPlan::forToken(const DueToken& token, int threshold, const QLocale& locale)
{
    PlannedNotification notification;
    notification.kind = PlannedNotification::Kind::Token;
    notification.summary = tokenSummary(token);
    notification.body = tokenBody(token, locale);
    notification.urgency = urgencyFor(token);
    if (token.isActive())
        notification.actions.append({rotateAction(), tr("Rotate now")});
    notification.actions.append({openAction(), tr("Open")});
    if (token.isActive())
        notification.actions.append({snoozeAction(), tr("Remind me tomorrow")});
    notification.tokens = {token};
    notification.thresholds = {threshold};
    return notification;
}

PlannedNotification ReminderPlan::forGroup(const QList<DueToken>& tokens, const QList<int>& thresholds)
{
    PlannedNotification notification;
    notification.kind = PlannedNotification::Kind::Group;
    const int count = int(tokens.size());
    const bool anyExpired =
        std::any_of(tokens.begin(), tokens.end(), [](const DueToken& token) { return token.daysLeft <= 0; });
    notification.summary = anyExpired ? tr("%n token(s) expired or expire soon", nullptr, count)
                                      : tr("%n token(s) expire soon", nullptr, count);
    QStringList lines;
    for (const DueToken& token : tokens.first(std::min(count, GroupLines))) {
        const QString name = shown(token.token.name);
        QString when;
        if (token.daysLeft <= 0)
            when = tr("expired today");
        else if (token.daysLeft == 1)
            when = tr("expires tomorrow");
        else
            when = tr("expires in %n day(s)", nullptr, token.daysLeft);
        lines.append(tr("“%1” (%2) %3").arg(name, place(token), when));
        if (urgencyFor(token) == PlannedNotification::Urgency::Critical)
            notification.urgency = PlannedNotification::Urgency::Critical;
    }
    if (count > GroupLines)
        lines.append(tr("and %n more", nullptr, count - GroupLines));
    notification.body = lines.join(u'\n');
    notification.actions.append({openAction(), tr("Open")});
    if (std::any_of(tokens.begin(), tokens.end(), [](const DueToken& token) { return token.isActive(); }))
        notification.actions.append({snoozeAction(), tr("Remind me tomorrow")});
    notification.tokens = tokens;
    notification.thresholds = thresholds;
    return notification;
}

PlannedNotification ReminderPlan::forFailures(const QList<ExpiryCheck::Failure>& failures)
{
    PlannedNotification notification;
    notification.kind = PlannedNotification::Kind::Failures;
    const int count = int(failures.size());
    notification.summary =
        count == 1
            ? tr("TokenDesk could not check the tokens of %1").arg(shown(failures.first().source.label))
            : tr("TokenDesk could not check the tokens of %n place(s)", nullptr, count);
    QStringList lines;
    for (const ExpiryCheck::Failure& failure : failures)
        lines.append(tr("%1: %2").arg(shown(failure.source.label), shown(failure.error.message)));
    lines.append(tr("Tokens there that are about to expire are not shown."));
    notification.body = lines.join(u'\n');
    notification.failures = failures;
    return notification;
}

} // namespace TokenDesk
