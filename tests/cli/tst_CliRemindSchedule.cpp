#include "CliTestSupport.h"
#include "ScheduleTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// tokendesk-cli remind --enable | --disable [--autostart]: the real binary installs the reminder timer (or
// the autostart entry) in a throwaway HOME, and systemd's own verifier accepts what it wrote.
class TestCliRemindSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_dir.reset(); }

    void enableInstallsTheTimerAndDisableRemovesIt();
    void withoutSystemdItSaysSoAndSuggestsAutostart();
    void autostartAtLogin();
    void jsonSaysWhatIsOn();
    void conflictingOptionsAreUsageErrors();

private:
    ProcessResult remind(const QStringList& arguments, const QStringList& environment = {}) const
    {
        return CliRunner().runBare(QStringList{u"remind"_s} + arguments, {},
                                   m_home.environment() + environment);
    }
    QString unit(const QString& name) const { return QDir(m_home.unitDir()).filePath(name); }
    QString autostartEntry() const
    {
        return QDir(m_home.autostartDir()).filePath(u"tokendesk-remind.desktop"_s);
    }
    // PATH with neither systemctl nor anything else.
    QStringList withoutSystemctl() const { return {u"PATH="_s + m_dir->filePath(u"empty-bin"_s)}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    ScheduleHome m_home;
    QString m_cli;
};

void TestCliRemindSchedule::initTestCase()
{
    isolateStandardPaths();
    if (!qEnvironmentVariableIsSet("TOKENDESK_ISOLATED"))
        QSKIP("runs only in the isolated session (tests/support/isolated-run): it talks to systemctl --user");
    m_cli = QFileInfo(binaryPath(u"tokendesk-cli"_s)).canonicalFilePath();
    QVERIFY(!m_cli.isEmpty());
}

void TestCliRemindSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home.home = m_dir->filePath(u"home"_s);
    QVERIFY(m_home.create());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"empty-bin"_s)));
}

void TestCliRemindSchedule::enableInstallsTheTimerAndDisableRemovesIt()
{
    ProcessResult enabled = remind({u"--enable"_s});
    QVERIFY2(enabled.exitCode == 0, qPrintable(describe(enabled)));
    QVERIFY2(enabled.out.startsWith("Reminders are on"), enabled.out.constData());
    // No user service manager in the isolated session: it says when the timer starts.
    QVERIFY2(enabled.out.contains("next login"), enabled.out.constData());
    QVERIFY(QFileInfo(unit(u"timers.target.wants/tokendesk-remind.timer"_s)).isSymLink());
    const ProcessResult verified =
        verifyUnits(m_home, {u"tokendesk-remind.timer"_s, u"tokendesk-remind.service"_s});
    QVERIFY2(verified.exitCode == 0 && verified.err.isEmpty(), verified.err.constData());
    QFile service(unit(u"tokendesk-remind.service"_s));
    QVERIFY(service.open(QIODevice::ReadOnly));
    QVERIFY(service.readAll().contains("ExecStart=\"" + m_cli.toUtf8() + "\" \"remind\" \"--notify\"\n"));

    enabled = remind({u"--enable"_s});
    QVERIFY2(enabled.exitCode == 0, qPrintable(describe(enabled)));

    ProcessResult disabled = remind({u"--disable"_s});
    QVERIFY2(disabled.exitCode == 0, qPrintable(describe(disabled)));
    QCOMPARE(disabled.out, "Reminders are off.\n"_ba);
    QVERIFY(!QFileInfo::exists(unit(u"tokendesk-remind.timer"_s)));
    QVERIFY(!QFileInfo::exists(unit(u"tokendesk-remind.service"_s)));
    QVERIFY(!QFileInfo(unit(u"timers.target.wants/tokendesk-remind.timer"_s)).isSymLink());
    disabled = remind({u"--disable"_s});
    QVERIFY2(disabled.exitCode == 0, qPrintable(describe(disabled)));
    QCOMPARE(disabled.out, "Reminders were already off.\n"_ba);
}

void TestCliRemindSchedule::withoutSystemdItSaysSoAndSuggestsAutostart()
{
    for (const QStringList& environment : {withoutSystemctl(), QStringList{u"TOKENDESK_NO_SYSTEMD=1"_s}}) {
        const ProcessResult absent = remind({u"--enable"_s}, environment);
        QCOMPARE(absent.exitCode, 7);
        QVERIFY(absent.out.isEmpty());
        QVERIFY2(isOneErrorLine(absent.err), absent.err.constData());
        QVERIFY2(absent.err.contains("systemd is not available"), absent.err.constData());
        QVERIFY2(absent.err.contains("remind --enable --autostart"), absent.err.constData());
        QVERIFY(!QFileInfo::exists(m_home.unitDir()));
        QVERIFY(!QFileInfo::exists(m_home.autostartDir()));
    }
}

void TestCliRemindSchedule::autostartAtLogin()
{
    ProcessResult enabled = remind({u"--enable"_s, u"--autostart"_s}, withoutSystemctl());
    QVERIFY2(enabled.exitCode == 0, qPrintable(describe(enabled)));
    QVERIFY2(enabled.out.contains("at each login"), enabled.out.constData());
    QVERIFY(QFileInfo::exists(autostartEntry()));
    const ProcessResult valid = runTool(u"desktop-file-validate"_s, {autostartEntry()});
    QVERIFY2(valid.exitCode == 0 && valid.out.isEmpty(), valid.out.constData());
    enabled = remind({u"--enable"_s, u"--autostart"_s}, withoutSystemctl());
    QCOMPARE(enabled.exitCode, 0);

    // Turning the timer on replaces the autostart entry: one reminder, not two.
    QCOMPARE(remind({u"--enable"_s}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(autostartEntry()));
    QCOMPARE(remind({u"--enable"_s, u"--autostart"_s}).exitCode, 0);
    QVERIFY(QFileInfo::exists(autostartEntry()));
    QVERIFY(!QFileInfo::exists(unit(u"tokendesk-remind.timer"_s)));

    const ProcessResult disabled = remind({u"--disable"_s}, withoutSystemctl());
    QVERIFY2(disabled.exitCode == 0, qPrintable(describe(disabled)));
    QVERIFY(!QFileInfo::exists(autostartEntry()));
}

void TestCliRemindSchedule::jsonSaysWhatIsOn()
{
    ProcessResult enabled =
        CliRunner().runBare({u"--json"_s, u"remind"_s, u"--enable"_s}, {}, m_home.environment());
    QVERIFY2(enabled.exitCode == 0, qPrintable(describe(enabled)));
    QJsonObject object = parseJson(enabled.out).object();
    QCOMPARE(object.value(u"reminders"_s).toString(), u"systemd-timer"_s);
    QCOMPARE(object.value(u"started_now"_s).toBool(true), false);
    QCOMPARE(object.value(u"file"_s).toString(), unit(u"tokendesk-remind.timer"_s));
    enabled = CliRunner().runBare({u"--json"_s, u"remind"_s, u"--disable"_s}, {}, m_home.environment());
    QCOMPARE(parseJson(enabled.out).object().value(u"reminders"_s).toString(), u"off"_s);
}

void TestCliRemindSchedule::conflictingOptionsAreUsageErrors()
{
    for (const QStringList& arguments :
         {QStringList{u"--enable"_s, u"--disable"_s}, QStringList{u"--autostart"_s}}) {
        const ProcessResult result = remind(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_home.unitDir()));
    QVERIFY(!QFileInfo::exists(m_home.autostartDir()));
}

QTEST_GUILESS_MAIN(TestCliRemindSchedule)
#include "tst_CliRemindSchedule.moc"
