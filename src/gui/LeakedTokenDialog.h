#pragma once

#include "AccessToken.h"
#include "LeakResponse.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LeakedTokenDialog;
}

namespace TokenDesk {

// Tokens > "Revoke a leaked token…": the pasted secret (a password field; text that is not shaped like
// a token is refused beside the field) is looked up at every place TokenDesk knows (LeakResponse: the
// connected accounts' instances, then the local store). "Check" shows what it is (owner, name, scopes,
// last use and addresses, where); "Revoke" revokes it with the secret itself after a confirmation,
// whoever owns it. When TokenDesk kept its secret in the keychain or mapped it for git, the dialog says
// so and offers to forget it. The pasted text is wiped from the field and from memory when the dialog
// closes; it is never stored or logged. Show it with open().
class LeakedTokenDialog : public QDialog
{
    Q_OBJECT

public:
    LeakedTokenDialog(QList<LeakResponse::Place> places, const Clock& clock, SecretVault* vault,
                      QWidget* parent = nullptr);
    ~LeakedTokenDialog() override;

    // Whether the text could be a token (GitLab's "glpat-…" and its other prefixes).
    static bool isTokenShaped(const QString& text);
    std::optional<AccessToken> identifiedToken() const;
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
    void showSearch(const LeakResponse::Search& search);
    void revoke();
    void afterRevoke(const AccessToken& token);
    void setBusy(bool busy);
    void reset();
    void wipe();

    const std::unique_ptr<::Ui::LeakedTokenDialog> m_ui;
    const QList<LeakResponse::Place> m_places;
    const Clock& m_clock;
    SecretVault* m_vault;
    LeakResponse* m_response = nullptr;
    std::optional<LeakResponse::Finding> m_finding;
    bool m_busy = false;
};

} // namespace TokenDesk
