#include "CliPrinter.h"

#include "CliContext.h"
#include "TableFormatter.h"
#include "TokenJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString CliPrinter::formatTimestamp(const QDateTime& utc)
{
    const QDateTime t = utc.toUTC();
    const QDate date = t.date();
    if (date.year() < 0 || date.year() > 9999)
        return t.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    // Formatted by hand: QDateTime::toString with a format dominates the cost of long tables.
    return QString::asprintf("%04d-%02d-%02d %02d:%02d UTC", date.year(), date.month(), date.day(),
                             t.time().hour(), t.time().minute());
}

void CliPrinter::printToken(const AccessToken& token)
{
    const QDate today = m_context.todayUtc();
    if (m_context.json()) {
        m_context.writeJson(QJsonDocument(TokenJson::toJson(token, today)));
        return;
    }
    const QString status = token.revoked            ? tr("revoked")
                           : token.isExpired(today) ? tr("expired")
                                                    : tr("active");
    m_context.writeOut(TableFormatter::keyValues({
        {tr("ID"), QString::number(token.id)},
        {tr("Name"), token.name},
        {tr("Description"), token.description},
        {tr("Scopes"), token.scopes.join(u", "_s)},
        {tr("Status"), status},
        {tr("Created"), token.createdAt.isValid() ? formatTimestamp(token.createdAt) : QString()},
        {tr("Last used"), token.lastUsedAt.isValid() ? formatTimestamp(token.lastUsedAt) : tr("never")},
        {tr("Expires"), token.expiresAt.isNull()
                            ? tr("never")
                            : tr("%1 (at 00:00 UTC)").arg(token.expiresAt.toString(Qt::ISODate))},
        {tr("User ID"), QString::number(token.userId)},
    }));
}

void CliPrinter::printCreated(const CreatedToken& created, const QString& headline, bool withSecret)
{
    if (m_context.json()) {
        QJsonObject json = TokenJson::toJson(created, m_context.todayUtc());
        if (!withSecret)
            json.remove(u"token"_s);
        QByteArray document = QJsonDocument(json).toJson();
        m_context.writeSecret(document);
        json = QJsonObject();
    } else {
        m_context.writeOut(TableFormatter::printable(headline) + u'\n');
        printToken(created.token);
        if (withSecret) {
            QByteArray line = u"\n"_s.toUtf8() + created.secret.utf8() + '\n';
            m_context.writeSecret(line);
        }
    }
    m_context.flushOut();
}

} // namespace TokenDesk
