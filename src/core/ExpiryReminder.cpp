#include "ExpiryReminder.h"

#include <algorithm>

namespace TokenDesk {

QList<int> ReminderThresholds::defaults()
{
    return {30, 7, 1, 0};
}

std::optional<QList<int>> ReminderThresholds::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<QList<int>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QList<int> days;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        bool ok = false;
        const int value = trimmed.toInt(&ok);
        if (!ok || value < 0 || value > MaxDays)
            return fail(tr("\"%1\" is not a number of days from 0 to %2.").arg(trimmed).arg(MaxDays));
        days.append(value);
    }
    if (days.isEmpty())
        return fail(tr("Give at least one number of days, such as 30,7,1,0."));
    return normalized(days);
}

QString ReminderThresholds::format(const QList<int>& thresholds)
{
    QStringList parts;
    for (int days : normalized(thresholds))
        parts.append(QString::number(days));
    return parts.join(QLatin1Char(','));
}

QList<int> ReminderThresholds::normalized(QList<int> thresholds)
{
    thresholds.removeIf([](int days) { return days < 0 || days > MaxDays; });
    std::sort(thresholds.begin(), thresholds.end(), std::greater<int>());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    return thresholds;
}

std::optional<int> daysUntilExpiry(const AccessToken& token, QDate todayUtc)
{
    if (token.expiresAt.isNull())
        return std::nullopt;
    return int(todayUtc.daysTo(token.expiresAt));
}

std::optional<int> reachedThreshold(int daysLeft, const QList<int>& thresholds)
{
    if (daysLeft < 0)
        return std::nullopt;
    std::optional<int> reached;
    for (int threshold : thresholds) {
        if (threshold >= daysLeft && (!reached || threshold < *reached))
            reached = threshold;
    }
    return reached;
}

QString DueToken::stableKey() const
{
    return identity + QLatin1Char('/') + QString::number(token.id);
}

} // namespace TokenDesk
