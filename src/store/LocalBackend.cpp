#include "LocalBackend.h"

#include "Logging.h"
#include "ScopeCatalog.h"
#include "SecretGenerator.h"
#include "StoreSchema.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace TokenDesk {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int CacheSizeKiB = -16384; // negative: KiB, as PRAGMA cache_size takes it
const QLatin1String tokenColumns("id, name, description, scopes, created_at, last_used_at, expires_at, "
                                 "revoked, revoked_at, user_id");
// %1 is "revoked" for counting (through the covering tokens_state index) and "+revoked" for pages and
// searches, where the unary plus keeps SQLite from picking tokens_state over the sort or name index.
const QLatin1String activeCondition("(%1 = 0 AND (expires_at IS NULL OR expires_at > :today))");
const QLatin1String inactiveCondition("(%1 <> 0 OR (expires_at IS NOT NULL AND expires_at <= :today))");

// Every token is exactly one of: revoked; not revoked and expired; active. Counting the first two is a
// short range of tokens_state each, and count(*) of a whole table only reads page headers.
const QLatin1String countAll("(SELECT count(*) FROM tokens)");
const QLatin1String countRevoked("(SELECT count(*) FROM tokens WHERE revoked > 0)");
const QLatin1String countExpired("(SELECT count(*) FROM tokens WHERE revoked = 0 AND expires_at <= :today)");

enum class FilterUse
{
    Page,
    Count
};
constexpr qint64 LocalUserId = 1;

BackendError storeError(const QSqlQuery& q)
{
    const QSqlError error = q.lastError();
    qCWarning(lcStore) << "SQL failed:" << error.text();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) // SQLITE_BUSY, SQLITE_LOCKED
        return BackendError::make(BackendError::Kind::Store,
                                  LocalBackend::tr("The token store is busy: another program kept it locked "
                                                   "for more than %1 seconds. Try again.")
                                      .arg(BusyTimeoutMs / 1000));
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return BackendError::make(BackendError::Kind::Store,
                              LocalBackend::tr("The token store failed: %1").arg(detail));
}

BackendError notFound(qint64 id)
{
    return BackendError::make(BackendError::Kind::NotFound,
                              LocalBackend::tr("There is no token with id %1.").arg(id));
}

QString dateText(QDate date)
{
    return date.isNull() ? QString() : date.toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString textValue(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant dateValue(QDate date)
{
    return date.isNull() ? QVariant() : QVariant(date.toString(Qt::ISODate));
}

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

AccessToken readToken(const QSqlQuery& q)
{
    AccessToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.scopes = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    t.createdAt = timeFrom(q.value(4));
    t.lastUsedAt = timeFrom(q.value(5));
    t.expiresAt = q.value(6).isNull() ? QDate() : QDate::fromString(q.value(6).toString(), Qt::ISODate);
    t.revoked = q.value(7).toInt() != 0;
    t.revokedAt = timeFrom(q.value(8));
    t.userId = q.value(9).toLongLong();
    return t;
}

QString escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

// withIndex false puts a unary plus on every term, so SQLite sorts the (few) matches of a search
// instead of walking a whole sort index and looking up every row to test it.
QString orderBy(ListQuery::Sort sort, bool withIndex)
{
    QString terms;
    switch (sort) {
    case ListQuery::Sort::CreatedAsc:
        terms = QStringLiteral("%1created_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::CreatedDesc:
        terms = QStringLiteral("%1created_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::ExpiresAsc:
        terms = QStringLiteral("%1(expires_at IS NULL) ASC, %1expires_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::ExpiresDesc:
        terms = QStringLiteral("%1(expires_at IS NOT NULL) DESC, %1expires_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::LastUsedAsc:
        terms = QStringLiteral("%1last_used_at ASC, %1id ASC");
        break;
    case ListQuery::Sort::LastUsedDesc:
        terms = QStringLiteral("%1last_used_at DESC, %1id DESC");
        break;
    case ListQuery::Sort::NameAsc:
        terms = QStringLiteral("%1name_folded ASC, %1id ASC");
        break;
    case ListQuery::Sort::NameDesc:
        terms = QStringLiteral("%1name_folded DESC, %1id DESC");
        break;
    }
    return terms.arg(withIndex ? QString() : QStringLiteral("+"));
}

struct Filter
{
    QString where;
    QList<std::pair<QString, QVariant>> bindings;
};

Filter filterFor(const ListQuery& query, QDate todayUtc, FilterUse use)
{
    QStringList conditions;
    Filter f;
    const bool searching = !query.search.isEmpty();
    const QString revokedColumn =
        use == FilterUse::Page || searching ? QStringLiteral("+revoked") : QStringLiteral("revoked");
    switch (query.state) {
    case ListQuery::State::Active:
        conditions << QString(activeCondition).arg(revokedColumn);
        break;
    case ListQuery::State::Inactive:
        conditions << QString(inactiveCondition).arg(revokedColumn);
        break;
    case ListQuery::State::All:
        break;
    }
    if (query.state != ListQuery::State::All)
        f.bindings.append({QStringLiteral(":today"), dateText(todayUtc)});
    if (searching) {
        // The matching ids come from a scan of the small name index; only their rows are read.
        conditions << QStringLiteral(
            "id IN (SELECT id FROM tokens WHERE name_folded LIKE :pattern ESCAPE '\\')");
        f.bindings.append(
            {QStringLiteral(":pattern"), QString(u'%' + escapeLike(query.search.toCaseFolded()) + u'%')});
    }
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return f;
}

bool prepareListQuery(QSqlQuery& q, const ListQuery& query, QDate todayUtc, FilterUse use, bool explain)
{
    Filter filter = filterFor(query, todayUtc, use);
    QString sql;
    if (use == FilterUse::Page) {
        sql = QStringLiteral("SELECT %1 FROM tokens%2 ORDER BY %3 LIMIT :limit OFFSET :offset")
                  .arg(tokenColumns, filter.where, orderBy(query.sort, query.search.isEmpty()));
    } else if (!query.search.isEmpty() || query.state == ListQuery::State::All) {
        sql = QStringLiteral("SELECT count(*) FROM tokens%1").arg(filter.where);
    } else {
        // Counted from the inactive side: index ranges as small as the number of inactive tokens.
        sql = query.state == ListQuery::State::Active
                  ? QStringLiteral("SELECT %1 - %2 - %3").arg(countAll, countRevoked, countExpired)
                  : QStringLiteral("SELECT %1 + %2").arg(countRevoked, countExpired);
        filter.bindings = {{QStringLiteral(":today"), dateText(todayUtc)}};
    }
    if (!q.prepare(explain ? QStringLiteral("EXPLAIN QUERY PLAN ") + sql : sql))
        return false;
    for (const auto& [name, value] : filter.bindings)
        q.bindValue(name, value);
    if (use == FilterUse::Page) {
        q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
        q.bindValue(QStringLiteral(":offset"), std::max(0, query.offset));
    }
    return true;
}

// BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a change never
// fails half-way because another connection wrote first.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db) : m_query(db)
    {
        m_open = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteTransaction()
    {
        if (m_open)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isOpen() const { return m_open; }
    const QSqlQuery& query() const { return m_query; }
    bool commit()
    {
        if (!m_query.exec(QStringLiteral("COMMIT")))
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlQuery m_query;
    bool m_open = false;
};

class ReadTransaction
{
public:
    explicit ReadTransaction(const QSqlDatabase& db) : m_query(db)
    {
        m_open = m_query.exec(QStringLiteral("BEGIN"));
    }
    ~ReadTransaction()
    {
        if (m_open)
            m_query.exec(QStringLiteral("COMMIT"));
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    QSqlQuery m_query;
    bool m_open = false;
};

std::optional<AccessToken> fetchToken(const QSqlDatabase& db, qint64 id, std::optional<BackendError>& error,
                                      qint64* familyId = nullptr)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, family_id FROM tokens WHERE id = :id").arg(tokenColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        error = storeError(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    if (familyId)
        *familyId = q.value(10).toLongLong();
    return readToken(q);
}

} // namespace

LocalBackend::LocalBackend(const QString& path, const Clock& clock, Mode mode, const QString& connectionName)
    : m_path(path), m_clock(clock), m_mode(mode), m_connectionName(connectionName)
{}

LocalBackend::~LocalBackend()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const QString& path, const Clock& clock, Mode mode)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 is not a TokenDesk database; it was left untouched.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 cannot be read: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 is not a TokenDesk database; it was left untouched.").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return BackendError::make(BackendError::Kind::Store,
                                  tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }

    const QString connectionName =
        QStringLiteral("tokendesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LocalBackend> backend(
        new LocalBackend(info.absoluteFilePath(), clock, mode, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
    }
    Result<bool> ready = backend->initialize();
    if (!ready)
        return ready.error();
    return backend;
}

Result<bool> LocalBackend::initialize()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
        return storeError(q);
    const Result<bool> prepared = StoreSchema::prepare(db, m_path);
    if (!prepared)
        return prepared;
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return storeError(q);
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "store is not in WAL mode:" << q.value(0).toString();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(CacheSizeKiB)))
        return storeError(q);
    m_identity = QStringLiteral("local:") + metaValue(QStringLiteral("store_id"));
    qCDebug(lcStore) << "opened store" << m_path;
    return true;
}

QSqlDatabase LocalBackend::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString LocalBackend::displayName() const
{
    return m_mode == Mode::Demo ? tr("Offline demo · %1").arg(m_path) : tr("Offline store · %1").arg(m_path);
}

QString LocalBackend::identity() const
{
    return m_identity;
}

QString LocalBackend::metaValue(const QString& key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Result<bool> LocalBackend::setMetaValue(const QString& key, const QString& value)
{
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return storeError(q);
    if (!tx.commit())
        return storeError(tx.query());
    return true;
}

bool LocalBackend::isLocalAdministrator() const
{
    return metaValue(QStringLiteral("local_admin")) == QLatin1String("1");
}

Result<bool> LocalBackend::setLocalAdministrator(bool admin)
{
    return setMetaValue(QStringLiteral("local_admin"), admin ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<Account> LocalBackend::whoamiNow() const
{
    Account account;
    account.userId = LocalUserId;
    account.username = qEnvironmentVariable("USER");
    if (account.username.isEmpty())
        account.username = QStringLiteral("local");
    account.name = account.username;
    account.isAdmin = isLocalAdministrator();
    return account;
}

Result<TokenSummary> LocalBackend::summaryNow() const
{
    const QDate today = m_clock.todayUtc();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1, %2, %3, (SELECT count(*) FROM tokens WHERE revoked = 0"
                             " AND expires_at > :today2 AND expires_at <= :soon)")
                  .arg(countAll, countRevoked, countExpired));
    q.bindValue(QStringLiteral(":today"), dateText(today));
    q.bindValue(QStringLiteral(":today2"), dateText(today));
    q.bindValue(QStringLiteral(":soon"), dateText(today.addDays(TokenSummary::ExpiringSoonDays)));
    if (!q.exec() || !q.next())
        return storeError(q);
    TokenSummary s;
    s.revoked = q.value(1).toInt();
    s.expired = q.value(2).toInt();
    s.active = q.value(0).toInt() - s.revoked - s.expired;
    s.expiringSoon = q.value(3).toInt();
    return s;
}

Result<TokenPage> LocalBackend::listNow(const ListQuery& query) const
{
    const QDate today = m_clock.todayUtc();
    ReadTransaction snapshot(database());

    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!prepareListQuery(q, query, today, FilterUse::Page, false) || !q.exec())
        return storeError(q);
    TokenPage page;
    while (q.next())
        page.tokens << readToken(q);

    QSqlQuery count(database());
    if (!prepareListQuery(count, query, today, FilterUse::Count, false) || !count.exec() || !count.next())
        return storeError(count);
    page.total = count.value(0).toInt();
    return page;
}

Result<QStringList> LocalBackend::listQueryPlan(const ListQuery& query) const
{
    QStringList plan;
    for (FilterUse use : {FilterUse::Page, FilterUse::Count}) {
        QSqlQuery q(database());
        if (!prepareListQuery(q, query, m_clock.todayUtc(), use, true) || !q.exec())
            return storeError(q);
        while (q.next())
            plan << (use == FilterUse::Page ? QStringLiteral("page: ") : QStringLiteral("count: ")) +
                        q.value(3).toString();
    }
    return plan;
}

Result<AccessToken> LocalBackend::getNow(qint64 id) const
{
    std::optional<BackendError> error;
    const std::optional<AccessToken> token = fetchToken(database(), id, error);
    if (error)
        return *error;
    if (!token)
        return notFound(id);
    return *token;
}

namespace {

Result<qint64> insertRow(const QSqlDatabase& db, const AccessToken& t, const QByteArray& digest,
                         std::optional<qint64> familyId, std::optional<qint64> previousId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (name, name_folded, description, scopes, created_at, last_used_at, expires_at,"
        " revoked, revoked_at, secret_digest, user_id, family_id, previous_id)"
        " VALUES (:name, :folded, :description, :scopes, :created, :lastUsed, :expires, :revoked, :revokedAt,"
        " :digest, :user, :family, :previous)"));
    q.bindValue(QStringLiteral(":name"), textValue(t.name));
    q.bindValue(QStringLiteral(":folded"), textValue(t.name.toCaseFolded()));
    q.bindValue(QStringLiteral(":description"), textValue(t.description));
    q.bindValue(QStringLiteral(":scopes"), t.scopes.join(u' '));
    q.bindValue(QStringLiteral(":created"), timeValue(t.createdAt));
    q.bindValue(QStringLiteral(":lastUsed"), timeValue(t.lastUsedAt));
    q.bindValue(QStringLiteral(":expires"), dateValue(t.expiresAt));
    q.bindValue(QStringLiteral(":revoked"), t.revoked ? 1 : 0);
    q.bindValue(QStringLiteral(":revokedAt"), timeValue(t.revokedAt));
    q.bindValue(QStringLiteral(":digest"), digest);
    q.bindValue(QStringLiteral(":user"), t.userId);
    q.bindValue(QStringLiteral(":family"), familyId ? QVariant(*familyId) : QVariant());
    q.bindValue(QStringLiteral(":previous"), previousId ? QVariant(*previousId) : QVariant());
    if (!q.exec())
        return storeError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!familyId) {
        q.prepare(QStringLiteral("UPDATE tokens SET family_id = id WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return storeError(q);
    }
    return id;
}

QDateTime truncatedToMs(const QDateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

BackendError generalError(BackendError::Kind kind, const QString& message)
{
    BackendError e = BackendError::make(kind, message);
    if (kind == BackendError::Kind::Validation)
        e.fieldErrors = {FieldError{Field::General, message}};
    return e;
}

} // namespace

Result<int> LocalBackend::revokeFamily(qint64 familyId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE tokens SET revoked = 1, revoked_at = :now WHERE family_id = :family AND revoked = 0"));
    q.bindValue(QStringLiteral(":now"), m_clock.nowUtc().toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":family"), familyId);
    if (!q.exec())
        return storeError(q);
    const int affected = q.numRowsAffected();
    if (affected > 0) {
        qCDebug(lcStore) << "token reuse detected: revoked" << affected << "token(s) of family" << familyId;
        m_changePending = true;
    }
    return affected;
}

Result<CreatedToken> LocalBackend::createToken(const TokenDraft& draft)
{
    const QDate today = m_clock.todayUtc();
    const QList<FieldError> errors = Validation::validate(draft, today, m_maxLifetimeDays);
    if (!errors.isEmpty())
        return BackendError::validation(errors);
    if (!isLocalAdministrator()) {
        for (const QString& scope : draft.scopes) {
            if (ScopeCatalog::isAdminOnly(scope)) {
                BackendError e = BackendError::make(
                    BackendError::Kind::Permission,
                    tr("Only administrators can create tokens with the scope \"%1\".").arg(scope));
                e.missingScope = scope;
                return e;
            }
        }
    }

    AccessToken token;
    token.name = draft.name;
    token.description = draft.description;
    token.scopes = draft.scopes;
    token.scopes.removeDuplicates();
    token.createdAt = truncatedToMs(m_clock.nowUtc());
    token.expiresAt = draft.expiresAt;
    token.userId = LocalUserId;

    Secret secret = SecretGenerator::generate();
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    const Result<qint64> id =
        insertRow(database(), token, SecretGenerator::digest(secret), std::nullopt, std::nullopt);
    if (!id)
        return id.error();
    if (!tx.commit())
        return storeError(tx.query());
    token.id = id.value();
    m_changePending = true;
    qCDebug(lcStore) << "created token" << token.id;
    return CreatedToken{token, secret};
}

Result<AccessToken> LocalBackend::revokeToken(qint64 id)
{
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    std::optional<BackendError> error;
    std::optional<AccessToken> token = fetchToken(database(), id, error);
    if (error)
        return *error;
    if (!token)
        return notFound(id);
    if (token->revoked)
        return generalError(BackendError::Kind::Validation,
                            tr("The token \"%1\" is already revoked.").arg(token->name));
    token->revoked = true;
    token->revokedAt = truncatedToMs(m_clock.nowUtc());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1, revoked_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), timeValue(token->revokedAt));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storeError(q);
    if (!tx.commit())
        return storeError(tx.query());
    m_changePending = true;
    qCDebug(lcStore) << "revoked token" << id;
    return *token;
}

Result<CreatedToken> LocalBackend::rotateToken(qint64 id, std::optional<QDate> expiresAt)
{
    const QDate today = m_clock.todayUtc();
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    std::optional<BackendError> error;
    qint64 familyId = 0;
    std::optional<AccessToken> old = fetchToken(database(), id, error, &familyId);
    if (error)
        return *error;
    if (!old)
        return notFound(id);
    if (old->revoked) {
        const Result<int> revoked = revokeFamily(familyId);
        if (!revoked)
            return revoked.error();
        if (!tx.commit())
            return storeError(tx.query());
        return BackendError::make(
            BackendError::Kind::Permission,
            tr("The token \"%1\" was already revoked, so rotating it looks like token reuse: every token of "
               "its rotation family has been revoked.")
                .arg(old->name));
    }
    const QDate newExpiry = expiresAt.value_or(today.addDays(Validation::DefaultRotationDays));
    if (expiresAt) {
        if (auto fieldError = Validation::validateExpiry(*expiresAt, today, m_maxLifetimeDays))
            return BackendError::validation({*fieldError});
    }

    const QDateTime now = truncatedToMs(m_clock.nowUtc());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1, revoked_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), timeValue(now));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storeError(q);

    AccessToken successor;
    successor.name = old->name;
    successor.description = old->description;
    successor.scopes = old->scopes;
    successor.createdAt = now;
    successor.expiresAt = newExpiry;
    successor.userId = old->userId;
    Secret secret = SecretGenerator::generate();
    const Result<qint64> newId =
        insertRow(database(), successor, SecretGenerator::digest(secret), familyId, id);
    if (!newId)
        return newId.error();
    if (!tx.commit())
        return storeError(tx.query());
    successor.id = newId.value();
    m_changePending = true;
    qCDebug(lcStore) << "rotated token" << id << "to" << successor.id;
    return CreatedToken{successor, secret};
}

Result<AccessToken> LocalBackend::identifyToken(const Secret& secret)
{
    const QDateTime now = truncatedToMs(m_clock.nowUtc());
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT %1, family_id FROM tokens WHERE secret_digest = :digest").arg(tokenColumns));
    q.bindValue(QStringLiteral(":digest"), SecretGenerator::digest(secret));
    if (!q.exec())
        return storeError(q);
    if (!q.next())
        return BackendError::make(BackendError::Kind::Authentication,
                                  tr("This token is not valid for this store."));
    AccessToken token = readToken(q);
    const qint64 familyId = q.value(10).toLongLong();
    q.finish();
    if (token.revoked) {
        const Result<int> revoked = revokeFamily(familyId);
        if (!revoked)
            return revoked.error();
        if (!tx.commit())
            return storeError(tx.query());
        return BackendError::make(BackendError::Kind::Authentication,
                                  tr("This token (\"%1\") has been revoked.").arg(token.name));
    }
    if (!token.isActive(now.date()))
        return BackendError::make(
            BackendError::Kind::Authentication,
            tr("This token (\"%1\") expired on %2.").arg(token.name, token.expiresAt.toString(Qt::ISODate)));
    q.prepare(QStringLiteral("UPDATE tokens SET last_used_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), timeValue(now));
    q.bindValue(QStringLiteral(":id"), token.id);
    if (!q.exec())
        return storeError(q);
    if (!tx.commit())
        return storeError(tx.query());
    token.lastUsedAt = now;
    return token;
}

Result<bool> LocalBackend::seedOnce(const QString& marker, const QList<SeedRecord>& records)
{
    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM meta WHERE key = :marker), (SELECT count(*) FROM tokens)"));
    q.bindValue(QStringLiteral(":marker"), marker);
    if (!q.exec() || !q.next())
        return storeError(q);
    const bool seeded = q.value(0).toInt() == 0 && q.value(1).toInt() == 0;
    q.finish();
    if (seeded) {
        QList<std::pair<qint64, qint64>> ids; // id, family
        for (const SeedRecord& record : records) {
            std::optional<qint64> family;
            std::optional<qint64> previous;
            if (record.previous >= 0 && record.previous < ids.size()) {
                previous = ids.at(record.previous).first;
                family = ids.at(record.previous).second;
            }
            const Result<qint64> id =
                insertRow(database(), record.token, SecretGenerator::digest(SecretGenerator::generate()),
                          family, previous);
            if (!id)
                return id.error();
            ids.append({id.value(), family.value_or(id.value())});
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:marker, :value)"));
    q.bindValue(QStringLiteral(":marker"), marker);
    q.bindValue(QStringLiteral(":value"), timeValue(m_clock.nowUtc()).toString());
    if (!q.exec())
        return storeError(q);
    if (!tx.commit())
        return storeError(tx.query());
    if (seeded)
        m_changePending = true;
    return seeded;
}

Result<int> LocalBackend::bulkInsertForBenchmark(int count)
{
    static const QStringList names = {QStringLiteral("CI pipeline"), QStringLiteral("Release bot"),
                                      QStringLiteral("Laptop"),      QStringLiteral("Registry push"),
                                      QStringLiteral("Dashboards"),  QStringLiteral("Backup script"),
                                      QStringLiteral("Kubernetes"),  QStringLiteral("Renovate")};
    static const QStringList scopeSets = {QStringLiteral("api"), QStringLiteral("read_api read_user"),
                                          QStringLiteral("read_repository write_repository"),
                                          QStringLiteral("read_registry write_registry"),
                                          QStringLiteral("k8s_proxy")};
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.date();
    QRandomGenerator* random = QRandomGenerator::global();

    // A large page cache keeps the index pages in memory while a big batch goes in.
    QSqlQuery cache(database());
    cache.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restoreCache =
        qScopeGuard([&cache]() { cache.exec(QStringLiteral("PRAGMA cache_size = %1").arg(CacheSizeKiB)); });

    WriteTransaction tx(database());
    if (!tx.isOpen())
        return storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (name, name_folded, description, scopes, created_at, last_used_at, expires_at,"
        " revoked, revoked_at, secret_digest, user_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1 %2").arg(names.at(i % names.size())).arg(i + 1);
        const qint64 ageDays = random->bounded(400);
        const QDateTime created = now.addDays(-ageDays).addSecs(-random->bounded(86400));
        const bool used = i % 5 != 0;
        const bool revoked = i % 10 == 0;
        const QDate expires = today.addDays(random->bounded(-30, 366));
        quint32 digest[8];
        random->fillRange(digest);
        q.addBindValue(name);
        q.addBindValue(name.toCaseFolded());
        q.addBindValue(QStringLiteral("Synthetic token for benchmarks"));
        q.addBindValue(scopeSets.at(i % scopeSets.size()));
        q.addBindValue(created.toMSecsSinceEpoch());
        q.addBindValue(used ? QVariant(created.addSecs(random->bounded(3600 * 24 * 30)).toMSecsSinceEpoch())
                            : QVariant());
        q.addBindValue(dateText(expires));
        q.addBindValue(revoked ? 1 : 0);
        q.addBindValue(revoked ? QVariant(now.toMSecsSinceEpoch()) : QVariant());
        q.addBindValue(QByteArray(reinterpret_cast<const char*>(digest), sizeof(digest)));
        if (!q.exec())
            return storeError(q);
    }
    QSqlQuery family(database());
    if (!family.exec(QStringLiteral("UPDATE tokens SET family_id = id WHERE family_id IS NULL")))
        return storeError(family);
    if (!tx.commit())
        return storeError(tx.query());
    if (count > 0)
        m_changePending = true;
    announceChange();
    return count;
}

void LocalBackend::announceChange()
{
    if (!m_changePending)
        return;
    m_changePending = false;
    QMetaObject::invokeMethod(
        this, [this]() { Q_EMIT tokensChanged(); }, Qt::QueuedConnection);
}

Result<CreatedToken> LocalBackend::createNow(const TokenDraft& draft)
{
    Result<CreatedToken> r = createToken(draft);
    announceChange();
    return r;
}

Result<AccessToken> LocalBackend::revokeNow(qint64 id)
{
    Result<AccessToken> r = revokeToken(id);
    announceChange();
    return r;
}

Result<CreatedToken> LocalBackend::rotateNow(qint64 id, std::optional<QDate> expiresAt)
{
    Result<CreatedToken> r = rotateToken(id, expiresAt);
    announceChange();
    return r;
}

Result<AccessToken> LocalBackend::identifyNow(const Secret& secret)
{
    Result<AccessToken> r = identifyToken(secret);
    announceChange();
    return r;
}

void LocalBackend::whoami(QObject* context, Callback<Account> done)
{
    deliverLater(context, std::move(done), whoamiNow());
}

void LocalBackend::summary(QObject* context, Callback<TokenSummary> done)
{
    deliverLater(context, std::move(done), summaryNow());
}

void LocalBackend::list(const ListQuery& query, QObject* context, Callback<TokenPage> done)
{
    deliverLater(context, std::move(done), listNow(query));
}

void LocalBackend::get(qint64 id, QObject* context, Callback<AccessToken> done)
{
    deliverLater(context, std::move(done), getNow(id));
}

void LocalBackend::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done)
{
    deliverLater(context, std::move(done), createToken(draft));
    announceChange();
}

void LocalBackend::revoke(qint64 id, QObject* context, Callback<AccessToken> done)
{
    deliverLater(context, std::move(done), revokeToken(id));
    announceChange();
}

void LocalBackend::rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                          Callback<CreatedToken> done)
{
    deliverLater(context, std::move(done), rotateToken(id, expiresAt));
    announceChange();
}

void LocalBackend::identify(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    deliverLater(context, std::move(done), identifyToken(secret));
    announceChange();
}

} // namespace TokenDesk
