#pragma once

#include "AccountSession.h"
#include "BackendError.h"
#include "Clock.h"
#include "TokenOperations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

class QIODevice;
class QJsonDocument;

namespace TokenDesk {

class Secret;
class SecretVault;
class Terminal;

// What a running command works with (input and output devices, --json, the clock, the account session
// with its backend and token operations, the keychain, the terminal) and how it ends: one exit code, reported
// once, later, through finished(). Commands use it as the context of their asynchronous calls.
class CliContext : public QObject
{
    Q_OBJECT

public:
    CliContext(const Clock& clock, QIODevice* in, QIODevice* out, QIODevice* err, QObject* parent = nullptr);
    ~CliContext() override;

    static QString programName();
    // "tokendesk-cli: error: MESSAGE\n", on one line whatever the message holds (controls and invisible
    // characters escaped, VisibleText).
    static QString errorLine(const QString& message);

    QIODevice* in() const { return m_in; }
    QIODevice* out() const { return m_out; }
    QIODevice* err() const { return m_err; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    const Clock& clock() const { return m_clock; }
    QDate todayUtc() const { return m_clock.todayUtc(); }

    // The session the command works in (none for commands that need no backend).
    const AccountSession::Ptr& session() const { return m_session; }
    void setSession(AccountSession::Ptr session) { m_session = std::move(session); }
    // Lets go of the session and deletes it with its backend now (they are deleted later), so that
    // their network threads end before the application does.
    void closeSession();
    TokenBackend* backend() const { return m_session ? m_session->backend() : nullptr; }
    // The group or project whose access tokens the command works on (--group, --project); nullopt for
    // personal tokens.
    std::optional<Resource> resource() const { return m_session ? m_session->resource() : std::nullopt; }
    // Create, rotate, revoke and the keychain, bound to the session.
    TokenOperations operations() const { return TokenOperations(m_session); }
    // The keychain to use; by default one over KeychainSettings::defaultFilePath().
    SecretVault* vault();
    void setVault(SecretVault* vault) { m_vault = vault; }
    Terminal& terminal();

    // Everything written goes through VisibleText: text shows hidden characters escaped (line breaks
    // are kept, the values in it must have been escaped whole, as TableFormatter does), bytes and JSON
    // documents show them as JSON escapes.
    void writeOut(const QString& text);
    void writeJson(const QJsonDocument& document);
    // Writes bytes that may hold a secret, then wipes them.
    void writeSecret(QByteArray& bytes);
    void writeRaw(const QByteArray& bytes);
    // The same for text whose lines end in CRLF (CSV): those line ends are written as they are.
    void writeCrlfLines(const QByteArray& bytes);
    // A secret with a control or invisible character is never printed: says so on the error device and
    // returns true (the command then ends with ExitCode::UnsafeSecret).
    bool refuseUnsafeSecret(const Secret& secret, qint64 tokenId);
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
    AccountSession::Ptr m_session;
    std::unique_ptr<SecretVault> m_ownedVault;
    SecretVault* m_vault = nullptr;
    std::unique_ptr<Terminal> m_terminal;
    bool m_finished = false;
};

} // namespace TokenDesk
