#pragma once

#include "AccessToken.h"

#include <QObject>

class QComboBox;
class QLineEdit;
class QTimer;

namespace TokenDesk {

// The search field and the sort choice above the tables. A search is asked for once typing pauses
// (or on Return), not on every key, since the backend searches.
class TokenQueryControls : public QObject
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 300;

    TokenQueryControls(QLineEdit* search, QComboBox* sort, QObject* parent = nullptr);
    ~TokenQueryControls() override;

    // Shows an order chosen elsewhere (a header click).
    void showSort(ListQuery::Sort sort);

Q_SIGNALS:
    void searchChanged(const QString& search);
    void sortChosen(TokenDesk::ListQuery::Sort sort);

private:
    void applySearch();

    QLineEdit* m_search;
    QComboBox* m_sort;
    QTimer* m_searchTimer;
};

} // namespace TokenDesk
