#pragma once

#include "BackendError.h"
#include "Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

class QIODevice;
class QJsonDocument;

namespace TokenDesk {

class SecretVault;
class Terminal;
class TokenBackend;

// How the running tokendesk-cli signs in: which credential it was given, and for a keychain account its key.
struct CliCredential
{
    enum class Source
    {
        None,
        Environment,
        File,
        Keychain
    };
    Source source = Source::None;
    QString accountKey;
    QString serverUrl; // the instance a server backend talks to; empty for a store
};

// What a running command works with (input and output devices, --json, the clock, the backend, the
// keychain, the terminal) and how it ends: one exit code, reported once, later, through finished().
// Commands use it as the context of their asynchronous calls.
class CliContext : public QObject
{
    Q_OBJECT

public:
    CliContext(const Clock& clock, QIODevice* in, QIODevice* out, QIODevice* err, QObject* parent = nullptr);
    ~CliContext() override;

    static QString programName();
    // "tokendesk-cli: error: MESSAGE\n", on one line whatever the message holds.
    static QString errorLine(const QString& message);

    QIODevice* in() const { return m_in; }
    QIODevice* out() const { return m_out; }
    QIODevice* err() const { return m_err; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    const Clock& clock() const { return m_clock; }
    QDate todayUtc() const { return m_clock.todayUtc(); }

    TokenBackend* backend() const { return m_backend; }
    void setBackend(TokenBackend* backend) { m_backend = backend; }
    const CliCredential& credential() const { return m_credential; }
    void setCredential(CliCredential credential) { m_credential = std::move(credential); }
    // The keychain to use; by default one over KeychainSettings::defaultFilePath().
    SecretVault* vault();
    void setVault(SecretVault* vault) { m_vault = vault; }
    Terminal& terminal();

    void writeOut(const QString& text);
    void writeJson(const QJsonDocument& document);
    // Writes bytes that may hold a secret, then wipes them.
    void writeSecret(QByteArray& bytes);
    void writeRaw(const QByteArray& bytes);
    void flushOut();
    void writeErr(const QString& text);
    // "tokendesk-cli: warning: TEXT\n" on the error device.
    void warn(const QString& text);

    void succeed();
    void fail(const BackendError& error);
    void failUsage(const QString& message);
    // Ends with this exit code; only the first call counts. finished() comes from the event loop.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    const Clock& m_clock;
    QIODevice* m_in;
    QIODevice* m_out;
    QIODevice* m_err;
    bool m_json = false;
    TokenBackend* m_backend = nullptr;
    CliCredential m_credential;
    std::unique_ptr<SecretVault> m_ownedVault;
    SecretVault* m_vault = nullptr;
    std::unique_ptr<Terminal> m_terminal;
    bool m_finished = false;
};

} // namespace TokenDesk
