#include "InventoryPrinter.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "TableFormatter.h"
#include "TokenJson.h"
#include "TokenJsonWriter.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qsizetype RowsPerPart = 5000;
constexpr qsizetype FlushSize = 256 * 1024;

} // namespace

InventoryPrinter::InventoryPrinter(CliContext& context, Format format, QSet<qint64> inKeychain)
    : m_context(context), m_format(format), m_inKeychain(std::move(inKeychain)), m_today(context.todayUtc())
{}

void InventoryPrinter::print(const Inventory& inventory)
{
    switch (m_format) {
    case Format::Table:
        printTable(inventory);
        break;
    case Format::Json:
        printJson(inventory);
        break;
    case Format::Csv:
        printCsv(inventory);
        break;
    }
    m_context.flushOut();
}

void InventoryPrinter::printTable(const Inventory& inventory)
{
    if (inventory.tokens.isEmpty()) {
        m_context.writeOut(tr("No tokens.") + u'\n');
        return;
    }
    const QString revoked = tr("revoked"), expired = tr("expired"), active = tr("active"),
                  never = tr("never");
    const QStringList headers{tr("ID"),      tr("USER ID"), tr("USERNAME"),  tr("NAME"),  tr("SCOPES"),
                              tr("CREATED"), tr("EXPIRES"), tr("LAST USED"), tr("STATUS")};
    QList<int> widths;
    for (qsizetype start = 0; start < inventory.tokens.size(); start += RowsPerPart) {
        TableFormatter table(headers);
        const qsizetype end = qMin(start + RowsPerPart, inventory.tokens.size());
        for (qsizetype i = start; i < end; ++i) {
            const AccessToken& t = inventory.tokens.at(i).token;
            table.addRow(
                {QString::number(t.id), QString::number(t.userId), inventory.tokens.at(i).username, t.name,
                 t.scopes.join(u','),
                 t.createdAt.isValid() ? t.createdAt.toUTC().date().toString(Qt::ISODate) : QString(),
                 t.expiresAt.isNull() ? never : t.expiresAt.toString(Qt::ISODate),
                 t.lastUsedAt.isValid() ? CliPrinter::formatTimestamp(t.lastUsedAt) : never,
                 t.revoked              ? revoked
                 : t.isExpired(m_today) ? expired
                                        : active});
        }
        if (widths.isEmpty()) {
            widths = table.columnWidths();
            m_context.writeRaw(table.toString().toUtf8());
        } else {
            m_context.writeRaw(table.rowsToString(widths).toUtf8());
        }
    }
}

void InventoryPrinter::printJson(const Inventory& inventory)
{
    TokenJsonWriter writer(m_today);
    for (const InventoryToken& item : inventory.tokens) {
        writer.add(item.token, m_inKeychain.contains(item.token.id), nullptr, &item.username);
        if (writer.pendingSize() >= FlushSize)
            m_context.writeRaw(writer.take());
    }
    writer.finish();
    m_context.writeRaw(writer.take());
}

QString InventoryPrinter::csvHeader()
{
    return u"id,user_id,username,name,description,scopes,created_at,last_used_at,last_used_ips,expires_at,"
           "active,revoked"_s;
}

QString InventoryPrinter::csvField(const QString& text)
{
    // Shown as text, never run: hidden characters escaped first, a formula made a string.
    QString field = TableFormatter::printable(text);
    if (!field.isEmpty() && (field.front() == u'=' || field.front() == u'+' || field.front() == u'-' ||
                             field.front() == u'@' || field.front() == u'\t' || field.front() == u'\r'))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

void InventoryPrinter::printCsv(const Inventory& inventory)
{
    QByteArray out = (csvHeader() + u"\r\n"_s).toUtf8();
    const auto yesNo = [](bool value) { return value ? u"true"_s : u"false"_s; };
    for (const InventoryToken& item : inventory.tokens) {
        const AccessToken& t = item.token;
        const QStringList fields{
            QString::number(t.id),
            QString::number(t.userId),
            csvField(item.username),
            csvField(t.name),
            csvField(t.description),
            csvField(t.scopes.join(u' ')),
            TokenJson::formatTimestamp(t.createdAt),
            TokenJson::formatTimestamp(t.lastUsedAt),
            csvField(t.lastUsedIps.join(u' ')),
            t.expiresAt.isNull() ? QString() : t.expiresAt.toString(Qt::ISODate),
            yesNo(t.isActive(m_today)),
            yesNo(t.revoked),
        };
        out += fields.join(u',').toUtf8();
        out += "\r\n";
        if (out.size() >= FlushSize)
            m_context.writeCrlfLines(std::exchange(out, QByteArray()));
    }
    m_context.writeCrlfLines(out);
}

} // namespace TokenDesk
