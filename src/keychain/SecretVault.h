#pragma once

#include "AccessToken.h"
#include "GitCredentialMap.h"
#include "Result.h"
#include "SavedSecretIndex.h"
#include "Secret.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace TokenDesk {

// Keeps token secrets and account credentials in the operating system's keychain (Secret Service or
// KWallet, through QtKeychain), never anywhere else: there is no plaintext fallback. Every operation
// answers later through its callback, on the thread of `context` and only while `context` is alive,
// like TokenBackend. Errors are BackendError::Kind::Keychain with a message that says what to do, or
// Kind::NotFound when nothing is saved under that key. Messages never contain a secret.
//
// Keys: service "TokenDesk", key "<identity>/token/<id>" for a token (identity as
// TokenBackend::identity(), e.g. "local:<uuid>" or "gitlab:host:user"), "<accountKey>/credential"
// for the credential an account signs in with.
//
// Bookkeeping kept in step here (never by callers): the SavedSecretIndex (save, replace and remove update
// it; a successful load records an entry saved by someone else) and the GitCredentialMap (replace retargets
// the old token's git hosts to the new token; remove drops them). A load that finds nothing leaves the
// index alone. QtKeychain reports a locked keyring as a missing entry (read) or as success (delete): the
// vault asks the Secret Service whether it is locked and answers "locked, unlock it" instead.
class SecretVault : public QObject
{
    Q_OBJECT

public:
    static QString serviceName();
    static QString tokenKey(const QString& identity, qint64 tokenId);
    static QString accountCredentialKey(const QString& accountKey);

    // settingsFile: where the index and git map live; empty means KeychainSettings::defaultFilePath().
    explicit SecretVault(QObject* parent = nullptr);
    explicit SecretVault(QString settingsFile, QObject* parent = nullptr);
    ~SecretVault() override;

    QString settingsFile() const { return m_index.settingsFile(); }
    const SavedSecretIndex& index() const { return m_index; }
    // From the index, without a keychain round trip.
    bool isSaved(const QString& identity, qint64 tokenId) const;
    // A save, load or remove for this token has not answered yet.
    bool isPending(const QString& identity, qint64 tokenId) const;

    // Saves (or overwrites) the token's secret. Answers true when saved.
    void save(const QString& identity, qint64 tokenId, const Secret& secret, QObject* context,
              Callback<bool> done);
    void load(const QString& identity, qint64 tokenId, QObject* context, Callback<Secret> done);
    // Deletes the saved secret; answers true also when there was none (it is gone either way).
    void remove(const QString& identity, qint64 tokenId, QObject* context, Callback<bool> done);
    // After a rotation: saves the successor's secret, then deletes the old token's entry and moves its git
    // hosts to the successor. When the save fails nothing else changes.
    void replace(const QString& identity, qint64 oldTokenId, qint64 newTokenId, const Secret& secret,
                 QObject* context, Callback<bool> done);
    // The same, and the git hosts that follow learn the successor's name and expiry date (what the git
    // helper tells git).
    void replace(const QString& identity, qint64 oldTokenId, const AccessToken& successor,
                 const Secret& secret, QObject* context, Callback<bool> done);

    void saveAccountCredential(const QString& accountKey, const Secret& secret, QObject* context,
                               Callback<bool> done);
    void loadAccountCredential(const QString& accountKey, QObject* context, Callback<Secret> done);
    void removeAccountCredential(const QString& accountKey, QObject* context, Callback<bool> done);

    // How long to wait before the one retry when no keychain service answered (it may still be starting).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    // For tests, standing in for a slow keychain or a save waiting for its retry: while held, keychain
    // writes (saves) wait before they start; releasing starts the waiting ones in order.
    void setWritesHeld(bool held);

Q_SIGNALS:
    void savedChanged(const QString& identity, qint64 tokenId, bool saved);
    void pendingChanged(const QString& identity, qint64 tokenId, bool pending);

private:
    enum class Operation
    {
        Save,
        Load,
        Remove
    };
    struct Outcome;
    using JobDone = std::function<void(const Outcome&)>;

    void replaceWith(const QString& identity, qint64 oldTokenId, qint64 newTokenId,
                     const std::optional<GitCredentialMap::TokenFacts>& successor, const Secret& secret,
                     QObject* context, Callback<bool> done);
    static BackendError errorFor(const Outcome& outcome, const QString& notFoundMessage,
                                 const QString& failedMessage);
    void run(Operation operation, const QString& key, const Secret& secret, int attempt, JobDone done);
    void startJob(Operation operation, const QString& key, const Secret& secret, int attempt, JobDone done);
    void finish(Operation operation, const QString& key, const Secret& secret, int attempt, Outcome outcome,
                const JobDone& done);
    void track(const QString& identity, qint64 tokenId, int delta);
    void setIndexed(const QString& identity, qint64 tokenId, bool saved);

    SavedSecretIndex m_index;
    QHash<QString, int> m_pending;
    bool m_writesHeld = false;
    QList<std::function<void()>> m_heldWrites;
    int m_retryDelayMs = 1000;
};

} // namespace TokenDesk
