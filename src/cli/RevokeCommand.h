#pragma once

#include "AccessToken.h"
#include "Command.h"
#include "TokenOperations.h"

namespace TokenDesk {

// revoke ID|self: revokes the token and deletes its secret saved in the keychain (unless --keep-secret).
class RevokeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RevokeCommand)

public:
    RevokeCommand();

    QString name() const override { return QStringLiteral("revoke"); }
    bool worksOnResource() const override { return true; }
    // Who signs in is asked only when a saved secret of the token has to be forgotten.
    Needs needs() const override { return Needs::Backend; }
    QString arguments() const override { return tr("ID|self [--keep-secret]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override { return {m_keepSecretOption}; }
    QString positionalSyntax() const override { return tr("ID"); }
    QString idDescription() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void report(CliContext& context, const TokenOperations::Revocation& revocation);

    QCommandLineOption m_keepSecretOption;
    qint64 m_id = 0;
    bool m_keepSecret = false;
};

} // namespace TokenDesk
