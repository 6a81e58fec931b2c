#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// Plain-text output for people: columns aligned with spaces, and "key: value" blocks. Control and
// invisible characters in cells are shown escaped (VisibleText) before the widths are measured, so data
// from a store or server cannot drive the terminal or misalign the columns.
class TableFormatter
{
public:
    explicit TableFormatter(QStringList headers);

    void addRow(QStringList cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // Header line and one line per row, each ending in a newline; no trailing spaces.
    QString toString() const;
    // The width of each column: its widest cell, header included.
    QList<int> columnWidths() const;
    // The rows alone, in columns of these widths (a table printed in parts). A cell wider than its
    // column pushes the rest of its line right, keeping the gap before the next column.
    QString rowsToString(const QList<int>& widths) const;

    static QString keyValues(const QList<QPair<QString, QString>>& pairs);
    static QString printable(const QString& text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace TokenDesk
