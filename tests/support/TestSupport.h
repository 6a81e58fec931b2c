#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace TokenDesk::Test {

// Puts QStandardPaths in test mode, so nothing a test does lands in the user's own folders.
// Call first thing in initTestCase().
void isolateStandardPaths();

// Runs a program of ours (from the build's bin folder) with arguments and optional stdin.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs `process` (its environment and working folder already set) on program and arguments, writes
// standardInput, and waits for it; a process that cannot start or outlasts timeoutMs gives exitCode -1.
ProcessResult runProcess(QProcess& process, const QString& program, const QStringList& arguments,
                         const QByteArray& standardInput = {}, int timeoutMs = 60000);
ProcessResult runProgram(const QString& program, const QStringList& arguments,
                         const QByteArray& standardInput = {}, const QStringList& extraEnvironment = {},
                         int timeoutMs = 60000);
QString binaryPath(const QString& program);

// True when `haystack` contains `needle` anywhere (for scanning raw files for secrets).
bool fileContains(const QString& path, const QByteArray& needle);

} // namespace TokenDesk::Test
