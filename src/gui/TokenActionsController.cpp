#include "TokenActionsController.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Confirmations.h"
#include "GitCredentialMap.h"
#include "GitHostDialog.h"
#include "PasteTokenDialog.h"
#include "SecretDialog.h"
#include "SecureClipboard.h"
#include "TokenBackend.h"
#include "TokenForm.h"
#include "TokenTableView.h"
#include "Validation.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

namespace TokenDesk {

TokenActionsController::TokenActionsController(AccountSession::Ptr session, const Clock& clock,
                                               SecureClipboard& clipboard, TokenForm& form, QWidget* window)
    : QObject(window), m_session(std::move(session)), m_clock(clock), m_clipboard(clipboard), m_form(form),
      m_window(window)
{
    connect(&m_form, &TokenForm::createRequested, this, &TokenActionsController::create);
}

TokenActionsController::~TokenActionsController() = default;

void TokenActionsController::setSession(AccountSession::Ptr session)
{
    const bool sameBackend = session->backend() == m_session->backend();
    m_session = std::move(session);
    if (!sameBackend)
        m_pending.clear();
}

bool TokenActionsController::isSavedInKeychain(qint64 id) const
{
    return operations().isSaved(id);
}

bool TokenActionsController::isBusy(qint64 id) const
{
    return m_pending.contains(id) || operations().isKeychainBusy(id);
}

void TokenActionsController::setPending(qint64 id, bool pending)
{
    if (pending)
        m_pending.insert(id);
    else
        m_pending.remove(id);
    Q_EMIT busyChanged();
}

void TokenActionsController::trigger(int action, const AccessToken& token)
{
    switch (action) {
    case TokenTableView::RotateAction:
        confirmRotate(token);
        break;
    case TokenTableView::RevokeAction:
        confirmRevoke(token);
        break;
    case TokenTableView::CreateSimilarAction:
        Q_EMIT createSimilarRequested(token);
        break;
    case TokenTableView::CopyFromKeychainAction:
        copyFromKeychain(token);
        break;
    case TokenTableView::UseForGitAction:
        askUseForGit(token);
        break;
    case TokenTableView::DeleteSavedSecretAction:
        deleteSavedSecret(token);
        break;
    default:
        break;
    }
}

// --- revoke and rotate ----------------------------------------------------------------------------

void TokenActionsController::confirmRevoke(const AccessToken& token)
{
    if (isBusy(token.id))
        return;
    Confirmations::RevokeQuestion question;
    question.signsInWithIt = m_session->isSignInToken(token.id);
    question.accountName = m_session->backend()->displayName();
    question.offerDeleteSavedSecret = isSavedInKeychain(token.id);
    const qint64 id = token.id;
    const QString name = token.name;
    Confirmations::askRevoke(m_window, token, question, this,
                             [this, id, name](bool deleteSaved) { revoke(id, name, deleteSaved); });
}

void TokenActionsController::confirmRotate(const AccessToken& token)
{
    if (isBusy(token.id))
        return;
    const qint64 id = token.id;
    const QString name = token.name;
    Confirmations::askRotate(m_window, token, m_clock.todayUtc().addDays(Validation::DefaultRotationDays),
                             this, [this, id, name] { rotate(id, name); });
}

void TokenActionsController::revoke(qint64 id, const QString& name, bool deleteSavedSecret)
{
    setPending(id, true);
    const AccountSession::Ptr session = m_session;
    operations().revoke(
        id, deleteSavedSecret, this, [this, session, id, name](Result<TokenOperations::Revocation> result) {
            const bool shown = isShown(session);
            if (shown)
                setPending(id, false);
            if (!result) {
                Q_EMIT failed(result.error().kind == BackendError::Kind::Authentication
                                  ? tr("Could not revoke the token '%1': GitLab refused the account's access "
                                       "token, so the token was not revoked.")
                                        .arg(name)
                                  : tr("Could not revoke the token '%1'.").arg(name),
                              result.error());
                if (shown)
                    Q_EMIT changeFailed();
                return;
            }
            const TokenOperations::Revocation& revocation = result.value();
            if (revocation.keychainError)
                Q_EMIT failed(tr("The token '%1' was revoked, but its saved secret could not be deleted from "
                                 "the keychain.")
                                  .arg(name),
                              *revocation.keychainError);
            else
                Q_EMIT statusMessage(
                    revocation.secretDeleted
                        ? tr("Revoked the token '%1' and deleted its saved secret.").arg(name)
                        : tr("Revoked the token '%1'.").arg(name),
                    5000);
            if (shown)
                Q_EMIT tokenRevoked(revocation.token);
        });
}

void TokenActionsController::rotate(qint64 id, const QString& name)
{
    setPending(id, true);
    const AccountSession::Ptr session = m_session;
    const TokenOperations operations(session);
    operations.rotate(
        id, std::nullopt, this, [this, operations, id, name](Result<TokenOperations::Rotation> result) {
            const bool shown = isShown(operations.session());
            if (shown)
                setPending(id, false);
            if (!result) {
                Q_EMIT failed(result.error().kind == BackendError::Kind::Authentication
                                  ? tr("Could not rotate the token '%1': GitLab refused the account's access "
                                       "token, so the token was not rotated and is unchanged.")
                                        .arg(name)
                                  : tr("Could not rotate the token '%1'.").arg(name),
                              result.error());
                if (shown)
                    Q_EMIT changeFailed();
                return;
            }
            const TokenOperations::Rotation& rotation = result.value();
            Q_EMIT statusMessage(tr("Rotated the token '%1'.").arg(name), 5000);
            if (shown)
                Q_EMIT tokenRotated(id, rotation.created);
            // Also after a switch to another account: the old secret no longer works, so the new one
            // must be seen.
            showSecret(operations, rotation.created,
                       rotation.replacesSavedSecret ? std::optional<qint64>(rotation.replacedId)
                                                    : std::nullopt);
        });
}

// --- create ---------------------------------------------------------------------------------------

void TokenActionsController::create(const TokenDraft& draft)
{
    m_form.setBusy(true);
    const TokenOperations operations(m_session);
    operations.create(draft, this, [this, operations, draft](Result<CreatedToken> result) {
        // Answered for an account no longer shown: the form belongs to the one shown now, but a new
        // secret is still shown once.
        const bool shown = isShown(operations.session());
        if (!result) {
            const BackendError& error = result.error();
            if (shown && error.kind == BackendError::Kind::Validation && !error.fieldErrors.isEmpty()) {
                m_form.showFieldErrors(error.fieldErrors);
                return;
            }
            if (shown)
                m_form.setBusy(false);
            if (error.remedy == BackendError::Remedy::UseServerPage &&
                showPasteTokenDialog(operations, draft, error.message))
                return;
            if (error.kind == BackendError::Kind::Authentication) {
                Q_EMIT failed(
                    tr("Could not create the token '%1': GitLab refused the account's access token, "
                       "so nothing was created. The form keeps what you entered.")
                        .arg(draft.name),
                    error);
            } else {
                Q_EMIT failed(tr("Could not create the token."), error);
            }
            return;
        }
        if (shown) {
            m_form.setBusy(false);
            Q_EMIT formFinished();
        }
        Q_EMIT statusMessage(tr("Created the token '%1'.").arg(result.value().token.name), 5000);
        if (shown)
            Q_EMIT tokenCreated(result.value());
        showSecret(operations, result.value());
    });
}

bool TokenActionsController::showPasteTokenDialog(const TokenOperations& operations, const TokenDraft& draft,
                                                  const QString& reason)
{
    if (!operations.backend() || !operations.backend()->capabilities().webTokenPage)
        return false;
    auto* dialog = new PasteTokenDialog(operations, draft, reason, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const AccountSession::Ptr session = operations.session();
    connect(dialog, &PasteTokenDialog::tokenIdentified, this, [this, session](const AccessToken& token) {
        Q_EMIT formFinished();
        Q_EMIT statusMessage(tr("Added the token '%1'.").arg(token.name), 5000);
        // The tables show the account the token was made for.
        if (isShown(session))
            Q_EMIT tokenAdded(token);
    });
    dialog->open();
    return true;
}

void TokenActionsController::showSecret(const TokenOperations& operations, const CreatedToken& created,
                                        std::optional<qint64> replacedId)
{
    auto* dialog = new SecretDialog(created, m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool keychain = operations.keychainAvailable();
    if (keychain) {
        if (replacedId && !operations.isSaved(*replacedId))
            replacedId.reset();
        dialog->setKeychainSaveAvailable(true);
        connect(dialog, &SecretDialog::saveToKeychainRequested, this,
                [this, operations, dialog, replacedId](const AccessToken& token, const Secret& secret) {
                    saveToKeychain(operations, dialog, token, secret, replacedId);
                });
    }
    dialog->open();
    if (keychain && (replacedId || AppSettings::autoSaveToKeychain()))
        dialog->requestSaveToKeychain();
}

void TokenActionsController::saveToKeychain(const TokenOperations& operations, SecretDialog* dialog,
                                            const AccessToken& token, const Secret& secret,
                                            std::optional<qint64> replacedId)
{
    const QPointer<SecretDialog> guard(dialog);
    operations.saveSecret(token, secret, replacedId, this, [this, guard](Result<bool> saved) {
        Q_EMIT busyChanged();
        if (!guard)
            return;
        if (saved)
            guard->markSavedToKeychain();
        else
            guard->reportKeychainError(tr("Not saved to the keychain: %1").arg(saved.error().message));
    });
}

// --- the keychain's own actions -------------------------------------------------------------------

void TokenActionsController::copyFromKeychain(const AccessToken& token)
{
    if (!operations().keychainAvailable() || isBusy(token.id))
        return;
    const AccountSession::Ptr session = m_session;
    const QString name = token.name;
    operations().loadSecret(token.id, this, [this, session, name](Result<Secret> loaded) {
        if (!isShown(session))
            return;
        if (!loaded) {
            Q_EMIT failed(tr("Could not copy the token '%1' from the keychain.").arg(name), loaded.error());
            return;
        }
        Secret secret = std::move(loaded).value();
        m_clipboard.copy(secret);
        secret.wipe();
        const auto seconds = static_cast<int>(
            std::chrono::duration_cast<std::chrono::seconds>(m_clipboard.clearDelay()).count());
        Q_EMIT statusMessage(seconds > 0 ? tr("Copied the token '%1' from the keychain. The clipboard "
                                              "will be cleared in %n second(s).",
                                              nullptr, seconds)
                                               .arg(name)
                                         : tr("Copied the token '%1' from the keychain.").arg(name),
                             10000);
    });
}

void TokenActionsController::deleteSavedSecret(const AccessToken& token)
{
    if (!operations().keychainAvailable() || isBusy(token.id))
        return;
    const QString name = token.name;
    operations().forgetSecret(token.id, this, [this, name](Result<bool> removed) {
        if (!removed) {
            Q_EMIT failed(tr("Could not delete the saved secret of '%1' from the keychain.").arg(name),
                          removed.error());
            return;
        }
        Q_EMIT statusMessage(tr("Deleted the saved secret of '%1' from the keychain.").arg(name), 5000);
    });
}

void TokenActionsController::askUseForGit(const AccessToken& token)
{
    if (!operations().keychainAvailable() || isBusy(token.id) || !isSavedInKeychain(token.id))
        return;
    auto* dialog = new GitHostDialog(token.name, m_session->gitHost(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, token](const QString& host) { useForGit(token, host.trimmed()); });
    dialog->open();
}

void TokenActionsController::useForGit(const AccessToken& token, const QString& host)
{
    if (!operations().keychainAvailable())
        return;
    const auto notAHost = [this](const QString& text) {
        Q_EMIT failed(
            tr("'%1' is not a host name.").arg(text),
            BackendError::make(BackendError::Kind::Validation, tr("Enter a host name such as gitlab.com.")));
    };
    if (GitCredentialMap::normalizeHost(host).isEmpty()) {
        notAHost(host);
        return;
    }
    const AccountSession::Ptr session = m_session;
    const QString name = token.name;
    operations().useForGit(
        token, host, this, [this, session, name, host, notAHost](Result<GitCredentialMap::Entry> entry) {
            if (!isShown(session))
                return;
            if (!entry) {
                if (entry.error().kind == BackendError::Kind::Validation)
                    return notAHost(host);
                Q_EMIT failed(tr("Could not set up git for %1.").arg(host), entry.error());
                return;
            }
            GitHostDialog::showSetup(m_window, entry.value().host, name, entry.value().username);
            Q_EMIT statusMessage(tr("git will use the token '%1' for %2.").arg(name, entry.value().host),
                                 10000);
        });
}

} // namespace TokenDesk
