#include "AccountBook.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr auto AccountsGroup = "GitLabAccounts";
constexpr auto OptionsGroup = "GitLabAccountOptions";
constexpr auto CaFileName = "caFile";
constexpr auto TimeoutName = "timeoutSeconds";

QString encoded(const QString& key)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(key));
}

QString optionsGroup(const QString& key)
{
    return QLatin1String(OptionsGroup) + u'/' + encoded(key);
}

QString urlKey(const QString& key)
{
    return QLatin1String(AccountsGroup) + u'/' + encoded(key);
}

void writeOptions(QSettings& settings, const AccountRecord& account)
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

} // namespace

AccountBook::AccountBook(QString settingsFile) : m_settingsFile(std::move(settingsFile)) {}

QList<AccountRecord> AccountBook::all() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    QList<AccountRecord> accounts;
    settings.beginGroup(QLatin1String(AccountsGroup));
    const QStringList keys = settings.childKeys();
    for (const QString& encodedKey : keys) {
        AccountRecord account;
        account.key = QUrl::fromPercentEncoding(encodedKey.toLatin1());
        account.instanceUrl = QUrl(settings.value(encodedKey).toString());
        account.username = account.key.section(u':', -1);
        if (account.key.startsWith(u"gitlab:"_s) && account.instanceUrl.isValid() &&
            !account.username.isEmpty())
            accounts << account;
    }
    settings.endGroup();
    for (AccountRecord& account : accounts) {
        settings.beginGroup(optionsGroup(account.key));
        account.caFile = settings.value(QLatin1String(CaFileName)).toString();
        account.timeoutSeconds = std::max(0, settings.value(QLatin1String(TimeoutName), 0).toInt());
        settings.endGroup();
    }
    return accounts;
}

std::optional<AccountRecord> AccountBook::find(const QString& key) const
{
    const QList<AccountRecord> accounts = all();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&key](const AccountRecord& account) { return account.key == key; });
    if (it == accounts.cend())
        return std::nullopt;
    return *it;
}

QStringList AccountBook::usersOf(const QString& instanceIdentity) const
{
    const QString prefix = instanceIdentity + u':';
    QStringList users;
    for (const AccountRecord& account : all()) {
        if (account.key.startsWith(prefix) && account.key.size() > prefix.size() &&
            !account.key.mid(prefix.size()).contains(u':'))
            users << account.key.mid(prefix.size());
    }
    users.sort();
    return users;
}

void AccountBook::save(const AccountRecord& account)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(urlKey(account.key), account.instanceUrl.toString());
    writeOptions(settings, account);
    settings.sync();
}

bool AccountBook::saveOptions(const AccountRecord& account)
{
    if (!find(account.key))
        return false;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    writeOptions(settings, account);
    settings.sync();
    return true;
}

void AccountBook::remove(const QString& key)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(urlKey(key));
    settings.remove(optionsGroup(key));
    settings.sync();
}

} // namespace TokenDesk
