#pragma once

#include "Command.h"

namespace TokenDesk {

// secret ID: the token's secret saved in the keychain, on standard output.
class SecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)

public:
    QString name() const override { return QStringLiteral("secret"); }
    bool worksOnResource() const override { return true; }
    bool needsManagingRole() const override { return false; }
    QString arguments() const override { return tr("ID"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("ID"); }
    QString helpFooter() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    qint64 m_id = 0;
};

} // namespace TokenDesk
