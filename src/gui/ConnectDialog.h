#pragma once

#include "AccountRegistry.h"
#include "ConnectionCheck.h"
#include "GitLabOptions.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace TokenDesk {

struct BackendError;
class Clock;

// "Connect to GitLab…": instance URL and access token, checked with GET /user, /version and
// /personal_access_tokens/self. Shows who the token signs in as, its scopes and expiry (with a warning
// when it lacks `api` or expires within 14 days) and, only once that succeeded, saves the account:
// the token to the keychain, URL, username, CA file and timeout to the registry. Errors appear next to
// their field. "Advanced" holds the CA certificate file and the timeout. Show it with open().
// In reconnect mode (setReconnectAccount) it takes a new access token for a known account whose token
// GitLab refused: the URL is the account's, and only a token of the same user replaces its credential
// (a token of another user can be added as a new account instead).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ExpiryWarningDays = 14;
    static constexpr int DefaultTimeoutSeconds = 30;

    ConnectDialog(AccountRegistry& registry, const Clock& clock, GitLabOptions options = {},
                  QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // How links are opened; QDesktopServices::openUrl unless a test says otherwise.
    void setUrlOpener(std::function<void(const QUrl&)> opener);
    QPushButton* connectButton() const { return m_connectButton; }
    // The URL of GitLab's page for a new token named "TokenDesk" with the `api` scope.
    QUrl createTokenUrl() const;

    // Takes a new access token for this account: URL, CA file and timeout filled in, the URL read-only.
    void setReconnectAccount(const GitLabAccount& account);
    std::optional<GitLabAccount> reconnectAccount() const { return m_reconnect; }

    // Closing (Close, Cancel, Escape) while connecting abandons the attempt: a check still under way is
    // ignored, and an account whose keychain save has not answered yet is not added, nor is its token left
    // in the keychain.
    void done(int result) override;

public Q_SLOTS:
    void connectToInstance();
    void openCreateTokenPage();
    void browseCaFile();
    void setAdvancedShown(bool shown);
    // Reconnect mode, after a token of another user was refused: saves that user as another account.
    void addAsNewAccount();

Q_SIGNALS:
    // The account was checked and saved; key as AccountRegistry knows it.
    void accountConnected(const QString& key);
    // Reconnect mode: the new access token signs in as the account's user and replaced its credential.
    void credentialReplaced(const QString& key);

private:
    enum class Field
    {
        Url,
        Token,
        CaFile
    };

    std::optional<QUrl> instanceUrl() const;
    QString caFilePath() const;
    GitLabOptions connectionOptions() const;
    bool checkCaFile();
    void clearMessages();
    void showFieldError(Field field, const QString& message);
    void showConnection(const GitLabConnection& connection);
    void onIdentified(const ConnectionCheck::Identified& identified);
    void showError(const BackendError& error);
    void setBusy(bool busy);
    void setDismissButton(bool cancel);
    void wipeTokenField();
    void saveAccount(const ConnectionCheck::Identified& identified);
    void replaceCredential(const ConnectionCheck::Identified& identified);

    const std::unique_ptr<::Ui::ConnectDialog> m_ui;
    AccountRegistry& m_registry;
    const Clock& m_clock;
    GitLabOptions m_options;
    std::function<void(const QUrl&)> m_openUrl;
    QPushButton* m_connectButton;
    std::optional<GitLabAccount> m_reconnect;
    std::optional<ConnectionCheck::Identified> m_otherUser;
    quint64 m_attempt = 0;
    quint64 m_addition = 0; // AccountRegistry's id of the addition under way, 0 when none
};

} // namespace TokenDesk
