#pragma once

#include "Command.h"

namespace TokenDesk {

// verify: which token a secret read from standard input belongs to.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Backend; }
    bool worksWithoutCredential() const override { return true; }
    QString helpFooter() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;
};

} // namespace TokenDesk
