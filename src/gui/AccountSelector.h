#pragma once

#include "AccountSession.h"
#include "ConnectDialog.h"
#include "GitLabOptions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QToolButton;

namespace TokenDesk {

class AccountRegistry;
class Clock;
class MainWindow;
class TokenBackend;

// The toolbar's "Account" choice: the offline store and every connected GitLab account ("alice @ host"),
// with "Connect to GitLab…" and "Remove account". Choosing a GitLab account opens an AccountSession for
// it (credential from the keychain, then who signs in) and then emits sessionChanged and backendChanged;
// the offline store is the backend given at construction. The choice is remembered in the registry.
class AccountSelector : public QWidget
{
    Q_OBJECT

public:
    AccountSelector(AccountRegistry& registry, TokenBackend& offlineBackend, const Clock& clock,
                    GitLabOptions options = {}, QWidget* parent = nullptr);
    ~AccountSelector() override;

    TokenBackend& currentBackend() const;
    // The session shown now (the offline store's when no account is chosen); never null.
    AccountSession::Ptr currentSession() const { return m_current; }
    QString currentKey() const { return m_currentKey; }
    // The offline store's session (the backend given at construction).
    AccountSession::Ptr offlineSession() const { return m_offline; }
    bool isSwitching() const { return m_pending != nullptr; }
    QComboBox* comboBox() const { return m_combo; }
    QAction* connectAction() const { return m_connectAction; }
    QAction* removeAction() const { return m_removeAction; }
    // The open "Connect to GitLab…" dialog, if any.
    ConnectDialog* connectDialog() const { return m_connectDialog; }
    // The open "Reconnect to GitLab" dialog, if any.
    ConnectDialog* reconnectDialog() const { return m_reconnectDialog; }

    // Puts the selector in the window's toolbar: the window shows each session chosen, and problems
    // appear in a window-modal message box.
    void attach(MainWindow& window);

public Q_SLOTS:
    // Switches to the account chosen last (call once, after connecting backendChanged).
    void restoreChoice();
    void selectAccount(const QString& key);
    void showConnectDialog();
    // Asks for a new access token of this account (its token was refused); a token of the same user
    // replaces the credential, and the account is then (re)selected with it.
    void showReconnectDialog(const QString& key);
    // Asks first (window-modal, without a nested event loop).
    void confirmRemoveAccount();

Q_SIGNALS:
    // Another session is in use. The previous one lives on while writes it started are under way.
    void sessionChanged(const TokenDesk::AccountSession::Ptr& session);
    // The backend of the new session (emitted right after sessionChanged).
    void backendChanged(TokenDesk::TokenBackend& backend);
    // Switching failed (keychain, network, refused token); the previous choice stays. reconnectKey names
    // the account whose access token GitLab refused (empty for other problems): it can reconnect.
    void problem(const QString& message, const QString& reconnectKey);

private:
    void reloadEntries();
    void showCurrentEntry();
    void onComboActivated(int index);
    void watch(const AccountSession::Ptr& session);
    void finishSwitch(const QString& key, AccountSession::Ptr session);
    void failSwitch(const QString& message, const QString& reconnectKey = {});
    void removeAccount(const QString& key);
    void updateActions();

    AccountRegistry& m_registry;
    const Clock& m_clock;
    GitLabOptions m_options;
    QLabel* m_label;
    QComboBox* m_combo;
    QToolButton* m_connectButton;
    QToolButton* m_removeButton;
    QAction* m_connectAction;
    QAction* m_removeAction;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ConnectDialog> m_reconnectDialog;
    const AccountSession::Ptr m_offline;
    AccountSession::Ptr m_current;
    AccountSession::Ptr m_pending;
    QString m_currentKey;
    quint64 m_switchId = 0;
};

} // namespace TokenDesk
