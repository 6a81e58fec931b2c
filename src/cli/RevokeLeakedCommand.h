#pragma once

#include "BackendOptions.h"
#include "Command.h"
#include "LeakResponse.h"

#include <memory>

namespace TokenDesk {

class AccountRegistry;

// revoke-leaked [--gitlab URL] [--yes]: a secret found where it must not be (read from standard input,
// never from the command line) is identified at the places TokenDesk knows (LeakResponse): the given
// instance, else every connected account's instance, then the local store. Its owner, name, scopes, last
// use and addresses are printed; it is revoked with the secret itself after a yes on the terminal, or at
// once with --yes. Copies TokenDesk kept (keychain, git hosts) are then offered to be forgotten.
// Exit codes: 0 revoked, 3 unknown everywhere or already revoked, 1 a place failed, 2 usage.
class RevokeLeakedCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RevokeLeakedCommand)

public:
    RevokeLeakedCommand();
    ~RevokeLeakedCommand() override;

    QString name() const override { return QStringLiteral("revoke-leaked"); }
    QString arguments() const override { return tr("[--yes]"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Nothing; }
    QString helpFooter() const override;
    QList<QCommandLineOption> options() const override { return {m_yesOption}; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    QList<LeakResponse::Place> places(CliContext& context, QString& problem);
    void identified(CliContext& context, const LeakResponse::Search& search);
    void revoked(CliContext& context, const AccessToken& token);
    void finishWithJson(CliContext& context, bool revokedNow, bool forgotten, int exitCode = 0);

    QCommandLineOption m_yesOption;
    bool m_yes = false;
    BackendOptions m_backend;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LeakResponse> m_response;
    std::optional<LeakResponse::Finding> m_finding;
    QString m_storePath; // the store asked, when there is one
    QStringList m_tried;
};

} // namespace TokenDesk
