// tokendesk-cli calendar: the real binary against stores in a temporary folder, its output read back by
// Debian's iCalendar parser for Python (python3-icalendar, through tests/cli/ics_events.py) event by event.
#include "AccountBook.h"
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

class TestCliCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyActiveTokenIsAnAllDayEventWithAlarms();
    void uidsStayTheSameAcrossExportsAndRevokedTokensLeave();
    void alarmsFollowTheUsersThresholds();
    void groupAndProjectTokensAreIncluded();
    void aPlaceThatCannotBeReadIsNamedTheRestIsWritten();
    void anOutputThatCannotBeWrittenFails();
    void aStoreThatIsNotThereIsNotCreated();

private:
    // The parser's view of a calendar: {"version", "prodid", "calscale", "name", "events": [...]}.
    QJsonObject parse(const QByteArray& calendar);
    QJsonObject eventNamed(const QJsonObject& calendar, const QString& name);
    qint64 createToken(const QString& name, qint64 daysAhead);
    ProcessResult calendar(const QStringList& extra = {}, const QStringList& environment = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliCalendar::initTestCase()
{
    isolateStandardPaths();
    if (!QFile::exists(u"/usr/bin/python3"_s))
        QSKIP("Debian's /usr/bin/python3 with python3-icalendar reads the calendars back");
}

void TestCliCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config"_s)));
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
    // No connected account, and the default store is this test's own: `calendar` without --store reads it.
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->filePath(u"config"_s),
                          u"XDG_DATA_HOME="_s + m_dir->filePath(u"data"_s),
                          u"TOKENDESK_STORE="_s + m_dir->filePath(u"tokens.sqlite"_s)});
}

QJsonObject TestCliCalendar::parse(const QByteArray& calendar)
{
    QFile file(m_dir->filePath(u"parsed.ics"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(calendar);
    file.close();
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s,
        {qEnvironmentVariable("TOKENDESK_SOURCE_DIR") + u"/tests/cli/ics_events.py"_s, file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "the parser refused the calendar:" << python.readAllStandardError();
        return {};
    }
    return parseJson(python.readAllStandardOutput()).object();
}

QJsonObject TestCliCalendar::eventNamed(const QJsonObject& calendar, const QString& name)
{
    const QString summary = u"GitLab token “%1” expires"_s.arg(name);
    for (const QJsonValue event : calendar.value(u"events"_s).toArray()) {
        if (event[u"summary"_s].toString() == summary)
            return event.toObject();
    }
    return {};
}

qint64 TestCliCalendar::createToken(const QString& name, qint64 daysAhead)
{
    const QJsonObject created =
        m_cli.create({u"--name"_s, name, u"--scope"_s, u"read_api"_s, u"--scope"_s, u"read_repository"_s,
                      u"--expires"_s, testTodayUtc().addDays(daysAhead).toString(Qt::ISODate)});
    return created.value(u"id"_s).toInteger();
}

ProcessResult TestCliCalendar::calendar(const QStringList& extra, const QStringList& environment)
{
    return m_cli.runBare(QStringList{u"calendar"_s} + extra, {}, environment);
}

void TestCliCalendar::everyActiveTokenIsAnAllDayEventWithAlarms()
{
    QVERIFY(createToken(u"deploy"_s, 20) > 0);
    QVERIFY(createToken(u"ci, nightly; eu"_s, 3) > 0);
    QVERIFY(createToken(u"a year"_s, 365) > 0);

    const ProcessResult run = calendar();
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.out.startsWith("BEGIN:VCALENDAR\r\n"));
    const QJsonObject parsed = parse(run.out);
    QCOMPARE(parsed.value(u"version"_s).toString(), u"2.0"_s);
    QCOMPARE(parsed.value(u"calscale"_s).toString(), u"GREGORIAN"_s);
    QVERIFY(!parsed.value(u"name"_s).toString().isEmpty());
    QCOMPARE(parsed.value(u"events"_s).toArray().size(), 3);

    for (const auto& [name, days] :
         {std::pair{u"deploy"_s, 20}, {u"ci, nightly; eu"_s, 3}, {u"a year"_s, 365}}) {
        const QJsonObject event = eventNamed(parsed, name);
        QVERIFY2(!event.isEmpty(), qPrintable(name));
        const QDate expires = testTodayUtc().addDays(days);
        QCOMPARE(event[u"dtstart"_s][u"date"_s].toString(), expires.toString(Qt::ISODate));
        QVERIFY(event[u"dtstart"_s][u"all_day"_s].toBool());
        QCOMPARE(event[u"dtend"_s][u"date"_s].toString(), expires.addDays(1).toString(Qt::ISODate));
        QCOMPARE(event[u"transp"_s].toString(), u"TRANSPARENT"_s);
        QVERIFY(event[u"uid"_s].toString().endsWith(u"@tokendesk"_s));
        const QString description = event[u"description"_s].toString();
        QVERIFY2(description.contains(u"read_api, read_repository"_s), qPrintable(description));
        QVERIFY2(description.contains(expires.toString(Qt::ISODate) + u" at 00:00 UTC"_s),
                 qPrintable(description));
        QList<int> triggers;
        for (const QJsonValue alarm : event[u"alarms"_s].toArray()) {
            QCOMPARE(alarm[u"action"_s].toString(), u"DISPLAY"_s);
            triggers << alarm[u"trigger_seconds"_s].toInt();
        }
        // The default thresholds: 30, 7 and 1 days before, and on the day.
        QCOMPARE(triggers, (QList<int>{-30 * 86400, -7 * 86400, -86400, 0}));
    }
}

void TestCliCalendar::uidsStayTheSameAcrossExportsAndRevokedTokensLeave()
{
    const qint64 deploy = createToken(u"deploy"_s, 20);
    QVERIFY(createToken(u"ci"_s, 3) > 0);
    const QString file = m_dir->filePath(u"tokendesk-expiry.ics"_s);

    const ProcessResult first = calendar({u"--output"_s, file});
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY(first.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject before = parse(written.readAll());
    written.close();
    const ProcessResult second = calendar();
    QCOMPARE(second.exitCode, 0);
    const QJsonObject again = parse(second.out);
    for (const QString& name : {u"deploy"_s, u"ci"_s}) {
        const QString uid = eventNamed(before, name)[u"uid"_s].toString();
        QVERIFY(!uid.isEmpty());
        QCOMPARE(eventNamed(again, name)[u"uid"_s].toString(), uid);
    }
    QVERIFY(eventNamed(before, u"deploy"_s)[u"uid"_s] != eventNamed(before, u"ci"_s)[u"uid"_s]);

    // Revoked: left out; the other keeps its UID.
    QCOMPARE(m_cli.run({u"revoke"_s, QString::number(deploy)}).exitCode, 0);
    QCOMPARE(calendar({u"--output"_s, file}).exitCode, 0);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject after = parse(written.readAll());
    QCOMPARE(after.value(u"events"_s).toArray().size(), 1);
    QVERIFY(eventNamed(after, u"deploy"_s).isEmpty());
    QCOMPARE(eventNamed(after, u"ci"_s)[u"uid"_s], eventNamed(before, u"ci"_s)[u"uid"_s]);
}

void TestCliCalendar::alarmsFollowTheUsersThresholds()
{
    QVERIFY(createToken(u"deploy"_s, 20) > 0);
    QFile settings(m_dir->filePath(u"config/reminders.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[reminders]\nthresholds=\"14,2\"\n");
    settings.close();
    const ProcessResult run = calendar();
    QCOMPARE(run.exitCode, 0);
    QList<int> triggers;
    for (const QJsonValue alarm : eventNamed(parse(run.out), u"deploy"_s)[u"alarms"_s].toArray())
        triggers << alarm[u"trigger_seconds"_s].toInt();
    QCOMPARE(triggers, (QList<int>{-14 * 86400, -2 * 86400}));
}

void TestCliCalendar::groupAndProjectTokensAreIncluded()
{
    const QString expires = testTodayUtc().addDays(9).toString(Qt::ISODate);
    const ProcessResult created =
        m_cli.runBare({u"--demo"_s, u"--project"_s, u"acme/platform/web"_s, u"create"_s, u"--name"_s,
                       u"web-deploy"_s, u"--scope"_s, u"read_api"_s, u"--expires"_s, expires});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const ProcessResult run = calendar({u"--demo"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject parsed = parse(run.out);
    bool found = false;
    for (const QJsonValue event : parsed.value(u"events"_s).toArray()) {
        if (event[u"summary"_s].toString() != u"GitLab token “web-deploy” of acme/platform/web expires"_s)
            continue;
        found = true;
        QCOMPARE(event[u"dtstart"_s][u"date"_s].toString(), expires);
        QVERIFY(event[u"description"_s].toString().contains(u"Project: acme/platform/web"_s));
    }
    QVERIFY2(found, run.out.constData());
}

void TestCliCalendar::aPlaceThatCannotBeReadIsNamedTheRestIsWritten()
{
    QVERIFY(createToken(u"deploy"_s, 20) > 0);
    // A connected account whose access token is not in the keychain (nor can be: no keychain service).
    AccountRecord account;
    account.key = u"gitlab:gitlab.invalid:alice"_s;
    account.instanceUrl = QUrl(u"https://gitlab.invalid"_s);
    account.username = u"alice"_s;
    AccountBook(m_dir->filePath(u"config/keychain.conf"_s)).save(account);

    const QString file = m_dir->filePath(u"out.ics"_s);
    const ProcessResult run =
        calendar({u"--output"_s, file},
                 {u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + m_dir->filePath(u"no-bus"_s), u"DISPLAY"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("tokendesk-cli: error: "), run.err.constData());
    QVERIFY2(run.err.contains("alice @ gitlab.invalid"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject parsed = parse(written.readAll());
    QCOMPARE(parsed.value(u"events"_s).toArray().size(), 1);
    QVERIFY(!eventNamed(parsed, u"deploy"_s).isEmpty());
}

void TestCliCalendar::anOutputThatCannotBeWrittenFails()
{
    QVERIFY(createToken(u"deploy"_s, 20) > 0);
    const QString file = m_dir->filePath(u"missing-folder/out.ics"_s);
    const ProcessResult run = calendar({u"--output"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY(run.err.contains("out.ics"));
    QVERIFY(!QFile::exists(file));

    QCOMPARE(calendar({u"--output"_s, u""_s}).exitCode, 2);
    QCOMPARE(calendar({u"extra"_s}).exitCode, 2);
}

void TestCliCalendar::aStoreThatIsNotThereIsNotCreated()
{
    const QString missing = m_dir->filePath(u"elsewhere/none.sqlite"_s);
    const ProcessResult run = m_cli.runBare({u"--store"_s, missing, u"calendar"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(isOneErrorLine(run.err), run.err.constData());
    QVERIFY(run.err.contains("none.sqlite"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_CliCalendar.moc"
