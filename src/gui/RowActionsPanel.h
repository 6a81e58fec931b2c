#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QTableView>
#include <QWidget>

#include <functional>

class QPushButton;

namespace TokenDesk {

// Real push buttons for the per-row actions of a table, kept beside the view (not inside it) so that
// they are in the accessibility tree and in the Tab chain. A small pool of buttons follows the rows
// the view shows: each is rebound to its row on scrolling, resizing and model changes, with its
// visible text ("Revoke") and an accessible name that names the row ("Revoke my-token").
class RowActionsPanel : public QWidget
{
    Q_OBJECT

public:
    struct Action
    {
        int id = 0;
        QString text;                   // the visible label, e.g. "Revoke"
        QString accessibleNameTemplate; // "%1" is replaced by the row's label, e.g. "Revoke %1"
        QString objectName;             // e.g. "revokeRowButton"
    };

    explicit RowActionsPanel(QWidget* parent = nullptr);
    ~RowActionsPanel() override;

    void setView(QTableView* view);
    QTableView* view() const { return m_view; }
    void setActions(const QList<Action>& actions);
    // The name of a row's item, for accessible names.
    void setRowLabel(std::function<QString(int row)> label);
    // Whether a row's actions may be pressed now (false while an operation on it is pending).
    void setRowEnabled(std::function<bool(int row)> enabled);
    // Whether an action is offered for a row at all (e.g. only for tokens saved in the keychain).
    void setActionShown(std::function<bool(int row, int actionId)> shown);

    // The buttons bound to a row right now (empty when the row is not visible).
    QList<QPushButton*> buttonsForRow(int row) const;
    // The row a button of this panel is bound to, or -1.
    int rowOf(const QPushButton* button) const;
    // A row height that fits the buttons, for the view's vertical header.
    int preferredRowHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void relayout();
    void scheduleRelayout();

Q_SIGNALS:
    void actionTriggered(int actionId, int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Slot
    {
        int row = -1;
        QList<QPushButton*> buttons;
    };
    void ensureSlots(int count);
    void rechain();
    void hideButton(QPushButton* button);
    int buttonWidth(int actionIndex) const;

    QPointer<QTableView> m_view;
    // The view as the event filter knows it: compared, never used. While the view is being destroyed it
    // still sends events (it is no longer a QTableView then), and m_view would cast it to one.
    const QObject* m_filteredView = nullptr;
    QWidget* m_area = nullptr; // clips the buttons to the view's viewport
    QList<Action> m_actions;
    QList<Slot> m_slots;
    std::function<QString(int)> m_rowLabel;
    std::function<bool(int)> m_rowEnabled;
    std::function<bool(int, int)> m_actionShown;
    QList<QMetaObject::Connection> m_viewConnections;
    bool m_relayoutScheduled = false;
};

} // namespace TokenDesk
