#pragma once

#include "Await.h"
#include "LocalBackend.h"
#include "TestDrafts.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QVariant>

namespace TokenDesk::Test {

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
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
