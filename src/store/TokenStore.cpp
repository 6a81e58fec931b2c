#include "TokenStore.h"

#include "ListSql.h"
#include "Logging.h"
#include "PrivateFiles.h"
#include "ResourceDirectory.h"
#include "ScopeCatalog.h"
#include "SecretGenerator.h"
#include "SeedRows.h"
#include "StoreSchema.h"
#include "StoreTransaction.h"
#include "TokenRows.h"
#include "Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

namespace TokenDesk {

namespace {

constexpr int CacheSizeKiB = -4096; // negative: KiB, as PRAGMA cache_size takes it
constexpr int WalRetryMs = 10;
using Tx = StoreTransaction;

BackendError generalError(BackendError::Kind kind, const QString& message)
{
    BackendError e = BackendError::make(kind, message);
    if (kind == BackendError::Kind::Validation)
        e.fieldErrors = {FieldError{Field::General, message}};
    return e;
}

} // namespace

TokenStore::TokenStore(const QString& path, const Clock& clock, const QString& connectionName)
    : m_path(path), m_clock(clock), m_connectionName(connectionName)
{}

TokenStore::~TokenStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<TokenStore>> TokenStore::open(const QString& path, const Clock& clock)
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
        const QByteArray header = file.read(72);
        if (!header.isEmpty() && !header.startsWith(QByteArray("SQLite format 3\0", 16)))
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 is not a TokenDesk database; it was left untouched.").arg(path));
        // Ours (the application id at offset 68): tightened before SQLite opens it, so that the -wal
        // and -shm SQLite creates get its private permissions. Any other file waits until it is known.
        if (header.size() == 72 && qFromBigEndian<quint32>(header.constData() + 68) ==
                                       static_cast<quint32>(StoreSchema::ApplicationId))
            PrivateFiles::tightenIfPresent(info.absoluteFilePath());
    } else if (!PrivateFiles::ensureFolder(info.absolutePath(), PrivateFiles::Existing::Keep)) {
        return BackendError::make(BackendError::Kind::Store,
                                  tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    // The store is the user's alone: created 0600 before SQLite opens it (SQLite gives its -wal, -shm
    // and -journal files the database's permissions). An existing one is tightened below, once it is
    // known to be a store (another application's file is left untouched).
    if (!info.exists()) {
        if (const QString problem = PrivateFiles::ensureFile(info.absoluteFilePath()); !problem.isEmpty())
            return BackendError::make(BackendError::Kind::Store, problem);
    }

    const QString connectionName =
        QStringLiteral("tokendesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<TokenStore> store(new TokenStore(info.absoluteFilePath(), clock, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(TokenRows::BusyTimeoutMs));
        if (!db.open())
            return BackendError::make(BackendError::Kind::Store,
                                      tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
    }
    Result<bool> ready = store->initialize();
    if (!ready)
        return ready.error();
    // Known to be a store now. By path only: this process holds the file open.
    PrivateFiles::tightenIfPresent(info.absoluteFilePath());
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        PrivateFiles::tightenIfPresent(info.absoluteFilePath() + QLatin1String(suffix));
    return store;
}

Result<bool> TokenStore::initialize()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(TokenRows::BusyTimeoutMs)))
        return TokenRows::storeError(q);
    const Result<bool> prepared = StoreSchema::prepare(db, m_path);
    if (!prepared)
        return prepared;
    // Switching a fresh file to WAL can answer "busy" at once, without waiting, while another process
    // opening it makes the same switch: ask again for as long as the busy timeout.
    bool walSet = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next();
    for (int waited = 0; !walSet && q.lastError().nativeErrorCode() == QLatin1String("5") &&
                         waited < TokenRows::BusyTimeoutMs;
         waited += WalRetryMs) {
        QThread::msleep(WalRetryMs);
        walSet = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next();
    }
    if (!walSet)
        return TokenRows::storeError(q);
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "store is not in WAL mode:" << q.value(0).toString();
    // FULL: in WAL mode each commit syncs the WAL before it returns, so a token whose secret is
    // shown survives a power cut (NORMAL would survive a crash of the program only).
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(CacheSizeKiB)))
        return TokenRows::storeError(q);
    m_identity = QStringLiteral("local:") + metaValue(QStringLiteral("store_id"));
    qCDebug(lcStore) << "opened store" << m_path;
    return true;
}

QSqlDatabase TokenStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void TokenStore::delay() const
{
    if (m_delayMs > 0)
        QThread::msleep(static_cast<unsigned long>(m_delayMs));
}

bool TokenStore::takeChanged()
{
    return std::exchange(m_changed, false);
}

QString TokenStore::metaValue(const QString& key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Result<bool> TokenStore::setMetaValue(const QString& key, const QString& value)
{
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    return true;
}

bool TokenStore::isLocalAdministrator() const
{
    return metaValue(QStringLiteral("local_admin")) == QLatin1String("1");
}

Result<bool> TokenStore::setLocalAdministrator(bool admin)
{
    return setMetaValue(QStringLiteral("local_admin"), admin ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<Account> TokenStore::whoami() const
{
    delay();
    Account account;
    account.userId = TokenRows::LocalUserId;
    account.username = qEnvironmentVariable("USER");
    if (account.username.isEmpty())
        account.username = QStringLiteral("local");
    account.name = account.username;
    account.isAdmin = isLocalAdministrator();
    return account;
}

Result<TokenSummary> TokenStore::summaryIn(const TokenScope& scope) const
{
    delay();
    QSqlQuery q(database());
    if (!ListSql::prepareSummary(q, scope, m_clock.todayUtc()) || !q.exec() || !q.next())
        return TokenRows::storeError(q);
    TokenSummary s;
    s.revoked = q.value(1).toInt();
    s.expired = q.value(2).toInt();
    s.active = q.value(0).toInt() - s.revoked - s.expired;
    s.expiringSoon = q.value(3).toInt();
    return s;
}

Result<TokenSummary> TokenStore::summary() const
{
    return summaryIn(TokenScope::personal());
}

Result<TokenPage> TokenStore::list(const ListQuery& query) const
{
    delay();
    return m_pages.read(database(), TokenScope::personal(), query, m_clock.todayUtc(), m_writes);
}

Result<QStringList> TokenStore::listQueryPlanForTesting(const ListQuery& query,
                                                        const std::optional<Resource>& resource) const
{
    const TokenScope scope = resource ? TokenScope::of(*resource) : TokenScope::personal();
    QStringList plan;
    for (ListSql::Use use : {ListSql::Use::Page, ListSql::Use::Count}) {
        QSqlQuery q(database());
        if (!ListSql::prepare(q, scope, query, m_clock.todayUtc(), use, true) || !q.exec())
            return TokenRows::storeError(q);
        while (q.next())
            plan << (use == ListSql::Use::Page ? QStringLiteral("page: ") : QStringLiteral("count: ")) +
                        q.value(3).toString();
    }
    return plan;
}

Result<AccessToken> TokenStore::getIn(const TokenScope& scope, qint64 id) const
{
    delay();
    const Result<std::optional<AccessToken>> token = TokenRows::fetch(database(), scope, id);
    if (!token)
        return token.error();
    if (!token.value())
        return TokenRows::notFound(id);
    return *token.value();
}

TokenScope TokenStore::personalById() const
{
    // An administrator reaches every user's personal tokens by id, as on GitLab.
    return isLocalAdministrator() ? TokenScope::everyUser() : TokenScope::personal();
}

Result<AccessToken> TokenStore::get(qint64 id) const
{
    return getIn(personalById(), id);
}

Result<int> TokenStore::revokeFamily(qint64 familyId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE tokens SET revoked = 1, revoked_at = :now WHERE family_id = :family AND revoked = 0"));
    q.bindValue(QStringLiteral(":now"), m_clock.nowUtc().toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":family"), familyId);
    if (!q.exec())
        return TokenRows::storeError(q);
    const int affected = q.numRowsAffected();
    if (affected > 0) {
        qCDebug(lcStore) << "token reuse detected: revoked" << affected << "token(s) of family" << familyId;
        m_changed = true;
    }
    return affected;
}

Result<CreatedToken> TokenStore::create(const TokenDraft& draft)
{
    return createFor(TokenRows::LocalUserId, draft, isLocalAdministrator());
}

Result<CreatedToken> TokenStore::createFor(qint64 userId, const TokenDraft& draft, bool ownerIsAdmin)
{
    delay();
    ++m_writes;
    const QDate today = m_clock.todayUtc();
    const QList<FieldError> errors = Validation::validate(draft, today, m_maxLifetimeDays);
    if (!errors.isEmpty())
        return BackendError::validation(errors);
    if (!ownerIsAdmin) {
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
    token.expiresAt = draft.expiresAt;
    token.userId = userId;
    return insertNew(TokenScope::personalOf(userId), token);
}

Result<CreatedToken> TokenStore::insertNew(const TokenScope& scope, AccessToken token)
{
    token.scopes.removeDuplicates();
    token.createdAt = TokenRows::truncatedToMs(m_clock.nowUtc());
    Secret secret = SecretGenerator::generate();
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    if (!scope.isPersonal()) {
        const Result<qint64> bot =
            ResourceDirectory::addBotUser(database(), TokenScope::kindOf(scope.kind), scope.resourceId);
        if (!bot)
            return bot.error();
        token.userId = bot.value();
    }
    const Result<qint64> id = TokenRows::insert(database(), scope, token, SecretGenerator::digest(secret),
                                                std::nullopt, std::nullopt);
    if (!id)
        return id.error();
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    token.id = id.value();
    m_changed = true;
    qCDebug(lcStore) << "created token" << token.id;
    return CreatedToken{token, secret};
}

Result<AccessToken> TokenStore::revoke(qint64 id)
{
    return revokeIn(personalById(), id);
}

Result<AccessToken> TokenStore::revokeIn(const TokenScope& scope, qint64 id)
{
    delay();
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    const Result<std::optional<AccessToken>> found = TokenRows::fetch(database(), scope, id);
    if (!found)
        return found.error();
    if (!found.value())
        return TokenRows::notFound(id);
    AccessToken token = *found.value();
    if (token.revoked)
        return generalError(BackendError::Kind::Validation,
                            tr("The token \"%1\" is already revoked.").arg(token.name));
    token.revoked = true;
    token.revokedAt = TokenRows::truncatedToMs(m_clock.nowUtc());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1, revoked_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), TokenRows::timeValue(token.revokedAt));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    m_changed = true;
    qCDebug(lcStore) << "revoked token" << id;
    return token;
}

Result<CreatedToken> TokenStore::rotate(qint64 id, std::optional<QDate> expiresAt)
{
    return rotateIn(personalById(), id, expiresAt);
}

Result<CreatedToken> TokenStore::rotateIn(const TokenScope& scope, qint64 id, std::optional<QDate> expiresAt)
{
    delay();
    ++m_writes;
    const QDate today = m_clock.todayUtc();
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    qint64 familyId = 0;
    const Result<std::optional<AccessToken>> found = TokenRows::fetch(database(), scope, id, &familyId);
    if (!found)
        return found.error();
    if (!found.value())
        return TokenRows::notFound(id);
    const AccessToken old = *found.value();
    if (old.revoked) {
        // Token reuse, as GitLab sees it: the whole family goes, and the answer is GitLab's 400.
        const Result<int> revoked = revokeFamily(familyId);
        if (!revoked)
            return revoked.error();
        if (!tx.commit())
            return TokenRows::storeError(tx.query());
        return generalError(BackendError::Kind::Validation,
                            tr("The token \"%1\" is already revoked. Rotating it again looks like token "
                               "reuse, so every token of its rotation family has been revoked.")
                                .arg(old.name));
    }
    const QDate newExpiry = expiresAt.value_or(today.addDays(Validation::DefaultRotationDays));
    if (expiresAt) {
        if (auto fieldError = Validation::validateExpiry(*expiresAt, today, m_maxLifetimeDays))
            return BackendError::validation({*fieldError});
    }

    const QDateTime now = TokenRows::truncatedToMs(m_clock.nowUtc());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1, revoked_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), TokenRows::timeValue(now));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return TokenRows::storeError(q);

    // The successor keeps the name, description, scopes, role and (for a resource) the bot user.
    AccessToken successor;
    successor.name = old.name;
    successor.description = old.description;
    successor.scopes = old.scopes;
    successor.createdAt = now;
    successor.expiresAt = newExpiry;
    successor.userId = old.userId;
    successor.accessLevel = old.accessLevel;
    Secret secret = SecretGenerator::generate();
    const TokenScope successorScope = scope.isEveryUser() ? TokenScope::personalOf(old.userId) : scope;
    const Result<qint64> newId = TokenRows::insert(database(), successorScope, successor,
                                                   SecretGenerator::digest(secret), familyId, id);
    if (!newId)
        return newId.error();
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    successor.id = newId.value();
    m_changed = true;
    qCDebug(lcStore) << "rotated token" << id << "to" << successor.id;
    return CreatedToken{successor, secret};
}

Result<AccessToken> TokenStore::identify(const Secret& secret)
{
    return identifyIn(TokenScope::personal(), secret, std::nullopt);
}

Result<AccessToken> TokenStore::identifyIn(const TokenScope& scope, const Secret& secret,
                                           const std::optional<BackendError>& roleProblem)
{
    delay();
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    TokenScope owner;
    const Result<AccessToken> usable = findUsable(secret, &owner);
    if (!usable)
        return usable.error();
    AccessToken token = usable.value();
    // A bot's token is nobody's personal token.
    if (scope.isPersonal() && !owner.isPersonal())
        return unknownSecret();
    // A working token of a group or project: the user needs the role there to read it, and it must be
    // one of that resource's (as GitLab reads it in the resource's collection). Any user's personal
    // token identifies itself, as GitLab's /personal_access_tokens/self does.
    if (roleProblem)
        return *roleProblem;
    if (!scope.isPersonal() && !(owner == scope))
        return BackendError::make(
            BackendError::Kind::Authentication,
            tr("This token (id %1) is not one of this group's or project's access tokens.").arg(token.id));
    const Result<bool> used = recordUse(token);
    if (!used)
        return used.error();
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    return token;
}

BackendError TokenStore::unknownSecret()
{
    return BackendError::make(BackendError::Kind::Authentication,
                              tr("This token is not valid for this store."));
}

Result<AccessToken> TokenStore::findUsable(const Secret& secret, TokenScope* owner) const
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT %1, resource_kind, resource_id FROM tokens WHERE secret_digest = :digest")
            .arg(TokenRows::Columns));
    q.bindValue(QStringLiteral(":digest"), SecretGenerator::digest(secret));
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next())
        return unknownSecret();
    *owner = TokenScope{q.value(12).toInt(), q.value(13).toLongLong()};
    AccessToken token = TokenRows::readToken(q);
    // Identifying never revokes anything: an old copy of a rotated secret, checked to see what it
    // was, must not take its successor down. Reuse detection belongs to rotate, as on GitLab.
    if (token.revoked)
        return BackendError::make(BackendError::Kind::Authentication,
                                  tr("This token (\"%1\") has been revoked.").arg(token.name));
    if (!token.isActive(m_clock.todayUtc()))
        return BackendError::make(
            BackendError::Kind::Authentication,
            tr("This token (\"%1\") expired on %2.").arg(token.name, token.expiresAt.toString(Qt::ISODate)));
    return token;
}

Result<bool> TokenStore::recordUse(AccessToken& token)
{
    // Used here, on this computer: the loopback address, as a GitLab on this machine would see it.
    const QString address = QStringLiteral("127.0.0.1");
    token.lastUsedAt = TokenRows::truncatedToMs(m_clock.nowUtc());
    token.lastUsedIps.removeAll(address);
    token.lastUsedIps.prepend(address);
    token.lastUsedIps = token.lastUsedIps.mid(0, TokenRows::MaxLastUsedIps);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET last_used_at = :now, last_used_ips = :ips WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), TokenRows::timeValue(token.lastUsedAt));
    q.bindValue(QStringLiteral(":ips"), TokenRows::ipsValue(token.lastUsedIps));
    q.bindValue(QStringLiteral(":id"), token.id);
    if (!q.exec())
        return TokenRows::storeError(q);
    return true;
}

Result<bool> TokenStore::seedOnce(const QString& marker, const QList<SeedRecord>& records)
{
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    const Result<bool> seeded = SeedRows::insertOnce(database(), marker, records, m_clock.nowUtc());
    if (!seeded)
        return seeded;
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    if (seeded.value())
        m_changed = true;
    return seeded;
}

Result<bool> TokenStore::seedResourcesOnce(const QString& marker, const ResourceSeed& seed)
{
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    const Result<bool> seeded = SeedRows::insertResourcesOnce(database(), marker, seed, m_clock.nowUtc());
    if (!seeded)
        return seeded;
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    if (seeded.value())
        m_changed = true;
    return seeded;
}

} // namespace TokenDesk
