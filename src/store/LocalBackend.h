#pragma once

#include "Clock.h"
#include "TokenBackend.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace TokenDesk {

class DemoSeeder;

// TokenBackend over one SQLite file: a small GitLab of one local user. Several LocalBackends (in one
// process or several) may share a file: WAL journal, a busy timeout, and every change in an
// IMMEDIATE transaction. Only the SHA-256 digest of a secret is stored.
//
// GitLab's behaviour, and the choices where GitLab leaves room:
// - create refuses administrator-only scopes with Permission unless the local account is an
//   administrator (setLocalAdministrator).
// - revoking a token that is already revoked answers Validation (a General field error); nothing changes.
// - rotating a revoked token is treated as token reuse: every active token of its rotation family is
//   revoked and the answer is Permission. An expired (not revoked) token may be rotated.
// - identify answers Authentication for unknown, revoked and expired secrets; a revoked secret of a
//   rotation family also revokes the family. A successful identify sets last_used_at.
// - list sorts never-used tokens as the oldest (first in last_used_asc, last in last_used_desc) and
//   tokens without an expiration date last in both expires sorts; ties are broken by id.
//
// The clock must outlive the backend. All answers arrive through deliverLater().
class LocalBackend : public TokenBackend
{
    Q_OBJECT

public:
    enum class Mode
    {
        Regular,
        Demo
    };

    // Opens (creating when missing) and, when needed, upgrades the store at path. A file that is not a
    // TokenDesk database is refused with BackendError::Kind::Store and left untouched.
    static Result<std::unique_ptr<LocalBackend>> open(const QString& path, const Clock& clock,
                                                      Mode mode = Mode::Regular);
    ~LocalBackend() override;

    Kind kind() const override { return Kind::Local; }
    QString displayName() const override;
    QString identity() const override;
    int maxLifetimeDays() const override { return m_maxLifetimeDays; }
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    const Clock& clock() const { return m_clock; }

    // Whether the local account is an administrator (kept in the store; false for a new store).
    bool isLocalAdministrator() const;
    Result<bool> setLocalAdministrator(bool admin);

    void whoami(QObject* context, Callback<Account> done) override;
    void summary(QObject* context, Callback<TokenSummary> done) override;
    void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) override;
    void get(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) override;
    void revoke(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                Callback<CreatedToken> done) override;
    void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) override;

    // The same operations, answered at once (for tools and tests that have no event loop to spare).
    // tokensChanged() still comes later, from the event loop.
    Result<Account> whoamiNow() const;
    Result<TokenSummary> summaryNow() const;
    Result<TokenPage> listNow(const ListQuery& query) const;
    Result<AccessToken> getNow(qint64 id) const;
    Result<CreatedToken> createNow(const TokenDraft& draft);
    Result<AccessToken> revokeNow(qint64 id);
    Result<CreatedToken> rotateNow(qint64 id, std::optional<QDate> expiresAt);
    Result<AccessToken> identifyNow(const Secret& secret);

    // SQLite's plans (EXPLAIN QUERY PLAN details) for the page query of list(), lines starting "page: ",
    // and its count query, lines starting "count: ". For tests.
    Result<QStringList> listQueryPlan(const ListQuery& query) const;
    // Inserts count synthetic tokens (mixed states, dates and scopes) in one transaction.
    Result<int> bulkInsertForBenchmark(int count);

private:
    friend class DemoSeeder;

    LocalBackend(const QString& path, const Clock& clock, Mode mode, const QString& connectionName);
    Result<bool> initialize();

    QSqlDatabase database() const;
    struct SeedRecord
    {
        AccessToken token; // inserted as given: dates, state and all
        int previous = -1; // index of the record it was rotated from (same family), or -1
    };
    // Inserts the records (each with the digest of a fresh secret nobody keeps) in one transaction,
    // unless the marker is already set in the meta table or the store holds tokens; then sets the marker.
    // True when it inserted.
    Result<bool> seedOnce(const QString& marker, const QList<SeedRecord>& records);
    QString metaValue(const QString& key) const;
    Result<bool> setMetaValue(const QString& key, const QString& value);

    Result<CreatedToken> createToken(const TokenDraft& draft);
    Result<AccessToken> revokeToken(qint64 id);
    Result<CreatedToken> rotateToken(qint64 id, std::optional<QDate> expiresAt);
    Result<AccessToken> identifyToken(const Secret& secret);
    Result<int> revokeFamily(qint64 familyId);
    // Emits tokensChanged() from the event loop when something changed since the last call.
    void announceChange();

    bool m_changePending = false;

    QString m_path;
    const Clock& m_clock;
    Mode m_mode;
    QString m_connectionName;
    QString m_identity;
    int m_maxLifetimeDays = 365;
};

} // namespace TokenDesk
