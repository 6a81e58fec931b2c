#pragma once

#include "AccessToken.h"
#include "Resource.h"

#include <QTableView>

#include <functional>

class QLabel;

namespace TokenDesk {

class RowActionsPanel;
class TokenTableModel;

// One of the window's token tables: its columns and their widths, sorting by a header click (the
// backend sorts, through the model), the context menu (Shift+F10, the menu key) and the buttons beside
// each row (a RowActionsPanel), its heading with the count and its empty state. It asks for actions through
// actionRequested(); it performs none.
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    enum RowAction
    {
        RotateAction,
        RevokeAction,
        CreateSimilarAction,
        CopyFromKeychainAction,
        UseForGitAction,
        DeleteSavedSecretAction
    };

    explicit TokenTableView(QWidget* parent = nullptr);
    ~TokenTableView() override;

    // Shows the model's rows, with the panel's buttons beside them; call once.
    void setUp(TokenTableModel* model, RowActionsPanel* panel);
    TokenTableModel* tokenModel() const { return m_model; }
    // Whether a token's actions must wait (an operation on it is under way).
    void setBusyLookup(std::function<bool(qint64 id)> busy);
    // Whether a token's secret is saved in the keychain (the menu then offers what needs it).
    void setSavedLookup(std::function<bool(qint64 id)> saved);
    // The table's heading ("Active personal access tokens (3)") and what shows instead of an empty table.
    void setSectionLabels(QLabel* heading, QLabel* emptyText);
    // Shows the model's order on the header.
    void updateSortIndicator();
    // Counts the rows in the heading; an empty table gives way to its empty text.
    void updateHeading();
    // Whose tokens the table shows (personal, a group's or a project's): the heading says so, and the
    // columns follow the model's (call after the model changed backend).
    void setTokenKind(ResourceRef::Kind kind);
    // Makes the token's row the current one and shows it; false when the token is not among the rows read.
    bool selectToken(qint64 id);

Q_SIGNALS:
    void actionRequested(int action, const TokenDesk::AccessToken& token);
    // A header click asked the model for another order.
    void sortOrderChanged();

private:
    void setUpColumns();
    void setUpShortcuts();
    void onHeaderClicked(int section);
    void onRowAction(int action, int row);
    void openRowMenu(const QPoint& viewportPos);
    bool isBusy(qint64 id) const;
    bool isSaved(qint64 id) const;
    QString title(bool withCount) const;
    QString emptyText() const;

    TokenTableModel* m_model = nullptr;
    RowActionsPanel* m_panel = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_emptyText = nullptr;
    std::function<bool(qint64)> m_busy;
    std::function<bool(qint64)> m_saved;
    ResourceRef::Kind m_kind = ResourceRef::Kind::Personal;
};

} // namespace TokenDesk
