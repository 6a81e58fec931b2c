#pragma once

#include "Await.h"
#include "TokenBackend.h"

#include <QString>

#include <optional>

// Each TokenBackend operation as a call that waits for its answer: what the contract scenarios are written
// in.
namespace TokenDesk::Test {

inline QString describe(const BackendError& e)
{
    return QStringLiteral("kind %1: %2").arg(int(e.kind)).arg(e.message);
}

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : describe((result).error())))

inline Result<TokenPage> listOf(TokenBackend& b, const ListQuery& q)
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b.list(q, c, cb); });
}

inline Result<AccessToken> getOf(TokenBackend& b, qint64 id)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.get(id, c, cb); });
}

inline Result<CreatedToken> createOf(TokenBackend& b, const TokenDraft& d)
{
    return await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b.create(d, c, cb); });
}

inline Result<AccessToken> revokeOf(TokenBackend& b, qint64 id)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.revoke(id, c, cb); });
}

inline Result<CreatedToken> rotateOf(TokenBackend& b, qint64 id, std::optional<QDate> expires = std::nullopt)
{
    return await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b.rotate(id, expires, c, cb); });
}

inline Result<AccessToken> identifyOf(TokenBackend& b, const Secret& s)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.identify(s, c, cb); });
}

inline Result<AccessToken> revokeBySecretOf(TokenBackend& b, const Secret& s)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.revokeBySecret(s, c, cb); });
}

inline Result<QString> userNameOf(TokenBackend& b, qint64 id)
{
    return await<QString>([&](QObject* c, Callback<QString> cb) { b.userName(id, c, cb); });
}

inline Result<Inventory> inventoryOf(TokenBackend& b, const InventoryQuery& q)
{
    return await<Inventory>([&](QObject* c, Callback<Inventory> cb) { b.inventory(q, c, cb); });
}

inline Result<Account> whoamiOf(TokenBackend& b)
{
    return await<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); });
}

inline Result<Resource> resolveOf(TokenBackend& b, const ResourceRef& ref)
{
    return await<Resource>([&](QObject* c, Callback<Resource> cb) { b.resolveResource(ref, c, cb); });
}

} // namespace TokenDesk::Test
