#include "CliPrinter.h"

#include "CliContext.h"
#include "ResourceJson.h"
#include "ScopeCatalog.h"
#include "TableFormatter.h"

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

void CliPrinter::printToken(const AccessToken& token, bool details, const QString& owner)
{
    const QDate today = m_context.todayUtc();
    const std::optional<Resource> resource = m_context.resource();
    if (m_context.json()) {
        m_context.writeJson(QJsonDocument(ResourceJson::token(token, today, resource.has_value())));
        return;
    }
    const QString status = token.revoked            ? tr("revoked")
                           : token.isExpired(today) ? tr("expired")
                                                    : tr("active");
    QList<QPair<QString, QString>> rows{
        {tr("ID"), QString::number(token.id)},
        {tr("Name"), token.name},
        {tr("Description"), token.description},
    };
    if (resource) {
        rows << QPair<QString, QString>{resource->kind == ResourceRef::Kind::Group ? tr("Group")
                                                                                   : tr("Project"),
                                        resource->fullPath}
             << QPair<QString, QString>{tr("Role"), AccessLevels::label(token.accessLevel)};
    }
    rows << QList<QPair<QString, QString>>{
        {tr("Scopes"), token.scopes.join(u", "_s)},
        {tr("Status"), status},
        {tr("Created"), token.createdAt.isValid() ? formatTimestamp(token.createdAt) : QString()},
        {tr("Last used"), token.lastUsedAt.isValid() ? formatTimestamp(token.lastUsedAt) : tr("never")},
        {tr("Expires"), token.expiresAt.isNull()
                            ? tr("never")
                            : tr("%1 (at 00:00 UTC)").arg(token.expiresAt.toString(Qt::ISODate))},
        {resource ? tr("Bot user ID") : tr("User ID"), QString::number(token.userId)},
    };
    if (!owner.isEmpty())
        rows << QPair<QString, QString>{tr("Owner"), owner};
    if (details) {
        rows << QPair<QString, QString>{tr("Used from"), token.lastUsedIps.isEmpty()
                                                             ? tr("not known")
                                                             : token.lastUsedIps.join(u", "_s)}
             << QPair<QString, QString>{tr("Revoked"), token.revoked ? tr("yes") : tr("no")};
    }
    QString text = TableFormatter::keyValues(rows);
    if (details && !token.scopes.isEmpty()) {
        text += tr("What the scopes allow:") + u'\n';
        for (const QString& scope : token.scopes) {
            text +=
                u"  "_s + TableFormatter::printable(scope) + u": "_s + ScopeCatalog::describe(scope) + u'\n';
        }
    }
    m_context.writeOut(text);
}

void CliPrinter::printCreated(const CreatedToken& created, const QString& headline, bool withSecret)
{
    if (m_context.json()) {
        QJsonObject json =
            ResourceJson::created(created, m_context.todayUtc(), m_context.resource().has_value());
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
