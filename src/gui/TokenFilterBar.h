#pragma once

#include "AccessToken.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class TokenFilterBar;
}

namespace TokenDesk {

class OptionalDateEdit;

// The date filters above the tables: created, expires and last used, each before and after a day
// (ListQuery::dates). Each is an optional date picker (OptionalDateEdit) named by the label beside it
// day ("Any" while off). "Clear filters" turns them all off and asks clearRequested() (the summary filters go
// too).
class TokenFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TokenFilterBar(QWidget* parent = nullptr);
    ~TokenFilterBar() override;

    TokenDateFilters dates() const;
    // Turns the filters on as `dates` says (a null day turns one off), emitting datesChanged() once.
    void setDates(const TokenDateFilters& dates);
    // The day a filter turned on starts from.
    void setToday(QDate today);
    QPushButton* clearButton() const;
    // The bar's controls in tab order.
    QList<QWidget*> controls() const;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void datesChanged();
    void clearRequested();

private:
    struct Filter
    {
        QLabel* label;
        OptionalDateEdit* date;
        QDate TokenDateFilters::*field;
    };
    void setUpFilter(const Filter& filter);
    void emitChanged();

    const std::unique_ptr<::Ui::TokenFilterBar> m_ui;
    QList<Filter> m_filters;
    bool m_quiet = false;
};

} // namespace TokenDesk
