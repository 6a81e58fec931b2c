// The expiry calendar as bytes: which tokens get an event, the lines a calendar program reads (CRLF,
// folded at 75 octets without cutting a character), TEXT escaping, and UIDs that stay put. The file is
// also read back by Debian's iCalendar parser for Python.
#include "ExpiryCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);

DueToken due(qint64 id, const QString& name, QDate expiresAt, const QString& identity = u"local:abc"_s)
{
    DueToken token;
    token.token.id = id;
    token.token.name = name;
    token.token.expiresAt = expiresAt;
    token.token.scopes = {u"api"_s, u"read_repository"_s};
    token.identity = identity;
    token.source.key = u"store:/tmp/tokens.sqlite"_s;
    token.source.label = u"Local store"_s;
    token.daysLeft = int(Now.date().daysTo(expiresAt));
    return token;
}

QStringList unfoldedLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(u"\r\n "_s, QString());
    QStringList lines = text.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_ExpiryCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLineEndsInCrlfAndFitsIn75Octets()
    {
        // Long names in scripts of one, two, three and four octets per character, placed so that a fold at
        // 75 octets would land inside a character.
        QList<DueToken> tokens;
        const QStringList names{QString(120, u'a'), u"é"_s.repeated(60), u"x"_s + u"€"_s.repeated(50),
                                u"yz"_s + u"😀"_s.repeated(40)};
        for (qsizetype i = 0; i < names.size(); ++i)
            tokens << due(i + 1, names.at(i), QDate(2027, 1, 10));
        const QByteArray calendar = ExpiryCalendar::write(tokens, {30, 7, 1, 0}, Now);
        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = calendar.split('\n');
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            QVERIFY2(line.endsWith('\r'), line.constData());
            const QByteArray content = line.chopped(1);
            QVERIFY2(content.size() <= 75, content.constData());
            QVERIFY2(!content.contains('\r'), content.constData());
            // Each physical line is valid UTF-8 on its own: no character was cut.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(content);
            QVERIFY2(!decoder.hasError(), content.constData());
            Q_UNUSED(decoded)
        }
        // Unfolded, the names come back whole.
        const QStringList unfolded = unfoldedLines(calendar);
        for (const QString& name : names)
            QVERIFY2(unfolded.contains(u"SUMMARY:GitLab token “%1” expires"_s.arg(name)), qPrintable(name));
    }

    void textIsEscaped()
    {
        QCOMPARE(ExpiryCalendar::escapeText(u"a\\b;c,d\ne"_s), u"a\\\\b\\;c\\,d\\ne"_s);
        // Controls and invisible characters are shown, not passed on: "\x07" and "\u202e" as text.
        QCOMPARE(ExpiryCalendar::escapeText(u"bell\u0007 tab\t rlo\u202e"_s),
                 u"bell\\\\x07 tab\\\\t rlo\\\\u202e"_s);
        const QByteArray calendar = ExpiryCalendar::write(
            {due(5, u"deploy; prod, \"eu\"\nBEGIN:VEVENT"_s, QDate(2027, 1, 10))}, {7}, Now);
        const QStringList lines = unfoldedLines(calendar);
        QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), 1);
        // A name is never read as a placeholder.
        QVERIFY(ExpiryCalendar::description(due(5, u"50%2 off %1"_s, QDate(2027, 1, 10)))
                    .contains(u"Token: 50%2 off %1 (ID 5)"_s));
        QVERIFY(lines.contains(u"SUMMARY:GitLab token “deploy\\; prod\\, \"eu\"\\nBEGIN:VEVENT” expires"_s));
    }

    void onlyActiveTokensWithADateGetAnEvent()
    {
        DueToken revoked = due(2, u"revoked"_s, QDate(2027, 1, 10));
        revoked.token.revoked = true;
        DueToken never = due(3, u"never"_s, QDate());
        const QList<DueToken> tokens{due(1, u"active"_s, QDate(2026, 12, 8)), revoked, never,
                                     due(4, u"expired today"_s, QDate(2026, 12, 7)),
                                     due(5, u"expired long ago"_s, QDate(2025, 1, 1))};
        const QStringList lines = unfoldedLines(ExpiryCalendar::write(tokens, {30, 7, 1, 0}, Now));
        QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), 1);
        QVERIFY(lines.contains(u"SUMMARY:GitLab token “active” expires"_s));
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20261208"_s));
        QVERIFY(lines.contains(u"DTEND;VALUE=DATE:20261209"_s));
        QVERIFY(lines.contains(u"DTSTAMP:20261207T093000Z"_s));
        QCOMPARE(lines.count(u"BEGIN:VALARM"_s), 4);
        QVERIFY(lines.contains(u"TRIGGER:-P30D"_s));
        QVERIFY(lines.contains(u"TRIGGER:-P7D"_s));
        QVERIFY(lines.contains(u"TRIGGER:-P1D"_s));
        QVERIFY(lines.contains(u"TRIGGER:PT0S"_s));
    }

    void uidsAreStablePerTokenAndTellNothing()
    {
        const DueToken a = due(7, u"a"_s, QDate(2027, 1, 10), u"gitlab:gitlab.example.com:alice"_s);
        DueToken renamed = a;
        renamed.token.name = u"renamed"_s;
        renamed.token.expiresAt = QDate(2027, 3, 1);
        QCOMPARE(ExpiryCalendar::uid(a), ExpiryCalendar::uid(renamed));
        QVERIFY(ExpiryCalendar::uid(a).endsWith(u"@tokendesk"_s));
        QVERIFY(!ExpiryCalendar::uid(a).contains(u"alice"_s));
        QVERIFY(!ExpiryCalendar::uid(a).contains(u"example"_s));
        // Another id, another identity (account or resource): another UID.
        QVERIFY(ExpiryCalendar::uid(a) !=
                ExpiryCalendar::uid(due(8, u"a"_s, QDate(2027, 1, 10), a.identity)));
        QVERIFY(ExpiryCalendar::uid(a) !=
                ExpiryCalendar::uid(due(7, u"a"_s, QDate(2027, 1, 10), a.identity + u"/project:4"_s)));
    }

    void debiansParserReadsItBack()
    {
        const QString script = qEnvironmentVariable("TOKENDESK_SOURCE_DIR") + u"/tests/cli/ics_events.py"_s;
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("Debian's /usr/bin/python3 with python3-icalendar is needed");
        DueToken project = due(9, u"ci, nightly"_s, QDate(2027, 2, 28), u"local:abc/project:4"_s);
        project.resource = Resource{ResourceRef::Kind::Project, 4, u"acme/web"_s, u"Web"_s, 40};
        const QList<DueToken> tokens{due(1, u"deploy"_s, QDate(2026, 12, 20)), project};
        QTemporaryDir dir;
        QFile file(dir.filePath(u"expiry.ics"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ExpiryCalendar::write(tokens, {30, 7, 1, 0}, Now));
        file.close();

        QProcess python;
        python.start(u"/usr/bin/python3"_s, {script, file.fileName()});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject calendar = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(calendar.value(u"version"_s).toString(), u"2.0"_s);
        QCOMPARE(calendar.value(u"calscale"_s).toString(), u"GREGORIAN"_s);
        QVERIFY(!calendar.value(u"prodid"_s).toString().isEmpty());
        QVERIFY(!calendar.value(u"name"_s).toString().isEmpty());
        const QJsonArray events = calendar.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);

        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(u"summary"_s).toString(), u"GitLab token “deploy” expires"_s);
        QCOMPARE(first.value(u"uid"_s).toString(), ExpiryCalendar::uid(tokens.at(0)));
        QCOMPARE(first.value(u"dtstart"_s)[u"date"_s].toString(), u"2026-12-20"_s);
        QVERIFY(first.value(u"dtstart"_s)[u"all_day"_s].toBool());
        QCOMPARE(first.value(u"dtend"_s)[u"date"_s].toString(), u"2026-12-21"_s);
        QCOMPARE(first.value(u"transp"_s).toString(), u"TRANSPARENT"_s);
        const QString description = first.value(u"description"_s).toString();
        QVERIFY2(description.contains(u"Local store"_s), qPrintable(description));
        QVERIFY2(description.contains(u"api, read_repository"_s), qPrintable(description));
        QVERIFY2(description.contains(u"2026-12-20 at 00:00 UTC"_s), qPrintable(description));
        QVERIFY2(description.contains(u'\n'), qPrintable(description));
        QList<int> triggers;
        for (const QJsonValue alarm : first.value(u"alarms"_s).toArray()) {
            QCOMPARE(alarm[u"action"_s].toString(), u"DISPLAY"_s);
            QCOMPARE(alarm[u"related"_s].toString(), u"START"_s);
            QVERIFY(!alarm[u"description"_s].toString().isEmpty());
            triggers << alarm[u"trigger_seconds"_s].toInt();
        }
        QCOMPARE(triggers, (QList<int>{-30 * 86400, -7 * 86400, -86400, 0}));

        const QJsonObject second = events.at(1).toObject();
        QCOMPARE(second.value(u"summary"_s).toString(), u"GitLab token “ci, nightly” of acme/web expires"_s);
        QVERIFY(second.value(u"description"_s).toString().contains(u"Project: acme/web"_s));
        QVERIFY(second.value(u"uid"_s).toString() != first.value(u"uid"_s).toString());
    }
};

QTEST_GUILESS_MAIN(tst_ExpiryCalendar)
#include "tst_ExpiryCalendar.moc"
