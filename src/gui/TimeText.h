#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace TokenDesk {

// How the window writes dates and times: exact in UTC for tooltips, relative for the tables.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // "2026-11-30"
    static QString date(QDate date);
    // "2026-11-30 14:05 UTC"
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
