#pragma once

#include "AccessToken.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace Ui {
class SecretDialog;
}

namespace TokenDesk {

class SecureClipboard;

// "Your new personal access token": shows a new secret once, masked until revealed, with Copy
// (through the secure clipboard). Closing it before the secret was copied or saved asks first,
// without a nested event loop. Once closed, the secret is wiped and cannot be shown again.
// Show it with open().
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const CreatedToken& created, SecureClipboard& clipboard, QWidget* parent = nullptr);
    ~SecretDialog() override;

    bool wasCopied() const;
    bool isSecretWiped() const;
    const AccessToken& token() const;

    // Issue 3 (keychain): shows "Save to keychain"; pressing it emits saveToKeychainRequested with the
    // secret. Call markSavedToKeychain() when the save succeeded, reportKeychainError() when it failed
    // (the secret then stays on screen).
    void setKeychainSaveAvailable(bool available);
    // Same as pressing "Save to keychain" (used when new tokens are saved automatically).
    void requestSaveToKeychain();
    void markSavedToKeychain();
    void reportKeychainError(const QString& message);
    bool wasSavedToKeychain() const;

    void done(int result) override;

Q_SIGNALS:
    void saveToKeychainRequested(const TokenDesk::AccessToken& token, const TokenDesk::Secret& secret);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copySecret();
    void setRevealed(bool revealed);
    void askToConfirmClose(int result);
    void wipeSecret();
    void setStatus(const QString& message);

    const std::unique_ptr<::Ui::SecretDialog> m_ui;
    AccessToken m_token;
    Secret m_secret;
    QPointer<SecureClipboard> m_clipboard;
    QPointer<QMessageBox> m_confirmation;
    bool m_copied = false;
    bool m_saved = false;
    bool m_closeConfirmed = false;
    bool m_wiped = false;
};

} // namespace TokenDesk
