#pragma once

#include "Command.h"

namespace TokenDesk {

// scopes: the scopes a token can have.
class ScopesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScopesCommand)

public:
    QString name() const override { return QStringLiteral("scopes"); }
    bool worksOnResource() const override { return true; }
    QString summary() const override
    {
        return tr("List the scopes a token can have (with --group or --project: those their access tokens "
                  "can have).");
    }
    Needs needs() const override { return Needs::Nothing; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    bool m_resourceScopes = false; // --group or --project: the scopes their access tokens may have
};

} // namespace TokenDesk
