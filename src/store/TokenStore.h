#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "PageReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

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
//   state (only rotate detects reuse, as GitLab does). A successful identify sets last_used_at.
// - list sorts never-used tokens as the oldest (first in last_used_asc, last in last_used_desc) and
//   tokens without an expiration date last in both expires sorts; ties are broken by id.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    struct SeedRecord
    {
        AccessToken token; // inserted as given: dates, state and all
        int previous = -1; // index of the record it was rotated from (same family), or -1
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

    // Inserts the records (each with the digest of a fresh secret nobody keeps) in one transaction,
    // unless the marker is already set in the meta table or the store holds tokens; then sets the marker.
    // True when it inserted.
    Result<bool> seedOnce(const QString& marker, const QList<SeedRecord>& records);

    // True when tokens changed through this store since the last call.
    bool takeChanged();

    // Test seams, for tests only. Every operation waits this long first (a slow disk).
    void setOperationDelayForTesting(int milliseconds) { m_delayMs = milliseconds; }
    // SQLite's plans (EXPLAIN QUERY PLAN details) for the page query of list(), lines starting "page: ",
    // and its count query, lines starting "count: ".
    Result<QStringList> listQueryPlanForTesting(const ListQuery& query) const;

private:
    TokenStore(const QString& path, const Clock& clock, const QString& connectionName);
    Result<bool> initialize();
    QSqlDatabase database() const;
    QString metaValue(const QString& key) const;
    Result<bool> setMetaValue(const QString& key, const QString& value);
    Result<int> revokeFamily(qint64 familyId);
    void delay() const;

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
