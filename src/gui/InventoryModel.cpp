#include "InventoryModel.h"

#include "PlainText.h"
#include "TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// The user's local date and time, the date written as the token tables write it (TimeText).
QString localDateTime(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    return TimeText::date(local.date()) + u' ' + QLocale().toString(local.time(), QLocale::ShortFormat);
}

} // namespace

InventoryModel::InventoryModel(QObject* parent) : QAbstractTableModel(parent) {}

InventoryModel::~InventoryModel() = default;

void InventoryModel::setInventory(Inventory inventory, QDate todayUtc)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_today = todayUtc;
    m_rowOfId.clear();
    m_rowOfId.reserve(m_inventory.tokens.size());
    for (int row = 0; row < m_inventory.tokens.size(); ++row)
        m_rowOfId.insert(m_inventory.tokens.at(row).token.id, row);
    endResetModel();
}

void InventoryModel::clear()
{
    setInventory({}, m_today);
}

void InventoryModel::applyRevoked(const QList<AccessToken>& revoked)
{
    for (const AccessToken& token : revoked) {
        const int row = rowOfToken(token.id);
        if (row < 0)
            continue;
        AccessToken& held = m_inventory.tokens[row].token;
        held.revoked = true;
        if (token.lastUsedAt.isValid())
            held.lastUsedAt = token.lastUsedAt;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int InventoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_inventory.tokens.size());
}

int InventoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString InventoryModel::stateText(const AccessToken& token) const
{
    if (token.revoked)
        return tr("Revoked");
    if (token.isExpired(m_today))
        return tr("Expired");
    return tr("Active");
}

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_inventory.tokens.size())
        return {};
    const InventoryToken& item = m_inventory.tokens.at(index.row());
    const AccessToken& token = item.token;
    if (role == TokenIdRole)
        return token.id;
    if (role == UserIdRole)
        return token.userId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Owner:
        return item.username.isEmpty() ? tr("user %1").arg(token.userId) : PlainText::shown(item.username);
    case Column::Name:
        return PlainText::shown(token.name);
    case Column::Scopes:
        return PlainText::shown(token.scopes.join(u", "_s));
    case Column::Created:
        return token.createdAt.isValid() ? localDateTime(token.createdAt) : QString();
    case Column::LastUsed:
        return token.lastUsedAt.isValid() ? localDateTime(token.lastUsedAt) : tr("Never");
    case Column::Expires:
        return token.expiresAt.isNull() ? tr("Never") : TimeText::date(token.expiresAt);
    case Column::State:
        return stateText(token);
    case Column::Count:
        break;
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Owner:
        return tr("Owner");
    case Column::Name:
        return tr("Token name");
    case Column::Scopes:
        return tr("Scopes");
    case Column::Created:
        return tr("Created");
    case Column::LastUsed:
        return tr("Last used");
    case Column::Expires:
        return tr("Expires");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace TokenDesk
