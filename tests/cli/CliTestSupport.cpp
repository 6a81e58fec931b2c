#include "CliTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>

#include <pty.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TokenDesk::Test {

namespace {

QStringList cleanEnvironment()
{
    // Entries without '=' remove the variable.
    return {u"TOKENDESK_STORE"_s, u"QT_LOGGING_RULES"_s, u"GITLAB_HOST"_s, u"GITLAB_TOKEN"_s,
            u"TOKENDESK_TEST_NOW="_s + testNowUtc().toString(Qt::ISODateWithMs)};
}

} // namespace

ProcessResult CliRunner::run(const QStringList& arguments, const QByteArray& standardInput,
                             const QStringList& extraEnvironment) const
{
    QStringList full;
    if (!m_storePath.isEmpty())
        full << u"--store"_s << m_storePath;
    return runBare(full + arguments, standardInput, extraEnvironment);
}

ProcessResult CliRunner::runBare(const QStringList& arguments, const QByteArray& standardInput,
                                 const QStringList& extraEnvironment) const
{
    return runProgram(u"tokendesk-cli"_s, arguments, standardInput,
                      cleanEnvironment() + m_environment + extraEnvironment);
}

ProcessResult CliRunner::runOnTerminal(const QStringList& arguments, const QByteArray& terminalInput,
                                       const QStringList& extraEnvironment) const
{
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return ProcessResult{-1, {}, "openpty failed"};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : cleanEnvironment() + m_environment + extraEnvironment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0)
            env.remove(entry);
        else
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([slave, master] {
        ::dup2(slave, STDIN_FILENO);
        ::close(slave);
        ::close(master);
    });
    // Typed ahead: the terminal keeps the lines until the program reads them.
    if (::write(master, terminalInput.constData(), size_t(terminalInput.size())) != terminalInput.size()) {
        ::close(master);
        ::close(slave);
        return ProcessResult{-1, {}, "could not type ahead"};
    }
    ProcessResult result = runProcess(process, binaryPath(u"tokendesk-cli"_s), arguments);
    ::close(slave);
    ::close(master);
    return result;
}

QJsonObject CliRunner::create(const QStringList& arguments, const QStringList& extraEnvironment) const
{
    const ProcessResult result = run(QStringList{u"--json"_s, u"create"_s} + arguments, {}, extraEnvironment);
    if (result.exitCode != 0)
        return {};
    return parseJson(result.out).object();
}

QByteArray CliRunner::listAll() const
{
    const ProcessResult result = run({u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    return result.exitCode == 0 ? result.out : QByteArray("failed: ") + result.err;
}

QJsonObject CliRunner::show(qint64 id) const
{
    const ProcessResult result = run({u"--json"_s, u"show"_s, QString::number(id)});
    return result.exitCode == 0 ? parseJson(result.out).object() : QJsonObject();
}

QDateTime testNowUtc()
{
    static const QDateTime noon(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    static QElapsedTimer running;
    if (!running.isValid())
        running.start();
    return noon.addMSecs(running.elapsed());
}

QDate testTodayUtc()
{
    return testNowUtc().date();
}

QJsonDocument parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

QString describe(const ProcessResult& result)
{
    return u"exit %1, stderr: %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err));
}

bool isOneErrorLine(const QByteArray& standardError)
{
    return standardError.startsWith("tokendesk-cli: error: ") && standardError.count('\n') == 1 &&
           standardError.endsWith('\n');
}

} // namespace TokenDesk::Test
