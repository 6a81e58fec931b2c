#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace TokenDesk::Bench {

// Fills a store with synthetic tokens for benchmarks and tests of large stores: mixed states (one in
// ten revoked), dates (created up to 400 days ago, expiring from 30 days ago to a year ahead), usage
// and scopes. Writes through a connection of its own, in one transaction, after TokenStore has created
// or upgraded the file; the secrets are random digests nobody can present.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)

public:
    static Result<int> into(const QString& path, int count, const Clock& clock = Clock::system());
};

} // namespace TokenDesk::Bench
