#pragma once

#include "AccountBook.h"
#include "GitLabOptions.h"
#include "Result.h"
#include "Secret.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace TokenDesk {

class SecretVault;

// A GitLab account TokenDesk can sign in with. Its access token lives only in the keychain.
struct GitLabAccount : AccountRecord
{
    QString host() const;
    // "alice @ gitlab.com", as the account selector lists it.
    QString label() const;
    // base with this account's CA file and timeout.
    GitLabOptions options(GitLabOptions base = {}) const;
};

// The GitLab accounts the user connected, and which account (or the offline store) was chosen last.
// The accounts go to the keychain's settings file through AccountBook, which tokendesk-cli reads too; the
// access token only to the keychain, under SecretVault::accountCredentialKey(key). Never holds a secret
// itself.
class AccountRegistry : public QObject
{
    Q_OBJECT

public:
    // The key of the offline store in currentKey().
    static QString offlineKey();

    // settingsFile: empty means the vault's.
    explicit AccountRegistry(SecretVault& vault, QString settingsFile = {}, QObject* parent = nullptr);
    ~AccountRegistry() override;

    QString settingsFile() const { return m_settingsFile; }
    SecretVault& vault() const { return m_vault; }

    QList<GitLabAccount> accounts() const;
    std::optional<GitLabAccount> account(const QString& key) const;

    // The account chosen last; offlineKey() when none was or it is gone.
    QString currentKey() const;
    void setCurrentKey(const QString& key);

    // Saves the access token to the keychain, then (only when that succeeded) remembers the account and
    // answers `done`, while `context` and the registry live. An addition cancelled (or whose context went
    // away) before the keychain answered is undone: nothing is remembered, and the saved access token is
    // deleted again unless the account is known already (it then keeps the new token, which signs in as the
    // same user). Returns the id cancelAddition() takes.
    quint64 addAccount(const GitLabAccount& account, const Secret& accessToken, QObject* context,
                       Callback<bool> done);
    void cancelAddition(quint64 id);
    // True while an addition is under way (its keychain save, or undoing a cancelled one).
    bool hasPendingChanges() const { return m_pendingChanges > 0; }
    // Replaces the saved access token of a known account (after it rotated its own token, or reconnected).
    void replaceCredential(const QString& key, const Secret& accessToken, QObject* context,
                           Callback<bool> done);
    // Remembers another CA file and timeout for a known account; false when there is no such account.
    bool setConnectionOptions(const QString& key, const QString& caFile, int timeoutSeconds);
    void loadCredential(const QString& key, QObject* context, Callback<Secret> done);
    // Deletes the keychain entry, then forgets the account (also when the entry was already gone).
    void removeAccount(const QString& key, QObject* context, Callback<bool> done);

Q_SIGNALS:
    void accountsChanged();

private:
    void remember(const GitLabAccount& account);
    void forget(const QString& key);
    void undoAddition(const QString& key);

    SecretVault& m_vault;
    QString m_settingsFile;
    quint64 m_lastAddition = 0;
    QSet<quint64> m_additions;        // under way
    QSet<quint64> m_cancelled;        // under way, and cancelled
    QHash<QString, int> m_addingKeys; // account key -> additions under way
    int m_pendingChanges = 0;
};

} // namespace TokenDesk
