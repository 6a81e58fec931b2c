#pragma once

#include "AccessToken.h"
#include "AccountRegistry.h"
#include "GitLabOptions.h"
#include "Result.h"
#include "Secret.h"
#include "SecretVault.h"
#include "TokenBackend.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace TokenDesk {

class Clock;
class GitLabBackend;

// Who a session signs in as, and what the server said about it while connecting.
struct SignInReport
{
    Account account;
    QString serverVersion;                  // empty when the server did not say (or there is none)
    std::optional<AccessToken> signInToken; // the token the session signs in with, when readable
};

// One account's connection, shared by the window and the command line: credential -> backend ->
// connected. Three kinds: a connected GitLab account of the registry (its credential read from the
// keychain), a GitLab instance with a credential the caller holds (GITLAB_TOKEN, --token-file), and a
// backend that needs no credential (the local store). It is the only owner of the backend it builds, and
// lives (with that backend) as long as someone holds it: TokenOperations hold it until every write they
// started has answered, so dropping a session in the middle of a create or rotate loses no answer.
// It decides whether a token is the one it signs in with, and follows a rotation of that token (the
// successor's secret becomes the account's credential in the keychain) or its revocation (signed out).
// Create it with one of the static functions; it is deleted later, once the last holder lets go.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    using Ptr = std::shared_ptr<AccountSession>;

    enum class State
    {
        Unopened,  // no backend yet (a registry account before its credential was read)
        Open,      // a backend, not yet asked who signs in
        Connected, // the server said who signs in
        SignedOut  // its sign-in token was revoked: the backend can no longer sign in
    };
    enum class CredentialSource
    {
        None,        // no credential (the local store, or a GitLab session that only identifies tokens)
        Keychain,    // the account's credential in the keychain
        Environment, // GITLAB_TOKEN
        File         // --token-file
    };

    // As a token id: the token the session signs in with (GitLab's /personal_access_tokens/self).
    static constexpr qint64 SelfId = -1;

    // A backend that needs no credential, e.g. the local store; borrowed: it must outlive the session.
    static Ptr forBackend(TokenBackend& backend, SecretVault* vault);
    // The same, owning the backend.
    static Ptr forBackend(std::unique_ptr<TokenBackend> backend, SecretVault* vault);
    // A connected account; open() reads its credential from the keychain. options: used as they are (the
    // caller merges the account's CA file and timeout, e.g. with GitLabAccount::options()).
    static Ptr forAccount(const GitLabAccount& account, SecretVault& vault, const Clock& clock,
                          const GitLabOptions& options);
    // A connected account of the registry, with its CA file and timeout over `base`; null when unknown.
    static Ptr forAccount(const AccountRegistry& registry, const QString& key, const Clock& clock,
                          const GitLabOptions& base = {});
    // A GitLab instance with a credential the caller holds. accountKey: the registry account whose
    // keychain credential this is (a rotation of it is then saved there), empty otherwise.
    static Ptr forCredential(const QUrl& instanceUrl, const Secret& credential, CredentialSource source,
                             const Clock& clock, const GitLabOptions& options, SecretVault* vault = nullptr,
                             const QString& accountKey = {});

    // A session on one group's or project's access tokens (TokenBackend::forResource), sharing the
    // connection of `parent`, which must be open: the same account, keychain and credential, kept alive
    // as long as this session is. Its identity() keeps the resource's tokens apart from personal ones in
    // the keychain and git mappings. It has no sign-in token of its own, and is signed out when `parent`
    // is. Null when the parent is not open or its backend has no resource tokens.
    static Ptr forResource(const Ptr& parent, const Resource& resource);

    ~AccountSession() override;

    State state() const { return m_state; }
    // Null until open() built it (the other kinds have it from the start).
    TokenBackend* backend() const { return m_backend.get(); }
    CredentialSource credentialSource() const { return m_source; }
    SecretVault* vault() const { return m_vault; }
    // The registry key of the account; empty for the other kinds.
    QString accountKey() const { return m_accountKey; }
    // "alice @ gitlab.com" for an account, else the backend's display name.
    QString label() const;
    // The backend's identity (keychain keys of its tokens); empty before open().
    QString identity() const;
    // Who signs in, once connect() found out.
    std::optional<Account> account() const;
    // Whether identity() names the account (a server's session knows it once it asked who signs in).
    bool identityKnown() const { return m_instanceUrl.isEmpty() || account().has_value(); }
    // The GitLab instance; empty for the local store.
    QUrl instanceUrl() const { return m_instanceUrl; }
    // For a session forResource() made: its resource and the session it shares; else nullopt and null.
    std::optional<Resource> resource() const { return m_resource; }
    Ptr parent() const { return m_parent; }
    // The host git talks to for this instance ("gitlab.com", "host:8443"); empty for the local store.
    QString gitHost() const;

    // Builds the backend, reading the credential from the keychain first for a registry account (errors:
    // Kind::NotFound when the keychain holds none, Kind::Keychain). Asks the server nothing.
    void open(QObject* context, Callback<bool> done);
    // open(), then asks who signs in (for GitLab also which token it signs in with).
    void connect(QObject* context, Callback<Account> done);
    // connect(), answering also what the server told on the way: its version and the token the session
    // signs in with (when readable). A backend without a server answers its account only.
    void connectWithReport(QObject* context, Callback<SignInReport> done);

    // Whether the token asked for as `requestedId` (SelfId, or an id) and answered as `answeredId` is the
    // one this session signs in with. The one place that decides it.
    bool isSignInToken(qint64 requestedId, std::optional<qint64> answeredId = std::nullopt) const;

    // A rotation or revocation made without TokenOperations: followed like theirs when the token was the
    // sign-in one (requestedId as asked, e.g. SelfId). Returns whether it was.
    bool followRotation(qint64 requestedId, const CreatedToken& created);
    bool followRevocation(qint64 requestedId, const AccessToken& revoked);

    // Writes and keychain follow-ups started through TokenOperations that have not answered yet.
    int writesInFlight() const { return m_writes; }
    // Calls done (while context lives) once no write is in flight: at once (later) when none is.
    void whenIdle(QObject* context, std::function<void()> done);

Q_SIGNALS:
    void stateChanged(TokenDesk::AccountSession::State state);
    // The token this session signed in with was revoked: it is signed out.
    void signedOut();
    // The token this session signed in with was rotated. For a keychain credential the successor's secret
    // was saved as the account's credential (problem empty) or could not be (problem says why).
    void signInTokenRotated(qint64 newTokenId, const QString& problem);

private:
    friend class TokenOperations;

    AccountSession(std::shared_ptr<TokenBackend> backend, SecretVault* vault, CredentialSource source);
    static Ptr make(AccountSession* session);
    void setState(State state);
    void buildGitLab(const Secret& credential);
    void connectBackend(QObject* context, Callback<SignInReport> done);

    // Bookkeeping of TokenOperations.
    void beginWrite();
    void endWrite();
    // Its sign-in token was rotated (created: the successor) or revoked.
    void signInRotated(const CreatedToken& created);
    void signInRevoked(const AccessToken& revoked);

    Ptr m_parent; // before m_backend: a resource's backend goes first
    std::optional<Resource> m_resource;
    std::shared_ptr<TokenBackend> m_backend;
    GitLabBackend* m_gitlab = nullptr; // m_backend, when this session built it
    QPointer<SecretVault> m_vault;
    CredentialSource m_source;
    State m_state = State::Unopened;
    const Clock* m_clock = nullptr;
    GitLabOptions m_options;
    QUrl m_instanceUrl;
    QString m_accountKey;
    QString m_accountLabel;
    std::optional<Account> m_account;
    int m_writes = 0;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_idleWaiters;
};

} // namespace TokenDesk
