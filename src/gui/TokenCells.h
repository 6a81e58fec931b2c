#pragma once

#include "AccessToken.h"
#include "TokenTableModel.h"

#include <QCoreApplication>

namespace TokenDesk {

// What a token table's cell says: its text and its tool tip, at a given time (UTC), and whether the
// token's secret is saved in the keychain.
class TokenCells
{
    Q_DECLARE_TR_FUNCTIONS(TokenCells)

public:
    static QString text(const AccessToken& token, TokenTableModel::Column column, const QDateTime& nowUtc,
                        bool saved);
    static QString toolTip(const AccessToken& token, TokenTableModel::Column column, bool saved);
    // "Active", "Revoked" or "Expired".
    static QString status(const AccessToken& token, QDate todayUtc);
};

} // namespace TokenDesk
