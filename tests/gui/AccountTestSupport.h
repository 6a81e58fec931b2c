#pragma once

#include "AccountRegistry.h"
#include "ConnectionCheck.h"
#include "GitLabTestServer.h"
#include "Secret.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace TokenDesk::GuiTest {

// Connects `user` of the test server as the window does: the access token into the (isolated) keychain,
// the account into the registry. An empty account when the keychain refused.
inline GitLabAccount addTestAccount(AccountRegistry& registry, Test::GitLabTestServer& server,
                                    const QString& user, const QByteArray& secret)
{
    GitLabAccount account;
    account.instanceUrl = server.url();
    account.username = user;
    account.key = ConnectionCheck::accountKey(server.url(), user);
    std::optional<Result<bool>> saved;
    QObject context;
    registry.addAccount(account, Secret(secret), &context, [&saved](Result<bool> r) { saved.emplace(r); });
    if (!QTest::qWaitFor([&saved] { return saved.has_value(); }, 20000) || !*saved)
        return {};
    return account;
}

// Removes every account of the registry with its keychain entry, as a test's cleanup must; false when one
// did not answer in time.
inline bool forgetTestAccounts(AccountRegistry& registry)
{
    QObject context;
    for (const GitLabAccount& account : registry.accounts()) {
        bool done = false;
        registry.removeAccount(account.key, &context, [&done](Result<bool>) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            return false;
    }
    return true;
}

} // namespace TokenDesk::GuiTest
