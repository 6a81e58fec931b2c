// TokenStore for administrators and incidents: other users, the inventory of every user's personal
// tokens, and revoking a token by its secret (the personal tokens are in TokenStore.cpp).
#include "ListSql.h"
#include "Logging.h"
#include "SecretGenerator.h"
#include "SeedRows.h"
#include "StoreTransaction.h"
#include "TokenRows.h"
#include "TokenStore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace TokenDesk {

namespace {

using Tx = StoreTransaction;

BackendError onlyAdministrators(const QString& message)
{
    return BackendError::make(BackendError::Kind::Permission, message);
}

BackendError noSuchUser(const QString& user)
{
    return BackendError::make(BackendError::Kind::NotFound, TokenStore::tr("There is no user %1.").arg(user));
}

} // namespace

Result<qint64> TokenStore::addUser(const QString& username, qint64 id)
{
    ++m_writes;
    const QString name = username.trimmed();
    if (name.isEmpty() || name.contains(u' ') ||
        name.compare(whoami().value().username, Qt::CaseInsensitive) == 0)
        return BackendError::validation(
            {FieldError{Field::General, tr("The username \"%1\" cannot be used.").arg(name)}});
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    QSqlQuery q(database());
    q.prepare(id > 0 ? QStringLiteral("INSERT INTO users (id, username) VALUES (:id, :name)")
                     : QStringLiteral("INSERT INTO users (username) VALUES (:name)"));
    if (id > 0)
        q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return BackendError::validation(
            {FieldError{Field::General, tr("The username \"%1\" or the id is taken.").arg(name)}});
    const qint64 added = q.lastInsertId().toLongLong();
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    return added;
}

Result<QString> TokenStore::userName(qint64 userId) const
{
    delay();
    if (userId == TokenRows::LocalUserId)
        return whoami().value().username;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next())
        return BackendError::make(BackendError::Kind::NotFound,
                                  tr("There is no user with id %1.").arg(userId));
    return q.value(0).toString();
}

Result<qint64> TokenStore::ownerOf(const QString& owner) const
{
    const QString wanted = owner.trimmed();
    bool numeric = false;
    const qint64 id = wanted.toLongLong(&numeric);
    if (!numeric && wanted.compare(whoami().value().username, Qt::CaseInsensitive) == 0)
        return TokenRows::LocalUserId;
    if (numeric && id == TokenRows::LocalUserId)
        return id;
    QSqlQuery q(database());
    q.prepare(numeric
                  ? QStringLiteral("SELECT id FROM users WHERE id = :key AND id <> 1")
                  : QStringLiteral("SELECT id FROM users WHERE username = :key COLLATE NOCASE AND id <> 1"));
    q.bindValue(QStringLiteral(":key"), numeric ? QVariant(id) : QVariant(wanted));
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next())
        return noSuchUser(wanted);
    return q.value(0).toLongLong();
}

Result<CreatedToken> TokenStore::createForUser(qint64 userId, const TokenDraft& draft)
{
    if (!isLocalAdministrator())
        return onlyAdministrators(tr("Only administrators can create tokens for other users."));
    if (userId == TokenRows::LocalUserId)
        return create(draft);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT bot_resource_kind FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!q.next() || q.value(0).toInt() != 0)
        return BackendError::make(BackendError::Kind::NotFound,
                                  tr("There is no user with id %1.").arg(userId));
    q.finish();
    // Other users of the store are not administrators.
    return createFor(userId, draft, false);
}

Result<AccessToken> TokenStore::revokeBySecret(const Secret& secret)
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
    // Signing in with the secret is a use of it, as on GitLab.
    if (const Result<bool> used = recordUse(token); !used)
        return used.error();
    token.revoked = true;
    token.revokedAt = TokenRows::truncatedToMs(m_clock.nowUtc());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1, revoked_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), TokenRows::timeValue(token.revokedAt));
    q.bindValue(QStringLiteral(":id"), token.id);
    if (!q.exec())
        return TokenRows::storeError(q);
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    m_changed = true;
    qCDebug(lcStore) << "revoked token" << token.id << "by its secret";
    return token;
}

Result<Inventory> TokenStore::inventory(const InventoryQuery& query) const
{
    delay();
    if (!isLocalAdministrator())
        return onlyAdministrators(tr("Only administrators can list every user's tokens."));
    StoreTransaction snapshot(database(), StoreTransaction::Kind::Read);
    TokenScope scope = TokenScope::everyUser();
    if (!query.owner.trimmed().isEmpty()) {
        const Result<qint64> owner = ownerOf(query.owner);
        if (!owner)
            return owner.error();
        scope = TokenScope::personalOf(owner.value());
    }
    QHash<qint64, QString> usernames;
    {
        QSqlQuery users(database());
        if (!users.exec(QStringLiteral("SELECT id, username FROM users WHERE bot_resource_kind = 0")))
            return TokenRows::storeError(users);
        while (users.next())
            usernames.insert(users.value(0).toLongLong(), users.value(1).toString());
        usernames.insert(TokenRows::LocalUserId, whoami().value().username);
    }
    ListQuery filters;
    filters.state = query.state;
    filters.search = query.search;
    filters.dates = query.dates;
    filters.limit = 0;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!ListSql::prepareInventory(q, scope, filters, query.scopes, m_clock.todayUtc()) || !q.exec())
        return TokenRows::storeError(q);
    Inventory inventory;
    while (q.next()) {
        InventoryToken entry{TokenRows::readToken(q), QString()};
        entry.username = usernames.value(entry.token.userId);
        inventory.tokens.append(std::move(entry));
    }
    return inventory;
}

Result<bool> TokenStore::seedPeopleOnce(const QString& marker, const QStringList& usernames,
                                        const QList<SeedRecord>& records)
{
    ++m_writes;
    Tx tx(database(), Tx::Kind::Write);
    if (!tx.isOpen())
        return TokenRows::storeError(tx.query());
    const Result<bool> seeded =
        SeedRows::insertPeopleOnce(database(), marker, usernames, records, m_clock.nowUtc());
    if (!seeded)
        return seeded;
    if (!tx.commit())
        return TokenRows::storeError(tx.query());
    if (seeded.value())
        m_changed = true;
    return seeded;
}

} // namespace TokenDesk
