#include "SecretVault.h"

#include "GitCredentialMap.h"
#include "KeyringLockProbe.h"
#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <utility>

namespace TokenDesk {

struct SecretVault::Outcome
{
    enum class Status
    {
        Ok,
        NotFound,
        NoService,
        Denied,
        Failed
    };
    Status status = Status::Ok;
    QString detail; // QtKeychain's own words, never containing the secret
    Secret secret;  // for loads
};

namespace {

// QtKeychain's libsecret backend reports an unreachable D-Bus or a missing Secret Service as OtherError
// with GLib's message; these are the phrasings GLib and libsecret use for that.
bool meansNoService(const QString& detail)
{
    static const char* const needles[] = {
        "org.freedesktop.secrets", "not provided by any .service",
        "ServiceUnknown",          "Could not connect",
        "Cannot autolaunch",       "DBUS_SESSION_BUS_ADDRESS",
        "D-Bus is not running",    "No such file or directory",
        "Connection refused",      "Error spawning command line",
    };
    for (const char* needle : needles) {
        if (detail.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool meansDenied(const QString& detail)
{
    static const char* const needles[] = {"locked", "dismissed", "cancel", "denied", "prompt"};
    for (const char* needle : needles) {
        if (detail.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template<typename T>
void answer(const QPointer<QObject>& context, const Callback<T>& done, Result<T> result)
{
    if (context && done)
        done(std::move(result));
}

} // namespace

QString SecretVault::serviceName()
{
    return QStringLiteral("TokenDesk");
}

QString SecretVault::tokenKey(const QString& identity, qint64 tokenId)
{
    return identity + QStringLiteral("/token/") + QString::number(tokenId);
}

QString SecretVault::accountCredentialKey(const QString& accountKey)
{
    return accountKey + QStringLiteral("/credential");
}

SecretVault::SecretVault(QObject* parent) : SecretVault(QString(), parent) {}

SecretVault::SecretVault(QString settingsFile, QObject* parent)
    : QObject(parent), m_index(std::move(settingsFile))
{}

SecretVault::~SecretVault() = default;

bool SecretVault::isSaved(const QString& identity, qint64 tokenId) const
{
    return m_index.contains(identity, tokenId);
}

bool SecretVault::isPending(const QString& identity, qint64 tokenId) const
{
    return m_pending.value(tokenKey(identity, tokenId)) > 0;
}

void SecretVault::track(const QString& identity, qint64 tokenId, int delta)
{
    const QString key = tokenKey(identity, tokenId);
    const int before = m_pending.value(key);
    const int after = before + delta;
    if (after > 0)
        m_pending.insert(key, after);
    else
        m_pending.remove(key);
    if ((before > 0) != (after > 0))
        Q_EMIT pendingChanged(identity, tokenId, after > 0);
}

void SecretVault::setIndexed(const QString& identity, qint64 tokenId, bool saved)
{
    if (m_index.contains(identity, tokenId) == saved)
        return;
    if (saved)
        m_index.insert(identity, tokenId);
    else
        m_index.remove(identity, tokenId);
    Q_EMIT savedChanged(identity, tokenId, saved);
}

void SecretVault::run(Operation operation, const QString& key, const Secret& secret, int attempt,
                      JobDone done)
{
    // A delete in a locked keyring does nothing and reports success: refuse it up front instead.
    if (operation == Operation::Remove && attempt == 0) {
        KeyringLockProbe::query(this, [this, key, done = std::move(done)](KeyringLockProbe::State state) {
            if (state == KeyringLockProbe::State::Locked) {
                Outcome outcome;
                outcome.status = Outcome::Status::Denied;
                done(outcome);
                return;
            }
            startJob(Operation::Remove, key, Secret(), 0, done);
        });
        return;
    }
    startJob(operation, key, secret, attempt, std::move(done));
}

void SecretVault::setWritesHeld(bool held)
{
    m_writesHeld = held;
    if (held)
        return;
    const auto waiting = std::exchange(m_heldWrites, {});
    for (const auto& start : waiting)
        start();
}

void SecretVault::startJob(Operation operation, const QString& key, const Secret& secret, int attempt,
                           JobDone done)
{
    if (operation == Operation::Save && secret.isEmpty()) {
        // Never an empty entry, and never an index that says "saved" for one.
        qCWarning(lcKeychain) << "Refused to save an empty secret under" << key;
        QTimer::singleShot(0, this, [done = std::move(done)]() {
            Outcome outcome;
            outcome.status = Outcome::Status::Failed;
            done(outcome);
        });
        return;
    }
    if (operation == Operation::Save && m_writesHeld) {
        m_heldWrites.append([this, key, secret, attempt, done = std::move(done)]() {
            startJob(Operation::Save, key, secret, attempt, done);
        });
        return;
    }
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Save: {
        auto* write = new QKeychain::WritePasswordJob(serviceName());
        QString text = secret.toString();
        write->setTextData(text);
        secureWipe(text);
        job = write;
        break;
    }
    case Operation::Load:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // No parent: libsecret calls back into the job, so it must outlive the vault until it has finished;
    // it deletes itself then, and `this` as the connection context keeps the answer from a dead vault.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, secret, attempt, done = std::move(done)](QKeychain::Job* finished) {
                Outcome outcome;
                outcome.detail = finished->errorString();
                switch (finished->error()) {
                case QKeychain::NoError:
                    if (operation == Operation::Load) {
                        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                        outcome.secret = Secret(bytes);
                        secureWipe(bytes);
                    }
                    break;
                case QKeychain::EntryNotFound:
                    outcome.status =
                        operation == Operation::Remove ? Outcome::Status::Ok : Outcome::Status::NotFound;
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    outcome.status = Outcome::Status::Denied;
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                    outcome.status = Outcome::Status::NoService;
                    break;
                default:
                    outcome.status = meansNoService(outcome.detail) ? Outcome::Status::NoService
                                     : meansDenied(outcome.detail)  ? Outcome::Status::Denied
                                                                    : Outcome::Status::Failed;
                    break;
                }
                if (outcome.status != Outcome::Status::Ok)
                    qCDebug(lcKeychain).noquote()
                        << "Keychain operation on" << key << "failed:" << outcome.detail;
                if (outcome.status != Outcome::Status::NotFound &&
                    outcome.status != Outcome::Status::Failed) {
                    finish(operation, key, secret, attempt, std::move(outcome), done);
                    return;
                }
                // QtKeychain's words do not tell everything: a locked keyring whose unlock prompt was
                // dismissed answers "not found", and GLib's messages about a missing bus may be translated.
                KeyringLockProbe::query(this, [this, operation, key, secret, attempt, outcome,
                                               done](KeyringLockProbe::State state) mutable {
                    if (state == KeyringLockProbe::State::Locked)
                        outcome.status = Outcome::Status::Denied;
                    else if (state == KeyringLockProbe::State::NoService &&
                             outcome.status == Outcome::Status::Failed)
                        outcome.status = Outcome::Status::NoService;
                    finish(operation, key, secret, attempt, std::move(outcome), done);
                });
            });
    job->start();
}

void SecretVault::finish(Operation operation, const QString& key, const Secret& secret, int attempt,
                         Outcome outcome, const JobDone& done)
{
    if (outcome.status == Outcome::Status::NoService && attempt == 0) {
        qCDebug(lcKeychain) << "No keychain service answered; retrying once";
        QTimer::singleShot(m_retryDelayMs, this,
                           [this, operation, key, secret, done]() { run(operation, key, secret, 1, done); });
        return;
    }
    done(outcome);
}

BackendError SecretVault::errorFor(const Outcome& outcome, const QString& notFoundMessage,
                                   const QString& failedMessage)
{
    using Kind = BackendError::Kind;
    switch (outcome.status) {
    case Outcome::Status::NotFound:
        return BackendError::make(Kind::NotFound, notFoundMessage);
    case Outcome::Status::NoService:
        return BackendError::make(Kind::Keychain,
                                  tr("No keychain service is running. Start GNOME Keyring or KWallet (any "
                                     "Secret Service provider) in your desktop session and try again."));
    case Outcome::Status::Denied:
        return BackendError::make(Kind::Keychain,
                                  tr("The keychain refused access: it is locked or the request was denied. "
                                     "Unlock your keyring (for example in \"Passwords and Keys\") and try "
                                     "again."));
    default:
        return BackendError::make(Kind::Keychain,
                                  outcome.detail.isEmpty()
                                      ? failedMessage
                                      : tr("%1 The keychain said: %2").arg(failedMessage, outcome.detail));
    }
}

void SecretVault::save(const QString& identity, qint64 tokenId, const Secret& secret, QObject* context,
                       Callback<bool> done)
{
    QPointer<QObject> guard(context);
    if (secret.isEmpty()) {
        deliverLater<bool>(
            context, std::move(done),
            BackendError::make(BackendError::Kind::Keychain, tr("There is no secret to save.")));
        return;
    }
    track(identity, tokenId, +1);
    run(Operation::Save, tokenKey(identity, tokenId), secret, 0,
        [this, identity, tokenId, guard, done = std::move(done)](const Outcome& outcome) {
            track(identity, tokenId, -1);
            if (outcome.status != Outcome::Status::Ok) {
                answer<bool>(guard, done,
                             errorFor(outcome, QString(), tr("Could not save the secret to the keychain.")));
                return;
            }
            setIndexed(identity, tokenId, true);
            answer<bool>(guard, done, true);
        });
}

void SecretVault::load(const QString& identity, qint64 tokenId, QObject* context, Callback<Secret> done)
{
    QPointer<QObject> guard(context);
    track(identity, tokenId, +1);
    run(Operation::Load, tokenKey(identity, tokenId), Secret(), 0,
        [this, identity, tokenId, guard, done = std::move(done)](const Outcome& outcome) {
            track(identity, tokenId, -1);
            if (outcome.status != Outcome::Status::Ok) {
                // A locked keyring that was not unlocked answers like a missing entry: keep the record, and
                // say both.
                const QString notFound =
                    m_index.contains(identity, tokenId)
                        ? tr("The keychain did not return the secret of token %1. If your keyring is locked, "
                             "unlock it and try again; if the entry was deleted in your keyring manager, "
                             "forget the token's secret in TokenDesk.")
                              .arg(tokenId)
                        : tr("No secret is saved in the keychain for token %1.").arg(tokenId);
                answer<Secret>(
                    guard, done,
                    errorFor(outcome, notFound, tr("Could not read the secret from the keychain.")));
                return;
            }
            setIndexed(identity, tokenId, true);
            answer<Secret>(guard, done, outcome.secret);
        });
}

void SecretVault::remove(const QString& identity, qint64 tokenId, QObject* context, Callback<bool> done)
{
    QPointer<QObject> guard(context);
    track(identity, tokenId, +1);
    run(Operation::Remove, tokenKey(identity, tokenId), Secret(), 0,
        [this, identity, tokenId, guard, done = std::move(done)](const Outcome& outcome) {
            track(identity, tokenId, -1);
            if (outcome.status != Outcome::Status::Ok) {
                answer<bool>(
                    guard, done,
                    errorFor(outcome, QString(), tr("Could not delete the secret from the keychain.")));
                return;
            }
            GitCredentialMap(settingsFile()).removeToken(identity, tokenId);
            setIndexed(identity, tokenId, false);
            answer<bool>(guard, done, true);
        });
}

void SecretVault::replace(const QString& identity, qint64 oldTokenId, qint64 newTokenId, const Secret& secret,
                          QObject* context, Callback<bool> done)
{
    replaceWith(identity, oldTokenId, newTokenId, std::nullopt, secret, context, std::move(done));
}

void SecretVault::replace(const QString& identity, qint64 oldTokenId, const AccessToken& successor,
                          const Secret& secret, QObject* context, Callback<bool> done)
{
    replaceWith(identity, oldTokenId, successor.id,
                GitCredentialMap::TokenFacts{successor.name, successor.expiresAt}, secret, context,
                std::move(done));
}

void SecretVault::replaceWith(const QString& identity, qint64 oldTokenId, qint64 newTokenId,
                              const std::optional<GitCredentialMap::TokenFacts>& successor,
                              const Secret& secret, QObject* context, Callback<bool> done)
{
    QPointer<QObject> guard(context);
    save(identity, newTokenId, secret, this,
         [this, identity, oldTokenId, newTokenId, successor, guard,
          done = std::move(done)](Result<bool> saved) {
             if (!saved || oldTokenId == newTokenId) {
                 answer<bool>(guard, done, std::move(saved));
                 return;
             }
             GitCredentialMap(settingsFile()).retarget(identity, oldTokenId, newTokenId, successor);
             remove(identity, oldTokenId, this, [guard, done, oldTokenId](Result<bool> removed) {
                 if (!removed)
                     qCWarning(lcKeychain)
                         << "Saved the new secret but could not delete the one of token" << oldTokenId;
                 answer<bool>(guard, done, true);
             });
         });
}

void SecretVault::saveAccountCredential(const QString& accountKey, const Secret& secret, QObject* context,
                                        Callback<bool> done)
{
    QPointer<QObject> guard(context);
    if (secret.isEmpty()) {
        deliverLater<bool>(
            context, std::move(done),
            BackendError::make(BackendError::Kind::Keychain, tr("There is no secret to save.")));
        return;
    }
    run(Operation::Save, accountCredentialKey(accountKey), secret, 0,
        [guard, done = std::move(done)](const Outcome& outcome) {
            if (outcome.status != Outcome::Status::Ok) {
                answer<bool>(guard, done,
                             errorFor(outcome, QString(),
                                      tr("Could not save the account's access token to the keychain.")));
                return;
            }
            answer<bool>(guard, done, true);
        });
}

void SecretVault::loadAccountCredential(const QString& accountKey, QObject* context, Callback<Secret> done)
{
    QPointer<QObject> guard(context);
    run(Operation::Load, accountCredentialKey(accountKey), Secret(), 0,
        [guard, accountKey, done = std::move(done)](const Outcome& outcome) {
            if (outcome.status != Outcome::Status::Ok) {
                answer<Secret>(
                    guard, done,
                    errorFor(
                        outcome,
                        tr("No access token is saved in the keychain for the account %1.").arg(accountKey),
                        tr("Could not read the account's access token from the keychain.")));
                return;
            }
            answer<Secret>(guard, done, outcome.secret);
        });
}

void SecretVault::removeAccountCredential(const QString& accountKey, QObject* context, Callback<bool> done)
{
    QPointer<QObject> guard(context);
    run(Operation::Remove, accountCredentialKey(accountKey), Secret(), 0,
        [guard, done = std::move(done)](const Outcome& outcome) {
            if (outcome.status != Outcome::Status::Ok) {
                answer<bool>(guard, done,
                             errorFor(outcome, QString(),
                                      tr("Could not delete the account's access token from the keychain.")));
                return;
            }
            answer<bool>(guard, done, true);
        });
}

} // namespace TokenDesk
