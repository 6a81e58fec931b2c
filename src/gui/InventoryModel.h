#pragma once

#include "Inventory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace TokenDesk {

// Every user's tokens for the "All users" window: one row per token, read-only, no widget per row.
// Built for 100,000 rows: the cells are written when asked, and an answered revoke changes its rows in
// place.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Owner,
        Name,
        Scopes,
        Created,
        LastUsed,
        Expires,
        State,
        Count
    };
    enum Role
    {
        TokenIdRole = Qt::UserRole + 1,
        UserIdRole
    };

    explicit InventoryModel(QObject* parent = nullptr);
    ~InventoryModel() override;

    void setInventory(Inventory inventory, QDate todayUtc);
    void clear();
    const InventoryToken& tokenAt(int row) const { return m_inventory.tokens.at(row); }
    int rowOfToken(qint64 id) const { return m_rowOfId.value(id, -1); }
    // The tokens as revoked now (the answer of a bulk revoke).
    void applyRevoked(const QList<AccessToken>& revoked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const AccessToken& token) const;

    Inventory m_inventory;
    QHash<qint64, int> m_rowOfId;
    QDate m_today;
};

} // namespace TokenDesk
