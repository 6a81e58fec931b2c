#include "AccountRegistry.h"

#include "Logging.h"
#include "SecretVault.h"

#include <QPointer>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// Shared with tokendesk-cli (BackendFactory::connectedUsers): percent-encoded account keys, valued
// with the instance URL.
constexpr auto AccountsGroup = "GitLabAccounts";
// Not secrets: per account, under the same encoded key.
constexpr auto OptionsGroup = "GitLabAccountOptions";
constexpr auto CaFileName = "caFile";
constexpr auto TimeoutName = "timeoutSeconds";
constexpr auto CurrentKeyName = "Window/currentAccount";

QString encoded(const QString& key)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(key));
}

QString optionsGroup(const QString& key)
{
    return QLatin1String(OptionsGroup) + u'/' + encoded(key);
}

void readOptions(QSettings& settings, GitLabAccount& account)
{
    settings.beginGroup(optionsGroup(account.key));
    account.caFile = settings.value(QLatin1String(CaFileName)).toString();
    account.timeoutSeconds = std::max(0, settings.value(QLatin1String(TimeoutName), 0).toInt());
    settings.endGroup();
}

void writeOptions(QSettings& settings, const GitLabAccount& account)
{
    settings.beginGroup(optionsGroup(account.key));
    if (account.caFile.isEmpty())
        settings.remove(QLatin1String(CaFileName));
    else
        settings.setValue(QLatin1String(CaFileName), account.caFile);
    if (account.timeoutSeconds > 0)
        settings.setValue(QLatin1String(TimeoutName), account.timeoutSeconds);
    else
        settings.remove(QLatin1String(TimeoutName));
    settings.endGroup();
}

QList<GitLabAccount> readAccounts(QSettings& settings)
{
    QList<GitLabAccount> accounts;
    settings.beginGroup(QLatin1String(AccountsGroup));
    const QStringList keys = settings.childKeys();
    for (const QString& encoded : keys) {
        GitLabAccount account;
        account.key = QUrl::fromPercentEncoding(encoded.toLatin1());
        account.instanceUrl = QUrl(settings.value(encoded).toString());
        account.username = account.key.section(u':', -1);
        if (account.key.startsWith(u"gitlab:"_s) && account.instanceUrl.isValid() &&
            !account.username.isEmpty())
            accounts << account;
    }
    settings.endGroup();
    for (GitLabAccount& account : accounts)
        readOptions(settings, account);
    return accounts;
}

QString encodedKey(const QString& key)
{
    return QLatin1String(AccountsGroup) + u'/' + encoded(key);
}

} // namespace

QString GitLabAccount::host() const
{
    QString host = instanceUrl.host();
    if (instanceUrl.port() > 0)
        host += u':' + QString::number(instanceUrl.port());
    return host + instanceUrl.path();
}

QString GitLabAccount::label() const
{
    return AccountRegistry::tr("%1 @ %2").arg(username, host());
}

GitLabOptions GitLabAccount::options(GitLabOptions base) const
{
    if (!caFile.isEmpty())
        base.caFile = caFile;
    if (timeoutSeconds > 0)
        base.timeoutMs = timeoutSeconds * 1000;
    return base;
}

QString AccountRegistry::offlineKey()
{
    return u"offline"_s;
}

AccountRegistry::AccountRegistry(SecretVault& vault, QString settingsFile, QObject* parent)
    : QObject(parent), m_vault(vault),
      m_settingsFile(settingsFile.isEmpty() ? vault.settingsFile() : std::move(settingsFile))
{}

AccountRegistry::~AccountRegistry() = default;

QList<GitLabAccount> AccountRegistry::accounts() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    return readAccounts(settings);
}

std::optional<GitLabAccount> AccountRegistry::account(const QString& key) const
{
    for (const GitLabAccount& account : accounts()) {
        if (account.key == key)
            return account;
    }
    return std::nullopt;
}

QString AccountRegistry::currentKey() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QString key = settings.value(QLatin1String(CurrentKeyName)).toString();
    if (key.isEmpty() || key == offlineKey() || !account(key))
        return offlineKey();
    return key;
}

void AccountRegistry::setCurrentKey(const QString& key)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QLatin1String(CurrentKeyName), key.isEmpty() ? offlineKey() : key);
}

void AccountRegistry::addAccount(const GitLabAccount& account, const Secret& accessToken, QObject* context,
                                 Callback<bool> done)
{
    QPointer<AccountRegistry> self(this);
    m_vault.saveAccountCredential(account.key, accessToken, context,
                                  [self, account, done = std::move(done)](Result<bool> saved) {
                                      if (saved && self)
                                          self->remember(account);
                                      done(std::move(saved));
                                  });
}

void AccountRegistry::replaceCredential(const QString& key, const Secret& accessToken, QObject* context,
                                        Callback<bool> done)
{
    m_vault.saveAccountCredential(key, accessToken, context, std::move(done));
}

bool AccountRegistry::setConnectionOptions(const QString& key, const QString& caFile, int timeoutSeconds)
{
    std::optional<GitLabAccount> known = account(key);
    if (!known)
        return false;
    known->caFile = caFile;
    known->timeoutSeconds = timeoutSeconds;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    writeOptions(settings, *known);
    settings.sync();
    qCInfo(lcGui) << "Connection options saved:" << key;
    Q_EMIT accountsChanged();
    return true;
}

void AccountRegistry::loadCredential(const QString& key, QObject* context, Callback<Secret> done)
{
    m_vault.loadAccountCredential(key, context, std::move(done));
}

void AccountRegistry::removeAccount(const QString& key, QObject* context, Callback<bool> done)
{
    QPointer<AccountRegistry> self(this);
    m_vault.removeAccountCredential(key, context, [self, key, done = std::move(done)](Result<bool> removed) {
        const bool gone = removed || removed.error().kind == BackendError::Kind::NotFound;
        if (gone && self)
            self->forget(key);
        if (gone)
            return done(true);
        done(std::move(removed));
    });
}

void AccountRegistry::remember(const GitLabAccount& account)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(encodedKey(account.key), account.instanceUrl.toString());
    writeOptions(settings, account);
    settings.sync();
    qCInfo(lcGui) << "Account saved:" << account.key;
    Q_EMIT accountsChanged();
}

void AccountRegistry::forget(const QString& key)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(encodedKey(key));
    settings.remove(optionsGroup(key));
    if (settings.value(QLatin1String(CurrentKeyName)).toString() == key)
        settings.setValue(QLatin1String(CurrentKeyName), offlineKey());
    settings.sync();
    qCInfo(lcGui) << "Account removed:" << key;
    Q_EMIT accountsChanged();
}

} // namespace TokenDesk
