#include "GitCredentialMap.h"

#include "KeychainSettings.h"

#include <QSettings>
#include <QUrl>

namespace TokenDesk {

namespace {

const QString Group = QStringLiteral("GitHosts");
const QString IdentityKey = QStringLiteral("identity");
const QString TokenIdKey = QStringLiteral("tokenId");
const QString UsernameKey = QStringLiteral("username");
const QString TokenNameKey = QStringLiteral("tokenName");
const QString ExpiresAtKey = QStringLiteral("expiresAt");
const QString DefaultUsername = QStringLiteral("oauth2");

QString hostKey(const QString& host)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(host));
}

} // namespace

GitCredentialMap::GitCredentialMap(QString settingsFile)
    : m_file(settingsFile.isEmpty() ? KeychainSettings::defaultFilePath() : std::move(settingsFile))
{}

QString GitCredentialMap::normalizeHost(const QString& host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'/') || trimmed.contains(u'@'))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    const int port = url.port(443);
    QString name = url.host(QUrl::FullyEncoded).toLower();
    if (name.contains(u':'))
        name = u'[' + name + u']';
    return port == 443 ? name : name + u':' + QString::number(port);
}

bool GitCredentialMap::set(const QString& host, const QString& identity, qint64 tokenId,
                           const QString& username, const TokenFacts& facts)
{
    const QString normalized = normalizeHost(host);
    if (normalized.isEmpty() || identity.isEmpty())
        return false;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.beginGroup(hostKey(normalized));
    settings.setValue(IdentityKey, identity);
    settings.setValue(TokenIdKey, tokenId);
    settings.setValue(UsernameKey, username.trimmed().isEmpty() ? DefaultUsername : username.trimmed());
    if (facts.name.isEmpty())
        settings.remove(TokenNameKey);
    else
        settings.setValue(TokenNameKey, facts.name);
    if (facts.expiresAt.isValid())
        settings.setValue(ExpiresAtKey, facts.expiresAt.toString(Qt::ISODate));
    else
        settings.remove(ExpiresAtKey);
    return true;
}

std::optional<GitCredentialMap::Entry> GitCredentialMap::get(const QString& host) const
{
    const QString normalized = normalizeHost(host);
    if (normalized.isEmpty())
        return std::nullopt;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.beginGroup(hostKey(normalized));
    if (!settings.contains(IdentityKey) || !settings.contains(TokenIdKey))
        return std::nullopt;
    Entry entry;
    entry.host = normalized;
    entry.identity = settings.value(IdentityKey).toString();
    bool ok = false;
    entry.tokenId = settings.value(TokenIdKey).toLongLong(&ok);
    entry.username = settings.value(UsernameKey).toString();
    entry.token.name = settings.value(TokenNameKey).toString();
    entry.token.expiresAt = QDate::fromString(settings.value(ExpiresAtKey).toString(), Qt::ISODate);
    if (!ok || entry.identity.isEmpty())
        return std::nullopt;
    if (entry.username.isEmpty())
        entry.username = DefaultUsername;
    return entry;
}

bool GitCredentialMap::remove(const QString& host)
{
    const QString normalized = normalizeHost(host);
    if (normalized.isEmpty())
        return false;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(Group);
    const QString key = hostKey(normalized);
    if (!settings.childGroups().contains(key))
        return false;
    settings.remove(key);
    return true;
}

QList<GitCredentialMap::Entry> GitCredentialMap::entries() const
{
    QStringList hosts;
    {
        QSettings settings(m_file, QSettings::IniFormat);
        settings.beginGroup(Group);
        hosts = settings.childGroups();
    }
    QList<Entry> result;
    for (const QString& key : std::as_const(hosts)) {
        if (auto entry = get(QUrl::fromPercentEncoding(key.toLatin1())))
            result.append(*entry);
    }
    return result;
}

QList<GitCredentialMap::Entry> GitCredentialMap::entriesFor(const QString& identity, qint64 tokenId) const
{
    QList<Entry> result;
    const QList<Entry> all = entries();
    for (const Entry& entry : all) {
        if (entry.identity == identity && entry.tokenId == tokenId)
            result.append(entry);
    }
    return result;
}

int GitCredentialMap::retarget(const QString& identity, qint64 oldTokenId, qint64 newTokenId,
                               const std::optional<TokenFacts>& successor)
{
    const QList<Entry> affected = entriesFor(identity, oldTokenId);
    for (const Entry& entry : affected)
        set(entry.host, identity, newTokenId, entry.username,
            successor.value_or(TokenFacts{entry.token.name, QDate()}));
    return static_cast<int>(affected.size());
}

int GitCredentialMap::removeToken(const QString& identity, qint64 tokenId)
{
    const QList<Entry> affected = entriesFor(identity, tokenId);
    for (const Entry& entry : affected)
        remove(entry.host);
    return static_cast<int>(affected.size());
}

} // namespace TokenDesk
