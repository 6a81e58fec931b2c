#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "Inventory.h"
#include "PageReader.h"
#include "Resource.h"
#include "Result.h"
#include "TokenScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace TokenDesk {

// The tokens of one SQLite file, answered at once: a small GitLab of one local user. Every operation
// runs its SQL on the calling thread, on a connection of this store's own; a TokenStore is used by the
// thread that opened it and no other (LocalBackend runs one on a worker thread).
//
// Several stores (in one process or several) may share a file: WAL journal, a busy timeout, and every
// change in an IMMEDIATE transaction, committed with synchronous = FULL (on the disk, not only with the
// operating system) before a secret is returned. Only the SHA-256 digest of a secret is stored. The
// file and its -wal/-shm are owner-only (0600); a looser existing file is tightened with a warning.
//
// GitLab's behaviour (tests/contract runs the same scenarios against both), and the choices where
// GitLab leaves room:
// - create refuses administrator-only scopes with Permission unless the local account is an
//   administrator (setLocalAdministrator).
// - revoking a token that is already revoked answers Validation (a General field error); nothing changes.
// - rotating a revoked token is token reuse: every active token of its rotation family is revoked and
//   the answer is Validation ("already revoked"), as GitLab's 400. An expired (not revoked) token may be
//   rotated.
// - identify answers Authentication for unknown, revoked and expired secrets and changes no token's
//   state (only rotate detects reuse, as GitLab does). A successful identify is a use of the token: it
//   sets last_used_at and puts the loopback address first in last_used_ips (at most five, newest
//   first). Any user's personal token identifies itself, as GitLab's /personal_access_tokens/self.
// - list sorts never-used tokens as the oldest (first in last_used_asc, last in last_used_desc) and
//   tokens without an expiration date last in both expires sorts; ties are broken by id.
//
// Administrators and incidents (schema 4): the store may hold other users (people, not bots) with
// personal tokens of their own. The local administrator reaches every user's personal tokens by id (get,
// revoke, rotate), creates tokens for other users and lists the inventory of every user's personal
// tokens; others answer Permission. revokeBySecret revokes whatever token the secret is, any user's,
// answering Authentication with identify's words for an unknown, revoked or expired secret.
//
// Group and project access tokens, GitLab's way: the store holds groups (and subgroups), projects, the
// local user's memberships (a project inherits the roles of its group and the group's parents, a
// subgroup those of its parents; the highest counts) and one bot user per resource token (a rotation
// keeps it). The operations on one resource's tokens keep the personal ones' rules, and:
// - every one needs the Maintainer role on a project, the Owner role on a group, else Permission
//   (naming the role needed); an unknown resource is NotFound;
// - create validates with Validation::validateForResource: the role (default Maintainer) must exist and
//   not exceed the user's own there; read_user, sudo and admin_mode are refused (Field::Scopes);
// - a token id of another resource, or of a personal token, is NotFound there, and personal operations
//   never see a resource's tokens (a personal identify answers Authentication for a resource token's
//   secret). A resource's identify, as GitLab's (the token itself, then its entry in the resource's
//   collection): Authentication for an unknown, revoked or expired secret, then Permission without the
//   role, then Authentication (unknown here) for a working token of another resource or a personal one.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    struct SeedRecord
    {
        AccessToken token; // inserted as given: dates, state and all
        int previous = -1; // index of the record it was rotated from (same family), or -1
    };
    // Groups, projects, the local user's roles and resource tokens, inserted together (seedResourcesOnce).
    struct ResourceSeed
    {
        struct Place
        {
            ResourceRef::Kind kind = ResourceRef::Kind::Group;
            QString fullPath; // parents come before what they hold
            QString name;
            int memberRole = 0; // the local user's own role there; 0: none
        };
        struct Token
        {
            ResourceRef::Kind kind = ResourceRef::Kind::Project;
            QString fullPath;
            AccessToken token; // inserted as given (with its accessLevel); its bot user is made here
            int previous = -1; // index of the token it was rotated from (same family and bot), or -1
        };
        QList<Place> places;
        QList<Token> tokens;
    };

    // Opens (creating when missing) and, when needed, upgrades the store at path. A file that is not a
    // TokenDesk database is refused with BackendError::Kind::Store and left untouched. The clock must
    // outlive the store.
    static Result<std::unique_ptr<TokenStore>> open(const QString& path, const Clock& clock);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    QString path() const { return m_path; }
    // "local:<uuid of the store>".
    QString identity() const { return m_identity; }
    const Clock& clock() const { return m_clock; }
    int maxLifetimeDays() const { return m_maxLifetimeDays; }
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }

    // Whether the local account is an administrator (kept in the store; false for a new store).
    bool isLocalAdministrator() const;
    Result<bool> setLocalAdministrator(bool admin);

    Result<Account> whoami() const;
    Result<TokenSummary> summary() const;
    Result<TokenPage> list(const ListQuery& query) const;
    Result<AccessToken> get(qint64 id) const;
    Result<CreatedToken> create(const TokenDraft& draft);
    Result<AccessToken> revoke(qint64 id);
    Result<CreatedToken> rotate(qint64 id, std::optional<QDate> expiresAt);
    Result<AccessToken> identify(const Secret& secret);

    // Administrators and incidents.
    //
    // Another user (a person, not a bot) with the username; id 0: the next free one. Validation when
    // the name is empty or taken. Answers the user's id.
    Result<qint64> addUser(const QString& username, qint64 id = 0);
    // A user's username (the local user's is whoami()'s); NotFound when no such user exists.
    Result<QString> userName(qint64 userId) const;
    // A personal token for another user (the local administrator only, else Permission).
    Result<CreatedToken> createForUser(qint64 userId, const TokenDraft& draft);
    // Revokes the token the secret is (records the use first, as signing in with it does).
    Result<AccessToken> revokeBySecret(const Secret& secret);
    // Every user's personal tokens matching the query, oldest first, with usernames (the local
    // administrator only, else Permission; an owner that is no user: NotFound).
    Result<Inventory> inventory(const InventoryQuery& query) const;

    // Groups, projects and the local user's memberships (each call one transaction). fullPath names the
    // parent: "acme/platform" is a subgroup of "acme", "acme/platform/web" a project of it, and the parent
    // must exist. id 0: the next free id. Validation for a malformed or taken path.
    Result<Resource> addGroup(const QString& fullPath, const QString& name, qint64 id = 0);
    Result<Resource> addProject(const QString& fullPath, const QString& name, qint64 id = 0);
    // The local user's own role (AccessLevels) on a group or project; 0 removes the membership.
    Result<bool> setMembership(ResourceRef::Kind kind, qint64 id, int accessLevel);
    // Groups where the local user is Owner, then projects where they are at least Maintainer, each by full
    // path, with the effective role.
    Result<QList<Resource>> resources() const;
    // The group or project a reference names (numeric id or full path), with the user's effective role
    // there (0: none). NotFound when there is none.
    Result<Resource> resolve(const ResourceRef& ref) const;

    // One group's or project's access tokens (the resource's kind and numeric id count; its role is
    // read again from the store).
    Result<TokenSummary> summary(const Resource& resource) const;
    Result<TokenPage> list(const Resource& resource, const ListQuery& query) const;
    Result<AccessToken> get(const Resource& resource, qint64 id) const;
    Result<CreatedToken> create(const Resource& resource, const TokenDraft& draft);
    Result<AccessToken> revoke(const Resource& resource, qint64 id);
    Result<CreatedToken> rotate(const Resource& resource, qint64 id, std::optional<QDate> expiresAt);
    Result<AccessToken> identify(const Resource& resource, const Secret& secret);

    // Other users and their personal tokens (each record's token.userId indexes `usernames`), inserted in
    // one transaction unless the marker is set or the store already holds other users; then sets the
    // marker. True when it inserted.
    Result<bool> seedPeopleOnce(const QString& marker, const QStringList& usernames,
                                const QList<SeedRecord>& records);
    // Inserts the records (each with the digest of a fresh secret nobody keeps) in one transaction,
    // unless the marker is already set in the meta table or the store holds personal tokens; then sets
    // the marker. True when it inserted.
    Result<bool> seedOnce(const QString& marker, const QList<SeedRecord>& records);
    // The same for groups, projects and their tokens: inserted in one transaction unless the marker is set
    // or the store holds groups; then sets the marker. True when it inserted.
    Result<bool> seedResourcesOnce(const QString& marker, const ResourceSeed& seed);

    // True when tokens changed through this store since the last call.
    bool takeChanged();

    // Test seams, for tests only. Every operation waits this long first (a slow disk).
    void setOperationDelayForTesting(int milliseconds) { m_delayMs = milliseconds; }
    // SQLite's plans (EXPLAIN QUERY PLAN details) for the page query of list(), lines starting "page: ",
    // and its count query, lines starting "count: "; of the resource's list() when one is given.
    Result<QStringList> listQueryPlanForTesting(const ListQuery& query,
                                                const std::optional<Resource>& resource = std::nullopt) const;

private:
    TokenStore(const QString& path, const Clock& clock, const QString& connectionName);
    Result<bool> initialize();
    QSqlDatabase database() const;
    QString metaValue(const QString& key) const;
    Result<bool> setMetaValue(const QString& key, const QString& value);
    Result<int> revokeFamily(qint64 familyId);
    // The local user's personal tokens, or every user's for the local administrator.
    TokenScope personalById() const;
    Result<CreatedToken> createFor(qint64 userId, const TokenDraft& draft, bool ownerIsAdmin);
    static BackendError unknownSecret();
    // The token of a secret that may sign in (Authentication otherwise), and whose it is.
    Result<AccessToken> findUsable(const Secret& secret, TokenScope* owner) const;
    // A use of the token now, from this computer: last_used_at and last_used_ips (in the caller's
    // transaction); the token is updated to match.
    Result<bool> recordUse(AccessToken& token);
    // The user a query's owner names (id or username), NotFound when none.
    Result<qint64> ownerOf(const QString& owner) const;
    void delay() const;
    // The resource as the store knows it, when the local user may manage its tokens.
    Result<Resource> managed(const Resource& resource) const;
    Result<TokenSummary> summaryIn(const TokenScope& scope) const;
    Result<AccessToken> getIn(const TokenScope& scope, qint64 id) const;
    // Inserts the token with a fresh secret (and, for a resource, a bot user of its own).
    Result<CreatedToken> insertNew(const TokenScope& scope, AccessToken token);
    Result<AccessToken> revokeIn(const TokenScope& scope, qint64 id);
    Result<CreatedToken> rotateIn(const TokenScope& scope, qint64 id, std::optional<QDate> expiresAt);
    // Authentication for an unknown, revoked or expired secret (and for a resource's token asked as a
    // personal one); then roleProblem, when given; Authentication for a token of another scope.
    Result<AccessToken> identifyIn(const TokenScope& scope, const Secret& secret,
                                   const std::optional<BackendError>& roleProblem);
    // Runs a write of the directory (groups, projects, memberships) in its own transaction.
    template<typename T>
    Result<T> directoryWrite(const std::function<Result<T>()>& write);

    mutable PageReader m_pages;
    quint64 m_writes = 0; // changes asked of this store (data_version counts other connections')
    QString m_path;
    const Clock& m_clock;
    QString m_connectionName;
    QString m_identity;
    int m_maxLifetimeDays = 365;
    int m_delayMs = 0;
    bool m_changed = false;
};

} // namespace TokenDesk
