#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace TokenDesk::Test {

void isolateStandardPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString binaryPath(const QString& program)
{
    const QString dir = qEnvironmentVariable("TOKENDESK_BIN_DIR");
    return dir.isEmpty() ? program : QDir(dir).filePath(program);
}

ProcessResult runProgram(const QString& program, const QStringList& arguments,
                         const QByteArray& standardInput, const QStringList& extraEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnvironment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0)
            env.remove(entry);
        else
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    return runProcess(process, binaryPath(program), arguments, standardInput, timeoutMs);
}

ProcessResult runProcess(QProcess& process, const QString& program, const QStringList& arguments,
                         const QByteArray& standardInput, int timeoutMs)
{
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = "could not start " + program.toUtf8();
        return result;
    }
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(needle);
}

} // namespace TokenDesk::Test
