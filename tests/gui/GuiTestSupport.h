#pragma once

#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QList>
#include <QString>
#include <QTest>
#include <QWidget>

// Small helpers shared by the GUI tests. Header only: each tst_*.cpp is its own executable.
namespace TokenDesk::GuiTest {

// What a person reads on a label or button: "&&" shows "&", any other "&" only marks the mnemonic.
// Deliberately written apart from the production code's withoutMnemonic(), so it can catch it.
inline QString withoutMnemonic(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x1f")).remove(u'&').replace(u'\x1f', u'&');
}

// The name assistive technology announces for a widget.
inline QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

template<typename T>
T* visibleChild(QObject* parent, const QString& objectName = {})
{
    const QList<T*> found = parent->findChildren<T*>(objectName);
    for (T* child : found) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

// Waits (Qt Test's default timeout) for a visible child, e.g. a confirmation opened with open().
template<typename T>
T* waitForVisibleChild(QObject* parent, const QString& objectName = {})
{
    T* child = nullptr;
    [[maybe_unused]] const bool found =
        QTest::qWaitFor([&] { return (child = visibleChild<T>(parent, objectName)) != nullptr; });
    return child;
}

// A visible button under `parent` announced as `name` (row actions are named "Revoke NAME" and so on).
template<typename Button = QAbstractButton>
Button* visibleButtonNamed(QObject* parent, const QString& name)
{
    if (!parent)
        return nullptr;
    const QList<Button*> buttons = parent->findChildren<Button*>();
    for (Button* button : buttons) {
        if (button->isVisible() && button->accessibleName() == name)
            return button;
    }
    return nullptr;
}

// The widget keys go to in its window. Unlike hasFocus(), this holds while another test's window on the
// shared X server is the active one.
inline bool hasKeyboardFocus(const QWidget* widget)
{
    return widget && widget->window()->focusWidget() == widget;
}

} // namespace TokenDesk::GuiTest
