#include "TokenFilterBar.h"
#include "AccessibleNames.h"
#include "ui_TokenFilterBar.h"

#include "OptionalDateEdit.h"

#include <QLabel>
#include <QPushButton>

namespace TokenDesk {

TokenFilterBar::TokenFilterBar(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::TokenFilterBar>())
{
    m_ui->setupUi(this);
    m_filters = {
        {m_ui->createdBeforeLabel, m_ui->createdBeforeDateEdit, &TokenDateFilters::createdBefore},
        {m_ui->createdAfterLabel, m_ui->createdAfterDateEdit, &TokenDateFilters::createdAfter},
        {m_ui->expiresBeforeLabel, m_ui->expiresBeforeDateEdit, &TokenDateFilters::expiresBefore},
        {m_ui->expiresAfterLabel, m_ui->expiresAfterDateEdit, &TokenDateFilters::expiresAfter},
        {m_ui->lastUsedBeforeLabel, m_ui->lastUsedBeforeDateEdit, &TokenDateFilters::lastUsedBefore},
        {m_ui->lastUsedAfterLabel, m_ui->lastUsedAfterDateEdit, &TokenDateFilters::lastUsedAfter},
    };
    for (const Filter& filter : std::as_const(m_filters))
        setUpFilter(filter);
    m_ui->clearFiltersButton->setAccessibleName(withoutMnemonic(m_ui->clearFiltersButton->text()));
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT clearRequested();
    });
    const QList<QWidget*> order = controls();
    for (int i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

TokenFilterBar::~TokenFilterBar() = default;

void TokenFilterBar::setUpFilter(const Filter& filter)
{
    filter.date->setAccessibleName(withoutMnemonic(filter.label->text()));
    connect(filter.date, &QDateEdit::dateChanged, this, &TokenFilterBar::emitChanged);
}

void TokenFilterBar::setToday(QDate today)
{
    for (const Filter& filter : std::as_const(m_filters))
        filter.date->setToday(today);
}

void TokenFilterBar::emitChanged()
{
    if (!m_quiet)
        Q_EMIT datesChanged();
}

TokenDateFilters TokenFilterBar::dates() const
{
    TokenDateFilters dates;
    for (const Filter& filter : m_filters) {
        dates.*filter.field = filter.date->chosenDate();
    }
    return dates;
}

void TokenFilterBar::setDates(const TokenDateFilters& dates)
{
    if (dates == this->dates())
        return;
    m_quiet = true;
    for (const Filter& filter : std::as_const(m_filters))
        filter.date->setChosenDate(dates.*filter.field);
    m_quiet = false;
    Q_EMIT datesChanged();
}

void TokenFilterBar::clear()
{
    setDates({});
}

QPushButton* TokenFilterBar::clearButton() const
{
    return m_ui->clearFiltersButton;
}

QList<QWidget*> TokenFilterBar::controls() const
{
    QList<QWidget*> controls;
    for (const Filter& filter : m_filters)
        controls << filter.date;
    controls << m_ui->clearFiltersButton;
    return controls;
}

} // namespace TokenDesk
