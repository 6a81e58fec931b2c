#include "TableFormatter.h"

#include <algorithm>

namespace TokenDesk {

namespace {

constexpr int ColumnGap = 2;

int displayWidth(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString joinLine(const QStringList& cells, const QList<int>& widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i + 1 == cells.size();
        line += last ? cells.at(i) : padded(cells.at(i), widths.at(i) + ColumnGap);
    }
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
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

QString TableFormatter::toString() const
{
    QList<int> widths;
    for (const QString& header : m_headers)
        widths << displayWidth(header);
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(row.at(i)));
    }
    QString text = joinLine(m_headers, widths);
    for (const QStringList& row : m_rows)
        text += joinLine(row, widths);
    return text;
}

QString TableFormatter::keyValues(const QList<QPair<QString, QString>>& pairs)
{
    int width = 0;
    for (const auto& pair : pairs)
        width = std::max(width, displayWidth(pair.first) + 1);
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
    QString result = text;
    for (QChar& c : result) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QChar::ReplacementCharacter;
    }
    return result;
}

} // namespace TokenDesk
