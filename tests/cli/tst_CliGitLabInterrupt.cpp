// tokendesk-cli --gitlab list on a terminal: progress on standard error, Ctrl+C stops the reading with
// exit code 130 and nothing on standard output. The real binary runs with its standard error on a
// pseudo-terminal whose Ctrl+C is a real one (the terminal's line discipline sends SIGINT).
#include "CliTestSupport.h"
#include "GitLabTestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr int BulkTokens = 2000; // alice's: 21 pages of 100
constexpr int SlowLatencyMs = 1500;
constexpr int InterruptedExitCode = 130;

// A pseudo-terminal: the test holds the controlling side, the program gets the terminal.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        const char* name = ::ptsname(m_master);
        if (name)
            m_slave = ::open(name, O_RDWR | O_NOCTTY);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~PseudoTerminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    bool isValid() const { return m_master >= 0 && m_slave >= 0; }
    int slave() const { return m_slave; }
    void closeSlave()
    {
        ::close(m_slave);
        m_slave = -1;
    }
    // What the program wrote to the terminal since the last call.
    QByteArray read()
    {
        QByteArray out;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        return out;
    }
    // As if typed on the keyboard.
    bool type(const QByteArray& keys)
    {
        return ::write(m_master, keys.constData(), keys.size()) == keys.size();
    }

private:
    int m_master = -1;
    int m_slave = -1;
};

} // namespace

class TestCliGitLabInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void ctrlCOnATerminalStopsTheListing();
    void interruptWithoutATerminalStopsTheListingToo();
    void noProgressWhenStandardErrorIsNotATerminal();

private:
    void startList(QProcess& process, const QStringList& extra = {});
    int highestPageRequested();

    GitLabTestServer m_server;
};

void TestCliGitLabInterrupt::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start({u"--bulk"_s, QString::number(BulkTokens)}), qPrintable(m_server.errorString()));
}

void TestCliGitLabInterrupt::init()
{
    QVERIFY(m_server.reset());
}

void TestCliGitLabInterrupt::startList(QProcess& process, const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GITLAB_TOKEN"_s, QString::fromLatin1(GitLabTestServer::AliceToken));
    process.setProcessEnvironment(env);
    process.start(binaryPath(u"tokendesk-cli"_s),
                  QStringList{u"--gitlab"_s, m_server.url().toString(), u"--json"_s, u"list"_s, u"--state"_s,
                              u"all"_s} +
                      extra);
    QVERIFY(process.waitForStarted(10000));
}

int TestCliGitLabInterrupt::highestPageRequested()
{
    int highest = 0;
    for (const QJsonValue& v : m_server.log()) {
        const QString path = v.toObject().value(u"path"_s).toString();
        if (path.startsWith(u"/api/v4/personal_access_tokens?"_s))
            highest = std::max(highest,
                               QUrlQuery(path.mid(path.indexOf(u'?') + 1)).queryItemValue(u"page"_s).toInt());
    }
    return highest;
}

void TestCliGitLabInterrupt::ctrlCOnATerminalStopsTheListing()
{
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());
    QVERIFY(m_server.control(QJsonObject{{u"latency_ms"_s, SlowLatencyMs}}));
    QProcess process;
    const int slave = terminal.slave();
    // Standard error on the terminal, which becomes the program's controlling terminal (its own
    // session), so that Ctrl+C typed on it interrupts the program; standard output stays a pipe.
    process.setChildProcessModifier([slave]() {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(slave, STDERR_FILENO);
    });
    startList(process);
    terminal.closeSlave();

    QByteArray screen;
    QElapsedTimer timer;
    timer.start();
    while (!screen.contains("Reading tokens: page 1 of 21") && process.state() == QProcess::Running &&
           timer.elapsed() < 30000) {
        process.waitForFinished(20);
        screen += terminal.read();
    }
    QVERIFY2(screen.contains("Reading tokens: page 1 of 21"), screen.constData());
    // Pages 2 to 7 went out as page 1 came back; each takes SlowLatencyMs, so they are still in flight
    // when Ctrl+C comes.
    QVERIFY(terminal.type("\x03"));
    QVERIFY(process.waitForFinished(20000));
    screen += terminal.read();

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), InterruptedExitCode);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QVERIFY2(screen.contains("tokendesk-cli: error: interrupted; nothing was listed."), screen.constData());
    // The progress line was wiped before the error line: it starts a fresh line.
    QVERIFY2(screen.contains("\r\x1b[Ktokendesk-cli: error:"), screen.constData());
    // Nothing was asked for after Ctrl+C: no page beyond those six (the default concurrency).
    QVERIFY2(highestPageRequested() <= 7, qPrintable(QString::number(highestPageRequested())));
}

void TestCliGitLabInterrupt::interruptWithoutATerminalStopsTheListingToo()
{
    // A script's timeout sends SIGINT (or SIGTERM) with no terminal in sight: the same clean stop.
    QVERIFY(m_server.control(QJsonObject{{u"latency_ms"_s, SlowLatencyMs}}));
    QProcess process;
    startList(process);
    QElapsedTimer timer;
    timer.start();
    while (m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens"_s) == 0 && timer.elapsed() < 30000)
        QTest::qWait(20);
    QVERIFY(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens"_s) > 0);
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), InterruptedExitCode);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(err, QByteArray("tokendesk-cli: error: interrupted; nothing was listed.\n"));
}

void TestCliGitLabInterrupt::noProgressWhenStandardErrorIsNotATerminal()
{
    QProcess process;
    startList(process);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const QJsonDocument listed = parseJson(process.readAllStandardOutput());
    QCOMPARE(listed.array().size(), BulkTokens + 4); // alice's bulk tokens and her four of the seed
}

QTEST_GUILESS_MAIN(TestCliGitLabInterrupt)
#include "tst_CliGitLabInterrupt.moc"
