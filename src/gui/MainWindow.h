#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolBar;

namespace TokenDesk {

class Clock;
class GitLabBackend;
class RowActionsPanel;
class SecretDialog;
class SecretVault;
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
        CreateSimilarAction,
        CopyFromKeychainAction,
        UseForGitAction
    };

    MainWindow(TokenBackend& backend, const Clock& clock, QWidget* parent = nullptr);
    // With a vault, new secrets can be saved to the keychain and saved ones copied, replaced and deleted.
    MainWindow(TokenBackend& backend, const Clock& clock, SecretVault* vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows another backend from now on (e.g. another GitLab account): tables, summary, status bar,
    // administrator scopes and maximum lifetime are read again; answers still owed by the old backend are
    // ignored. The backend must outlive the window or the next setBackend().
    void setBackend(TokenBackend& backend);
    TokenBackend& backend() const { return *m_backend; }
    SecretVault* vault() const { return m_vault; }
    // The toolbar (objectName "mainToolBar"), where an account selector can go.
    QToolBar* mainToolBar() const { return m_toolBar; }
    // Whether someone answers reconnectRequested: then errors saying GitLab refused the access token
    // offer a "Reconnect…" button.
    void setReconnectAvailable(bool available);

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
    void copyFromKeychain(const AccessToken& token);
    void deleteSavedSecret(const AccessToken& token);
    // Asks for the host (window-modal input dialog), then lets git use the token's saved secret there.
    void askUseForGit(const AccessToken& token);

Q_SIGNALS:
    // The active table (or its empty state) has been painted with the backend's first answer.
    void firstContentPainted();
    // A token was rotated in this window; created holds the successor and its secret (for the account
    // selector, which replaces the account's credential when the token was the one it signs in with).
    void tokenRotated(qint64 oldId, const TokenDesk::CreatedToken& created);
    // A token was revoked in this window.
    void tokenRevoked(qint64 id);
    // The user asked to reconnect the account shown, whose access token GitLab refused.
    void reconnectRequested();

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
    // GitLab refused the draft for a regular user: create it on GitLab's page and paste it back.
    void showPasteTokenDialog(GitLabBackend& backend, const TokenDraft& draft, const QString& reason);
    void revoke(qint64 id, const QString& name, bool deleteSavedSecret);
    void rotate(qint64 id, const QString& name);
    void showSecret(const CreatedToken& created, std::optional<qint64> replacedId = std::nullopt);
    void saveToKeychain(SecretDialog* dialog, const AccessToken& token, const Secret& secret,
                        std::optional<qint64> replacedId);
    void useForGit(const AccessToken& token, const QString& host);
    void showGitSetup(const QString& host, const QString& tokenName, const QString& username);
    bool isSavedInKeychain(qint64 id) const;
    bool isBusy(qint64 id) const;
    void connectBackend();
    void loadAccountDetails();
    void showError(const QString& what, const BackendError& error);
    bool offersReconnect(const BackendError& error) const;
    void showLoadError(const BackendError& error);
    void connectListProgress();
    void updateLoadingIndicator();
    void showListProgress(int pagesDone, int pagesTotal);
    void cancelLoading();
    static QString loadingCancelledMessage();
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
    TokenBackend* m_backend;
    const Clock& m_clock;
    TokenTableModel* m_activeModel;
    TokenTableModel* m_inactiveModel;
    TokenForm* m_form;
    SecureClipboard* m_clipboard;
    QTimer* m_searchTimer;
    SecretVault* m_vault;
    QToolBar* m_toolBar;
    QLabel* m_backendLabel = nullptr;
    QMetaObject::Connection m_backendConnection;
    QMetaObject::Connection m_listProgressConnection;
    QProgressBar* m_loadingProgress = nullptr;
    QPushButton* m_cancelLoadingButton = nullptr;
    // Bumped by setBackend(): answers for an older generation are dropped.
    quint64 m_generation = 0;
    QSet<qint64> m_pending;
    bool m_refreshScheduled = false;
    bool m_firstPaintReported = false;
    bool m_secondaryRequested = false;
    bool m_reconnectAvailable = false;
    QDate m_refreshDay;
};

} // namespace TokenDesk
