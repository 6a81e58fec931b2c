#pragma once

#include "Result.h"
#include "TokenStore.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace TokenDesk {

// The rows of a store's one-time seeds (the offline demo): each inserts its records inside the caller's
// transaction unless its marker is already in the meta table, then sets the marker. Every token gets the
// digest of a fresh secret nobody keeps.
class SeedRows
{
public:
    // Personal tokens; skipped when the store already holds personal tokens. True when it inserted.
    static Result<bool> insertOnce(const QSqlDatabase& db, const QString& marker,
                                   const QList<TokenStore::SeedRecord>& records, const QDateTime& now);
    // Other users (people) and their personal tokens, each record's token.userId an index into usernames;
    // skipped when the store already holds other users. True when it inserted.
    static Result<bool> insertPeopleOnce(const QSqlDatabase& db, const QString& marker,
                                         const QStringList& usernames,
                                         const QList<TokenStore::SeedRecord>& records, const QDateTime& now);
    // Groups, projects, memberships and resource tokens (each with a bot user, kept by its successors);
    // skipped when the store already holds groups. True when it inserted.
    static Result<bool> insertResourcesOnce(const QSqlDatabase& db, const QString& marker,
                                            const TokenStore::ResourceSeed& seed, const QDateTime& now);
};

} // namespace TokenDesk
