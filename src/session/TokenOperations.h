#pragma once

#include "AccessToken.h"
#include "AccountSession.h"
#include "BackendError.h"
#include "GitCredentialMap.h"
#include "Result.h"
#include "Secret.h"

#include <QDate>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace TokenDesk {

// The writes on tokens with their keychain follow-ups, the same for the window and the command line.
// Each operation is bound to the session it started on: it keeps that session (and its backend) alive
// until it answered, follows the session's own sign-in token, and keeps secrets under that session's
// identity, whichever account the front end shows by then. Answers come later, and only while `context`
// lives. Cheap to copy; a default-constructed one (no session) answers nothing and saves nothing.
class TokenOperations
{
public:
    struct Rotation
    {
        CreatedToken created;  // the successor, with its secret (shown once)
        qint64 replacedId = 0; // the rotated token's id
        bool signInToken = false;
        // The rotated token's secret is in the keychain: saveSecret(created, replacedId) replaces it.
        bool replacesSavedSecret = false;
    };
    struct Revocation
    {
        AccessToken token;
        bool signInToken = false;   // the session is signed out now
        bool secretDeleted = false; // its saved secret was deleted from the keychain
        // The token is revoked, but its saved secret could not be deleted.
        std::optional<BackendError> keychainError;
    };

    TokenOperations() = default;
    explicit TokenOperations(AccountSession::Ptr session);

    const AccountSession::Ptr& session() const { return m_session; }
    TokenBackend* backend() const;
    bool keychainAvailable() const;
    // From the keychain's index, without a round trip.
    bool isSaved(qint64 tokenId) const;
    // A keychain operation on this token has not answered yet.
    bool isKeychainBusy(qint64 tokenId) const;

    // saved: when given, the secret is then saved to the keychain and saved answers (after done).
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done,
                Callback<bool> saved = {}) const;
    void createForUser(qint64 userId, const TokenDraft& draft, QObject* context, Callback<CreatedToken> done,
                       Callback<bool> saved = {}) const;
    // tokenId may be AccountSession::SelfId. replaced: when given and the old secret was saved, the
    // successor's secret replaces it (git hosts follow) and replaced answers (after done).
    void rotate(qint64 tokenId, std::optional<QDate> expiresAt, QObject* context, Callback<Rotation> done,
                Callback<bool> replaced = {}) const;
    // forgetSecret: also delete the saved secret (and its git hosts), when there is one.
    void revoke(qint64 tokenId, bool forgetSecret, QObject* context, Callback<Revocation> done) const;

    // Saves a new secret under this session's identity; after a rotation (replacedId) replaces the old
    // token's saved secret and git hosts when it had one (the hosts then know the successor's expiry).
    void saveSecret(const AccessToken& token, const Secret& secret, std::optional<qint64> replacedId,
                    QObject* context, Callback<bool> done) const;
    // The saved secret (to copy). An entry deleted outside TokenDesk is forgotten (Kind::NotFound).
    void loadSecret(qint64 tokenId, QObject* context, Callback<Secret> done) const;
    void forgetSecret(qint64 tokenId, QObject* context, Callback<bool> done) const;
    // Lets git use the token's saved secret for host (asks who signs in, for git's user name); the mapping
    // keeps the token's name and expiry date, which the git helper tells git.
    void useForGit(const AccessToken& token, const QString& host, QObject* context,
                   Callback<GitCredentialMap::Entry> done) const;
    // A token made elsewhere (the server's own page), identified by its secret: it must belong to the
    // signed-in user. Views are told to read again.
    void adoptToken(const Secret& secret, QObject* context, Callback<AccessToken> done) const;

private:
    template<typename T>
    Callback<T> tracked(QObject* context, Callback<T> done) const;
    void afterCreate(Result<CreatedToken> result, QObject* context, const Callback<CreatedToken>& done,
                     const Callback<bool>& saved) const;
    // Whether a secret of the token may be saved under some account of this session's instance.
    bool mayBeSavedOnInstance(qint64 tokenId) const;
    void forgetRevoked(Revocation revocation, bool forgetSecret, QPointer<QObject> guard,
                       Callback<Revocation> done) const;

    AccountSession::Ptr m_session;
};

} // namespace TokenDesk
