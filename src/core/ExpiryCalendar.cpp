#include "ExpiryCalendar.h"

#include "VisibleText.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr int MaxLineOctets = 75;

QString dateValue(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString utcValue(const QDateTime& instant)
{
    return instant.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString alarmText(const DueToken& due, int threshold)
{
    const QString name = due.token.name;
    if (threshold == 0)
        return ExpiryCalendar::tr("GitLab token “%1” stopped working today at 00:00 UTC.").arg(name);
    if (threshold == 1)
        return ExpiryCalendar::tr("GitLab token “%1” stops working tomorrow at 00:00 UTC: today is "
                                  "its last day.")
            .arg(name);
    return ExpiryCalendar::tr("GitLab token “%1” stops working in %n day(s).", nullptr, threshold).arg(name);
}

void appendAlarm(QByteArray& out, const DueToken& due, int threshold)
{
    out += ExpiryCalendar::contentLine(u"BEGIN:VALARM"_s);
    out += ExpiryCalendar::contentLine(u"ACTION:DISPLAY"_s);
    out += ExpiryCalendar::contentLine(u"DESCRIPTION:"_s +
                                       ExpiryCalendar::escapeText(alarmText(due, threshold)));
    out +=
        ExpiryCalendar::contentLine(threshold == 0 ? u"TRIGGER:PT0S"_s : u"TRIGGER:-P%1D"_s.arg(threshold));
    out += ExpiryCalendar::contentLine(u"END:VALARM"_s);
}

} // namespace

QByteArray ExpiryCalendar::write(const QList<DueToken>& tokens, const QList<int>& thresholds,
                                 const QDateTime& nowUtc)
{
    const QDate today = nowUtc.toUTC().date();
    const QString stamp = utcValue(nowUtc);
    const QList<int> alarms = ReminderThresholds::normalized(thresholds);
    QByteArray out;
    out += contentLine(u"BEGIN:VCALENDAR"_s);
    out += contentLine(u"VERSION:2.0"_s);
    out += contentLine(u"PRODID:-//TokenDesk//Token expiry//EN"_s);
    out += contentLine(u"CALSCALE:GREGORIAN"_s);
    out += contentLine(u"X-WR-CALNAME:"_s + escapeText(tr("GitLab token expiry")));
    for (const DueToken& due : tokens) {
        if (!includes(due, today))
            continue;
        out += contentLine(u"BEGIN:VEVENT"_s);
        out += contentLine(u"UID:"_s + uid(due));
        out += contentLine(u"DTSTAMP:"_s + stamp);
        out += contentLine(u"DTSTART;VALUE=DATE:"_s + dateValue(due.token.expiresAt));
        out += contentLine(u"DTEND;VALUE=DATE:"_s + dateValue(due.token.expiresAt.addDays(1)));
        out += contentLine(u"SUMMARY:"_s + escapeText(summary(due)));
        out += contentLine(u"DESCRIPTION:"_s + escapeText(description(due)));
        out += contentLine(u"TRANSP:TRANSPARENT"_s);
        for (int threshold : alarms)
            appendAlarm(out, due, threshold);
        out += contentLine(u"END:VEVENT"_s);
    }
    out += contentLine(u"END:VCALENDAR"_s);
    return out;
}

bool ExpiryCalendar::includes(const DueToken& token, QDate todayUtc)
{
    return !token.token.revoked && token.token.expiresAt.isValid() && token.token.expiresAt > todayUtc;
}

QString ExpiryCalendar::uid(const DueToken& token)
{
    const QByteArray digest =
        QCryptographicHash::hash(token.stableKey().toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32)) + u"@tokendesk"_s;
}

QString ExpiryCalendar::summary(const DueToken& token)
{
    if (!token.resource)
        return tr("GitLab token “%1” expires").arg(token.token.name);
    return tr("GitLab token “%1” of %2 expires").arg(token.token.name, token.resource->fullPath);
}

QString ExpiryCalendar::description(const DueToken& token)
{
    QStringList lines;
    lines << tr("Account: %1").arg(token.source.label);
    if (token.resource) {
        lines << (token.resource->kind == ResourceRef::Kind::Group
                      ? tr("Group: %1").arg(token.resource->fullPath)
                      : tr("Project: %1").arg(token.resource->fullPath));
    }
    lines << tr("Token: %1 (ID %2)").arg(token.token.name, QString::number(token.token.id));
    lines
        << tr("Scopes: %1").arg(token.token.scopes.isEmpty() ? tr("none") : token.token.scopes.join(u", "_s));
    lines << tr("It stops working on %1 at 00:00 UTC. Rotate it in TokenDesk before then.")
                 .arg(token.token.expiresAt.toString(Qt::ISODate));
    return lines.join(u'\n');
}

QString ExpiryCalendar::escapeText(const QString& text)
{
    // Names come from a server or a store: characters that would render as something else, or drive a
    // terminal the file is printed on, are written as visible escapes first ("\u202e"); line breaks stay.
    const QString visible = VisibleText::escaped(text, true);
    QString escaped;
    escaped.reserve(visible.size() + 8);
    for (const QChar c : visible) {
        switch (c.unicode()) {
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u';':
            escaped += u"\\;"_s;
            break;
        case u',':
            escaped += u"\\,"_s;
            break;
        case u'\n':
            escaped += u"\\n"_s;
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ExpiryCalendar::contentLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype at = 0;
    int room = MaxLineOctets;
    while (utf8.size() - at > room) {
        qsizetype cut = at + room;
        while (cut > at && isContinuationByte(utf8.at(cut)))
            --cut;
        out += utf8.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        room = MaxLineOctets - 1; // the folding space counts
    }
    out += utf8.mid(at);
    out += "\r\n";
    return out;
}

} // namespace TokenDesk
