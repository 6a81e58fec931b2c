#pragma once

#include "AccessToken.h"
#include "Resource.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace TokenDesk {

class CliContext;

// list --all-resources: every group and project access token the user may manage (ResourceOverview,
// several resources read at a time), each with its resource, printed once all are read: a JSON array
// (TokenJsonWriter) or a table. Resources that could not be read are told on standard error, and the
// command then ends with ExitCode::Incomplete after printing the others.
class AllResourcesListing
{
    Q_DECLARE_TR_FUNCTIONS(AllResourcesListing)

public:
    // expiresBefore: only tokens that expire before this date (UTC); null: every active token.
    void run(CliContext& context, QDate expiresBefore);

private:
    void settle();
    void print(const ResourceTokenOverview& overview);
    void printTable(const ResourceTokenOverview& overview);
    void onInterrupt();

    CliContext* m_context = nullptr;
    QDate m_expiresBefore;
    bool m_interrupted = false;
    std::optional<Result<ResourceTokenOverview>> m_overview;
    // Who signs in (the keychain keys of the tokens), when the session did not know yet.
    std::optional<Result<Account>> m_account;
};

} // namespace TokenDesk
