#pragma once

#include "ExpiryReminder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace TokenDesk {

// The tokens' expiry dates as an iCalendar file (RFC 5545), for any calendar program to import:
//  - one all-day event per active token that has an expiry date, on that date (the UTC day at whose 00:00
//    it stops working), marked free time; revoked and expired tokens are left out;
//  - a display alarm per reminder threshold, that many days before the event's start (0: at its start);
//  - a UID per token that stays the same across exports (from DueToken::stableKey()), so importing a
//    newer export updates the events instead of adding copies.
// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence.
class ExpiryCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryCalendar)

public:
    // The whole calendar. nowUtc: its DTSTAMP, and the day before which tokens count as expired.
    static QByteArray write(const QList<DueToken>& tokens, const QList<int>& thresholds,
                            const QDateTime& nowUtc);

    // Whether the token gets an event.
    static bool includes(const DueToken& token, QDate todayUtc);
    // "<32 hex digits>@tokendesk": a digest of the token's stable key, naming no account or host.
    static QString uid(const DueToken& token);
    static QString summary(const DueToken& token);
    static QString description(const DueToken& token);

    // A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. Controls and
    // invisible characters (which the format forbids, or which would make a name read as another) are
    // first written as visible escapes (VisibleText), so that the value reads "\u202e" where one was.
    static QString escapeText(const QString& text);
    // One content line: UTF-8, folded so that no line is longer than 75 octets, each ending in CRLF.
    static QByteArray contentLine(const QString& line);
};

} // namespace TokenDesk
