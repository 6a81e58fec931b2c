#include "TokenOperations.h"

#include "SecretVault.h"
#include "SessionLogging.h"

#include <QCoreApplication>
#include <QPointer>

namespace TokenDesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TokenDesk::TokenOperations", text);
}

} // namespace

TokenOperations::TokenOperations(AccountSession::Ptr session) : m_session(std::move(session)) {}

TokenBackend* TokenOperations::backend() const
{
    return m_session ? m_session->backend() : nullptr;
}

bool TokenOperations::keychainAvailable() const
{
    return m_session && m_session->vault();
}

bool TokenOperations::isSaved(qint64 tokenId) const
{
    return keychainAvailable() && m_session->vault()->isSaved(m_session->identity(), tokenId);
}

bool TokenOperations::isKeychainBusy(qint64 tokenId) const
{
    return keychainAvailable() && m_session->vault()->isPending(m_session->identity(), tokenId);
}

// Counts the write on the session and keeps it alive until the answer; the answer goes to `done` only
// while `context` lives.
template<typename T>
Callback<T> TokenOperations::tracked(QObject* context, Callback<T> done) const
{
    AccountSession::Ptr session = m_session;
    session->beginWrite();
    QPointer<QObject> guard(context);
    return [session, guard, done = std::move(done)](Result<T> result) {
        if (guard && done)
            done(std::move(result));
        session->endWrite();
    };
}

void TokenOperations::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done,
                             Callback<bool> saved) const
{
    if (!backend())
        return;
    const TokenOperations self = *this;
    QPointer<QObject> guard(context);
    backend()->create(draft, m_session.get(),
                      tracked<CreatedToken>(context, [self, guard, done, saved](Result<CreatedToken> result) {
                          self.afterCreate(std::move(result), guard, done, saved);
                      }));
}

void TokenOperations::createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                                    Callback<CreatedToken> done, Callback<bool> saved) const
{
    if (!backend())
        return;
    const TokenOperations self = *this;
    QPointer<QObject> guard(context);
    backend()->createForUser(
        userId, draft, m_session.get(),
        tracked<CreatedToken>(context, [self, guard, done, saved](Result<CreatedToken> result) {
            self.afterCreate(std::move(result), guard, done, saved);
        }));
}

void TokenOperations::afterCreate(Result<CreatedToken> result, QObject* context,
                                  const Callback<CreatedToken>& done, const Callback<bool>& saved) const
{
    if (!result || !saved) {
        done(std::move(result));
        return;
    }
    const CreatedToken created = result.value();
    QPointer<QObject> guard(context);
    done(std::move(result));
    if (guard)
        saveSecret(created.token, created.secret, std::nullopt, guard, saved);
}

void TokenOperations::rotate(qint64 tokenId, std::optional<QDate> expiresAt, QObject* context,
                             Callback<Rotation> done, Callback<bool> replaced) const
{
    if (!backend())
        return;
    const bool wasSignInToken = m_session->isSignInToken(tokenId);
    const qint64 oldId =
        tokenId == AccountSession::SelfId ? backend()->signInTokenId().value_or(tokenId) : tokenId;
    const TokenOperations self = *this;
    QPointer<QObject> guard(context);
    // Followed up even when the front end is gone: the account's credential must not be lost.
    backend()->rotate(tokenId, expiresAt, m_session.get(),
                      tracked<CreatedToken>(m_session.get(), [self, guard, tokenId, oldId, wasSignInToken,
                                                              done, replaced](Result<CreatedToken> result) {
                          if (!result) {
                              if (guard)
                                  done(result.error());
                              return;
                          }
                          Rotation rotation;
                          rotation.created = std::move(result).value();
                          rotation.replacedId = oldId;
                          rotation.signInToken = wasSignInToken || self.m_session->isSignInToken(
                                                                       tokenId, rotation.created.token.id);
                          rotation.replacesSavedSecret =
                              oldId != AccountSession::SelfId && self.isSaved(oldId);
                          if (rotation.signInToken)
                              self.m_session->signInRotated(rotation.created);
                          if (!guard)
                              return;
                          done(rotation);
                          if (replaced && rotation.replacesSavedSecret && guard)
                              self.saveSecret(rotation.created.token, rotation.created.secret,
                                              rotation.replacedId, guard, replaced);
                      }));
}

void TokenOperations::revoke(qint64 tokenId, bool forgetSecret, QObject* context,
                             Callback<Revocation> done) const
{
    if (!backend())
        return;
    const bool wasSignInToken = m_session->isSignInToken(tokenId);
    const TokenOperations self = *this;
    QPointer<QObject> guard(context);
    backend()->revoke(tokenId, m_session.get(),
                      tracked<AccessToken>(m_session.get(), [self, guard, tokenId, wasSignInToken,
                                                             forgetSecret, done](Result<AccessToken> result) {
                          if (!result) {
                              if (guard)
                                  done(result.error());
                              return;
                          }
                          Revocation revocation;
                          revocation.token = std::move(result).value();
                          revocation.signInToken =
                              wasSignInToken || self.m_session->isSignInToken(tokenId, revocation.token.id);
                          if (revocation.signInToken)
                              self.m_session->signInRevoked(revocation.token);
                          if (forgetSecret && !self.m_session->identityKnown() &&
                              self.mayBeSavedOnInstance(revocation.token.id)) {
                              // Who signs in decides the keychain key: asked only now, when a secret of
                              // this token may be saved, so that a revoke costs no read before it.
                              self.backend()->whoami(self.m_session.get(),
                                                     [self, guard, revocation, done](Result<Account>) {
                                                         self.forgetRevoked(revocation, true, guard, done);
                                                     });
                              return;
                          }
                          self.forgetRevoked(revocation, forgetSecret, guard, done);
                      }));
}

bool TokenOperations::mayBeSavedOnInstance(qint64 tokenId) const
{
    return keychainAvailable() && m_session->vault()->index().containsUnder(m_session->identity(), tokenId);
}

void TokenOperations::forgetRevoked(Revocation revocation, bool forgetSecret, QPointer<QObject> guard,
                                    Callback<Revocation> done) const
{
    if (!forgetSecret || !isSaved(revocation.token.id)) {
        if (guard)
            done(revocation);
        return;
    }
    // Answered once the keychain did; the saved secret goes even when the front end is gone.
    m_session->vault()->remove(
        m_session->identity(), revocation.token.id, m_session.get(),
        tracked<bool>(m_session.get(), [guard, revocation, done](Result<bool> removed) mutable {
            revocation.secretDeleted = removed.ok();
            if (!removed)
                revocation.keychainError = removed.error();
            if (guard)
                done(revocation);
        }));
}

void TokenOperations::saveSecret(const AccessToken& token, const Secret& secret,
                                 std::optional<qint64> replacedId, QObject* context,
                                 Callback<bool> done) const
{
    if (!keychainAvailable()) {
        return deliverLater(
            context, std::move(done),
            Result<bool>(BackendError::make(BackendError::Kind::Keychain, tr("No keychain is available."))));
    }
    SecretVault* vault = m_session->vault();
    const QString identity = m_session->identity();
    Callback<bool> answer = tracked<bool>(context, std::move(done));
    if (replacedId && *replacedId != AccountSession::SelfId && vault->isSaved(identity, *replacedId))
        vault->replace(identity, *replacedId, token, secret, m_session.get(), std::move(answer));
    else
        vault->save(identity, token.id, secret, m_session.get(), std::move(answer));
}

void TokenOperations::loadSecret(qint64 tokenId, QObject* context, Callback<Secret> done) const
{
    if (!keychainAvailable())
        return;
    SecretVault* vault = m_session->vault();
    const QString identity = m_session->identity();
    QPointer<SecretVault> vaultGuard(vault);
    AccountSession::Ptr session = m_session;
    vault->load(identity, tokenId, context,
                [session, vaultGuard, identity, tokenId, done = std::move(done)](Result<Secret> loaded) {
                    // Deleted outside TokenDesk: stop offering it.
                    if (!loaded && loaded.error().kind == BackendError::Kind::NotFound && vaultGuard)
                        vaultGuard->remove(identity, tokenId, session.get(), [](const Result<bool>&) {});
                    done(std::move(loaded));
                });
}

void TokenOperations::forgetSecret(qint64 tokenId, QObject* context, Callback<bool> done) const
{
    if (!keychainAvailable())
        return;
    m_session->vault()->remove(m_session->identity(), tokenId, m_session.get(),
                               tracked<bool>(context, std::move(done)));
}

void TokenOperations::useForGit(const AccessToken& token, const QString& host, QObject* context,
                                Callback<GitCredentialMap::Entry> done) const
{
    if (!keychainAvailable() || !backend())
        return;
    const auto notAHost = [host] {
        return BackendError::make(
            BackendError::Kind::Validation,
            tr("'%1' is not a host name. Enter a host name such as gitlab.com.").arg(host));
    };
    if (GitCredentialMap::normalizeHost(host).isEmpty())
        return deliverLater(context, std::move(done), Result<GitCredentialMap::Entry>(notAHost()));
    const QString identity = m_session->identity();
    const QString settingsFile = m_session->vault()->settingsFile();
    const qint64 tokenId = token.id;
    const GitCredentialMap::TokenFacts facts{token.name, token.expiresAt};
    backend()->whoami(
        context, [identity, settingsFile, tokenId, facts, host, done, notAHost](Result<Account> account) {
            if (!account)
                return done(account.error());
            GitCredentialMap map(settingsFile);
            if (!map.set(host, identity, tokenId, account.value().username, facts))
                return done(notAHost());
            done(map.get(host).value_or(GitCredentialMap::Entry()));
        });
}

void TokenOperations::adoptToken(const Secret& secret, QObject* context, Callback<AccessToken> done) const
{
    if (!backend())
        return;
    AccountSession::Ptr session = m_session;
    backend()->identify(secret, context, [session, done = std::move(done)](Result<AccessToken> identified) {
        if (!identified)
            return done(std::move(identified));
        const AccessToken& token = identified.value();
        const std::optional<Account> account = session->account();
        if (account && token.userId != 0 && token.userId != account->userId)
            return done(BackendError::make(
                BackendError::Kind::Permission,
                tr("This token belongs to another GitLab user, not to %1.").arg(account->username)));
        qCInfo(lcSession) << "Adopted a token made elsewhere, id" << token.id;
        if (TokenBackend* backend = session->backend()) {
            backend->invalidate();
            Q_EMIT backend->tokensChanged();
        }
        done(std::move(identified));
    });
}

} // namespace TokenDesk
