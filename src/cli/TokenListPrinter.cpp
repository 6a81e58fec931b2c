#include "TokenListPrinter.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "Resource.h"
#include "TableFormatter.h"

namespace TokenDesk {

TokenListPrinter::TokenListPrinter(CliContext& context, QSet<qint64> inKeychain, bool resourceTokens)
    : m_context(context), m_inKeychain(std::move(inKeychain)), m_resourceTokens(resourceTokens),
      m_today(context.todayUtc()), m_revoked(tr("revoked")), m_expired(tr("expired")), m_active(tr("active")),
      m_never(tr("never")), m_yes(tr("yes"))
{
    if (context.json())
        m_json.emplace(m_today, m_resourceTokens);
}

QStringList TokenListPrinter::row(const AccessToken& token) const
{
    const QString& status = token.revoked ? m_revoked : token.isExpired(m_today) ? m_expired : m_active;
    if (m_resourceTokens) {
        return {QString::number(token.id),
                token.name,
                AccessLevels::label(token.accessLevel),
                token.scopes.join(u','),
                token.expiresAt.isNull() ? m_never : token.expiresAt.toString(Qt::ISODate),
                token.lastUsedAt.isValid() ? CliPrinter::formatTimestamp(token.lastUsedAt) : m_never,
                status,
                m_inKeychain.contains(token.id) ? m_yes : QString()};
    }
    return {QString::number(token.id),
            token.name,
            token.scopes.join(u','),
            token.expiresAt.isNull() ? m_never : token.expiresAt.toString(Qt::ISODate),
            token.lastUsedAt.isValid() ? CliPrinter::formatTimestamp(token.lastUsedAt) : m_never,
            status,
            m_inKeychain.contains(token.id) ? m_yes : QString()};
}

void TokenListPrinter::add(const QList<AccessToken>& tokens)
{
    if (tokens.isEmpty())
        return;
    if (m_json) {
        // Written in pieces, so that a page's JSON never sits in memory whole either.
        constexpr qsizetype FlushSize = 256 * 1024;
        for (const AccessToken& token : tokens) {
            m_json->add(token, m_inKeychain.contains(token.id));
            if (m_json->pendingSize() >= FlushSize)
                m_context.writeRaw(m_json->take());
        }
        m_context.writeRaw(m_json->take());
    } else {
        TableFormatter table(m_resourceTokens
                                 ? QStringList{tr("ID"), tr("NAME"), tr("ROLE"), tr("SCOPES"), tr("EXPIRES"),
                                               tr("LAST USED"), tr("STATUS"), tr("KEYCHAIN")}
                                 : QStringList{tr("ID"), tr("NAME"), tr("SCOPES"), tr("EXPIRES"),
                                               tr("LAST USED"), tr("STATUS"), tr("KEYCHAIN")});
        for (const AccessToken& token : tokens)
            table.addRow(row(token));
        if (m_widths.isEmpty()) {
            m_widths = table.columnWidths();
            m_context.writeRaw(table.toString().toUtf8());
        } else {
            m_context.writeRaw(table.rowsToString(m_widths).toUtf8());
        }
    }
    m_written += tokens.size();
}

void TokenListPrinter::finish()
{
    if (m_json) {
        m_json->finish();
        m_context.writeRaw(m_json->take());
    } else if (m_written == 0) {
        m_context.writeRaw((tr("No tokens.") + u'\n').toUtf8());
    }
    m_context.flushOut();
}

} // namespace TokenDesk
