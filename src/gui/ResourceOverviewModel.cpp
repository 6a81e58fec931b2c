#include "ResourceOverviewModel.h"

#include "Clock.h"
#include "PlainText.h"
#include "TokenCells.h"

#include <QColor>
#include <QFont>

namespace TokenDesk {

namespace {

constexpr int ColumnCount = 5;

} // namespace

ResourceOverviewModel::ResourceOverviewModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

ResourceOverviewModel::~ResourceOverviewModel() = default;

int ResourceOverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResourceOverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceToken& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QDate today = m_clock.todayUtc();
    const bool soon = row.token.isExpiringWithin(today, TokenSummary::ExpiringSoonDays);
    using C = TokenTableModel::Column;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Resource:
            return PlainText::shown(row.resource.fullPath);
        case Column::Name:
            return TokenCells::text(row.token, C::Name, m_clock.nowUtc(), false);
        case Column::Role:
            return TokenCells::text(row.token, C::Role, m_clock.nowUtc(), false);
        case Column::Scopes:
            return TokenCells::text(row.token, C::Scopes, m_clock.nowUtc(), false);
        case Column::Expires:
            return TokenCells::text(row.token, C::Expires, m_clock.nowUtc(), false);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Resource:
            return row.resource.kind == ResourceRef::Kind::Group
                       ? tr("Group %1").arg(PlainText::toolTip(row.resource.name))
                       : tr("Project %1").arg(PlainText::toolTip(row.resource.name));
        case Column::Name:
            return TokenCells::toolTip(row.token, C::Name, false);
        case Column::Role:
            return TokenCells::toolTip(row.token, C::Role, false);
        case Column::Scopes:
            return TokenCells::toolTip(row.token, C::Scopes, false);
        case Column::Expires:
            return TokenCells::toolTip(row.token, C::Expires, false);
        }
        break;
    case Qt::FontRole:
        if (column == Column::Expires && soon) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Column::Expires && soon)
            return QColor(0x9e, 0x4a, 0x00);
        break;
    case TokenIdRole:
        return row.token.id;
    case ExpiringSoonRole:
        return soon;
    default:
        break;
    }
    return {};
}

QVariant ResourceOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Resource:
        return tr("Resource");
    case Column::Name:
        return tr("Token name");
    case Column::Role:
        return tr("Role");
    case Column::Scopes:
        return tr("Scopes");
    case Column::Expires:
        return tr("Expires");
    }
    return {};
}

void ResourceOverviewModel::setTokens(QList<ResourceToken> tokens)
{
    beginResetModel();
    m_rows = std::move(tokens);
    endResetModel();
}

void ResourceOverviewModel::clear()
{
    setTokens({});
}

QString ResourceOverviewModel::rowLabel(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const ResourceToken& token = m_rows.at(row);
    return tr("%1 in %2").arg(PlainText::shown(token.token.name), PlainText::shown(token.resource.fullPath));
}

void ResourceOverviewModel::updateTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TokenDesk
