#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace TokenDesk {

class Clock;
class TokenBackend;

// One of the two token tables (active or inactive), read lazily from the backend a page at a time.
// Searching and sorting happen in the backend; the model only holds the rows loaded so far.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Description,
        Scopes,
        Created,
        LastUsed,
        Expires,
        Status,
        InactiveSince,
        Keychain,
        Role // a group or project token's role
    };
    enum Role
    {
        TokenIdRole = Qt::UserRole + 1,
        ExpiringSoonRole,
        SavedInKeychainRole
    };
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultMaxRefreshRows = 5000;

    TokenTableModel(TokenBackend& backend, const Clock& clock, ListQuery::State state,
                    QObject* parent = nullptr);
    ~TokenTableModel() override;

    ListQuery::State state() const { return m_state; }
    const QList<Column>& columns() const { return m_columns; }
    Column columnAt(int section) const;
    int sectionOf(Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Asks the backend for another order; columns without a backend order are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How many tokens match the query in the backend (not how many are loaded); -1 until known.
    int totalCount() const { return m_total; }
    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    const AccessToken& tokenAt(int row) const { return m_rows.at(row); }
    int rowOfToken(qint64 id) const;

    QString search() const { return m_search; }
    void setSearch(const QString& search);
    // The date filters and GitLab's `revoked` (ListQuery::dates, ListQuery::revoked), applied by the backend.
    const TokenDateFilters& dates() const { return m_dates; }
    std::optional<bool> revokedFilter() const { return m_revoked; }
    void setFilters(const TokenDateFilters& dates, std::optional<bool> revoked);
    ListQuery::Sort sortOrder() const { return m_sort; }
    void setSortOrder(ListQuery::Sort sort);
    // The backend order for a header click, and the header that shows a backend order.
    static std::optional<ListQuery::Sort> sortFor(Column column, Qt::SortOrder order);
    static std::pair<Column, Qt::SortOrder> columnFor(ListQuery::Sort sort);

    // Changes the backend has made and answered, applied without reading again. A token that now
    // belongs in this table (its state today and the search) goes where the backend's order puts it; when
    // that is past the rows loaded so far, it is only counted and comes with a later page. Answers false
    // when the token does not belong here.
    bool placeToken(const AccessToken& token);
    // A token that left this table (revoked, or replaced): its row goes and the count follows.
    bool removeToken(qint64 id);
    bool belongsHere(const AccessToken& token) const;

    // Switches to another backend: the rows of the old one go at once, answers it still owes are dropped.
    // The column "Role" is shown for a group's or project's tokens (TokenBackend::resource()).
    void setBackend(TokenBackend& backend);
    bool showsRole() const { return m_columns.contains(Column::Role); }

    // Which tokens have a secret in the keychain, read once per reset or refresh (no keychain round trip).
    // With a lookup the model has the column "In keychain"; call it before the model is shown.
    void setSavedLookup(std::function<QSet<qint64>()> lookup);
    void reloadSaved();
    void setSaved(qint64 id, bool saved);
    bool isSaved(qint64 id) const { return m_saved.contains(id); }

    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    int pageSize() const { return m_pageSize; }
    // A refresh re-reads the loaded rows up to this many; beyond, it starts over from the first page.
    void setMaxRefreshRows(int rows) { m_maxRefreshRows = rows; }

public Q_SLOTS:
    // Reads again what is shown (at least the first page), keeping rows that did not change.
    void refresh();
    // Re-renders relative times ("3 minutes ago") of the loaded rows without asking the backend.
    void updateTimes();

Q_SIGNALS:
    void totalCountChanged(int total);
    // An answer from the backend has been applied (first page, more rows or a refresh).
    void pageLoaded();
    void loadFailed(const BackendError& error);

private:
    enum class Apply
    {
        Replace,
        Append,
        Refresh
    };
    void request(int offset, int limit, Apply apply);
    void applyRefresh(QList<AccessToken> fresh);
    void setTotal(int total);
    bool moreToLoad() const;
    bool isExpiringSoon(const AccessToken& token) const;

    void emitKeychainChanged(int first, int last);
    // Adds or removes the column "Role" (call between beginResetModel and endResetModel).
    void updateRoleColumn();

    TokenBackend* m_backend;
    std::function<QSet<qint64>()> m_savedLookup;
    QSet<qint64> m_saved;
    const Clock& m_clock;
    const ListQuery::State m_state;
    QList<Column> m_columns;
    QList<AccessToken> m_rows;
    QString m_search;
    TokenDateFilters m_dates;
    std::optional<bool> m_revoked;
    ListQuery::Sort m_sort;
    int m_total = -1;
    int m_pageSize = DefaultPageSize;
    int m_maxRefreshRows = DefaultMaxRefreshRows;
    bool m_loaded = false;
    bool m_endReached = false;
    // One request at a time: a newer one supersedes the one in flight, whose answer is dropped.
    quint64 m_serial = 0;
    quint64 m_inFlight = 0;
    Apply m_inFlightApply = Apply::Replace;
};

} // namespace TokenDesk
