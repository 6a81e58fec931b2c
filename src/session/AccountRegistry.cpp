#include "AccountRegistry.h"

#include "SecretVault.h"
#include "SessionLogging.h"

#include <QPointer>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr auto CurrentKeyName = "Window/currentAccount";

} // namespace

QString GitLabAccount::host() const
{
    QString host = instanceUrl.host();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 address keeps its brackets: "[::1]:8443", never "::1:8443"
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
    QList<GitLabAccount> accounts;
    for (const AccountRecord& record : AccountBook(m_settingsFile).all())
        accounts << GitLabAccount{record};
    return accounts;
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
    if (!AccountBook(m_settingsFile).saveOptions(*known))
        return false;
    qCInfo(lcSession) << "Connection options saved:" << key;
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
    AccountBook(m_settingsFile).save(account);
    qCInfo(lcSession) << "Account saved:" << account.key;
    Q_EMIT accountsChanged();
}

void AccountRegistry::forget(const QString& key)
{
    AccountBook(m_settingsFile).remove(key);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    if (settings.value(QLatin1String(CurrentKeyName)).toString() == key)
        settings.setValue(QLatin1String(CurrentKeyName), offlineKey());
    settings.sync();
    qCInfo(lcSession) << "Account removed:" << key;
    Q_EMIT accountsChanged();
}

} // namespace TokenDesk
