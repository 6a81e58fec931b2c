#pragma once

#include "AccountRegistry.h"
#include "GitLabOptions.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace TokenDesk {

struct BackendError;
class Clock;
class GitLabBackend;

// "Connect to GitLab…": instance URL and access token, checked with GET /user, /version and
// /personal_access_tokens/self. Shows who the token signs in as, its scopes and expiry (with a warning
// when it lacks `api` or expires within 14 days) and, only once that succeeded, saves the account:
// the token to the keychain, URL and username to the registry. Errors appear next to their field.
// Show it with open().
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ExpiryWarningDays = 14;

    ConnectDialog(AccountRegistry& registry, const Clock& clock, GitLabOptions options = {},
                  QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // How links are opened; QDesktopServices::openUrl unless a test says otherwise.
    void setUrlOpener(std::function<void(const QUrl&)> opener);
    QPushButton* connectButton() const { return m_connectButton; }
    // The URL of GitLab's page for a new token named "TokenDesk" with the `api` scope.
    QUrl createTokenUrl() const;

public Q_SLOTS:
    void connectToInstance();
    void openCreateTokenPage();

Q_SIGNALS:
    // The account was checked and saved; key as AccountRegistry knows it.
    void accountConnected(const QString& key);

private:
    std::optional<QUrl> instanceUrl() const;
    void clearMessages();
    void showFieldError(bool tokenField, const QString& message);
    void showConnection(const GitLabConnection& connection);
    void showError(const BackendError& error);
    void setBusy(bool busy);
    void saveAccount(const GitLabConnection& connection);

    const std::unique_ptr<::Ui::ConnectDialog> m_ui;
    AccountRegistry& m_registry;
    const Clock& m_clock;
    GitLabOptions m_options;
    std::function<void(const QUrl&)> m_openUrl;
    QPushButton* m_connectButton;
    std::unique_ptr<GitLabBackend> m_backend;
    quint64 m_attempt = 0;
};

} // namespace TokenDesk
