#include "AccountRegistry.h"

#include "PrivateFiles.h"
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
{
    // The account list is the user's alone: owner-only file and folder, before QSettings writes it.
    PrivateFiles::ensureSettingsFile(m_settingsFile);
}

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

quint64 AccountRegistry::addAccount(const GitLabAccount& account, const Secret& accessToken, QObject* context,
                                    Callback<bool> done)
{
    const quint64 id = ++m_lastAddition;
    QPointer<QObject> guard(context);
    m_additions.insert(id);
    ++m_addingKeys[account.key];
    ++m_pendingChanges;
    // The registry hears the answer even when the context is gone, so that it can undo the save.
    m_vault.saveAccountCredential(account.key, accessToken, this,
                                  [this, id, guard, account, done = std::move(done)](Result<bool> saved) {
                                      m_additions.remove(id);
                                      const bool cancelled = m_cancelled.remove(id) || !guard;
                                      if (--m_addingKeys[account.key] <= 0)
                                          m_addingKeys.remove(account.key);
                                      if (saved && cancelled)
                                          return undoAddition(account.key);
                                      --m_pendingChanges;
                                      if (cancelled)
                                          return;
                                      if (saved)
                                          remember(account);
                                      done(std::move(saved));
                                  });
    return id;
}

void AccountRegistry::cancelAddition(quint64 id)
{
    if (m_additions.contains(id))
        m_cancelled.insert(id);
}

void AccountRegistry::undoAddition(const QString& key)
{
    // A known account keeps the token just saved (it signs in as the same user); so does one that another
    // addition under way is about to remember.
    if (account(key) || m_addingKeys.contains(key)) {
        qCInfo(lcSession) << "Cancelled connection of a known account; it keeps its access token:" << key;
        --m_pendingChanges;
        return;
    }
    qCInfo(lcSession) << "Connection cancelled while saving; deleting its access token again:" << key;
    m_vault.removeAccountCredential(key, this, [this, key](Result<bool> removed) {
        if (!removed)
            qCWarning(lcSession) << "Could not delete the access token of a cancelled connection" << key
                                 << ":" << removed.error().message;
        --m_pendingChanges;
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
