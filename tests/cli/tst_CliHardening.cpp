// The real tokendesk-cli, git-credential-tokendesk and tokendesk against files in temporary folders:
// verify only identifies, files at rest are owner-only, --token-file must be private and regular, no
// program can dump core, and processes racing to create a store agree.
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString octal(int mode)
{
    return u"%1"_s.arg(mode, 4, 8, QLatin1Char('0'));
}

bool waitFor(const std::function<bool()>& condition)
{
    for (int i = 0; i < 300; ++i) { // polls, up to half a minute
        if (condition())
            return true;
        QThread::msleep(100);
    }
    return false;
}

// The "Max core file size" line of /proc/<pid>/limits.
QByteArray coreLimitLine(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.simplified();
    }
    return {};
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyingAnOldSecretKeepsItsSuccessor();
    void freshFilesAreOwnerOnly();
    void windowSettingsAreOwnerOnly();
    void looseStoreIsTightenedWithAWarning();
    void tokenFileMustBePrivateAndRegular_data();
    void tokenFileMustBePrivateAndRegular();
    void privateTokenFileIsRead();
    void programsCannotDumpCore_data();
    void programsCannotDumpCore();
    void processesRacingOnAFreshStoreAgree();

private:
    QStringList privateHome(const QString& name) const;

    QTemporaryDir m_dir;
};

void TestCliHardening::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ::umask(022); // the usual umask; the programs started from here inherit it
}

// XDG folders of their own under the test's folder, so that the default locations are fresh.
QStringList TestCliHardening::privateHome(const QString& name) const
{
    const QString home = m_dir.filePath(name);
    return {u"HOME="_s + home, u"XDG_CONFIG_HOME="_s + home + u"/.config"_s,
            u"XDG_DATA_HOME="_s + home + u"/.local/share"_s, u"TOKENDESK_CONFIG_DIR"_s};
}

void TestCliHardening::verifyingAnOldSecretKeepsItsSuccessor()
{
    const CliRunner cli(m_dir.filePath(u"verify.sqlite"_s));
    const QJsonObject first = cli.create({u"--name"_s, u"ci"_s, u"--scope"_s, u"api"_s});
    QVERIFY(!first.isEmpty());
    const ProcessResult rotated =
        cli.run({u"--json"_s, u"rotate"_s, QString::number(first.value(u"id"_s).toInteger())});
    QVERIFY2(rotated.exitCode == 0, qPrintable(describe(rotated)));
    const QJsonObject second = parseJson(rotated.out).object();

    const ProcessResult old = cli.run({u"verify"_s}, first.value(u"token"_s).toString().toUtf8() + '\n');
    QCOMPARE(old.exitCode, 3); // refused: that secret was rotated away
    QVERIFY2(old.err.contains("revoked"), old.err.constData());
    QCOMPARE(cli.show(second.value(u"id"_s).toInteger()).value(u"active"_s).toBool(), true);
    const ProcessResult current = cli.run({u"verify"_s}, second.value(u"token"_s).toString().toUtf8() + '\n');
    QVERIFY2(current.exitCode == 0, qPrintable(describe(current)));
}

void TestCliHardening::freshFilesAreOwnerOnly()
{
    const QStringList home = privateHome(u"fresh"_s);
    const QString data = m_dir.filePath(u"fresh/.local/share/TokenDesk/TokenDesk"_s);
    const QString config = m_dir.filePath(u"fresh/.config/TokenDesk"_s);
    const QString store = data + u"/tokens.sqlite"_s;
    CliRunner cli;
    cli.setEnvironment(home);
    const ProcessResult created = cli.run({u"create"_s, u"--name"_s, u"ci"_s, u"--scope"_s, u"api"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    QVERIFY2(modeOf(store) == 0600, qPrintable(octal(modeOf(store))));
    QVERIFY2(modeOf(data) == 0700, qPrintable(octal(modeOf(data))));
    QVERIFY2(modeOf(config + u"/keychain.conf"_s) == 0600,
             qPrintable(octal(modeOf(config + u"/keychain.conf"_s))));
    QVERIFY2(modeOf(config) == 0700, qPrintable(octal(modeOf(config))));
    QVERIFY(!created.err.contains("other users")); // nothing was loose

    // While a program has the store open (verify waits for its input), the WAL and shared memory too.
    QProcess waiting;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : home) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0)
            env.remove(entry);
        else
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    env.remove(u"TOKENDESK_STORE"_s);
    waiting.setProcessEnvironment(env);
    waiting.start(binaryPath(u"tokendesk-cli"_s), {u"verify"_s});
    QVERIFY(waiting.waitForStarted());
    QVERIFY(waitFor([&] { return QFile::exists(store + u"-shm"_s) && QFile::exists(store + u"-wal"_s); }));
    for (const QString& file : {store + u"-wal"_s, store + u"-shm"_s})
        QVERIFY2(modeOf(file) == 0600, qPrintable(file + u": "_s + octal(modeOf(file))));
    waiting.closeWriteChannel();
    QVERIFY(waiting.waitForFinished(60000));

    // Loosened since (by hand, or by an older TokenDesk): the next run tightens them and says so.
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(config + u"/keychain.conf"_s).constData(), 0664) == 0);
    const ProcessResult listed = cli.run({u"list"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    QCOMPARE(octal(modeOf(data)), octal(0700));
    QCOMPARE(octal(modeOf(config + u"/keychain.conf"_s)), octal(0600));
    QVERIFY2(listed.err.contains("warning: ") && listed.err.contains("keychain.conf") &&
                 listed.err.contains("0664"),
             listed.err.constData());
}

void TestCliHardening::windowSettingsAreOwnerOnly()
{
    const QStringList home = privateHome(u"window"_s);
    const QString config = m_dir.filePath(u"window/.config/TokenDesk"_s);
    const QString store = m_dir.filePath(u"window-store/tokens.sqlite"_s);
    const ProcessResult shown =
        runProgram(u"tokendesk"_s, {u"--store"_s, store, u"--quit-after-first-paint"_s}, {},
                   home + QStringList{u"QT_QPA_PLATFORM=offscreen"_s, u"TOKENDESK_STORE"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
    for (const QString& file : {config + u"/TokenDesk.conf"_s, config + u"/keychain.conf"_s, store})
        QVERIFY2(modeOf(file) == 0600, qPrintable(file + u": "_s + octal(modeOf(file))));
    QVERIFY2(modeOf(config) == 0700, qPrintable(octal(modeOf(config))));
    QVERIFY2(modeOf(m_dir.filePath(u"window-store"_s)) == 0700,
             qPrintable(octal(modeOf(m_dir.filePath(u"window-store"_s)))));
}

void TestCliHardening::looseStoreIsTightenedWithAWarning()
{
    const QString path = m_dir.filePath(u"loose.sqlite"_s);
    const CliRunner cli(path);
    QVERIFY(!cli.create({u"--name"_s, u"ci"_s, u"--scope"_s, u"api"_s}).isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(octal(modeOf(path)), octal(0644));
    const ProcessResult listed = cli.run({u"list"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    QCOMPARE(octal(modeOf(path)), octal(0600));
    QVERIFY2(listed.err.startsWith("tokendesk-cli: warning: ") && listed.err.contains(path.toUtf8()) &&
                 listed.err.contains("0644"),
             listed.err.constData());
    QVERIFY(listed.out.contains("ci"));
    const ProcessResult again = cli.run({u"list"_s});
    QVERIFY2(again.err.isEmpty(), again.err.constData());
}

void TestCliHardening::tokenFileMustBePrivateAndRegular_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("readable by all (0644)") << u"0644"_s;
    QTest::newRow("readable by the group (0640)") << u"0640"_s;
    QTest::newRow("writable by others (0602)") << u"0602"_s;
    QTest::newRow("FIFO") << u"fifo"_s;
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("device") << u"device"_s;
}

void TestCliHardening::tokenFileMustBePrivateAndRegular()
{
    QFETCH(QString, kind);
    QString path = m_dir.filePath(u"token-"_s + kind);
    if (kind == u"fifo"_s) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == u"directory"_s) {
        QVERIFY(QDir().mkdir(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0700) == 0);
    } else if (kind == u"device"_s) {
        path = u"/dev/zero"_s;
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("glpat-this-is-not-for-others-0\n");
        file.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(kind.toInt(nullptr, 8))) ==
                0);
    }
    QProcess cli;
    const ProcessResult refused =
        runProcess(cli, binaryPath(u"tokendesk-cli"_s),
                   {u"--gitlab"_s, u"http://127.0.0.1:9"_s, u"--token-file"_s, path, u"whoami"_s}, {}, 20000);
    QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
    QVERIFY2(isOneErrorLine(refused.err), refused.err.constData());
    QVERIFY2(refused.err.contains(path.toUtf8()), refused.err.constData());
    QVERIFY(!refused.err.contains("glpat-this"));
}

void TestCliHardening::privateTokenFileIsRead()
{
    const QString path = m_dir.filePath(u"token-private"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("glpat-mine-alone-000000\n");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    const ProcessResult tried = runProgram(
        u"tokendesk-cli"_s, {u"--gitlab"_s, u"http://127.0.0.1:9"_s, u"--token-file"_s, path, u"whoami"_s});
    // Accepted: it got as far as the (absent) server.
    QVERIFY2(tried.exitCode == 1, qPrintable(describe(tried)));
    QVERIFY(!tried.err.contains("token file"));
}

void TestCliHardening::programsCannotDumpCore_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tokendesk-cli verify") << u"tokendesk-cli"_s << QStringList{u"verify"_s};
    QTest::newRow("git-credential-tokendesk get") << u"git-credential-tokendesk"_s << QStringList{u"get"_s};
}

void TestCliHardening::programsCannotDumpCore()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    // Allow core files as far as this system lets us: a program must turn them off itself.
    rlimit limit = {};
    QVERIFY(::getrlimit(RLIMIT_CORE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    QVERIFY(::setrlimit(RLIMIT_CORE, &limit) == 0);

    // Root may read any process's memory; a second, unprivileged user of the same id may not read a
    // non-dumpable one's. As root, both run as "nobody" in a folder nobody may write.
    const bool root = ::geteuid() == 0;
    QTemporaryDir shared(QDir::tempPath() + u"/tokendesk-dump-XXXXXX"_s);
    QVERIFY(shared.isValid());
    QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 0777) == 0);
    const QString store = shared.filePath(u"store.sqlite"_s);
    const QStringList asNobody = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};

    QProcess target;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, shared.path());
    env.insert(u"XDG_CONFIG_HOME"_s, shared.path());
    env.insert(u"XDG_DATA_HOME"_s, shared.path());
    env.insert(u"TOKENDESK_CONFIG_DIR"_s, shared.path());
    env.insert(u"TOKENDESK_STORE"_s, store);
    // In a sanitized build (scripts/test --sanitize), AddressSanitizer would catch the SIGSEGV below,
    // write a crash report and abort. The crash is this test's own doing, and what is tested is the
    // kernel's answer to it (no core file), so the signal is left to the kernel. Ignored otherwise.
    const QString asanOptions = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s,
               asanOptions.isEmpty() ? u"handle_segv=0"_s : asanOptions + u":handle_segv=0"_s);
    target.setProcessEnvironment(env);
    target.setWorkingDirectory(shared.path());
    if (root)
        target.start(u"setpriv"_s, asNobody + QStringList{binaryPath(program)} + arguments);
    else
        target.start(binaryPath(program), arguments);
    QVERIFY(target.waitForStarted());
    const qint64 pid = target.processId();
    // Running our program (after setpriv's exec) and well into main: waiting for its input.
    // Our program runs (after setpriv's exec) and is well into main(): its core limit is down (the last
    // step of the hardening) and tokendesk-cli has opened the store. Without hardening this never
    // comes; the comparison below then shows the limit found.
    waitFor([&] {
        const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
        return exe.endsWith(program) && coreLimitLine(pid) == "Max core file size 0 0 bytes" &&
               (program != u"tokendesk-cli"_s || QFile::exists(store + u"-wal"_s));
    });
    QCOMPARE(coreLimitLine(pid), QByteArray("Max core file size 0 0 bytes"));
    const QString environFile = u"/proc/%1/environ"_s.arg(pid);
    int readable = 0;
    if (root) {
        QProcess reader;
        reader.start(u"setpriv"_s, asNobody + QStringList{u"cat"_s, environFile});
        QVERIFY(reader.waitForFinished(20000));
        readable = reader.exitCode() == 0 ? 1 : 0;
    } else {
        QFile file(environFile);
        readable = file.open(QIODevice::ReadOnly) && !file.readAll().isEmpty() ? 1 : 0;
    }
    QCOMPARE(readable, 0); // not dumpable: its memory is closed even to its own user

    // A crash leaves no core file.
    ::kill(static_cast<pid_t>(pid), SIGSEGV);
    QVERIFY(target.waitForFinished(20000));
    QCOMPARE(target.exitStatus(), QProcess::CrashExit);
    const QStringList cores = QDir(shared.path()).entryList({u"core*"_s}, QDir::Files);
    QVERIFY2(cores.isEmpty(), qPrintable(cores.join(u' ')));
}

void TestCliHardening::processesRacingOnAFreshStoreAgree()
{
    const QString path = m_dir.filePath(u"race/fresh.sqlite"_s);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(binaryPath(u"tokendesk-cli"_s), {u"--store"_s, path, u"create"_s, u"--name"_s,
                                                        u"racer %1"_s.arg(i), u"--scope"_s, u"api"_s});
        processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const CliRunner cli(path);
    const QJsonArray all = parseJson(cli.listAll()).array();
    QCOMPARE(all.size(), 6);
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_CliHardening.moc"
