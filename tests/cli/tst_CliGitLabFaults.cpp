// tokendesk-cli --gitlab when the server misbehaves: the fault switches of the GitLab API test server
// (tests/integration), exit codes and messages, nothing sent twice, Ctrl+C and progress on a terminal.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr const char* AliceToken = GitLabTestServer::AliceToken;

} // namespace

class TestCliGitLabFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rateLimitedRead();
    void serverErrorWithHtml();
    void stalledServer();
    void lostCreateReplyIsNotRetried();
    void lostRotateReplyIsNotRetried();
    void lostRevokeReplyIsNotRetried();
    void serverErrorOnAChange();
    void redirectElsewhereKeepsTheToken();
    void interruptStopsAListing();
    void progressOnlyOnATerminal();

private:
    ProcessResult run(const QStringList& arguments, const QStringList& extraEnvironment = {});
    QStringList environment() const;
    qint64 createK8sToken(const QString& name);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
    bool m_leaked = false;
};

void TestCliGitLabFaults::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start({u"--bulk"_s, u"250"_s}), qPrintable(m_server.errorString()));
}

void TestCliGitLabFaults::init()
{
    QVERIFY(m_server.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path()});
}

void TestCliGitLabFaults::cleanup()
{
    QVERIFY2(!m_leaked, "the access token was printed");
    m_leaked = false;
}

QStringList TestCliGitLabFaults::environment() const
{
    return {u"GITLAB_TOKEN="_s + QLatin1String(AliceToken), u"TOKENDESK_CONFIG_DIR="_s + m_dir->path()};
}

ProcessResult TestCliGitLabFaults::run(const QStringList& arguments, const QStringList& extraEnvironment)
{
    const ProcessResult result = m_cli.runBare(
        QStringList{u"--gitlab"_s, m_server.url().toString(), u"--timeout"_s, u"0.5"_s} + arguments, {},
        environment() + extraEnvironment);
    if (result.out.contains(AliceToken) || result.err.contains(AliceToken))
        m_leaked = true;
    return result;
}

qint64 TestCliGitLabFaults::createK8sToken(const QString& name)
{
    const ProcessResult created =
        run({u"--json"_s, u"create"_s, u"--name"_s, name, u"--scope"_s, u"k8s_proxy"_s});
    return created.exitCode == 0 ? parseJson(created.out).object().value(u"id"_s).toInteger() : 0;
}

void TestCliGitLabFaults::rateLimitedRead()
{
    QVERIFY(m_server.addFault({{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, 0}, {u"count"_s, -1}}));
    const ProcessResult limited = run({u"show"_s, u"self"_s});
    QCOMPARE(limited.exitCode, 1);
    QVERIFY(isOneErrorLine(limited.err));
    QVERIFY2(limited.err.contains("429"), limited.err.constData());
    QVERIFY(limited.out.isEmpty());
}

void TestCliGitLabFaults::serverErrorWithHtml()
{
    QVERIFY(m_server.addFault({{u"kind"_s, u"server_error"_s}, {u"status"_s, 502}, {u"count"_s, -1}}));
    const ProcessResult failed = run({u"--json"_s, u"list"_s});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(isOneErrorLine(failed.err));
    QVERIFY2(failed.err.contains("502"), failed.err.constData());
    QVERIFY(!failed.err.contains("<html"));
    QVERIFY(failed.out.isEmpty());
}

void TestCliGitLabFaults::stalledServer()
{
    QVERIFY(m_server.addFault({{u"kind"_s, u"stall"_s}, {u"seconds"_s, 30}, {u"count"_s, -1}}));
    const ProcessResult stalled = run({u"whoami"_s});
    QCOMPARE(stalled.exitCode, 1);
    QVERIFY(isOneErrorLine(stalled.err));
    QVERIFY2(stalled.err.contains("did not answer"), stalled.err.constData());
}

void TestCliGitLabFaults::lostCreateReplyIsNotRetried()
{
    QVERIFY(m_server.addFault({{u"kind"_s, u"lose_reply"_s}, {u"method"_s, u"POST"_s}, {u"count"_s, 1}}));
    const ProcessResult lost =
        run({u"create"_s, u"--name"_s, u"lost create"_s, u"--scope"_s, u"k8s_proxy"_s});
    QCOMPARE(lost.exitCode, 1);
    QVERIFY(isOneErrorLine(lost.err));
    QVERIFY2(lost.err.contains("did not send it again") && lost.err.contains("now exists"),
             lost.err.constData());
    QVERIFY(lost.out.isEmpty());
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

void TestCliGitLabFaults::lostRotateReplyIsNotRetried()
{
    const qint64 id = createK8sToken(u"lost rotate"_s);
    QVERIFY(id > 0);
    QVERIFY(m_server.reset());
    QVERIFY(m_server.addFault({{u"kind"_s, u"lose_reply"_s}, {u"method"_s, u"POST"_s}, {u"count"_s, 1}}));
    const ProcessResult lost = run({u"rotate"_s, QString::number(id)});
    QCOMPARE(lost.exitCode, 1);
    QVERIFY(isOneErrorLine(lost.err));
    QVERIFY2(lost.err.contains("was rotated") && lost.err.contains("do not rotate the old one again"),
             lost.err.constData());
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

void TestCliGitLabFaults::lostRevokeReplyIsNotRetried()
{
    const qint64 id = createK8sToken(u"lost revoke"_s);
    QVERIFY(id > 0);
    QVERIFY(m_server.reset());
    QVERIFY(m_server.addFault({{u"kind"_s, u"lose_reply"_s}, {u"method"_s, u"DELETE"_s}, {u"count"_s, 1}}));
    const ProcessResult lost = run({u"revoke"_s, QString::number(id)});
    QCOMPARE(lost.exitCode, 1);
    QVERIFY(isOneErrorLine(lost.err));
    QVERIFY2(lost.err.contains("now revoked"), lost.err.constData());
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
}

void TestCliGitLabFaults::serverErrorOnAChange()
{
    const qint64 id = createK8sToken(u"not revoked"_s);
    QVERIFY(id > 0);
    QVERIFY(m_server.reset());
    QVERIFY(m_server.addFault(
        {{u"kind"_s, u"server_error"_s}, {u"status"_s, 503}, {u"method"_s, u"DELETE"_s}, {u"count"_s, 1}}));
    const ProcessResult failed = run({u"revoke"_s, QString::number(id)});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(isOneErrorLine(failed.err));
    QVERIFY2(failed.err.contains("not revoked"), failed.err.constData());
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
}

void TestCliGitLabFaults::redirectElsewhereKeepsTheToken()
{
    QVERIFY(m_server.addFault({{u"kind"_s, u"redirect"_s},
                               {u"location"_s, u"http://localhost:1/api/v4/user"_s},
                               {u"count"_s, -1}}));
    const ProcessResult redirected = run({u"whoami"_s});
    QCOMPARE(redirected.exitCode, 1);
    QVERIFY(isOneErrorLine(redirected.err));
    QVERIFY2(redirected.err.contains("redirected"), redirected.err.constData());
}

void TestCliGitLabFaults::interruptStopsAListing()
{
    QVERIFY(m_server.control({{u"latency_ms"_s, 400}}));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment())
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    env.remove(u"GITLAB_HOST"_s);
    cli.setProcessEnvironment(env);
    cli.start(binaryPath(u"tokendesk-cli"_s),
              {u"--gitlab"_s, m_server.url().toString(), u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QVERIFY(cli.waitForStarted(10000));
    // Interrupted once the first page is asked for, long before the last one is read.
    QDeadlineTimer deadline(10000);
    while (m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s) == 0 && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY(!deadline.hasExpired());
    ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 130);
    QVERIFY(cli.readAllStandardOutput().isEmpty());
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(isOneErrorLine(err) && err.contains("interrupted"), err.constData());
    QVERIFY(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s) < 3);
}

void TestCliGitLabFaults::progressOnlyOnATerminal()
{
    // Standard error on a pseudo-terminal, standard output on a pipe.
    const QString script = uR"(
import os, pty, subprocess, sys, tempfile
master, slave = pty.openpty()
captured = tempfile.TemporaryFile()
child = subprocess.Popen(sys.argv[1:], stdout=captured, stderr=slave)
os.close(slave)
err = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    err += chunk
child.wait()
captured.seek(0)
out = captured.read()
sys.stdout.buffer.write(b"%d\n%d\n" % (child.returncode, len(out)) + err)
)"_s;
    QVERIFY(m_server.control({{u"latency_ms"_s, 50}}));
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment())
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    env.remove(u"GITLAB_HOST"_s);
    python.setProcessEnvironment(env);
    python.start(u"python3"_s, {u"-c"_s, script, binaryPath(u"tokendesk-cli"_s), u"--gitlab"_s,
                                m_server.url().toString(), u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QVERIFY(python.waitForFinished(30000));
    const QList<QByteArray> parts = python.readAllStandardOutput().split('\n');
    QVERIFY(parts.size() >= 3);
    QCOMPARE(parts.at(0), QByteArray("0"));
    QVERIFY(parts.at(1).toInt() > 1000);
    const QByteArray err = parts.mid(2).join('\n');
    QVERIFY2(err.contains("Reading tokens: page 3 of 3"), err.constData());
    QVERIFY(err.endsWith("\r\x1b[K"));
    QVERIFY(!err.contains(AliceToken));
}

QTEST_GUILESS_MAIN(TestCliGitLabFaults)
#include "tst_CliGitLabFaults.moc"
