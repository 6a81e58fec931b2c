#include "TableFormatter.h"

#include "TerminalWidth.h"
#include "VisibleText.h"

#include <algorithm>

namespace TokenDesk {

namespace {

constexpr int ColumnGap = 2;

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - terminalColumns(text)), u' ');
}

void appendLine(QString& text, const QStringList& cells, const QList<int>& widths)
{
    const qsizetype start = text.size();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        text += cells.at(i);
        if (i + 1 < cells.size())
            text +=
                QString(std::max(ColumnGap, widths.at(i) + ColumnGap - terminalColumns(cells.at(i))), u' ');
    }
    while (text.size() > start && text.endsWith(u' '))
        text.chop(1);
    text += u'\n';
}

} // namespace

TableFormatter::TableFormatter(QStringList headers) : m_headers(std::move(headers)) {}

void TableFormatter::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    for (QString& cell : cells)
        cell = printable(cell);
    m_rows << cells;
}

QList<int> TableFormatter::columnWidths() const
{
    QList<int> widths;
    for (const QString& header : m_headers)
        widths << terminalColumns(header);
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), terminalColumns(row.at(i)));
    }
    return widths;
}

QString TableFormatter::toString() const
{
    const QList<int> widths = columnWidths();
    QString text = rowsToString(widths);
    QString header;
    appendLine(header, m_headers, widths);
    return header + text;
}

QString TableFormatter::rowsToString(const QList<int>& widths) const
{
    qsizetype lineWidth = 1;
    for (int w : std::as_const(widths))
        lineWidth += w + ColumnGap;
    QString text;
    text.reserve(lineWidth * m_rows.size());
    for (const QStringList& row : m_rows)
        appendLine(text, row, widths);
    return text;
}

QString TableFormatter::keyValues(const QList<QPair<QString, QString>>& pairs)
{
    int width = 0;
    for (const auto& pair : pairs)
        width = std::max(width, terminalColumns(pair.first) + 1);
    QString text;
    for (const auto& pair : pairs) {
        QString line = padded(pair.first + u':', width + 1) + printable(pair.second);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString TableFormatter::printable(const QString& text)
{
    return VisibleText::escaped(text);
}

} // namespace TokenDesk
