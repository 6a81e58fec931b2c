#pragma once

#include "Command.h"
#include "DateFilterOptions.h"
#include "Inventory.h"
#include "InventoryPrinter.h"

#include <memory>

namespace TokenDesk {

class BulkRevocation;

// inventory: an administrator's list of every user's personal access tokens (TokenBackend::inventory),
// filtered by owner, scopes, state, dates and name, as a table, JSON or CSV (InventoryPrinter). With
// --revoke every token listed is then revoked (BulkRevocation): after a yes on the terminal that states
// how many tokens of how many users, or at once with --yes; the token this command signs in with, when
// listed, is revoked last. Failures do not stop the others; each is reported, and the exit code is 1.
class InventoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCommand)

public:
    InventoryCommand();
    ~InventoryCommand() override;

    QString name() const override { return QStringLiteral("inventory"); }
    QString arguments() const override
    {
        return tr("[--owner ID_OR_USERNAME] [--scope SCOPE]... [--state STATE] [date filters] "
                  "[--search TEXT] [--csv] [--revoke [--yes]]");
    }
    QString summary() const override;
    QString helpFooter() const override;
    QList<QCommandLineOption> options() const override;
    QList<QCommandLineOption> singleValuedOptions() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void listed(CliContext& context, const Inventory& inventory);
    void revokeAll(CliContext& context, const Inventory& inventory);

    QCommandLineOption m_ownerOption;
    QCommandLineOption m_scopeOption;
    QCommandLineOption m_stateOption;
    QCommandLineOption m_searchOption;
    QCommandLineOption m_csvOption;
    QCommandLineOption m_revokeOption;
    QCommandLineOption m_yesOption;
    DateFilterOptions m_dateOptions;
    InventoryQuery m_query;
    bool m_csv = false;
    bool m_revoke = false;
    bool m_yes = false;
    std::unique_ptr<BulkRevocation> m_bulk;
};

} // namespace TokenDesk
