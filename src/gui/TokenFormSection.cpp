#include "TokenFormSection.h"

#include "TokenForm.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>

namespace TokenDesk {

TokenFormSection::TokenFormSection(TokenForm* form, QScrollArea* scrollArea, QSplitter* splitter,
                                   QWidget* afterHide, QObject* parent)
    : QObject(parent), m_form(form), m_scrollArea(scrollArea), m_splitter(splitter), m_afterHide(afterHide)
{
    m_scrollArea->setMinimumHeight(220);
    m_scrollArea->hide();
    connect(m_form, &TokenForm::cancelled, this, &TokenFormSection::finish);
    m_watched = m_form->parentWidget();
    m_form->parentWidget()->installEventFilter(this);
}

TokenFormSection::~TokenFormSection() = default;

void TokenFormSection::open()
{
    reveal();
    m_form->focusFirstField();
}

void TokenFormSection::openLike(const AccessToken& token)
{
    reveal();
    m_form->prefill(token.name, token.description, token.scopes, token.accessLevel);
    m_form->focusFirstField();
}

void TokenFormSection::reveal()
{
    if (m_scrollArea->isVisible())
        return;
    m_scrollArea->show();
    // The form takes the room it needs (up to two thirds); the tables share the rest.
    const int total = m_splitter->height();
    const int wanted = m_form->sizeHint().height() + 2 * m_scrollArea->frameWidth();
    const int form = std::min(wanted, total * 2 / 3);
    const int rest = std::max(0, total - form);
    m_splitter->setSizes({form, rest - rest / 3, rest / 3});
}

void TokenFormSection::finish()
{
    m_form->reset();
    // Focus leaves the form before it is hidden: otherwise Qt moves it to whatever follows in the
    // Tab chain while the form's widgets leave the screen, and a screen reader is told about a focus
    // change inside a form that is going away.
    m_afterHide->setFocus(Qt::OtherFocusReason);
    m_scrollArea->hide();
}

bool TokenFormSection::submitOnEnter(QKeyEvent* event)
{
    if ((event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) ||
        (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    QWidget* focus = QApplication::focusWidget();
    // Text fields submit by themselves; Enter elsewhere in the form (a scope checkbox, the date)
    // presses the focused push button, or creates the token as a browser form would.
    if (!focus || !m_form->isAncestorOf(focus) || qobject_cast<QLineEdit*>(focus))
        return false;
    if (auto* button = qobject_cast<QPushButton*>(focus)) {
        if (button->isEnabled())
            button->click();
        return true;
    }
    if (m_form->isBusy())
        return false;
    m_form->submit();
    return true;
}

bool TokenFormSection::eventFilter(QObject* watched, QEvent* event)
{
    // While the window is destroyed, the watched widget still sends events after the form (its child)
    // is gone: only a key press, which cannot come then, reaches the form.
    if (watched == m_watched && event->type() == QEvent::KeyPress &&
        submitOnEnter(static_cast<QKeyEvent*>(event)))
        return true;
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
