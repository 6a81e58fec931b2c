#include "SeedRows.h"

#include "ResourceDirectory.h"
#include "SecretGenerator.h"
#include "TokenRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace TokenDesk {

namespace {

// Whether the marker is unset and the count query finds nothing.
Result<bool> isUnseeded(const QSqlDatabase& db, const QString& marker, const QString& countSql)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM meta WHERE key = :marker), (%1)").arg(countSql));
    q.bindValue(QStringLiteral(":marker"), marker);
    if (!q.exec() || !q.next())
        return TokenRows::storeError(q);
    return q.value(0).toInt() == 0 && q.value(1).toInt() == 0;
}

Result<bool> setMarker(const QSqlDatabase& db, const QString& marker, const QDateTime& now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:marker, :value)"));
    q.bindValue(QStringLiteral(":marker"), marker);
    q.bindValue(QStringLiteral(":value"), TokenRows::timeValue(now).toString());
    if (!q.exec())
        return TokenRows::storeError(q);
    return true;
}

struct Inserted
{
    qint64 id = 0;
    qint64 family = 0;
    qint64 userId = 0;
};

// Inserts one token of the scope, in the family of the previous one when there is one.
Result<Inserted> insertToken(const QSqlDatabase& db, const TokenScope& scope, const AccessToken& token,
                             const Inserted* previous)
{
    std::optional<qint64> family;
    std::optional<qint64> previousId;
    if (previous) {
        previousId = previous->id;
        family = previous->family;
    }
    const Result<qint64> id = TokenRows::insert(
        db, scope, token, SecretGenerator::digest(SecretGenerator::generate()), family, previousId);
    if (!id)
        return id.error();
    return Inserted{id.value(), family.value_or(id.value()), token.userId};
}

} // namespace

Result<bool> SeedRows::insertOnce(const QSqlDatabase& db, const QString& marker,
                                  const QList<TokenStore::SeedRecord>& records, const QDateTime& now)
{
    const Result<bool> unseeded = isUnseeded(
        db, marker,
        QStringLiteral("SELECT count(*) FROM tokens WHERE %1").arg(TokenScope::personal().condition()));
    if (!unseeded)
        return unseeded;
    if (unseeded.value()) {
        QList<Inserted> inserted;
        for (const TokenStore::SeedRecord& record : records) {
            const bool rotated = record.previous >= 0 && record.previous < inserted.size();
            const Result<Inserted> row = insertToken(db, TokenScope::personal(), record.token,
                                                     rotated ? &inserted.at(record.previous) : nullptr);
            if (!row)
                return row.error();
            inserted << row.value();
        }
    }
    const Result<bool> marked = setMarker(db, marker, now);
    if (!marked)
        return marked;
    return unseeded.value();
}

Result<bool> SeedRows::insertPeopleOnce(const QSqlDatabase& db, const QString& marker,
                                        const QStringList& usernames,
                                        const QList<TokenStore::SeedRecord>& records, const QDateTime& now)
{
    const Result<bool> unseeded = isUnseeded(
        db, marker, QStringLiteral("SELECT count(*) FROM users WHERE bot_resource_kind = 0 AND id <> 1"));
    if (!unseeded)
        return unseeded;
    if (unseeded.value()) {
        QList<qint64> ids;
        QSqlQuery q(db);
        for (const QString& username : usernames) {
            q.prepare(QStringLiteral("INSERT INTO users (username) VALUES (:name)"));
            q.bindValue(QStringLiteral(":name"), username);
            if (!q.exec())
                return TokenRows::storeError(q);
            ids << q.lastInsertId().toLongLong();
        }
        QList<Inserted> inserted;
        for (const TokenStore::SeedRecord& record : records) {
            AccessToken token = record.token;
            token.userId = ids.value(token.userId, TokenRows::LocalUserId);
            const bool rotated = record.previous >= 0 && record.previous < inserted.size();
            const Result<Inserted> row = insertToken(db, TokenScope::personalOf(token.userId), token,
                                                     rotated ? &inserted.at(record.previous) : nullptr);
            if (!row)
                return row.error();
            inserted << row.value();
        }
    }
    const Result<bool> marked = setMarker(db, marker, now);
    if (!marked)
        return marked;
    return unseeded.value();
}

Result<bool> SeedRows::insertResourcesOnce(const QSqlDatabase& db, const QString& marker,
                                           const TokenStore::ResourceSeed& seed, const QDateTime& now)
{
    const Result<bool> unseeded = isUnseeded(db, marker, QStringLiteral("SELECT count(*) FROM groups"));
    if (!unseeded)
        return unseeded;
    if (unseeded.value()) {
        for (const TokenStore::ResourceSeed::Place& place : seed.places) {
            const Result<Resource> added =
                place.kind == ResourceRef::Kind::Group
                    ? ResourceDirectory::addGroup(db, place.fullPath, place.name, 0)
                    : ResourceDirectory::addProject(db, place.fullPath, place.name, 0);
            if (!added)
                return added.error();
            if (place.memberRole > 0) {
                const Result<bool> member =
                    ResourceDirectory::setMembership(db, place.kind, added.value().id, place.memberRole);
                if (!member)
                    return member;
            }
        }
        QList<Inserted> inserted;
        for (const TokenStore::ResourceSeed::Token& seeded : seed.tokens) {
            const Result<Resource> resource =
                ResourceDirectory::resolve(db, ResourceRef{seeded.kind, seeded.fullPath});
            if (!resource)
                return resource.error();
            const TokenScope scope = TokenScope::of(resource.value());
            AccessToken token = seeded.token;
            const bool rotated = seeded.previous >= 0 && seeded.previous < inserted.size();
            if (rotated) {
                token.userId = inserted.at(seeded.previous).userId;
            } else {
                const Result<qint64> bot = ResourceDirectory::addBotUser(db, seeded.kind, scope.resourceId);
                if (!bot)
                    return bot.error();
                token.userId = bot.value();
            }
            const Result<Inserted> row =
                insertToken(db, scope, token, rotated ? &inserted.at(seeded.previous) : nullptr);
            if (!row)
                return row.error();
            inserted << row.value();
        }
    }
    const Result<bool> marked = setMarker(db, marker, now);
    if (!marked)
        return marked;
    return unseeded.value();
}

} // namespace TokenDesk
