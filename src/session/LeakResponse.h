#pragma once

#include "AccessToken.h"
#include "AccountRegistry.h"
#include "AccountSession.h"
#include "BackendError.h"
#include "GitCredentialMap.h"
#include "GitLabOptions.h"
#include "Result.h"
#include "Secret.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace TokenDesk {

class Clock;
class SecretVault;

// Leaked-token response, the same for the window and the command line: given a secret someone found
// (pasted in a chat, pushed to a repository), find out which of the places TokenDesk knows issued it,
// what it is and whose it is, revoke it with the secret itself, and forget the copies TokenDesk kept.
//
// Places are tried one after another, in order; the first that knows the secret wins and the others are
// not asked. A GitLab place identifies the secret by signing in with it (GET /personal_access_tokens/self)
// through a backend of its own that holds no account credential; the owner's username comes from a
// connected account of that instance (GET /users/:id with its credential), else from the secret itself
// (GET /user, which needs read_user or api). The local store identifies it by its digest.
//
// The secret lives only in this object (and in the requests it signs while they are in flight): it is
// never logged, never written anywhere, and wiped when revoke() answered or the object is destroyed.
class LeakResponse : public QObject
{
    Q_OBJECT

public:
    // Somewhere a token may come from.
    struct Place
    {
        QString label;         // "gitlab.example.com", or the store's display name
        QUrl instanceUrl;      // empty for the local store
        GitLabOptions options; // for a GitLab place: CA file and timeout
        // The connected accounts of this instance (their keys are also their keychain identities).
        QList<GitLabAccount> accounts;
        // The local store's session (the keychain identity is its backend's); null for a GitLab place,
        // whose sessions are built when needed.
        AccountSession::Ptr session;
    };

    // What identify() found.
    struct Finding
    {
        AccessToken token;
        QString username; // the owner's username; empty when no place would say
        int placeIndex = -1;
        QString placeLabel;
        QUrl instanceUrl; // empty for the local store
        // Identities under which TokenDesk keeps a secret of this token in the keychain.
        QStringList keychainIdentities;
        // Git hosts mapped to this token (their secret is in the keychain under the entry's identity).
        QList<GitCredentialMap::Entry> gitMappings;

        bool keptByTokenDesk() const { return !keychainIdentities.isEmpty() || !gitMappings.isEmpty(); }
    };

    struct Search
    {
        std::optional<Finding> found;
        // The labels of the places asked, in order.
        QStringList tried;
        // Places that could not answer (server down, refused TLS, ...), with why. A secret found nowhere
        // while a place failed is not known to be unknown.
        QList<std::pair<QString, BackendError>> failures;

        // Unknown to every place tried, or already revoked or expired (GitLab does not tell them apart).
        bool unknownEverywhere() const { return !found && failures.isEmpty(); }
    };

    struct Forgotten
    {
        int keychainEntries = 0; // keychain entries deleted (their git hosts went with them)
        int gitMappings = 0;     // git hosts unmapped
        std::optional<BackendError> keychainError;
    };

    // Every place TokenDesk knows: each connected account's instance (each distinct instance once, in the
    // registry's order, with the first account's CA file and timeout unless `base` gives them), then the
    // local store when `store` is given.
    static QList<Place> knownPlaces(const AccountRegistry& registry, const GitLabOptions& base,
                                    AccountSession::Ptr store);
    // One GitLab instance; registry (optional) tells which connected accounts it has.
    static Place gitLabPlace(const QUrl& instanceUrl, const GitLabOptions& options,
                             const AccountRegistry* registry);
    static Place storePlace(AccountSession::Ptr store);

    // Whether text may be a token at all: one word of the characters tokens are made of (letters, digits,
    // '-', '_', '.'), at least 8 and at most 1024 of them. Refuse anything else before sending it anywhere:
    // a whole pasted sentence is not a token. The length is not checked further (GitLab's formats vary).
    static bool looksLikeToken(const QByteArray& text);

    // vault: where TokenDesk keeps secrets and git mappings (null: nothing is looked up or forgotten).
    LeakResponse(const Secret& secret, QList<Place> places, const Clock& clock, SecretVault* vault,
                 QObject* parent = nullptr);
    ~LeakResponse() override;

    const QList<Place>& places() const { return m_places; }

    // Asks each place in turn which token the secret is. Answers once (never an error: see Search).
    void identify(QObject* context, Callback<Search> done);
    // After identify() found it: revokes it at the place that knows it, signing in with the secret
    // (TokenBackend::revokeBySecret). Answers the token as it now is; Authentication when it was revoked
    // (or expired) meanwhile. Sent once, never retried. The secret is wiped once it answered.
    void revoke(QObject* context, Callback<AccessToken> done);
    // Deletes the keychain entries of the found token and unmaps its git hosts.
    void forget(QObject* context, Callback<Forgotten> done);
    // Wipes the secret now (revoke() is then refused).
    void wipe();

private:
    void tryPlace(int index, std::shared_ptr<Search> search, Callback<Search> done);
    void found(int index, const AccessToken& token, std::shared_ptr<Search> search, Callback<Search> done);
    void ownerName(const Place& place, const AccessToken& token, std::function<void(QString)> done);
    AccountSession::Ptr sessionFor(int index);
    void lookUpKeptCopies(const Place& place, Finding& finding) const;

    Secret m_secret;
    QList<Place> m_places;
    QList<AccountSession::Ptr> m_sessions; // per place, built on first use
    const Clock& m_clock;
    SecretVault* m_vault = nullptr;
    std::optional<Finding> m_finding;
};

} // namespace TokenDesk
