#pragma once

#include "AccessToken.h"
#include "BackendError.h"

#include <QObject>
#include <QSet>

#include <optional>

class QWidget;

namespace TokenDesk {

class Clock;
class SecretDialog;
class SecretVault;
class SecureClipboard;
class TokenBackend;
class TokenForm;

// Everything the window does to a token: rotate, revoke (each after asking), create from the form or
// like another token, copy a saved secret, let git use it, delete its saved secret; the one-time
// SecretDialog for a new secret; and the keychain follow-ups of create, rotate and revoke. Dialogs open
// window-modal over `window`. It tells the window what changed through its signals and shows nothing
// in the window itself.
class TokenActionsController : public QObject
{
    Q_OBJECT

public:
    TokenActionsController(TokenBackend& backend, const Clock& clock, SecretVault* vault,
                           SecureClipboard& clipboard, TokenForm& form, QWidget* window);
    ~TokenActionsController() override;

    // Acts for another backend from now on; answers the old one still owes are dropped.
    void setBackend(TokenBackend& backend);
    // An operation on the token is under way (here or in the keychain): its actions wait.
    bool isBusy(qint64 id) const;
    bool isSavedInKeychain(qint64 id) const;

public Q_SLOTS:
    // One of TokenTableView::RowAction.
    void trigger(int action, const TokenDesk::AccessToken& token);
    void confirmRevoke(const TokenDesk::AccessToken& token);
    void confirmRotate(const TokenDesk::AccessToken& token);
    void copyFromKeychain(const TokenDesk::AccessToken& token);
    void deleteSavedSecret(const TokenDesk::AccessToken& token);
    // Asks for the host (window-modal input dialog), then lets git use the token's saved secret there.
    void askUseForGit(const TokenDesk::AccessToken& token);
    // Creates the form's draft; the form shows field errors or is finished (formFinished()).
    void create(const TokenDesk::TokenDraft& draft);

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    void failed(const QString& what, const TokenDesk::BackendError& error);
    // Which tokens are busy, or saved in the keychain, changed.
    void busyChanged();
    void createSimilarRequested(const TokenDesk::AccessToken& token);
    // The form's token exists now (created here or pasted back from the server's page).
    void formFinished();
    void tokenCreated(const TokenDesk::CreatedToken& created);
    void tokenRevoked(const TokenDesk::AccessToken& revoked);
    void tokenRotated(qint64 oldId, const TokenDesk::CreatedToken& created);
    // A rotate or revoke failed: what the backend holds now is not known here.
    void changeFailed();

private:
    void revoke(qint64 id, const QString& name, bool deleteSavedSecret);
    void rotate(qint64 id, const QString& name);
    void useForGit(const AccessToken& token, const QString& host);
    bool showPasteTokenDialog(const TokenDraft& draft, const QString& reason);
    void showSecret(const CreatedToken& created, std::optional<qint64> replacedId = std::nullopt);
    void setPending(qint64 id, bool pending);

    // Keychain follow-ups of create, rotate and revoke.
    void saveToKeychain(SecretDialog* dialog, const AccessToken& token, const Secret& secret,
                        std::optional<qint64> replacedId);
    void forgetAfterRevoke(const QString& identity, qint64 id, const QString& name);

    TokenBackend* m_backend;
    const Clock& m_clock;
    SecretVault* m_vault;
    SecureClipboard& m_clipboard;
    TokenForm& m_form;
    QWidget* m_window;
    // Bumped by setBackend(): answers for an older generation are dropped.
    quint64 m_generation = 0;
    QSet<qint64> m_pending;
};

} // namespace TokenDesk
