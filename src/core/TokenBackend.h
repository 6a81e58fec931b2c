#pragma once

#include "AccessToken.h"
#include "Inventory.h"
#include "Resource.h"
#include "Result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace TokenDesk {

// What a backend can do beyond the operations every backend has. Front ends ask this instead of
// asking which backend they talk to. It may grow once the backend knows who is signed in (whoami).
struct BackendCapabilities
{
    // createForUser() creates tokens for other users (GitLab administrators).
    bool createForOtherUser = false;
    // The scopes create() accepts; nullopt: every scope the catalog offers (administrator-only ones
    // for administrators). A create with other scopes fails with BackendError::Remedy::UseServerPage
    // when webTokenPage is set.
    std::optional<QStringList> selfServiceScopes;
    // The server's own page for a new token exists: tokenPageUrl() gives it, filled in.
    bool webTokenPage = false;
    // list() reports its progress through listProgress() while it reads a long listing.
    bool listProgress = false;
    // cancel() stops reads in flight; cheap backends answer too fast to need it.
    bool cancelReads = false;
    // resources(), resolveResource() and forResource() work: group and project access tokens.
    bool resourceTokens = false;
    // inventory() works: the signed-in user is an administrator (known once whoami() has answered).
    bool instanceInventory = false;
};

// The one interface between every front end and wherever tokens live (the embedded store or a
// GitLab server). Every operation answers later, through its callback, on the thread of `context`
// and only while `context` is alive, even when the answer is known at once.
class TokenBackend : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Local,
        GitLab
    };

    explicit TokenBackend(QObject* parent = nullptr) : QObject(parent) {}
    ~TokenBackend() override = default;

    virtual Kind kind() const = 0;
    // For the status bar and messages, e.g. "Offline demo · /path/demo.sqlite" or "gitlab.com · alice".
    virtual QString displayName() const = 0;
    // Identifies the backend and account for keychain keys, e.g. "local:<uuid>" or "gitlab:host:user".
    virtual QString identity() const = 0;
    // Longest lifetime of a new token, in days (365 unless the instance says otherwise).
    virtual int maxLifetimeDays() const { return 365; }
    virtual BackendCapabilities capabilities() const { return {}; }
    // The id of the token this backend signs in with, once known; nullopt for backends that need no
    // credential. Rotating it makes the backend sign in with the successor (whose secret the caller
    // keeps as the account's credential); revoking it leaves the backend unable to sign in.
    virtual std::optional<qint64> signInTokenId() const { return std::nullopt; }
    // The server's own "new token" page, filled in with the draft (capabilities().webTokenPage).
    virtual std::optional<QUrl> tokenPageUrl(const TokenDraft& draft) const
    {
        Q_UNUSED(draft);
        return std::nullopt;
    }
    // Stops every read in flight (listings, whoami, get): they answer Kind::Cancelled. Create, rotate
    // and revoke already sent are left to finish (capabilities().cancelReads).
    virtual void cancel() {}
    // Forgets what the backend cached, so the next read asks again.
    virtual void invalidate() {}

    virtual void whoami(QObject* context, Callback<Account> done) = 0;
    virtual void summary(QObject* context, Callback<TokenSummary> done) = 0;
    virtual void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) = 0;
    virtual void get(qint64 id, QObject* context, Callback<AccessToken> done) = 0;
    virtual void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) = 0;
    // Revokes and answers the token as it now is.
    virtual void revoke(qint64 id, QObject* context, Callback<AccessToken> done) = 0;
    // Revokes the token and issues a successor with a new secret; expiresAt defaults to 7 days ahead.
    virtual void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                        Callback<CreatedToken> done) = 0;
    // Which token is this secret? Answers Authentication when it is unknown, revoked or expired.
    virtual void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) = 0;
    // Creates a token for another user (capabilities().createForOtherUser); others answer Permission.
    virtual void createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                               Callback<CreatedToken> done);

    // Group and project access tokens (capabilities().resourceTokens; others answer Permission, and
    // forResource() gives null).
    //
    // The groups and projects whose access tokens the signed-in user may manage: groups where they are
    // Owner, projects where they are at least Maintainer (inherited roles count), each with that role;
    // groups first, then projects, each by full path.
    virtual void resources(QObject* context, Callback<QList<Resource>> done);
    // The group or project a reference names (numeric id or full path), with the user's role there when
    // the backend can tell (else accessLevel 0). NotFound when it does not exist or the user cannot see it.
    virtual void resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done);
    // A backend for one resource's access tokens: every operation above works on that group's or
    // project's tokens instead of personal ones, with the rules GitLab keeps for them (the role, the
    // scopes a resource token may have, who may manage them). It shares this backend's connection and
    // must not outlive it. Its identity() is this identity() + "/" + resource.identitySuffix(); whoami()
    // answers the signed-in user; it has no sign-in token and creates for no other user. The resource
    // should come from resources() or resolveResource(); its id must be the numeric one.
    virtual std::unique_ptr<TokenBackend> forResource(const Resource& resource);
    // For a backend forResource() made: its resource; nullopt for the personal tokens' backend.
    virtual std::optional<Resource> resource() const { return std::nullopt; }

    // Administrators and incidents.
    //
    // Every user's personal access tokens that match the query, each with its owner's username
    // (capabilities().instanceInventory; others answer Permission). Reports its progress through
    // listProgress() and stops on cancel(). Meant for instances with 100,000 tokens: it answers all of them.
    virtual void inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done);
    // Revokes every token in `ids` (administrators: any user's), at most `inFlight` requests at a time.
    // Each request is sent once and never retried blindly; a failure does not stop the others. The
    // answer has every id, revoked or failed; progress (optional) is called after each with the number
    // answered and the total. The default revokes through revoke(); a backend may need fewer requests.
    virtual void revokeMany(const QList<qint64>& ids, int inFlight, QObject* context,
                            Callback<BulkRevokeReport> done,
                            std::function<void(int answered, int total)> progress = {});
    // The username of a user (GitLab: GET /users/:id); NotFound when no such user exists.
    virtual void userName(qint64 userId, QObject* context, Callback<QString> done);
    // Revokes the token this secret is, signing in with the secret itself (GitLab: DELETE
    // /personal_access_tokens/self), so it works on any user's token whatever its scopes: leaked-token
    // response. Answers the token as it now is. Authentication when the secret is unknown, already
    // revoked or expired. Never retried blindly; the secret is not kept once the answer is given.
    virtual void revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done);

Q_SIGNALS:
    // A listing read another page; pagesTotal is -1 while the backend does not know.
    void listProgress(int pagesDone, int pagesTotal);
    // Tokens were created, revoked or rotated through this backend. A view that applied the answer of its
    // own change needs nothing more; others re-read what they show.
    void tokensChanged();
};

} // namespace TokenDesk
