#include "TokenActionsController.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Confirmations.h"
#include "GitCredentialMap.h"
#include "GitHostDialog.h"
#include "GitLabBackend.h"
#include "PasteTokenDialog.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "TokenBackend.h"
#include "TokenForm.h"
#include "TokenTableView.h"
#include "Validation.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

namespace TokenDesk {

TokenActionsController::TokenActionsController(TokenBackend& backend, const Clock& clock, SecretVault* vault,
                                               SecureClipboard& clipboard, TokenForm& form, QWidget* window)
    : QObject(window), m_backend(&backend), m_clock(clock), m_vault(vault), m_clipboard(clipboard),
      m_form(form), m_window(window)
{
    connect(&m_form, &TokenForm::createRequested, this, &TokenActionsController::create);
}

TokenActionsController::~TokenActionsController() = default;

void TokenActionsController::setBackend(TokenBackend& backend)
{
    ++m_generation;
    m_backend = &backend;
    m_pending.clear();
}

bool TokenActionsController::isSavedInKeychain(qint64 id) const
{
    return m_vault && m_vault->isSaved(m_backend->identity(), id);
}

bool TokenActionsController::isBusy(qint64 id) const
{
    return m_pending.contains(id) || (m_vault && m_vault->isPending(m_backend->identity(), id));
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
    question.signsInWithIt = m_backend->signInTokenId() == token.id;
    question.accountName = m_backend->displayName();
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
    const quint64 generation = m_generation;
    const QString identity = m_backend->identity();
    m_backend->revoke(id, this,
                      [this, generation, identity, id, name, deleteSavedSecret](Result<AccessToken> result) {
                          if (generation != m_generation)
                              return;
                          setPending(id, false);
                          if (!result) {
                              Q_EMIT failed(result.error().kind == BackendError::Kind::Authentication
                                                ? tr("Could not revoke the token '%1': GitLab refused the "
                                                     "account's access token, so the token was not revoked.")
                                                      .arg(name)
                                                : tr("Could not revoke the token '%1'.").arg(name),
                                            result.error());
                              Q_EMIT changeFailed();
                              return;
                          }
                          Q_EMIT statusMessage(tr("Revoked the token '%1'.").arg(name), 5000);
                          Q_EMIT tokenRevoked(result.value());
                          if (deleteSavedSecret)
                              forgetAfterRevoke(identity, id, name);
                      });
}

void TokenActionsController::rotate(qint64 id, const QString& name)
{
    setPending(id, true);
    const quint64 generation = m_generation;
    m_backend->rotate(id, std::nullopt, this, [this, generation, id, name](Result<CreatedToken> result) {
        if (generation != m_generation)
            return;
        setPending(id, false);
        if (!result) {
            Q_EMIT failed(result.error().kind == BackendError::Kind::Authentication
                              ? tr("Could not rotate the token '%1': GitLab refused the account's access "
                                   "token, so the token was not rotated and is unchanged.")
                                    .arg(name)
                              : tr("Could not rotate the token '%1'.").arg(name),
                          result.error());
            Q_EMIT changeFailed();
            return;
        }
        Q_EMIT statusMessage(tr("Rotated the token '%1'.").arg(name), 5000);
        Q_EMIT tokenRotated(id, result.value());
        showSecret(result.value(), id);
    });
}

// --- create ---------------------------------------------------------------------------------------

void TokenActionsController::create(const TokenDraft& draft)
{
    m_form.setBusy(true);
    const quint64 generation = m_generation;
    m_backend->create(draft, this, [this, generation, draft](Result<CreatedToken> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            const BackendError& error = result.error();
            if (error.kind == BackendError::Kind::Validation && !error.fieldErrors.isEmpty()) {
                m_form.showFieldErrors(error.fieldErrors);
                return;
            }
            m_form.setBusy(false);
            if (error.remedy == BackendError::Remedy::UseServerPage &&
                showPasteTokenDialog(draft, error.message))
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
        m_form.setBusy(false);
        Q_EMIT formFinished();
        Q_EMIT statusMessage(tr("Created the token '%1'.").arg(result.value().token.name), 5000);
        Q_EMIT tokenCreated(result.value());
        showSecret(result.value());
    });
}

bool TokenActionsController::showPasteTokenDialog(const TokenDraft& draft, const QString& reason)
{
    if (!m_backend->capabilities().webTokenPage)
        return false;
    // PasteTokenDialog still takes the GitLab backend itself (it moves onto the session layer).
    auto* gitlab = qobject_cast<GitLabBackend*>(m_backend);
    if (!gitlab)
        return false;
    auto* dialog = new PasteTokenDialog(*gitlab, draft, reason, m_vault, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasteTokenDialog::tokenIdentified, this, [this](const AccessToken& token) {
        Q_EMIT formFinished();
        Q_EMIT statusMessage(tr("Added the token '%1'.").arg(token.name), 5000);
    });
    dialog->open();
    return true;
}

void TokenActionsController::showSecret(const CreatedToken& created, std::optional<qint64> replacedId)
{
    auto* dialog = new SecretDialog(created, m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_vault) {
        if (replacedId && !isSavedInKeychain(*replacedId))
            replacedId.reset();
        dialog->setKeychainSaveAvailable(true);
        connect(dialog, &SecretDialog::saveToKeychainRequested, this,
                [this, dialog, replacedId](const AccessToken& token, const Secret& secret) {
                    saveToKeychain(dialog, token, secret, replacedId);
                });
    }
    dialog->open();
    if (m_vault && (replacedId || AppSettings::autoSaveToKeychain()))
        dialog->requestSaveToKeychain();
}

// --- keychain follow-ups of create, rotate and revoke ---------------------------------------------

void TokenActionsController::saveToKeychain(SecretDialog* dialog, const AccessToken& token,
                                            const Secret& secret, std::optional<qint64> replacedId)
{
    const QPointer<SecretDialog> guard(dialog);
    const QString identity = m_backend->identity();
    auto done = [this, guard](Result<bool> saved) {
        Q_EMIT busyChanged();
        if (!guard)
            return;
        if (saved)
            guard->markSavedToKeychain();
        else
            guard->reportKeychainError(tr("Not saved to the keychain: %1").arg(saved.error().message));
    };
    if (replacedId && m_vault->isSaved(identity, *replacedId))
        m_vault->replace(identity, *replacedId, token.id, secret, this, std::move(done));
    else
        m_vault->save(identity, token.id, secret, this, std::move(done));
}

void TokenActionsController::forgetAfterRevoke(const QString& identity, qint64 id, const QString& name)
{
    if (!m_vault)
        return;
    m_vault->remove(identity, id, this, [this, name](Result<bool> removed) {
        if (!removed) {
            Q_EMIT failed(tr("The token '%1' was revoked, but its saved secret could not be deleted from the "
                             "keychain.")
                              .arg(name),
                          removed.error());
            return;
        }
        Q_EMIT statusMessage(tr("Revoked the token '%1' and deleted its saved secret.").arg(name), 5000);
    });
}

// --- the keychain's own actions -------------------------------------------------------------------

void TokenActionsController::copyFromKeychain(const AccessToken& token)
{
    if (!m_vault || isBusy(token.id))
        return;
    const quint64 generation = m_generation;
    const QString name = token.name;
    const QString identity = m_backend->identity();
    const qint64 id = token.id;
    m_vault->load(identity, id, this, [this, generation, name, identity, id](Result<Secret> loaded) {
        if (generation != m_generation)
            return;
        if (!loaded) {
            Q_EMIT failed(tr("Could not copy the token '%1' from the keychain.").arg(name), loaded.error());
            // Deleted outside TokenDesk: stop offering it.
            if (loaded.error().kind == BackendError::Kind::NotFound)
                m_vault->remove(identity, id, this, [](const Result<bool>&) {});
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
    if (!m_vault || isBusy(token.id))
        return;
    const QString name = token.name;
    m_vault->remove(m_backend->identity(), token.id, this, [this, name](Result<bool> removed) {
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
    if (!m_vault || isBusy(token.id) || !isSavedInKeychain(token.id))
        return;
    // The server's host, when the backend has one.
    QString suggestedHost;
    if (m_backend->capabilities().webTokenPage) {
        if (const std::optional<QUrl> page = m_backend->tokenPageUrl(TokenDraft()))
            suggestedHost = page->host();
    }
    auto* dialog = new GitHostDialog(token.name, suggestedHost, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, token](const QString& host) { useForGit(token, host.trimmed()); });
    dialog->open();
}

void TokenActionsController::useForGit(const AccessToken& token, const QString& host)
{
    if (!m_vault)
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
    const quint64 generation = m_generation;
    const QString identity = m_backend->identity();
    const qint64 id = token.id;
    const QString name = token.name;
    m_backend->whoami(this, [this, generation, identity, id, name, host, notAHost](Result<Account> account) {
        if (generation != m_generation)
            return;
        if (!account) {
            Q_EMIT failed(tr("Could not set up git for %1.").arg(host), account.error());
            return;
        }
        GitCredentialMap map(m_vault->settingsFile());
        if (!map.set(host, identity, id, account.value().username)) {
            notAHost(host);
            return;
        }
        const GitCredentialMap::Entry entry = map.get(host).value_or(GitCredentialMap::Entry());
        GitHostDialog::showSetup(m_window, entry.host, name, entry.username);
        Q_EMIT statusMessage(tr("git will use the token '%1' for %2.").arg(name, entry.host), 10000);
    });
}

} // namespace TokenDesk
