#pragma once

#include "AccessToken.h"
#include "BackendError.h"
#include "Command.h"

#include <optional>

namespace TokenDesk {

// create: a new token, its secret printed once (and saved in the keychain with --keychain). With --group
// or --project a group or project access token, with the role --access-level names (default maintainer).
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    CreateCommand();

    QString name() const override { return QStringLiteral("create"); }
    bool worksOnResource() const override { return true; }
    QString arguments() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<QCommandLineOption> singleValuedOptions() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void refuseWithServerPage(CliContext& context, const TokenDraft& draft, const BackendError& error);

    QCommandLineOption m_nameOption;
    QCommandLineOption m_descriptionOption;
    QCommandLineOption m_expiresOption;
    QCommandLineOption m_scopeOption;
    QCommandLineOption m_userIdOption;
    QCommandLineOption m_accessLevelOption;
    QCommandLineOption m_keychainOption;
    QCommandLineOption m_quietOption;
    QString m_name;
    QString m_description;
    QStringList m_scopes;
    std::optional<QDate> m_expiresAt;
    qint64 m_userId = 0;
    int m_accessLevel = 0; // 0: the default role of a group or project token
    bool m_keychain = false;
    bool m_quiet = false;
};

} // namespace TokenDesk
