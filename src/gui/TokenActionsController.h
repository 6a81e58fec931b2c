#pragma once

#include "AccessToken.h"
#include "AccountSession.h"
#include "BackendError.h"
#include "TokenOperations.h"

#include <QObject>
#include <QSet>

#include <optional>

class QWidget;

namespace TokenDesk {

class Clock;
class SecretDialog;
class SecureClipboard;
class TokenForm;

// Everything the window does to a token: rotate, revoke (each after asking), create from the form or
// like another token, copy a saved secret, let git use it, delete its saved secret; and the one-time
// SecretDialog for a new secret. The work and its keychain follow-ups are the session layer's
// (TokenOperations): each action stays bound to the session it started on, so a create or rotate
// answered after an account switch still shows its secret, and "Save to keychain" saves under the
// account that made the token. Dialogs open window-modal over `window`. It tells the window what
// changed (for the session shown) through its signals and shows nothing in the window itself.
class TokenActionsController : public QObject
{
    Q_OBJECT

public:
    TokenActionsController(AccountSession::Ptr session, const Clock& clock, SecureClipboard& clipboard,
                           TokenForm& form, QWidget* window);
    ~TokenActionsController() override;

    // Acts for another session from now on. Reads the old one still owes are dropped; its creates and
    // rotates still show their secrets.
    void setSession(AccountSession::Ptr session);
    const AccountSession::Ptr& session() const { return m_session; }
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
    // A token made on the server's own page was pasted back and identified.
    void tokenAdded(const TokenDesk::AccessToken& token);
    void tokenRevoked(const TokenDesk::AccessToken& revoked);
    void tokenRotated(qint64 oldId, const TokenDesk::CreatedToken& created);
    // A rotate or revoke failed: what the backend holds now is not known here.
    void changeFailed();

private:
    TokenOperations operations() const { return TokenOperations(m_session); }
    bool isShown(const AccountSession::Ptr& session) const { return session == m_session; }
    void revoke(qint64 id, const QString& name, bool deleteSavedSecret);
    void rotate(qint64 id, const QString& name);
    void useForGit(const AccessToken& token, const QString& host);
    bool showPasteTokenDialog(const TokenOperations& operations, const TokenDraft& draft,
                              const QString& reason);
    // operations: of the session that made the token; its secret is saved there.
    void showSecret(const TokenOperations& operations, const CreatedToken& created,
                    std::optional<qint64> replacedId = std::nullopt);
    void saveToKeychain(const TokenOperations& operations, SecretDialog* dialog, const AccessToken& token,
                        const Secret& secret, std::optional<qint64> replacedId);
    void setPending(qint64 id, bool pending);

    AccountSession::Ptr m_session;
    const Clock& m_clock;
    SecureClipboard& m_clipboard;
    TokenForm& m_form;
    QWidget* m_window;
    QSet<qint64> m_pending;
};

} // namespace TokenDesk
