#pragma once

#include <QDate>
#include <QDateEdit>

namespace TokenDesk {

// A date that may be left out: it shows "Any" until a day is chosen (the arrows or the calendar start
// from today), and Delete or Backspace on it goes back to "Any".
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    ~OptionalDateEdit() override;

    // A null date while it shows "Any".
    QDate chosenDate() const;
    // A null date shows "Any".
    void setChosenDate(QDate date);
    void setToday(QDate today) { m_today = today; }

    void stepBy(int steps) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDate m_today;
};

} // namespace TokenDesk
