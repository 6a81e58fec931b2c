#include "TokenCells.h"

#include "PlainText.h"
#include "Resource.h"
#include "TimeText.h"

namespace TokenDesk {

using Column = TokenTableModel::Column;

QString TokenCells::status(const AccessToken& token, QDate todayUtc)
{
    if (token.revoked)
        return tr("Revoked");
    if (token.isExpired(todayUtc))
        return tr("Expired");
    return tr("Active");
}

QString TokenCells::text(const AccessToken& token, Column column, const QDateTime& nowUtc, bool saved)
{
    switch (column) {
    case Column::Name:
        return PlainText::shown(token.name);
    case Column::Description:
        return PlainText::shown(token.description);
    case Column::Scopes:
        return PlainText::shown(token.scopes.join(QStringLiteral(", ")));
    case Column::Created:
        return TimeText::date(token.createdAt.toUTC().date());
    case Column::LastUsed:
        return TimeText::ago(token.lastUsedAt, nowUtc);
    case Column::Expires: {
        const QString relative = TimeText::untilExpiry(token.expiresAt, nowUtc.date());
        if (token.isExpiringWithin(nowUtc.date(), TokenSummary::ExpiringSoonDays))
            return tr("%1 (expires soon)").arg(relative);
        return relative;
    }
    case Column::Status:
        return status(token, nowUtc.date());
    case Column::InactiveSince:
        if (token.revoked)
            return token.revokedAt.isValid() ? TimeText::date(token.revokedAt.toUTC().date()) : tr("Unknown");
        return TimeText::date(token.expiresAt);
    case Column::Keychain:
        return saved ? tr("Saved") : QString();
    case Column::Role:
        return token.accessLevel > 0 ? AccessLevels::label(token.accessLevel) : QString();
    }
    return {};
}

QString TokenCells::toolTip(const AccessToken& token, Column column, bool saved)
{
    switch (column) {
    case Column::Name:
    case Column::Description:
        return PlainText::toolTip(column == Column::Name ? token.name : token.description);
    case Column::Scopes:
        return PlainText::toolTip(token.scopes.join(u'\n'));
    case Column::Created:
        return TimeText::dateTimeUtc(token.createdAt);
    case Column::LastUsed:
        return token.lastUsedAt.isValid() ? TimeText::dateTimeUtc(token.lastUsedAt) : tr("Never used");
    case Column::Expires:
        return TimeText::expiryExact(token.expiresAt);
    case Column::Status:
    case Column::InactiveSince:
        if (token.revoked)
            return token.revokedAt.isValid() ? tr("Revoked on %1").arg(TimeText::dateTimeUtc(token.revokedAt))
                                             : tr("Revoked");
        return tr("Expired on %1 at 00:00 UTC").arg(TimeText::date(token.expiresAt));
    case Column::Keychain:
        return saved ? tr("The secret is saved in the keychain") : tr("No secret saved in the keychain");
    case Column::Role:
        return token.accessLevel > 0
                   ? tr("The token acts with the role %1").arg(AccessLevels::label(token.accessLevel))
                   : QString();
    }
    return {};
}

} // namespace TokenDesk
