#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace TokenDesk {

// How the window writes dates and times: exact in UTC for tooltips, relative for the tables. Dates are
// written in the user's locale (QLocale(), which installTranslations() sets to uiLocale()) with the
// year in full: "31.12.2026" in German, "2026/12/31" in Japanese; in the C locale, ISO "2026-12-31".
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // "2026-11-30" (C locale), "30.11.2026" (German)
    static QString date(QDate date);
    // The format date() writes in: the locale's short date format with a four-digit year.
    static QString dateFormat(const QLocale& locale = QLocale());
    // "2026-11-30 14:05 UTC" (C locale), "30.11.2026 14:05 UTC" (German)
    static QString dateTimeUtc(const QDateTime& when);
    // "3 hours ago", "just now"; "Never" when invalid.
    static QString ago(const QDateTime& when, const QDateTime& nowUtc);
    // How far an expiry date (00:00 UTC of that day) lies from today: "in 3 days", "today",
    // "2 days ago"; "Never" for a null date.
    static QString untilExpiry(QDate expiresAt, QDate todayUtc);
    // "Expires on 2026-12-03 at 00:00 UTC"
    static QString expiryExact(QDate expiresAt);
};

} // namespace TokenDesk
