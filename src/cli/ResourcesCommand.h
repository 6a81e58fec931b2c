#pragma once

#include "Command.h"

namespace TokenDesk {

// resources: the groups and projects whose access tokens the user may manage (groups where they are
// Owner, projects where they are at least Maintainer), with their role there.
class ResourcesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResourcesCommand)

public:
    QString name() const override { return QStringLiteral("resources"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Backend; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;
};

} // namespace TokenDesk
