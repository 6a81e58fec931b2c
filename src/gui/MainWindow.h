#pragma once

#include "AccessToken.h"
#include "BackendError.h"
#include "LeakResponse.h"
#include "Resource.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QToolBar;

namespace TokenDesk {

class AccountSession;
class CalendarExportController;
class Clock;
class ErrorMessages;
class LoadingIndicator;
class ResourceChooser;
class ResourceNavigation;
class ResourceOverviewPage;
class SecretVault;
class SecureClipboard;
class SummaryLabels;
class TokenActionsController;
class TokenBackend;
class TokenChanges;
class TokenForm;
class TokenFilters;
class TokenFormSection;
class TokenQueryControls;
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
    MainWindow(TokenBackend& backend, const Clock& clock, QWidget* parent = nullptr);
    // With a vault, new secrets can be saved to the keychain and saved ones copied, replaced and deleted.
    MainWindow(TokenBackend& backend, const Clock& clock, SecretVault* vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows another backend from now on (e.g. another GitLab account): tables, summary, status bar,
    // administrator scopes and maximum lifetime are read again; answers still owed by the old backend are
    // ignored. The backend must outlive the window or the next setBackend().
    void setBackend(TokenBackend& backend);
    // Shows the session's backend (as setBackend) and acts through it: its token operations, the
    // keychain under its identity, its sign-in token. Writes it started before go on in the background.
    // Another account's session shows its personal tokens first ("Tokens of" goes back to Personal).
    void setSession(const std::shared_ptr<TokenDesk::AccountSession>& session);
    // The session acted through now: the account's, or one of its groups' or projects' (the choice of
    // "Tokens of"); the account's while "All my resources" is shown.
    std::shared_ptr<TokenDesk::AccountSession> currentSession() const;
    ResourceChooser* resourceChooser() const { return m_chooser; }
    ResourceOverviewPage* overviewPage() const { return m_overview; }
    TokenBackend& backend() const { return *m_backend; }
    SecretVault* vault() const { return m_vault; }
    // The toolbar (objectName "mainToolBar"), where an account selector can go.
    QToolBar* mainToolBar() const { return m_toolBar; }
    // Whether someone answers reconnectRequested: then errors saying GitLab refused the access token
    // offer a "Reconnect…" button.
    void setReconnectAvailable(bool available);
    // Where Tokens > "Revoke a leaked token…" looks for a pasted secret; without it, the account shown.
    void setLeakPlaces(std::function<QList<TokenDesk::LeakResponse::Place>()> places);
    // Tokens > "Export calendar…"; it reads the account shown unless given its sources (setSources).
    CalendarExportController* calendarExport() const { return m_calendar; }

    TokenTableModel* activeModel() const { return m_activeModel; }
    TokenTableModel* inactiveModel() const { return m_inactiveModel; }
    TokenForm* tokenForm() const { return m_form; }
    SecureClipboard* clipboard() const { return m_clipboard; }
    TokenActionsController* actions() const { return m_actions; }
    TokenFilters* filters() const { return m_filters; }

public Q_SLOTS:
    void showTokenForm();
    void refresh();
    // Ask before revoking or rotating; the answer comes through a window-modal message box.
    void confirmRevoke(const TokenDesk::AccessToken& token);
    void confirmRotate(const TokenDesk::AccessToken& token);
    void createSimilar(const TokenDesk::AccessToken& token);
    void copyFromKeychain(const TokenDesk::AccessToken& token);
    void deleteSavedSecret(const TokenDesk::AccessToken& token);
    // Asks for the host (window-modal input dialog), then lets git use the token's saved secret there.
    void askUseForGit(const TokenDesk::AccessToken& token);

Q_SIGNALS:
    // The active table (or its empty state) has been painted with the backend's first answer.
    void firstContentPainted();
    // A token of the session shown was rotated in this window; created holds the successor and its
    // secret. (The session itself follows a rotation of the token it signs in with.)
    void tokenRotated(qint64 oldId, const TokenDesk::CreatedToken& created);
    // A token was revoked in this window.
    void tokenRevoked(qint64 id);
    // The user asked to reconnect the account shown, whose access token GitLab refused.
    void reconnectRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showBackend(TokenBackend& backend);
    // Shows the tokens of the account's session or of one of its resources' sessions.
    void showSession(const std::shared_ptr<TokenDesk::AccountSession>& session);
    void showOverview();
    void updatePageTexts();
    void setUpTables();
    void setUpActions();
    void setUpTabOrder();
    void loadAccountDetails();
    void updateLoadingIndicator();
    void updateSortIndicators();
    void updateHeadings();
    void scheduleRefresh();
    // A change made here was applied to the tables; summaryFollowed: the counts followed it too.
    void applied(bool summaryFollowed);
    void loadSecondaryContent();
    void refreshSummary();
    void applySearch(const QString& search);
    void relayoutPanels();
    void showPreferences();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<SummaryLabels> m_summary;
    std::unique_ptr<TokenChanges> m_changes;
    TokenBackend* m_backend;
    const Clock& m_clock;
    TokenTableModel* m_activeModel;
    TokenTableModel* m_inactiveModel;
    TokenForm* m_form;
    SecureClipboard* m_clipboard;
    SecretVault* m_vault;
    QToolBar* m_toolBar;
    QLabel* m_backendLabel = nullptr;
    LoadingIndicator* m_loading = nullptr;
    TokenQueryControls* m_query = nullptr;
    TokenFormSection* m_formSection = nullptr;
    TokenFilters* m_filters = nullptr;
    TokenActionsController* m_actions = nullptr;
    CalendarExportController* m_calendar = nullptr;
    ErrorMessages* m_errors = nullptr;
    ResourceChooser* m_chooser = nullptr;
    ResourceOverviewPage* m_overview = nullptr;
    ResourceNavigation* m_navigation = nullptr;
    QString m_personalExplanation;
    std::function<QList<LeakResponse::Place>()> m_leakPlaces;
    // Bumped by setBackend(): answers for an older generation are dropped.
    quint64 m_generation = 0;
    quint64 m_summarySerial = 0;
    bool m_summaryInFlight = false;
    bool m_refreshScheduled = false;
    bool m_firstPaintReported = false;
    bool m_secondaryRequested = false;
    QDate m_refreshDay;
};

} // namespace TokenDesk
