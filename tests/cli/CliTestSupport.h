#pragma once

#include "TestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TokenDesk::Test {

// Runs tokendesk-cli against one store file, in an environment without the variables that would
// change which store or which "now" it uses (tests add them back on purpose).
class CliRunner
{
public:
    explicit CliRunner(QString storePath = QString()) : m_storePath(std::move(storePath)) {}

    QString storePath() const { return m_storePath; }
    void setEnvironment(QStringList environment) { m_environment = std::move(environment); }

    // With --store PATH first when the runner has a store path.
    ProcessResult run(const QStringList& arguments, const QByteArray& standardInput = {},
                      const QStringList& extraEnvironment = {}) const;
    // Exactly these arguments, no --store added.
    ProcessResult runBare(const QStringList& arguments, const QByteArray& standardInput = {},
                          const QStringList& extraEnvironment = {}) const;

    // Exactly these arguments, no --store added, with standard input a terminal (a pseudo-terminal whose
    // other end receives terminalInput, typed ahead); standard output and error stay pipes.
    ProcessResult runOnTerminal(const QStringList& arguments, const QByteArray& terminalInput,
                                const QStringList& extraEnvironment = {}) const;

    // `--json create ...`; an empty object when it failed.
    QJsonObject create(const QStringList& arguments, const QStringList& extraEnvironment = {}) const;
    // `--json list --state all`, the tokens as JSON, for before/after comparisons.
    QByteArray listAll() const;
    QJsonObject show(qint64 id) const;

private:
    QString m_storePath;
    QStringList m_environment;
};

// The CLI runs at noon (UTC) of the day the test started, plus the time the test has been running, so
// that a test run across midnight UTC cannot see two different "todays". CliRunner passes it as
// TOKENDESK_TEST_NOW unless a test passes its own.
QDateTime testNowUtc();
QDate testTodayUtc();

QJsonDocument parseJson(const QByteArray& bytes);
QString describe(const ProcessResult& result); // for failure messages: exit code and stderr
// One line starting "tokendesk-cli: error: ".
bool isOneErrorLine(const QByteArray& standardError);

} // namespace TokenDesk::Test
