#include "Command.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TokenDesk {

QString Command::idDescription() const
{
    return tr("The token's ID, a positive whole number.");
}

QString Command::noArguments(const QStringList& positional) const
{
    if (positional.isEmpty())
        return {};
    return tr("%1 takes no arguments.").arg(name());
}

QString Command::takeTokenId(const QStringList& positional, bool selfAllowed, const BackendOptions& backend,
                             qint64& id) const
{
    if (positional.size() != 1)
        return tr("%1 needs exactly one token ID.").arg(name());
    const std::optional<qint64> parsed =
        selfAllowed && positional.constFirst() == u"self"_s ? SelfId : parseId(positional.constFirst());
    if (!parsed)
        return selfAllowed ? tr("the token ID must be a positive whole number, or 'self'.")
                           : tr("the token ID must be a positive whole number.");
    if (*parsed == SelfId && !backend.isGitLab())
        return tr("'self' names the GitLab access token in use; it needs --gitlab URL.");
    if (*parsed == SelfId && backend.onResource())
        return tr("'self' names your own access token in use, not one of a group or project; leave out "
                  "--group and --project.");
    id = *parsed;
    return {};
}

std::optional<qint64> Command::parseId(const QString& text)
{
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 id = text.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QDate> Command::parseDate(const QString& text)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString Command::program()
{
    return u"tokendesk-cli"_s;
}

} // namespace TokenDesk
