#include "BulkInsert.h"

#include "TokenStore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace TokenDesk::Bench {

namespace {

BackendError failure(const QSqlQuery& q)
{
    return BackendError::make(BackendError::Kind::Store,
                              BulkInsert::tr("The bulk insert failed: %1").arg(q.lastError().text()));
}

Result<int> insert(QSqlDatabase& db, int count, const Clock& clock)
{
    static const QStringList names = {QStringLiteral("CI pipeline"), QStringLiteral("Release bot"),
                                      QStringLiteral("Laptop"),      QStringLiteral("Registry push"),
                                      QStringLiteral("Dashboards"),  QStringLiteral("Backup script"),
                                      QStringLiteral("Kubernetes"),  QStringLiteral("Renovate")};
    static const QStringList scopeSets = {QStringLiteral("api"), QStringLiteral("read_api read_user"),
                                          QStringLiteral("read_repository write_repository"),
                                          QStringLiteral("read_registry write_registry"),
                                          QStringLiteral("k8s_proxy")};
    const QDateTime now = clock.nowUtc();
    const QDate today = now.date();
    QRandomGenerator* random = QRandomGenerator::global();

    QSqlQuery q(db);
    // A large page cache keeps the index pages in memory while a big batch goes in.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -131072")) || !q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(q);
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
        q.addBindValue(expires.toString(Qt::ISODate));
        q.addBindValue(revoked ? 1 : 0);
        q.addBindValue(revoked ? QVariant(now.toMSecsSinceEpoch()) : QVariant());
        q.addBindValue(QByteArray(reinterpret_cast<const char*>(digest), sizeof(digest)));
        if (!q.exec()) {
            const BackendError error = failure(q);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    QSqlQuery end(db);
    if (!end.exec(QStringLiteral("UPDATE tokens SET family_id = id WHERE family_id IS NULL")) ||
        !end.exec(QStringLiteral("COMMIT"))) {
        const BackendError error = failure(end);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return count;
}

} // namespace

Result<int> BulkInsert::into(const QString& path, int count, const Clock& clock)
{
    QString file;
    {
        // The store's own opening creates the file, or checks and upgrades it.
        Result<std::unique_ptr<TokenStore>> store = TokenStore::open(path, clock);
        if (!store)
            return store.error();
        file = store.value()->path();
    }
    const QString connection =
        QStringLiteral("tokendesk-bulk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> inserted = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            inserted = BackendError::make(BackendError::Kind::Store,
                                          tr("%1 cannot be opened: %2").arg(file, db.lastError().text()));
        else
            inserted = insert(db, count, clock);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return inserted;
}

} // namespace TokenDesk::Bench
