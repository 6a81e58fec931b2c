#pragma once

#include "LocalBackend.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>

namespace TokenDesk::Test {

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Runs one asynchronous backend operation and waits for its answer in the event loop. Fails the
// check `deliveredLater` when the answer came before the call returned.
template<typename T>
std::optional<Result<T>> await(const std::function<void(QObject*, Callback<T>)>& operation,
                               bool* deliveredLater = nullptr)
{
    QObject context;
    std::optional<Result<T>> result;
    operation(&context, [&result](Result<T> r) { result = std::move(r); });
    if (deliveredLater)
        *deliveredLater = !result.has_value();
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 5000))
        qWarning("no answer within 5 s");
    return result;
}

inline TokenDraft draft(const QString& name, QDate expires, QStringList scopes = {QStringLiteral("api")},
                        const QString& description = QString())
{
    TokenDraft d;
    d.name = name;
    d.description = description;
    d.expiresAt = expires;
    d.scopes = std::move(scopes);
    return d;
}

// Runs raw SQL statements on a store file through a connection of the test's own; answers the
// first column of the last statement's rows.
inline QVariantList rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariantList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql))
                    qWarning() << "raw SQL failed:" << sql << q.lastError().text();
            }
            while (q.next())
                rows << q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace TokenDesk::Test
