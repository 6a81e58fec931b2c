#pragma once

#include "Inventory.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

namespace TokenDesk {

class CliContext;

// An administrator's inventory on standard output: a table for people (ISO dates), a JSON array with
// GitLab's field names plus "username" (--json), or CSV (--csv): RFC 4180 (CRLF line ends; a field with a
// comma, quote or line break in quotes, its quotes doubled) with GitLab's field names as header, and text
// that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return)
// prefixed with an apostrophe. Written in parts, so that 100,000 tokens never sit in memory twice.
class InventoryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(InventoryPrinter)

public:
    enum class Format
    {
        Table,
        Json,
        Csv
    };

    InventoryPrinter(CliContext& context, Format format, QSet<qint64> inKeychain);

    void print(const Inventory& inventory);

    // One CSV field: neutralised against formula injection, then quoted when it must be.
    static QString csvField(const QString& text);
    static QString csvHeader();

private:
    void printTable(const Inventory& inventory);
    void printJson(const Inventory& inventory);
    void printCsv(const Inventory& inventory);

    CliContext& m_context;
    Format m_format;
    QSet<qint64> m_inKeychain;
    QDate m_today;
};

} // namespace TokenDesk
