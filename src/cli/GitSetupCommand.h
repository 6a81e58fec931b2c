#pragma once

#include "Command.h"

#include <functional>

class QByteArray;

namespace TokenDesk {

// git-setup --host HOST: the git config command that makes git ask TokenDesk for HOST (run with --apply).
class GitSetupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GitSetupCommand)

public:
    GitSetupCommand();

    QString name() const override { return QStringLiteral("git-setup"); }
    QString arguments() const override { return tr("--host HOST [--apply]"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Nothing; }
    QList<QCommandLineOption> options() const override { return {m_hostOption, m_applyOption}; }
    QList<QCommandLineOption> singleValuedOptions() const override { return {m_hostOption}; }
    QString helpFooter() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void apply(CliContext& context, const QString& helper, const QString& command);
    void report(CliContext& context, const QString& command, bool changed);
    void runGit(CliContext& context, const QStringList& arguments,
                std::function<void(int exitCode, const QByteArray& out, const QString& err)> done);

    QCommandLineOption m_hostOption;
    QCommandLineOption m_applyOption;
    QString m_host;
    bool m_apply = false;
};

} // namespace TokenDesk
