#include "TokenRows.h"

#include "Logging.h"

#include <QSqlError>
#include <QVariant>

namespace TokenDesk {

const QLatin1String TokenRows::Columns("id, name, description, scopes, created_at, last_used_at, expires_at, "
                                       "revoked, revoked_at, user_id, access_level, last_used_ips");

namespace {

// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString textValue(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant dateValue(QDate date)
{
    return date.isNull() ? QVariant() : QVariant(date.toString(Qt::ISODate));
}

} // namespace

QString TokenRows::ipsValue(const QStringList& ips)
{
    return textValue(ips.mid(0, MaxLastUsedIps).join(u' '));
}

BackendError TokenRows::storeError(const QSqlQuery& q)
{
    const QSqlError error = q.lastError();
    qCWarning(lcStore) << "SQL failed:" << error.text();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) // SQLITE_BUSY, SQLITE_LOCKED
        return BackendError::make(BackendError::Kind::Store,
                                  tr("The token store is busy: another program kept it locked "
                                     "for more than %1 seconds. Try again.")
                                      .arg(BusyTimeoutMs / 1000));
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return BackendError::make(BackendError::Kind::Store, tr("The token store failed: %1").arg(detail));
}

BackendError TokenRows::notFound(qint64 id)
{
    return BackendError::make(BackendError::Kind::NotFound, tr("There is no token with id %1.").arg(id));
}

QString TokenRows::dateText(QDate date)
{
    return date.isNull() ? QString() : date.toString(Qt::ISODate);
}

QVariant TokenRows::timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime TokenRows::timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime TokenRows::truncatedToMs(const QDateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

AccessToken TokenRows::readToken(const QSqlQuery& q)
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
    t.accessLevel = q.value(10).toInt();
    t.lastUsedIps = q.value(11).toString().split(u' ', Qt::SkipEmptyParts);
    return t;
}

Result<std::optional<AccessToken>> TokenRows::fetch(const QSqlDatabase& db, const TokenScope& scope,
                                                    qint64 id, qint64* familyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, family_id FROM tokens WHERE id = :id AND %2")
                  .arg(Columns, scope.condition()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return storeError(q);
    if (!q.next())
        return std::optional<AccessToken>();
    if (familyId)
        *familyId = q.value(12).toLongLong();
    return std::optional<AccessToken>(readToken(q));
}

Result<qint64> TokenRows::insert(const QSqlDatabase& db, const TokenScope& scope, const AccessToken& t,
                                 const QByteArray& digest, std::optional<qint64> familyId,
                                 std::optional<qint64> previousId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (name, name_folded, description, scopes, created_at, last_used_at, expires_at,"
        " revoked, revoked_at, secret_digest, user_id, family_id, previous_id, resource_kind, resource_id,"
        " access_level, last_used_ips)"
        " VALUES (:name, :folded, :description, :scopes, :created, :lastUsed, :expires, :revoked, :revokedAt,"
        " :digest, :user, :family, :previous, :kind, :resource, :level, :ips)"));
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
    q.bindValue(QStringLiteral(":kind"), scope.kind);
    q.bindValue(QStringLiteral(":resource"), scope.resourceId);
    q.bindValue(QStringLiteral(":level"), scope.isPersonal() ? 0 : t.accessLevel);
    q.bindValue(QStringLiteral(":ips"), ipsValue(t.lastUsedIps));
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

} // namespace TokenDesk
