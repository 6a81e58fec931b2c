#include "TokenTableModel.h"

#include "Clock.h"
#include "Logging.h"
#include "TokenBackend.h"
#include "TokenCells.h"
#include "TokenOrder.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QSet>
#include <QStyle>

namespace TokenDesk {

namespace {

QList<TokenTableModel::Column> columnsOf(ListQuery::State state)
{
    using C = TokenTableModel::Column;
    switch (state) {
    case ListQuery::State::Active:
        return {C::Name, C::Description, C::Scopes, C::Created, C::LastUsed, C::Expires};
    case ListQuery::State::Inactive:
        return {C::Name, C::Scopes, C::Created, C::LastUsed, C::Status, C::InactiveSince};
    case ListQuery::State::All:
        break;
    }
    return {C::Name, C::Description, C::Scopes, C::Created, C::LastUsed, C::Expires, C::Status};
}

} // namespace

TokenTableModel::TokenTableModel(TokenBackend& backend, const Clock& clock, ListQuery::State state,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_backend(&backend), m_clock(clock), m_state(state),
      m_columns(columnsOf(state)),
      m_sort(state == ListQuery::State::Active ? ListQuery::Sort::ExpiresAsc : ListQuery::Sort::CreatedDesc)
{
    updateRoleColumn();
}

TokenTableModel::~TokenTableModel() = default;

TokenTableModel::Column TokenTableModel::columnAt(int section) const
{
    return m_columns.value(section, Column::Name);
}

int TokenTableModel::sectionOf(Column column) const
{
    return static_cast<int>(m_columns.indexOf(column));
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

bool TokenTableModel::isExpiringSoon(const AccessToken& token) const
{
    return token.isExpiringWithin(m_clock.todayUtc(), TokenSummary::ExpiringSoonDays);
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessToken& token = m_rows.at(index.row());
    const Column column = columnAt(index.column());
    const bool warn = column == Column::Expires && isExpiringSoon(token);
    switch (role) {
    case Qt::DisplayRole:
        return TokenCells::text(token, column, m_clock.nowUtc(), m_saved.contains(token.id));
    case Qt::ToolTipRole:
        return TokenCells::toolTip(token, column, m_saved.contains(token.id));
    case Qt::FontRole:
        if (warn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (warn)
            return QColor(0x9e, 0x4a, 0x00);
        break;
    case Qt::DecorationRole:
        if (warn)
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case TokenIdRole:
        return token.id;
    case ExpiringSoonRole:
        return isExpiringSoon(token);
    case SavedInKeychainRole:
        return m_saved.contains(token.id);
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Column::Name:
        return tr("Token name");
    case Column::Description:
        return tr("Description");
    case Column::Scopes:
        return tr("Scopes");
    case Column::Created:
        return tr("Created");
    case Column::LastUsed:
        return tr("Last used");
    case Column::Expires:
        return tr("Expires");
    case Column::Status:
        return tr("Status");
    case Column::InactiveSince:
        return tr("Revoked or expired on");
    case Column::Keychain:
        return tr("In keychain");
    case Column::Role:
        return tr("Role");
    }
    return {};
}

void TokenTableModel::setBackend(TokenBackend& backend)
{
    m_backend = &backend;
    ++m_serial;
    m_inFlight = 0;
    beginResetModel();
    m_rows.clear();
    m_saved.clear();
    m_loaded = false;
    m_endReached = false;
    updateRoleColumn();
    endResetModel();
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    request(0, m_pageSize, Apply::Replace);
}

void TokenTableModel::updateRoleColumn()
{
    const bool wanted = m_backend->resource().has_value();
    if (wanted == m_columns.contains(Column::Role))
        return;
    if (!wanted) {
        m_columns.removeAll(Column::Role);
        return;
    }
    const qsizetype scopes = m_columns.indexOf(Column::Scopes);
    m_columns.insert(scopes >= 0 ? scopes + 1 : m_columns.size(), Column::Role);
}

void TokenTableModel::setSavedLookup(std::function<QSet<qint64>()> lookup)
{
    m_savedLookup = std::move(lookup);
    const bool shown = m_columns.contains(Column::Keychain);
    if (static_cast<bool>(m_savedLookup) != shown) {
        beginResetModel();
        if (shown)
            m_columns.removeAll(Column::Keychain);
        else
            m_columns.append(Column::Keychain);
        endResetModel();
    }
    reloadSaved();
}

void TokenTableModel::reloadSaved()
{
    m_saved = m_savedLookup ? m_savedLookup() : QSet<qint64>();
    if (!m_rows.isEmpty())
        emitKeychainChanged(0, static_cast<int>(m_rows.size()) - 1);
}

void TokenTableModel::setSaved(qint64 id, bool saved)
{
    if (saved == m_saved.contains(id))
        return;
    if (saved)
        m_saved.insert(id);
    else
        m_saved.remove(id);
    const int row = rowOfToken(id);
    if (row >= 0)
        emitKeychainChanged(row, row);
}

void TokenTableModel::emitKeychainChanged(int first, int last)
{
    const int column = sectionOf(Column::Keychain);
    if (column < 0)
        return;
    Q_EMIT dataChanged(index(first, column), index(last, column),
                       {Qt::DisplayRole, Qt::ToolTipRole, SavedInKeychainRole});
}

int TokenTableModel::rowOfToken(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool TokenTableModel::belongsHere(const AccessToken& token) const
{
    const bool active = token.isActive(m_clock.todayUtc());
    if ((m_state == ListQuery::State::Active && !active) || (m_state == ListQuery::State::Inactive && active))
        return false;
    if (m_revoked && token.revoked != *m_revoked)
        return false;
    return m_dates.matches(token) && TokenOrder::matchesSearch(token, m_search);
}

bool TokenTableModel::moreToLoad() const
{
    return m_total >= 0 ? m_rows.size() < m_total : !m_endReached;
}

void TokenTableModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(m_total);
}

bool TokenTableModel::placeToken(const AccessToken& token)
{
    if (!belongsHere(token))
        return false;
    if (!m_loaded)
        return true; // the first page, still to come, reads it
    if (m_inFlight != 0) {
        // An answer on its way may have been read before the change: read again instead.
        refresh();
        return true;
    }
    if (rowOfToken(token.id) >= 0)
        return true;
    int row = 0;
    while (row < m_rows.size() && !TokenOrder::before(token, m_rows.at(row), m_sort))
        ++row;
    const bool pastLoadedRows = row == m_rows.size() && moreToLoad();
    if (!pastLoadedRows) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, token);
        endInsertRows();
    }
    if (m_total >= 0)
        setTotal(m_total + 1);
    return true;
}

bool TokenTableModel::removeToken(qint64 id)
{
    if (!m_loaded)
        return false;
    if (m_inFlight != 0) {
        refresh();
        return true;
    }
    const int row = rowOfToken(id);
    if (row < 0)
        return false; // not loaded: the count cannot tell whether it was counted here
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
    if (m_total > 0)
        setTotal(m_total - 1);
    return true;
}

bool TokenTableModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_inFlight != 0)
        return false;
    if (!m_loaded)
        return true;
    if (m_total >= 0)
        return m_rows.size() < m_total;
    return !m_endReached;
}

void TokenTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_loaded)
        request(0, m_pageSize, Apply::Replace);
    else
        request(static_cast<int>(m_rows.size()), m_pageSize, Apply::Append);
}

void TokenTableModel::refresh()
{
    if (!m_loaded || (m_inFlight != 0 && m_inFlightApply == Apply::Replace)) {
        request(0, m_pageSize, Apply::Replace);
        return;
    }
    // Re-reading every row a user has scrolled through would not scale: past a limit, start over.
    if (m_rows.size() > m_maxRefreshRows) {
        request(0, m_pageSize, Apply::Replace);
        return;
    }
    request(0, std::max(m_pageSize, static_cast<int>(m_rows.size())), Apply::Refresh);
}

void TokenTableModel::updateTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(
        index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1),
        {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, Qt::ForegroundRole, Qt::DecorationRole});
}

void TokenTableModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    request(0, m_pageSize, Apply::Replace);
}

void TokenTableModel::setFilters(const TokenDateFilters& dates, std::optional<bool> revoked)
{
    if (dates == m_dates && revoked == m_revoked)
        return;
    m_dates = dates;
    m_revoked = revoked;
    request(0, m_pageSize, Apply::Replace);
}

void TokenTableModel::setSortOrder(ListQuery::Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    request(0, m_pageSize, Apply::Replace);
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (const auto sort = sortFor(m_columns.at(column), order))
        setSortOrder(*sort);
}

std::optional<ListQuery::Sort> TokenTableModel::sortFor(Column column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    using S = ListQuery::Sort;
    switch (column) {
    case Column::Name:
        return ascending ? S::NameAsc : S::NameDesc;
    case Column::Created:
        return ascending ? S::CreatedAsc : S::CreatedDesc;
    case Column::LastUsed:
        return ascending ? S::LastUsedAsc : S::LastUsedDesc;
    case Column::Expires:
        return ascending ? S::ExpiresAsc : S::ExpiresDesc;
    case Column::Description:
    case Column::Scopes:
    case Column::Status:
    case Column::InactiveSince:
    case Column::Keychain:
    case Column::Role:
        break;
    }
    return std::nullopt;
}

std::pair<TokenTableModel::Column, Qt::SortOrder> TokenTableModel::columnFor(ListQuery::Sort sort)
{
    using S = ListQuery::Sort;
    switch (sort) {
    case S::NameAsc:
        return {Column::Name, Qt::AscendingOrder};
    case S::NameDesc:
        return {Column::Name, Qt::DescendingOrder};
    case S::CreatedAsc:
        return {Column::Created, Qt::AscendingOrder};
    case S::CreatedDesc:
        return {Column::Created, Qt::DescendingOrder};
    case S::LastUsedAsc:
        return {Column::LastUsed, Qt::AscendingOrder};
    case S::LastUsedDesc:
        return {Column::LastUsed, Qt::DescendingOrder};
    case S::ExpiresAsc:
        return {Column::Expires, Qt::AscendingOrder};
    case S::ExpiresDesc:
        break;
    }
    return {Column::Expires, Qt::DescendingOrder};
}

void TokenTableModel::request(int offset, int limit, Apply apply)
{
    ListQuery query;
    query.state = m_state;
    query.search = m_search;
    query.dates = m_dates;
    query.revoked = m_revoked;
    query.sort = m_sort;
    query.offset = offset;
    query.limit = limit;
    const quint64 serial = ++m_serial;
    m_inFlight = serial;
    m_inFlightApply = apply;
    m_backend->list(query, this, [this, serial, apply, limit](Result<TokenPage> result) {
        if (serial != m_inFlight)
            return;
        if (!result) {
            m_inFlight = 0;
            if (result.error().kind != BackendError::Kind::Cancelled)
                qCWarning(lcGui) << "Listing tokens failed:" << result.error().message;
            Q_EMIT loadFailed(result.error());
            return;
        }
        TokenPage page = std::move(result).value();
        const bool shortPage = page.tokens.size() < limit;
        // Known before the rows change, so that views asking canFetchMore() on the change see the truth.
        m_endReached = shortPage;
        const int previousTotal = m_total;
        m_total = page.total;
        if (apply != Apply::Append && m_savedLookup)
            m_saved = m_savedLookup();
        switch (apply) {
        case Apply::Replace:
            beginResetModel();
            m_rows = std::move(page.tokens);
            m_loaded = true;
            endResetModel();
            break;
        case Apply::Append:
            if (!page.tokens.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows({}, first, first + static_cast<int>(page.tokens.size()) - 1);
                m_rows.append(std::move(page.tokens));
                endInsertRows();
            }
            break;
        case Apply::Refresh:
            applyRefresh(std::move(page.tokens));
            break;
        }
        // Only now: no view may ask for more rows while these are being applied.
        if (m_inFlight == serial)
            m_inFlight = 0;
        if (m_total != previousTotal)
            Q_EMIT totalCountChanged(m_total);
        Q_EMIT pageLoaded();
    });
}

void TokenTableModel::applyRefresh(QList<AccessToken> fresh)
{
    QSet<qint64> freshIds;
    for (const AccessToken& token : std::as_const(fresh))
        freshIds.insert(token.id);
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    QSet<qint64> currentIds;
    for (const AccessToken& token : std::as_const(m_rows))
        currentIds.insert(token.id);
    int row = 0;
    for (AccessToken& token : fresh) {
        if (row < m_rows.size() && m_rows.at(row).id == token.id) {
            m_rows[row] = std::move(token);
            ++row;
            continue;
        }
        if (currentIds.contains(token.id)) {
            // The order changed (e.g. a token was used): start over from the fresh rows.
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, std::move(token));
        endInsertRows();
        ++row;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
}

} // namespace TokenDesk
