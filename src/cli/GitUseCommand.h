#pragma once

#include "Command.h"

namespace TokenDesk {

// git-use ID --host HOST: git uses the token's saved secret for HOST; with --remove it stops.
class GitUseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GitUseCommand)

public:
    GitUseCommand();

    QString name() const override { return QStringLiteral("git-use"); }
    bool worksOnResource() const override { return true; }
    QString arguments() const override { return tr("ID --host HOST | --host HOST --remove"); }
    QString summary() const override;
    Needs needs() const override { return m_remove ? Needs::Nothing : Needs::Account; }
    QList<QCommandLineOption> options() const override { return {m_hostOption, m_removeOption}; }
    QList<QCommandLineOption> singleValuedOptions() const override { return {m_hostOption}; }
    QString positionalSyntax() const override { return tr("ID"); }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

    // The --host option of git-use and git-setup, and its normalized value (or the usage error).
    static QCommandLineOption hostOption();
    static QString takeHost(const QCommandLineParser& parser, const QCommandLineOption& option,
                            const QString& command, QString& host);

private:
    void use(CliContext& context);
    void remember(CliContext& context, const AccessToken& token);
    void remove(CliContext& context);

    QCommandLineOption m_hostOption;
    QCommandLineOption m_removeOption;
    qint64 m_id = 0;
    QString m_host;
    bool m_remove = false;
};

} // namespace TokenDesk
