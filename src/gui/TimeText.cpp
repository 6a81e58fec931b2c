#include "TimeText.h"

namespace TokenDesk {

namespace {

bool isCLocale(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}

} // namespace

QString TimeText::dateFormat(const QLocale& locale)
{
    if (isCLocale(locale))
        return QStringLiteral("yyyy-MM-dd");
    // Short formats often write two digits of the year ("dd.MM.yy", "M/d/yy"); a table of expiry dates
    // spanning decades needs all four.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString TimeText::date(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return isCLocale(locale) ? date.toString(Qt::ISODate) : locale.toString(date, dateFormat(locale));
}

QString TimeText::dateTimeUtc(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime utc = when.toUTC();
    const QString time = isCLocale(locale)
                             ? utc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : date(utc.date()) + u' ' + locale.toString(utc.time(), QLocale::ShortFormat);
    return tr("%1 UTC").arg(time);
}

QString TimeText::ago(const QDateTime& when, const QDateTime& nowUtc)
{
    if (!when.isValid())
        return tr("Never");
    const qint64 seconds = when.secsTo(nowUtc);
    if (seconds < 60)
        return tr("just now");
    const int minutes = static_cast<int>(seconds / 60);
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, hours);
    const int days = hours / 24;
    if (days < 45)
        return tr("%n day(s) ago", nullptr, days);
    if (days < 365)
        return tr("%n month(s) ago", nullptr, days / 30);
    return tr("%n year(s) ago", nullptr, days / 365);
}

QString TimeText::untilExpiry(QDate expiresAt, QDate todayUtc)
{
    if (expiresAt.isNull())
        return tr("Never");
    const qint64 days = todayUtc.daysTo(expiresAt);
    if (days == 0)
        return tr("today");
    if (days < 0) {
        const int past = static_cast<int>(-days);
        if (past < 45)
            return tr("%n day(s) ago", nullptr, past);
        if (past < 365)
            return tr("%n month(s) ago", nullptr, past / 30);
        return tr("%n year(s) ago", nullptr, past / 365);
    }
    const int ahead = static_cast<int>(days);
    if (ahead < 45)
        return tr("in %n day(s)", nullptr, ahead);
    if (ahead < 365)
        return tr("in %n month(s)", nullptr, ahead / 30);
    return tr("in %n year(s)", nullptr, ahead / 365);
}

QString TimeText::expiryExact(QDate expiresAt)
{
    if (expiresAt.isNull())
        return tr("Does not expire");
    return tr("Expires on %1 at 00:00 UTC").arg(date(expiresAt));
}

} // namespace TokenDesk
