#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QKeyEvent;
class QTableView;
class QTimer;

namespace TokenDesk {

class Clock;
class RowActionsPanel;
class SecureClipboard;
class TokenBackend;
class TokenForm;
class TokenTableModel;

namespace Ui {
class MainWindow;
}

// GitLab's "User Settings > Access tokens" page as a window: summary counts, the form for a new
// token, and the tables of active and inactive tokens with their row actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum RowAction
    {
        RotateAction,
        RevokeAction,
        CreateSimilarAction
    };

    MainWindow(TokenBackend& backend, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    TokenTableModel* activeModel() const { return m_activeModel; }
    TokenTableModel* inactiveModel() const { return m_inactiveModel; }
    TokenForm* tokenForm() const { return m_form; }
    SecureClipboard* clipboard() const { return m_clipboard; }

public Q_SLOTS:
    void showTokenForm();
    void refresh();
    // Ask before revoking or rotating; the answer comes through a window-modal message box.
    void confirmRevoke(const AccessToken& token);
    void confirmRotate(const AccessToken& token);
    void createSimilar(const AccessToken& token);

Q_SIGNALS:
    // The active table (or its empty state) has been painted with the backend's first answer.
    void firstContentPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpTable(QTableView* view, TokenTableModel* model, RowActionsPanel* panel);
    void setUpSortChoices();
    void setUpTabOrder();
    void revealTokenForm();
    void hideTokenForm();
    bool submitFormOnEnter(QKeyEvent* event);
    void create(const TokenDraft& draft);
    void revoke(qint64 id, const QString& name);
    void rotate(qint64 id, const QString& name);
    void showSecret(const CreatedToken& created);
    void showError(const QString& what, const BackendError& error);
    void showLoadError(const BackendError& error);
    void onRowAction(TokenTableModel* model, int action, int row);
    void openRowMenu(QTableView* view, TokenTableModel* model, const QPoint& viewportPos);
    void onHeaderClicked(TokenTableModel* model, int section);
    void updateSortIndicators();
    void updateHeadings();
    void updateSummary(const TokenSummary& summary);
    void scheduleRefresh();
    void loadSecondaryContent();
    void refreshSummary();
    void applySearch();
    void setPending(qint64 id, bool pending);
    void relayoutPanels();
    void showPreferences();
    void showAbout();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    TokenBackend& m_backend;
    const Clock& m_clock;
    TokenTableModel* m_activeModel;
    TokenTableModel* m_inactiveModel;
    TokenForm* m_form;
    SecureClipboard* m_clipboard;
    QTimer* m_searchTimer;
    QSet<qint64> m_pending;
    bool m_refreshScheduled = false;
    bool m_firstPaintReported = false;
    bool m_secondaryRequested = false;
    QDate m_refreshDay;
};

} // namespace TokenDesk
