#include "TokenQueryControls.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

namespace TokenDesk {

TokenQueryControls::TokenQueryControls(QLineEdit* search, QComboBox* sort, QObject* parent)
    : QObject(parent), m_search(search), m_sort(sort), m_searchTimer(new QTimer(this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &TokenQueryControls::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TokenQueryControls::applySearch);

    using S = ListQuery::Sort;
    const QList<std::pair<S, QString>> choices = {
        {S::ExpiresAsc, tr("Expiration date, soonest first")},
        {S::ExpiresDesc, tr("Expiration date, latest first")},
        {S::CreatedDesc, tr("Created, newest first")},
        {S::CreatedAsc, tr("Created, oldest first")},
        {S::LastUsedDesc, tr("Last used, most recent first")},
        {S::LastUsedAsc, tr("Last used, least recent first")},
        {S::NameAsc, tr("Name, A to Z")},
        {S::NameDesc, tr("Name, Z to A")},
    };
    for (const auto& [order, text] : choices)
        m_sort->addItem(text, static_cast<int>(order));
    connect(m_sort, &QComboBox::activated, this, [this](int index) {
        Q_EMIT sortChosen(static_cast<ListQuery::Sort>(m_sort->itemData(index).toInt()));
    });
}

TokenQueryControls::~TokenQueryControls() = default;

void TokenQueryControls::showSort(ListQuery::Sort sort)
{
    const int index = m_sort->findData(static_cast<int>(sort));
    if (index >= 0)
        m_sort->setCurrentIndex(index);
}

void TokenQueryControls::applySearch()
{
    m_searchTimer->stop();
    Q_EMIT searchChanged(m_search->text().trimmed());
}

} // namespace TokenDesk
