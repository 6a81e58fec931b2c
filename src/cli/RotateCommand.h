#pragma once

#include "AccessToken.h"
#include "Command.h"
#include "TokenOperations.h"

#include <optional>

namespace TokenDesk {

// rotate ID|self: revokes the token and issues a successor with a new secret. A secret of the old
// token saved in the keychain is replaced by the new one; rotating the token the backend signs in with
// makes the account's saved credential follow.
class RotateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RotateCommand)

public:
    RotateCommand();

    QString name() const override { return QStringLiteral("rotate"); }
    bool worksOnResource() const override { return true; }
    QString arguments() const override { return tr("ID|self [--expires YYYY-MM-DD] [--keychain [--quiet]]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<QCommandLineOption> singleValuedOptions() const override { return {m_expiresOption}; }
    QString positionalSyntax() const override { return tr("ID"); }
    QString idDescription() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void rotateNow(CliContext& context, qint64 oldId);
    // After rotating the token the session signs in with: says where its credential went.
    void followOwnRotation(CliContext& context);
    void report(CliContext& context);

    QCommandLineOption m_expiresOption;
    QCommandLineOption m_keychainOption;
    QCommandLineOption m_quietOption;
    qint64 m_id = 0;
    std::optional<QDate> m_expiresAt;
    bool m_keychain = false;
    bool m_quiet = false;

    qint64 m_oldId = 0;
    std::optional<TokenOperations::Rotation> m_rotation;
    bool m_credentialFollowed = false;
    QString m_credentialProblem;
};

} // namespace TokenDesk
