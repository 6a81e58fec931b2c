#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace TokenDesk {

// One transaction on a store connection, ended when it goes out of scope: a write transaction that was
// not committed rolls back; a read transaction commits (it changed nothing).
//
// A write begins IMMEDIATE, taking the write lock at once (waiting up to the busy timeout), so a change
// never fails half-way because another connection wrote first. A read begins a deferred transaction: one
// snapshot for every query in it (a page and its count agree).
class StoreTransaction
{
public:
    enum class Kind
    {
        Read,
        Write
    };

    StoreTransaction(const QSqlDatabase& db, Kind kind) : m_query(db), m_kind(kind)
    {
        m_open =
            m_query.exec(kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    ~StoreTransaction()
    {
        if (m_open)
            m_query.exec(m_kind == Kind::Write ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
    }
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

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
    Kind m_kind;
    bool m_open = false;
};

} // namespace TokenDesk
