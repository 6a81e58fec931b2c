#include "GitSetupCommand.h"

#include "CliContext.h"
#include "GitSetup.h"
#include "GitUseCommand.h"
#include "TableFormatter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace TokenDesk {

GitSetupCommand::GitSetupCommand()
    : m_hostOption(GitUseCommand::hostOption()),
      m_applyOption(u"apply"_s, tr("Run the git config command (without it, nothing is changed)."))
{}

QString GitSetupCommand::summary() const
{
    return tr("Show (or with --apply run) the git config command that makes git ask TokenDesk for HOST.");
}

QString GitSetupCommand::helpFooter() const
{
    return tr("Without --apply your git configuration is not changed. Then choose the token git uses for "
              "HOST "
              "with '%1 git-use ID --host HOST'.")
               .arg(program()) +
           u'\n';
}

QString GitSetupCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                               const BackendOptions& backend)
{
    Q_UNUSED(backend)
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    m_apply = parser.isSet(m_applyOption);
    return GitUseCommand::takeHost(parser, m_hostOption, name(), m_host);
}

void GitSetupCommand::run(CliContext& context)
{
    const QString helper = GitSetup::helperValue(QCoreApplication::applicationDirPath());
    if (helper.isEmpty())
        return context.fail(BackendError::make(
            BackendError::Kind::Store, tr("cannot find %1 on PATH or beside %2; install it with TokenDesk.")
                                           .arg(GitSetup::helperProgram(), CliContext::programName())));
    const QString command = GitSetup::commandLine(m_host, helper);
    if (!m_apply) {
        if (context.json())
            context.writeJson(QJsonDocument(
                QJsonObject{{u"host"_s, m_host}, {u"command"_s, command}, {u"applied"_s, false}}));
        else
            context.writeOut(command + u'\n');
        return context.succeed();
    }
    apply(context, helper, command);
}

void GitSetupCommand::apply(CliContext& context, const QString& helper, const QString& command)
{
    const QString key = GitSetup::configKey(m_host);
    // Another helper the user set for this host is not silently replaced.
    runGit(
        context, {u"config"_s, u"--global"_s, u"--null"_s, u"--get-all"_s, key},
        [this, &context, helper, key, command](int exitCode, const QByteArray& out, const QString& gitSaid) {
            if (exitCode != 0 && exitCode != 1)
                return context.fail(
                    BackendError::make(BackendError::Kind::Store,
                                       tr("git config failed (exit %1): %2").arg(exitCode).arg(gitSaid)));
            // NUL-terminated: a helper value may hold a line break.
            const QStringList current = QString::fromUtf8(out).split(QChar(0), Qt::SkipEmptyParts);
            if (current.contains(helper))
                return report(context, command, false);
            if (!current.isEmpty())
                return context.fail(BackendError::make(
                    BackendError::Kind::Store,
                    tr("git already uses another credential helper for https://%1 (%2 = %3); nothing "
                       "changed. Remove it with 'git config --global --unset-all %2' and run this again.")
                        .arg(m_host, key, TableFormatter::printable(current.join(u", "_s)))));
            runGit(context, GitSetup::gitArguments(m_host, helper),
                   [this, &context, command](int setExit, const QByteArray&, const QString& setSaid) {
                       if (setExit != 0)
                           return context.fail(BackendError::make(
                               BackendError::Kind::Store,
                               tr("git config failed (exit %1): %2").arg(setExit).arg(setSaid)));
                       report(context, command, true);
                   });
        });
}

void GitSetupCommand::report(CliContext& context, const QString& command, bool changed)
{
    if (context.json())
        context.writeJson(QJsonDocument(QJsonObject{
            {u"host"_s, m_host}, {u"command"_s, command}, {u"applied"_s, true}, {u"changed"_s, changed}}));
    else if (changed)
        context.writeOut(tr("Ran: %1").arg(command) + u'\n');
    else
        context.writeOut(tr("git already asks TokenDesk for https://%1; nothing changed.").arg(m_host) +
                         u'\n');
    context.succeed();
}

void GitSetupCommand::runGit(
    CliContext& context, const QStringList& arguments,
    std::function<void(int exitCode, const QByteArray& out, const QString& err)> done)
{
    auto* git = new QProcess(&context);
    git->setProgram(u"git"_s);
    git->setArguments(arguments);
    git->setProcessChannelMode(QProcess::SeparateChannels);
    git->setStandardInputFile(QProcess::nullDevice());
    QObject::connect(git, &QProcess::errorOccurred, &context, [&context, git](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        git->deleteLater();
        context.fail(BackendError::make(BackendError::Kind::Store, tr("cannot run git; is it installed?")));
    });
    QObject::connect(
        git, &QProcess::finished, &context,
        [git, done = std::move(done)](int exitCode, QProcess::ExitStatus status) {
            git->deleteLater();
            const QString said = QString::fromLocal8Bit(git->readAllStandardError()).simplified();
            done(status == QProcess::NormalExit ? exitCode : -1, git->readAllStandardOutput(), said);
        });
    git->start();
}

} // namespace TokenDesk
