#include "SavedSecretIndex.h"

#include "KeychainSettings.h"

#include <QDateTime>
#include <QSettings>
#include <QUrl>

namespace TokenDesk {

namespace {

QString identityGroup(const QString& identity)
{
    // Identities contain ':' and may contain '/', which QSettings treats as a group separator.
    return QStringLiteral("SavedSecrets/") + QString::fromLatin1(QUrl::toPercentEncoding(identity));
}

} // namespace

SavedSecretIndex::SavedSecretIndex(QString settingsFile)
    : m_file(settingsFile.isEmpty() ? KeychainSettings::defaultFilePath() : std::move(settingsFile))
{}

bool SavedSecretIndex::contains(const QString& identity, qint64 tokenId) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(identityGroup(identity));
    return settings.contains(QString::number(tokenId));
}

QSet<qint64> SavedSecretIndex::tokenIds(const QString& identity) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(identityGroup(identity));
    QSet<qint64> ids;
    const QStringList keys = settings.childKeys();
    for (const QString& key : keys) {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        if (ok)
            ids.insert(id);
    }
    return ids;
}

bool SavedSecretIndex::containsUnder(const QString& prefix, qint64 tokenId) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("SavedSecrets"));
    const QStringList groups = settings.childGroups();
    for (const QString& group : groups) {
        const QString identity = QUrl::fromPercentEncoding(group.toLatin1());
        if (identity.startsWith(prefix) && settings.contains(group + u'/' + QString::number(tokenId)))
            return true;
    }
    return false;
}

void SavedSecretIndex::insert(const QString& identity, qint64 tokenId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(identityGroup(identity));
    settings.setValue(QString::number(tokenId), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void SavedSecretIndex::remove(const QString& identity, qint64 tokenId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(identityGroup(identity));
    settings.remove(QString::number(tokenId));
}

} // namespace TokenDesk
