#pragma once

#include "Resource.h"

#include <QAbstractTableModel>
#include <QList>

namespace TokenDesk {

class Clock;

// The rows of "All my resources": every group and project token of the overview, in its order
// (soonest expiry first), with the resource it belongs to.
class ResourceOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Resource,
        Name,
        Role,
        Scopes,
        Expires
    };
    enum Role
    {
        TokenIdRole = Qt::UserRole + 1,
        ExpiringSoonRole
    };

    explicit ResourceOverviewModel(const Clock& clock, QObject* parent = nullptr);
    ~ResourceOverviewModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTokens(QList<ResourceToken> tokens);
    void clear();
    const ResourceToken& tokenAt(int row) const { return m_rows.at(row); }
    // "deploy-bot in acme/web": how a row is named to a screen reader.
    QString rowLabel(int row) const;
    void updateTimes();

private:
    const Clock& m_clock;
    QList<ResourceToken> m_rows;
};

} // namespace TokenDesk
