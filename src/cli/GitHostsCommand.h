#pragma once

#include "Command.h"

namespace TokenDesk {

// git-hosts: the hosts git may use a saved token for.
class GitHostsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GitHostsCommand)

public:
    QString name() const override { return QStringLiteral("git-hosts"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Nothing; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;
};

} // namespace TokenDesk
