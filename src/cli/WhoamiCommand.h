#pragma once

#include "Command.h"

namespace TokenDesk {

// whoami: who the server's access token signs in as, and the access token itself.
class WhoamiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)

public:
    QString name() const override { return QStringLiteral("whoami"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Backend; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;
};

} // namespace TokenDesk
