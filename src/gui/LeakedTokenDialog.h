#pragma once

#include "AccessToken.h"
#include "Secret.h"
#include "TokenOperations.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LeakedTokenDialog;
}

namespace TokenDesk {

// Tokens > "Revoke a leaked token…": the pasted secret (a password field; text that is not shaped like
// a token is refused beside the field) is identified on the account shown ("Check": owner, name, scopes,
// last use and addresses, where), then revoked with the secret itself after a confirmation
// (TokenBackend::revokeBySecret), whoever owns it. When its secret was saved in the keychain or mapped
// for git, the dialog says so and offers to forget it. The pasted text is wiped from the field and from
// memory when the dialog closes; it is never stored or logged. Show it with open().
class LeakedTokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LeakedTokenDialog(TokenOperations operations, QWidget* parent = nullptr);
    ~LeakedTokenDialog() override;

    // Whether the text could be a token (GitLab's "glpat-…" and its other prefixes).
    static bool isTokenShaped(const QString& text);
    std::optional<AccessToken> identifiedToken() const { return m_token; }
    QString resultText() const;
    QString errorText() const;

    void done(int result) override;

public Q_SLOTS:
    void check();
    void askRevoke();
    void forgetSavedSecret();

Q_SIGNALS:
    void tokenRevoked(const TokenDesk::AccessToken& token);

private:
    void showError(const QString& message);
    void showResult(const QString& owner);
    void revoke();
    void afterRevoke(const AccessToken& token);
    void setBusy(bool busy);
    void reset();
    void wipe();

    const std::unique_ptr<::Ui::LeakedTokenDialog> m_ui;
    const TokenOperations m_operations;
    std::optional<AccessToken> m_token;
    Secret m_secret;
    bool m_busy = false;
};

} // namespace TokenDesk
