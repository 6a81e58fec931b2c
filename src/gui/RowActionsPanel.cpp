#include "RowActionsPanel.h"

#include "PlainText.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

namespace TokenDesk {

namespace {

constexpr int Margin = 4;
constexpr int Spacing = 4;

} // namespace

RowActionsPanel::RowActionsPanel(QWidget* parent) : QWidget(parent), m_area(new QWidget(this))
{
    m_area->setObjectName(QStringLiteral("rowActionsArea"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

RowActionsPanel::~RowActionsPanel() = default;

void RowActionsPanel::setView(QTableView* view)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_viewConnections))
        disconnect(connection);
    m_viewConnections.clear();
    if (m_view) {
        m_view->removeEventFilter(this);
        m_view->viewport()->removeEventFilter(this);
    }
    m_view = view;
    m_filteredView = view;
    if (!m_view)
        return;
    rechain();
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_viewConnections << connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                                 &RowActionsPanel::relayout);
    m_viewConnections << connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                                 &RowActionsPanel::scheduleRelayout);
    m_viewConnections << connect(m_view->verticalHeader(), &QHeaderView::sectionResized, this,
                                 &RowActionsPanel::scheduleRelayout);
    m_viewConnections << connect(m_view->verticalHeader(), &QHeaderView::sectionCountChanged, this,
                                 &RowActionsPanel::scheduleRelayout);
    if (QAbstractItemModel* model = m_view->model()) {
        m_viewConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                     &RowActionsPanel::scheduleRelayout);
        m_viewConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                     &RowActionsPanel::scheduleRelayout);
        m_viewConnections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                     &RowActionsPanel::scheduleRelayout);
        m_viewConnections << connect(model, &QAbstractItemModel::layoutChanged, this,
                                     &RowActionsPanel::scheduleRelayout);
        m_viewConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                     &RowActionsPanel::scheduleRelayout);
    }
    scheduleRelayout();
}

void RowActionsPanel::setActions(const QList<Action>& actions)
{
    // A screen reader may still hold the old buttons (it asks about them over the accessibility bus
    // after they are gone from the pool): they leave the screen now and are deleted once the events
    // that announce it have been delivered, never in the middle of a call about them.
    for (const Slot& slot : std::as_const(m_slots)) {
        for (QPushButton* button : slot.buttons) {
            button->disconnect(this);
            hideButton(button);
            button->deleteLater();
        }
    }
    m_slots.clear();
    m_actions = actions;
    ensureSlots(1);
    updateGeometry();
    scheduleRelayout();
}

void RowActionsPanel::hideButton(QPushButton* button)
{
    // A button whose row went away gives the focus back to its table before it leaves the screen,
    // instead of Qt passing it on to whatever follows in the Tab chain.
    if (button->hasFocus() && m_view && m_view->isVisible())
        m_view->setFocus(Qt::OtherFocusReason);
    button->hide();
}

void RowActionsPanel::setRowLabel(std::function<QString(int)> label)
{
    m_rowLabel = std::move(label);
    scheduleRelayout();
}

void RowActionsPanel::setRowEnabled(std::function<bool(int)> enabled)
{
    m_rowEnabled = std::move(enabled);
    scheduleRelayout();
}

void RowActionsPanel::setActionShown(std::function<bool(int, int)> shown)
{
    m_actionShown = std::move(shown);
    scheduleRelayout();
}

QList<QPushButton*> RowActionsPanel::buttonsForRow(int row) const
{
    for (const Slot& slot : m_slots) {
        if (slot.row == row && row >= 0)
            return slot.buttons;
    }
    return {};
}

int RowActionsPanel::rowOf(const QPushButton* button) const
{
    for (const Slot& slot : m_slots) {
        if (slot.buttons.contains(button))
            return slot.row;
    }
    return -1;
}

int RowActionsPanel::buttonWidth(int actionIndex) const
{
    if (m_slots.isEmpty() || actionIndex >= m_slots.first().buttons.size())
        return 0;
    return m_slots.first().buttons.at(actionIndex)->sizeHint().width();
}

int RowActionsPanel::preferredRowHeight() const
{
    int height = fontMetrics().height() + 8;
    if (!m_slots.isEmpty()) {
        for (const QPushButton* button : m_slots.first().buttons)
            height = std::max(height, button->sizeHint().height() + 2);
    }
    return height;
}

QSize RowActionsPanel::sizeHint() const
{
    int width = 2 * Margin;
    for (int i = 0; i < m_actions.size(); ++i)
        width += buttonWidth(i) + (i > 0 ? Spacing : 0);
    return {width, 0};
}

QSize RowActionsPanel::minimumSizeHint() const
{
    return sizeHint();
}

void RowActionsPanel::rechain()
{
    // The buttons follow the view in the Tab chain, row by row.
    QWidget* previous = m_view;
    if (!previous)
        return;
    for (const Slot& slot : std::as_const(m_slots)) {
        for (QPushButton* button : slot.buttons) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    }
}

void RowActionsPanel::ensureSlots(int count)
{
    if (m_slots.size() >= count)
        return;
    while (m_slots.size() < count) {
        const int slotIndex = static_cast<int>(m_slots.size());
        Slot slot;
        for (const Action& action : std::as_const(m_actions)) {
            auto* button = new QPushButton(action.text, m_area);
            button->setObjectName(action.objectName);
            button->setAutoDefault(false);
            button->hide();
            const int actionId = action.id;
            connect(button, &QPushButton::clicked, this, [this, slotIndex, actionId] {
                const int row = m_slots.value(slotIndex).row;
                if (row >= 0)
                    Q_EMIT actionTriggered(actionId, row);
            });
            slot.buttons << button;
        }
        m_slots << slot;
    }
    rechain();
}

void RowActionsPanel::scheduleRelayout()
{
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    QMetaObject::invokeMethod(this, &RowActionsPanel::relayout, Qt::QueuedConnection);
}

void RowActionsPanel::relayout()
{
    m_relayoutScheduled = false;
    int first = -1;
    int last = -1;
    QWidget* viewport = m_view ? m_view->viewport() : nullptr;
    if (viewport && m_view->model() && m_view->isVisible() && m_view->model()->rowCount() > 0) {
        const QPoint origin = mapFrom(window(), viewport->mapTo(window(), QPoint(0, 0)));
        const int top = std::max(0, origin.y());
        const int bottom = std::min(height(), origin.y() + viewport->height());
        m_area->setGeometry(0, top, width(), std::max(0, bottom - top));
        first = m_view->rowAt(0);
        last = m_view->rowAt(viewport->height() - 1);
        if (last < 0)
            last = m_view->model()->rowCount() - 1;
        if (first >= 0)
            ensureSlots(last - first + 1);
        else
            last = -1;
        for (int row = first; first >= 0 && row <= last; ++row) {
            Slot& slot = m_slots[row - first];
            slot.row = row;
            const int y = m_view->rowViewportPosition(row) + origin.y() - top;
            const int rowHeight = m_view->rowHeight(row);
            const QString label = m_rowLabel ? m_rowLabel(row) : QString();
            const bool enabled = !m_rowEnabled || m_rowEnabled(row);
            int x = Margin;
            for (int i = 0; i < slot.buttons.size(); ++i) {
                QPushButton* button = slot.buttons.at(i);
                const int w = buttonWidth(i);
                const int h = std::min(button->sizeHint().height(), std::max(0, rowHeight - 2));
                button->setGeometry(x, y + (rowHeight - h) / 2, w, h);
                x += w + Spacing;
                const QString name = m_actions.at(i).accessibleNameTemplate.arg(label);
                if (button->accessibleName() != name) {
                    button->setAccessibleName(name);
                    button->setToolTip(PlainText::toolTip(name)); // a token name is never markup
                }
                button->setEnabled(enabled);
                button->setVisible(!m_actionShown || m_actionShown(row, m_actions.at(i).id));
            }
        }
    }
    const int used = first >= 0 ? last - first + 1 : 0;
    for (int i = used; i < m_slots.size(); ++i) {
        m_slots[i].row = -1;
        for (QPushButton* button : std::as_const(m_slots[i].buttons))
            hideButton(button);
    }
}

bool RowActionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filteredView && event->type() == QEvent::KeyPress && m_view) {
        // Tab from the table goes to the actions of its current row, when that row is on screen.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            const QList<QPushButton*> buttons = buttonsForRow(m_view->currentIndex().row());
            for (QPushButton* button : buttons) {
                if (button->isVisible() && button->isEnabled()) {
                    button->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        scheduleRelayout();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void RowActionsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scheduleRelayout();
}

void RowActionsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    scheduleRelayout();
}

} // namespace TokenDesk
