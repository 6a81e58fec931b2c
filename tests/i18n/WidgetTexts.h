#pragma once

#include "EnglishText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

// Every text a person reads (or hears from a screen reader) in a window: labels, buttons, titles,
// placeholders, tooltips and status tips, accessible names and descriptions, combo box items, tab
// texts, table headers and cells, menus and their actions, the status bar's message.
namespace TokenDesk::I18nTest {

// A button whose text Qt gives (OK, Cancel, Close of a button box or message box): qtbase's
// translation, which the pseudo language has none of.
inline bool isQtStandardButton(const QWidget* widget)
{
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    const auto* box = button ? qobject_cast<const QDialogButtonBox*>(button->parentWidget()) : nullptr;
    return box && box->standardButton(const_cast<QAbstractButton*>(button)) != QDialogButtonBox::NoButton;
}

// Widgets Qt builds and words itself: a file dialog, a calendar popup, internal parts named qt_*.
inline bool isQtsOwn(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QFileDialog*>(w) || qobject_cast<const QCalendarWidget*>(w) ||
            w->objectName().startsWith(QStringLiteral("qt_")))
            return true;
    }
    return false;
}

inline QString describe(const QObject* object)
{
    return QString::fromLatin1(object->metaObject()->className()) + u' ' +
           (object->objectName().isEmpty() ? QStringLiteral("(unnamed)") : object->objectName());
}

inline void checkActions(const QList<QAction*>& actions, const QString& where, EnglishText& english,
                         int depth = 0)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QString here = where + QStringLiteral(" > action ") + action->objectName();
        english.check(here + QStringLiteral(" text"), action->text());
        english.check(here + QStringLiteral(" iconText"), action->iconText());
        english.check(here + QStringLiteral(" toolTip"), action->toolTip());
        english.check(here + QStringLiteral(" statusTip"), action->statusTip());
        english.check(here + QStringLiteral(" whatsThis"), action->whatsThis());
        if (action->menu() && depth < 4) {
            english.check(here + QStringLiteral(" menu title"), action->menu()->title());
            checkActions(action->menu()->actions(), here, english, depth + 1);
        }
    }
}

inline void checkModel(const QAbstractItemView* view, const QString& where, EnglishText& english)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QList<int> roles = {Qt::DisplayRole,
                              Qt::ToolTipRole,
                              Qt::StatusTipRole,
                              Qt::AccessibleTextRole,
                              Qt::AccessibleDescriptionRole,
                              Qt::WhatsThisRole};
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role : roles)
            english.check(where + QStringLiteral(" header %1").arg(column),
                          model->headerData(column, Qt::Horizontal, role).toString());
    }
    const int rows = qMin(model->rowCount(), 60);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : roles) {
                const QVariant value = model->data(index, role);
                if (value.typeId() == QMetaType::QString)
                    english.check(where + QStringLiteral(" cell %1,%2").arg(row).arg(column),
                                  value.toString());
            }
        }
    }
}

inline void checkWidget(QWidget* widget, EnglishText& english)
{
    if (isQtsOwn(widget) || isQtStandardButton(widget))
        return;
    const QString where = describe(widget->window()) + QStringLiteral(" / ") + describe(widget);
    if (widget->isWindow())
        english.check(where + QStringLiteral(" windowTitle"), widget->windowTitle());
    english.check(where + QStringLiteral(" toolTip"), widget->toolTip());
    english.check(where + QStringLiteral(" statusTip"), widget->statusTip());
    english.check(where + QStringLiteral(" whatsThis"), widget->whatsThis());
    if (QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget)) {
        english.check(where + QStringLiteral(" accessible name"), accessible->text(QAccessible::Name));
        english.check(where + QStringLiteral(" accessible description"),
                      accessible->text(QAccessible::Description));
    }
    if (auto* label = qobject_cast<QLabel*>(widget))
        english.check(where + QStringLiteral(" text"), label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        english.check(where + QStringLiteral(" text"), button->text());
    if (auto* group = qobject_cast<QGroupBox*>(widget))
        english.check(where + QStringLiteral(" title"), group->title());
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        english.check(where + QStringLiteral(" placeholder"), edit->placeholderText());
    if (auto* text = qobject_cast<QTextEdit*>(widget)) {
        english.check(where + QStringLiteral(" placeholder"), text->placeholderText());
        english.check(where + QStringLiteral(" text"), text->toPlainText());
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        english.check(where + QStringLiteral(" placeholder"), text->placeholderText());
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        english.check(where + QStringLiteral(" placeholder"), combo->placeholderText());
        for (int i = 0; i < combo->count(); ++i)
            english.check(where + QStringLiteral(" item %1").arg(i), combo->itemText(i));
    }
    if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            english.check(where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
            english.check(where + QStringLiteral(" tab tooltip %1").arg(i), tabs->tabToolTip(i));
        }
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && !qobject_cast<QHeaderView*>(widget))
        checkModel(view, where, english);
    if (auto* status = qobject_cast<QStatusBar*>(widget))
        english.check(where + QStringLiteral(" message"), status->currentMessage());
    checkActions(widget->actions(), where, english);
}

// Every visible widget of the window (and the menus of its menu bar, shown or not).
inline void checkWindow(QWidget* window, EnglishText& english)
{
    checkWidget(window, english);
    const QList<QWidget*> children = window->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (child->isVisible() || qobject_cast<QMenu*>(child))
            checkWidget(child, english);
    }
}

// Every visible top-level window of the application: the main window and whatever dialogs are open.
inline void checkOpenWindows(EnglishText& english)
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible() && !isQtsOwn(window))
            checkWindow(window, english);
    }
}

} // namespace TokenDesk::I18nTest
