#include "AccountSession.h"

#include "GitLabBackend.h"
#include "SecretVault.h"
#include "SessionLogging.h"

#include <QTimer>

namespace TokenDesk {

static_assert(AccountSession::SelfId == GitLabBackend::SelfId);

namespace {

// A QObject held by shared pointers is deleted later: the last holder may let go inside its own answer.
template<typename T>
void deleteLaterDeleter(T* object)
{
    object->deleteLater();
}

} // namespace

AccountSession::AccountSession(std::shared_ptr<TokenBackend> backend, SecretVault* vault,
                               CredentialSource source)
    : m_backend(std::move(backend)), m_vault(vault), m_source(source)
{
    if (!m_backend)
        return;
    m_state = State::Open;
    // A GitLab backend built elsewhere (tests) still tells who signs in.
    m_gitlab = qobject_cast<GitLabBackend*>(m_backend.get());
    if (m_gitlab)
        m_instanceUrl = m_gitlab->instanceUrl();
}

AccountSession::~AccountSession() = default;

AccountSession::Ptr AccountSession::forResource(const Ptr& parent, const Resource& resource)
{
    if (!parent || !parent->backend())
        return nullptr;
    std::unique_ptr<TokenBackend> scoped = parent->backend()->forResource(resource);
    if (!scoped)
        return nullptr;
    std::shared_ptr<TokenBackend> owned(scoped.release(), &deleteLaterDeleter<TokenBackend>);
    auto* session = new AccountSession(std::move(owned), parent->m_vault, parent->m_source);
    session->m_parent = parent;
    session->m_resource = resource;
    session->m_clock = parent->m_clock;
    session->m_options = parent->m_options;
    session->m_instanceUrl = parent->m_instanceUrl;
    session->m_accountKey = parent->m_accountKey;
    session->m_accountLabel = parent->label() + QStringLiteral(" · ") + resource.fullPath;
    session->m_account = parent->account();
    if (parent->state() == State::Connected && session->m_account)
        session->m_state = State::Connected;
    else if (parent->state() == State::SignedOut)
        session->m_state = State::SignedOut;
    QObject::connect(parent.get(), &AccountSession::signedOut, session, [session] {
        session->setState(State::SignedOut);
        Q_EMIT session->signedOut();
    });
    return make(session);
}

AccountSession::Ptr AccountSession::make(AccountSession* session)
{
    return Ptr(session, &deleteLaterDeleter<AccountSession>);
}

AccountSession::Ptr AccountSession::forBackend(TokenBackend& backend, SecretVault* vault)
{
    // Borrowed: nothing to delete.
    std::shared_ptr<TokenBackend> borrowed(&backend, [](TokenBackend*) {});
    return make(new AccountSession(std::move(borrowed), vault, CredentialSource::None));
}

AccountSession::Ptr AccountSession::forBackend(std::unique_ptr<TokenBackend> backend, SecretVault* vault)
{
    std::shared_ptr<TokenBackend> owned(backend.release(), &deleteLaterDeleter<TokenBackend>);
    return make(new AccountSession(std::move(owned), vault, CredentialSource::None));
}

AccountSession::Ptr AccountSession::forAccount(const GitLabAccount& account, SecretVault& vault,
                                               const Clock& clock, const GitLabOptions& options)
{
    auto* session = new AccountSession(nullptr, &vault, CredentialSource::Keychain);
    session->m_clock = &clock;
    session->m_options = options;
    session->m_instanceUrl = account.instanceUrl;
    session->m_accountKey = account.key;
    session->m_accountLabel = account.label();
    return make(session);
}

AccountSession::Ptr AccountSession::forAccount(const AccountRegistry& registry, const QString& key,
                                               const Clock& clock, const GitLabOptions& base)
{
    const std::optional<GitLabAccount> account = registry.account(key);
    if (!account)
        return nullptr;
    return forAccount(*account, registry.vault(), clock, account->options(base));
}

AccountSession::Ptr AccountSession::forCredential(const QUrl& instanceUrl, const Secret& credential,
                                                  CredentialSource source, const Clock& clock,
                                                  const GitLabOptions& options, SecretVault* vault,
                                                  const QString& accountKey)
{
    auto* session = new AccountSession(nullptr, vault, source);
    session->m_clock = &clock;
    session->m_options = options;
    session->m_instanceUrl = instanceUrl;
    session->m_accountKey = accountKey;
    session->buildGitLab(credential);
    return make(session);
}

void AccountSession::buildGitLab(const Secret& credential)
{
    std::shared_ptr<GitLabBackend> gitlab(new GitLabBackend(m_instanceUrl, credential, *m_clock, m_options),
                                          &deleteLaterDeleter<GitLabBackend>);
    m_gitlab = gitlab.get();
    m_instanceUrl = gitlab->instanceUrl();
    m_backend = std::move(gitlab);
    setState(State::Open);
}

QString AccountSession::label() const
{
    if (!m_accountLabel.isEmpty())
        return m_accountLabel;
    return m_backend ? m_backend->displayName() : m_accountKey;
}

QString AccountSession::identity() const
{
    return m_backend ? m_backend->identity() : QString();
}

std::optional<Account> AccountSession::account() const
{
    if (m_account)
        return m_account;
    return m_gitlab ? m_gitlab->account() : std::nullopt;
}

QString AccountSession::gitHost() const
{
    return m_instanceUrl.host();
}

void AccountSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AccountSession::open(QObject* context, Callback<bool> done)
{
    if (m_backend)
        return deliverLater(context, std::move(done), Result<bool>(true));
    if (!m_vault)
        return deliverLater(
            context, std::move(done),
            Result<bool>(BackendError::make(BackendError::Kind::Keychain, tr("No keychain is available."))));
    QPointer<QObject> guard(context);
    m_vault->loadAccountCredential(m_accountKey, this,
                                   [this, guard, done = std::move(done)](Result<Secret> credential) {
                                       if (credential && !m_backend) {
                                           buildGitLab(credential.value());
                                           qCInfo(lcSession) << "Session opened:" << m_accountKey;
                                       }
                                       if (!guard)
                                           return;
                                       if (!credential)
                                           return done(credential.error());
                                       done(true);
                                   });
}

void AccountSession::connect(QObject* context, Callback<Account> done)
{
    connectWithReport(context, [done = std::move(done)](Result<SignInReport> report) {
        if (!report)
            return done(report.error());
        done(report.value().account);
    });
}

void AccountSession::connectWithReport(QObject* context, Callback<SignInReport> done)
{
    QPointer<QObject> guard(context);
    open(this, [this, guard, done = std::move(done)](Result<bool> opened) mutable {
        if (!guard)
            return;
        if (!opened)
            return done(opened.error());
        connectBackend(guard, std::move(done));
    });
}

void AccountSession::connectBackend(QObject* context, Callback<SignInReport> done)
{
    if (!m_gitlab) {
        m_backend->whoami(context, [this, done = std::move(done)](Result<Account> who) {
            if (!who)
                return done(who.error());
            m_account = who.value();
            setState(State::Connected);
            done(SignInReport{who.value(), {}, std::nullopt});
        });
        return;
    }
    // Also learns which token the account signs in with (for rotate and revoke of it).
    m_gitlab->connectAccount(context, [this, done = std::move(done)](Result<GitLabConnection> who) {
        if (!who)
            return done(who.error());
        m_account = who.value().account;
        setState(State::Connected);
        done(SignInReport{who.value().account, who.value().version.version, who.value().accessToken});
    });
}

bool AccountSession::isSignInToken(qint64 requestedId, std::optional<qint64> answeredId) const
{
    if (!m_backend || !m_backend->signInTokenId().has_value()) {
        // A backend that signs in with a token always knows "self" by that name.
        return m_gitlab && requestedId == SelfId;
    }
    const qint64 signIn = *m_backend->signInTokenId();
    return requestedId == SelfId || requestedId == signIn || (answeredId && *answeredId == signIn);
}

void AccountSession::whenIdle(QObject* context, std::function<void()> done)
{
    m_idleWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_writes == 0)
        QTimer::singleShot(0, this, [this] {
            if (m_writes == 0)
                endWrite();
        });
}

void AccountSession::beginWrite()
{
    ++m_writes;
}

void AccountSession::endWrite()
{
    if (m_writes > 0)
        --m_writes;
    if (m_writes > 0)
        return;
    const auto waiters = std::exchange(m_idleWaiters, {});
    for (const auto& [context, done] : waiters) {
        if (context)
            done();
    }
}

bool AccountSession::followRotation(qint64 requestedId, const CreatedToken& created)
{
    if (!isSignInToken(requestedId, created.token.id))
        return false;
    signInRotated(created);
    return true;
}

bool AccountSession::followRevocation(qint64 requestedId, const AccessToken& revoked)
{
    if (!isSignInToken(requestedId, revoked.id))
        return false;
    signInRevoked(revoked);
    return true;
}

void AccountSession::signInRotated(const CreatedToken& created)
{
    const qint64 newId = created.token.id;
    qCInfo(lcSession) << "The sign-in token was rotated; successor" << newId;
    if (m_source != CredentialSource::Keychain || m_accountKey.isEmpty() || !m_vault) {
        Q_EMIT signInTokenRotated(newId, QString());
        return;
    }
    beginWrite();
    m_vault->saveAccountCredential(m_accountKey, created.secret, this, [this, newId](Result<bool> saved) {
        if (saved)
            qCInfo(lcSession) << "Account credential replaced after rotation:" << m_accountKey;
        Q_EMIT signInTokenRotated(newId, saved ? QString() : saved.error().message);
        endWrite();
    });
}

void AccountSession::signInRevoked(const AccessToken& revoked)
{
    qCInfo(lcSession) << "The sign-in token was revoked, id" << revoked.id << m_accountKey;
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

} // namespace TokenDesk
