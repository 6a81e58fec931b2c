#include "ReminderSchedule.h"
#include "ReminderUnits.h"
#include "ScheduleTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

namespace {

using Kind = ReminderSchedule::Kind;
using Status = ReminderSchedule::Outcome::Status;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The schedule that runs `tokendesk-cli remind --notify` by itself, written into a throwaway HOME and
// checked by systemd's own verifier and by the desktop entry tools.
class TestReminderSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timerUnitsAreWhereTheUsersSystemdFindsThem();
    void pathsWithSpacesAndSpecialCharactersAreQuoted();
    void enablingAgainChangesNothingAndDisablingRemovesEverything();
    void withoutSystemctlOnPathTheAutostartEntryIsOffered();
    void overrideMeansNoSystemd();
    void oneKindAtATime();
    void aPathSystemdRefusesIsReportedAndNothingIsWritten();
    void aMissingProgramIsReported();

private:
    ReminderSchedule::Outcome change(ReminderSchedule& schedule, std::optional<Kind> enable);
    // A copy of the built tokendesk-cli reached through a folder with this name (a link to it).
    QString programIn(const QString& folderName);

    std::unique_ptr<QTemporaryDir> m_dir;
    ScheduleHome m_home;
    QString m_cli;
    QByteArray m_path;
};

void TestReminderSchedule::initTestCase()
{
    isolateStandardPaths();
    if (!qEnvironmentVariableIsSet("TOKENDESK_ISOLATED"))
        QSKIP("runs only in the isolated session (tests/support/isolated-run): it talks to systemctl --user");
    m_cli = binaryPath(u"tokendesk-cli"_s);
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    m_cli = QFileInfo(m_cli).absoluteFilePath();
    QVERIFY2(!QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty(), "systemd is not installed");
    m_path = qgetenv("PATH");
}

void TestReminderSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home.home = m_dir->filePath(u"home"_s);
    QVERIFY(m_home.create());
}

void TestReminderSchedule::cleanup()
{
    qputenv("PATH", m_path);
    qunsetenv("TOKENDESK_NO_SYSTEMD");
    m_dir.reset();
}

ReminderSchedule::Outcome TestReminderSchedule::change(ReminderSchedule& schedule, std::optional<Kind> enable)
{
    std::optional<ReminderSchedule::Outcome> outcome;
    const auto done = [&outcome](const ReminderSchedule::Outcome& result) { outcome = result; };
    if (enable)
        schedule.enable(*enable, done);
    else
        schedule.disable(done);
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 60000))
        return {Status::Failed, Kind::Off, false, u"no answer"_s};
    return *outcome;
}

QString TestReminderSchedule::programIn(const QString& folderName)
{
    const QString folder = m_dir->filePath(folderName);
    if (!QDir().mkpath(folder))
        return {};
    const QString program = QDir(folder).filePath(u"tokendesk-cli"_s);
    return QFile::link(m_cli, program) ? program : QString();
}

void TestReminderSchedule::timerUnitsAreWhereTheUsersSystemdFindsThem()
{
    ReminderSchedule schedule(m_cli, m_home.configHome());
    QCOMPARE(schedule.kind(), Kind::Off);
    const ReminderSchedule::Outcome outcome = change(schedule, Kind::Timer);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.kind, Kind::Timer);
    QCOMPARE(schedule.kind(), Kind::Timer);
    // No user service manager runs in the isolated session: the timer starts at the next login.
    QVERIFY(!outcome.managerReached);
    QVERIFY2(outcome.message.contains(u"next login"_s), qPrintable(outcome.message));

    const QString timer = QDir(m_home.unitDir()).filePath(u"tokendesk-remind.timer"_s);
    const QString service = QDir(m_home.unitDir()).filePath(u"tokendesk-remind.service"_s);
    const QFileInfo link(QDir(m_home.unitDir()).filePath(u"timers.target.wants/tokendesk-remind.timer"_s));
    QVERIFY(QFileInfo::exists(timer));
    QVERIFY(QFileInfo::exists(service));
    QVERIFY(link.isSymLink());
    QCOMPARE(link.symLinkTarget(), timer);

    // The user's systemd looks in that folder...
    const ProcessResult paths =
        runTool(u"systemd-analyze"_s, {u"--user"_s, u"unit-paths"_s}, m_home.environment());
    QCOMPARE(paths.exitCode, 0);
    QVERIFY2(paths.out.split('\n').contains(m_home.unitDir().toUtf8()), paths.out.constData());
    // ... finds the units there by name and accepts them (ExecStart must name a program that exists).
    const ProcessResult verified =
        verifyUnits(m_home, {u"tokendesk-remind.timer"_s, u"tokendesk-remind.service"_s});
    QVERIFY2(verified.exitCode == 0 && verified.err.isEmpty(), verified.err.constData());

    const QByteArray timerText = readAll(timer);
    for (const QByteArray& line :
         {"OnCalendar=daily"_ba, "Persistent=true"_ba, "OnStartupSec=1min"_ba, "WantedBy=timers.target"_ba})
        QVERIFY2(timerText.split('\n').contains(line), timerText.constData());
    const QByteArray serviceText = readAll(service);
    QVERIFY2(serviceText.contains("ExecStart=\"" + m_cli.toUtf8() + "\" \"remind\" \"--notify\"\n"),
             serviceText.constData());
    QVERIFY(!serviceText.contains("Environment"));
}

void TestReminderSchedule::pathsWithSpacesAndSpecialCharactersAreQuoted()
{
    const QString program = programIn(u"my tools/$HOME 100% ${X} ;*"_s);
    QVERIFY(!program.isEmpty());
    ReminderSchedule schedule(program, m_home.configHome());
    const ReminderSchedule::Outcome outcome = change(schedule, Kind::Timer);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    // systemd checks that the program ExecStart names exists: only the right quoting leads to it.
    const ProcessResult verified = verifyUnits(m_home, {schedule.timerFile(), schedule.serviceFile()});
    QVERIFY2(verified.exitCode == 0 && verified.err.isEmpty(), verified.err.constData());

    // The same unit without the quoting is refused: the check above can fail.
    QFile service(schedule.serviceFile());
    QVERIFY(service.open(QIODevice::ReadOnly));
    QByteArray text = service.readAll();
    service.close();
    text.replace(ReminderUnits::systemdWord(program).toUtf8(), program.toUtf8());
    QVERIFY(service.open(QIODevice::WriteOnly | QIODevice::Truncate));
    service.write(text);
    service.close();
    QVERIFY(verifyUnits(m_home, {schedule.serviceFile()}).exitCode != 0);

    const QString folder = u"dir with \"quotes\" 'and' \\ back $HOME `x` 100%"_s;
    const QString odd = programIn(folder);
    QVERIFY(!odd.isEmpty());
    ReminderSchedule atLogin(odd, m_home.configHome());
    QVERIFY(change(atLogin, Kind::Autostart).ok());
    const QString entry = atLogin.autostartFile();
    if (!QStandardPaths::findExecutable(u"desktop-file-validate"_s).isEmpty()) {
        const ProcessResult valid = runTool(u"desktop-file-validate"_s, {entry});
        QVERIFY2(valid.exitCode == 0 && valid.out.isEmpty(), valid.out.constData());
    }
    // GLib checks that the program exists before it expands "%%": without one, the rest still counts.
    const QString plain = programIn(u"dir with \"quotes\" 'and' \\ back $HOME `x`"_s);
    ReminderSchedule plainLogin(plain, m_home.configHome());
    QVERIFY(change(plainLogin, Kind::Autostart).ok());
    const QByteArray argv = desktopEntryArgv(plainLogin.autostartFile());
    if (argv.isEmpty())
        QSKIP("GLib's Python bindings are not installed: the Exec line was not read back");
    QCOMPARE(QJsonDocument::fromJson(argv).array().toVariantList(),
             (QVariantList{plain, u"remind"_s, u"--notify"_s}));
}

void TestReminderSchedule::enablingAgainChangesNothingAndDisablingRemovesEverything()
{
    ReminderSchedule schedule(m_cli, m_home.configHome());
    QVERIFY(change(schedule, Kind::Timer).ok());
    const QByteArray service = readAll(schedule.serviceFile());
    const QByteArray timer = readAll(schedule.timerFile());
    QVERIFY(change(schedule, Kind::Timer).ok());
    QCOMPARE(readAll(schedule.serviceFile()), service);
    QCOMPARE(readAll(schedule.timerFile()), timer);
    QCOMPARE(QFileInfo(schedule.wantsLink()).symLinkTarget(), schedule.timerFile());
    QCOMPARE(schedule.kind(), Kind::Timer);

    // A second object (another process) sees the same state on disk.
    QCOMPARE(ReminderSchedule(m_cli, m_home.configHome()).kind(), Kind::Timer);

    ReminderSchedule::Outcome off = change(schedule, std::nullopt);
    QVERIFY2(off.ok(), qPrintable(off.message));
    QCOMPARE(off.message, u"Reminders are off."_s);
    QCOMPARE(schedule.kind(), Kind::Off);
    QVERIFY(!QFileInfo(schedule.wantsLink()).isSymLink());
    QVERIFY(!QFileInfo::exists(schedule.timerFile()));
    QVERIFY(!QFileInfo::exists(schedule.serviceFile()));
    QVERIFY(
        QDir(m_home.unitDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).isEmpty());

    off = change(schedule, std::nullopt);
    QVERIFY(off.ok());
    QCOMPARE(off.message, u"Reminders were already off."_s);
}

void TestReminderSchedule::withoutSystemctlOnPathTheAutostartEntryIsOffered()
{
    const QString emptyBin = m_dir->filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(emptyBin));
    qputenv("PATH", emptyBin.toUtf8());
    QVERIFY(!ReminderSchedule::systemdAvailable());

    ReminderSchedule schedule(m_cli, m_home.configHome());
    const ReminderSchedule::Outcome absent = change(schedule, Kind::Timer);
    QCOMPARE(absent.status, Status::SystemdAbsent);
    QVERIFY2(absent.message.contains(u"autostart"_s), qPrintable(absent.message));
    QVERIFY(!QFileInfo::exists(m_home.unitDir()));
    QCOMPARE(schedule.kind(), Kind::Off);

    const ReminderSchedule::Outcome atLogin = change(schedule, Kind::Autostart);
    QVERIFY2(atLogin.ok(), qPrintable(atLogin.message));
    QCOMPARE(schedule.kind(), Kind::Autostart);
    const QString entry = QDir(m_home.autostartDir()).filePath(u"tokendesk-remind.desktop"_s);
    QCOMPARE(schedule.autostartFile(), entry);
    qputenv("PATH", m_path);
    if (!QStandardPaths::findExecutable(u"desktop-file-validate"_s).isEmpty()) {
        const ProcessResult valid = runTool(u"desktop-file-validate"_s, {entry});
        QVERIFY2(valid.exitCode == 0 && valid.out.isEmpty(), valid.out.constData());
    }
    const QByteArray argv = desktopEntryArgv(entry);
    if (!argv.isEmpty())
        QCOMPARE(QJsonDocument::fromJson(argv).array().toVariantList(),
                 (QVariantList{m_cli, u"remind"_s, u"--notify"_s}));

    qputenv("PATH", emptyBin.toUtf8());
    QVERIFY(change(schedule, Kind::Autostart).ok());
    QVERIFY(change(schedule, std::nullopt).ok());
    QVERIFY(!QFileInfo::exists(entry));
    QCOMPARE(schedule.kind(), Kind::Off);
}

void TestReminderSchedule::overrideMeansNoSystemd()
{
    QVERIFY(ReminderSchedule::systemdAvailable());
    qputenv("TOKENDESK_NO_SYSTEMD", "1");
    QVERIFY(!ReminderSchedule::systemdAvailable());
    ReminderSchedule schedule(m_cli, m_home.configHome());
    QCOMPARE(change(schedule, Kind::Timer).status, Status::SystemdAbsent);
    QVERIFY(!QFileInfo::exists(schedule.timerFile()));
}

void TestReminderSchedule::oneKindAtATime()
{
    ReminderSchedule schedule(m_cli, m_home.configHome());
    QVERIFY(change(schedule, Kind::Autostart).ok());
    QVERIFY(change(schedule, Kind::Timer).ok());
    QCOMPARE(schedule.kind(), Kind::Timer);
    QVERIFY(!QFileInfo::exists(schedule.autostartFile()));
    QVERIFY(change(schedule, Kind::Autostart).ok());
    QCOMPARE(schedule.kind(), Kind::Autostart);
    QVERIFY(!QFileInfo::exists(schedule.timerFile()));
    QVERIFY(!QFileInfo(schedule.wantsLink()).isSymLink());
}

void TestReminderSchedule::aPathSystemdRefusesIsReportedAndNothingIsWritten()
{
    const QString program = programIn(u"it's here"_s);
    QVERIFY(!program.isEmpty());
    ReminderSchedule schedule(program, m_home.configHome());
    const ReminderSchedule::Outcome outcome = change(schedule, Kind::Timer);
    QCOMPARE(outcome.status, Status::Failed);
    QVERIFY2(outcome.message.contains(u"systemd does not accept"_s), qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(m_home.unitDir()));
    QCOMPARE(schedule.kind(), Kind::Off);
}

void TestReminderSchedule::aMissingProgramIsReported()
{
    const QString missing = m_dir->filePath(u"nowhere/tokendesk-cli"_s);
    ReminderSchedule schedule(missing, m_home.configHome());
    for (const Kind kind : {Kind::Timer, Kind::Autostart}) {
        const ReminderSchedule::Outcome outcome = change(schedule, kind);
        QCOMPARE(outcome.status, Status::Failed);
        QVERIFY2(outcome.message.contains(missing), qPrintable(outcome.message));
        QCOMPARE(schedule.kind(), Kind::Off);
    }
}

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_ReminderSchedule.moc"
