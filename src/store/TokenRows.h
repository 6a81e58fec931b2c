#pragma once

#include "AccessToken.h"
#include "Result.h"
#include "TokenScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace TokenDesk {

// How a token is a row of the tokens table (see StoreSchema): the columns, the conversions of dates
// and times, reading and inserting rows, and the store's errors.
class TokenRows
{
    Q_DECLARE_TR_FUNCTIONS(TokenRows)

public:
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr qint64 LocalUserId = 1;
    // GitLab keeps the last five addresses a token was used from.
    static constexpr int MaxLastUsedIps = 5;
    // The columns readToken() reads, in its order; family_id may follow as column 12.
    static const QLatin1String Columns;

    static AccessToken readToken(const QSqlQuery& q);
    // The token of the scope with this id (and its rotation family), nullopt when the scope has none.
    static Result<std::optional<AccessToken>> fetch(const QSqlDatabase& db, const TokenScope& scope,
                                                    qint64 id, qint64* familyId = nullptr);
    // Inserts a token of the scope with the digest of its secret; a token without a family starts its own.
    static Result<qint64> insert(const QSqlDatabase& db, const TokenScope& scope, const AccessToken& t,
                                 const QByteArray& digest, std::optional<qint64> familyId,
                                 std::optional<qint64> previousId);

    // The last_used_ips column of a token's addresses (newest first, at most MaxLastUsedIps).
    static QString ipsValue(const QStringList& ips);

    static BackendError storeError(const QSqlQuery& q);
    static BackendError notFound(qint64 id);

    static QString dateText(QDate date);
    static QVariant timeValue(const QDateTime& t);
    static QDateTime timeFrom(const QVariant& v);
    // Times are kept to the millisecond.
    static QDateTime truncatedToMs(const QDateTime& t);
};

} // namespace TokenDesk
