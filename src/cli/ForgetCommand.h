#pragma once

#include "Command.h"

namespace TokenDesk {

// forget ID: deletes the token's secret from the keychain; the token stays valid.
class ForgetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ForgetCommand)

public:
    QString name() const override { return QStringLiteral("forget"); }
    bool worksOnResource() const override { return true; }
    bool needsManagingRole() const override { return false; }
    QString arguments() const override { return tr("ID"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("ID"); }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void remove(CliContext& context);

    qint64 m_id = 0;
};

} // namespace TokenDesk
