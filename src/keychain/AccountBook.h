#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace TokenDesk {

// A GitLab account TokenDesk signs in with, as remembered on disk. Its access token is not here: it lives
// only in the keychain, under SecretVault::accountCredentialKey(key).
struct AccountRecord
{
    QString key; // the backend's identity, e.g. "gitlab:gitlab.com:alice"
    QUrl instanceUrl;
    QString username;
    QString caFile;         // PEM file of extra certificate authorities; empty: the system's
    int timeoutSeconds = 0; // a stalled request fails after this long; 0: the default
};

// The connected GitLab accounts in the keychain's settings file, which the window writes and tokendesk-cli
// reads: group "GitLabAccounts" maps each percent-encoded key to the instance URL, group
// "GitLabAccountOptions/<encoded key>" holds "caFile" and "timeoutSeconds". Never holds a secret.
class AccountBook
{
public:
    explicit AccountBook(QString settingsFile);

    QList<AccountRecord> all() const;
    std::optional<AccountRecord> find(const QString& key) const;
    // The usernames of the accounts whose key starts with instanceIdentity + ':', sorted.
    QStringList usersOf(const QString& instanceIdentity) const;

    void save(const AccountRecord& account);
    // The CA file and timeout only; false when the account is unknown.
    bool saveOptions(const AccountRecord& account);
    void remove(const QString& key);

private:
    QString m_settingsFile;
};

} // namespace TokenDesk
