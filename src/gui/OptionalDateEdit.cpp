#include "OptionalDateEdit.h"

#include "TimeText.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace TokenDesk {

namespace {

const QDate Unset(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent), m_today(QDate::currentDate())
{
    setMinimumDate(Unset);
    setSpecialValueText(tr("Any"));
    setDisplayFormat(TimeText::dateFormat()); // the year written out, as the tables write dates
    setCalendarPopup(true);
    setDate(Unset);
    calendarWidget()->installEventFilter(this);
}

OptionalDateEdit::~OptionalDateEdit() = default;

QDate OptionalDateEdit::chosenDate() const
{
    return date() == Unset ? QDate() : date();
}

void OptionalDateEdit::setChosenDate(QDate date)
{
    setDate(date.isValid() && date > Unset ? date : Unset);
}

void OptionalDateEdit::stepBy(int steps)
{
    if (date() == Unset) {
        setDate(m_today);
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && date() != Unset &&
        event->modifiers() == Qt::NoModifier && lineEdit()->selectedText() == text()) {
        setDate(Unset);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        setDate(Unset);
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == Unset)
        calendarWidget()->setCurrentPage(m_today.year(), m_today.month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace TokenDesk
