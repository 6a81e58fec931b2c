#pragma once

#include "CliRequest.h"
#include "Clock.h"
#include "TokenBackend.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QIODevice;
class QJsonDocument;

namespace TokenDesk {

// Runs one tokendesk-cli command through the asynchronous TokenBackend and prints its result, as a
// table for people or as one JSON document (--json) for scripts. Errors go to the error device as one
// line. finished() always comes later, from the event loop, with the exit code.
class CliCommands : public QObject
{
    Q_OBJECT

public:
    CliCommands(const Clock& clock, QIODevice* in, QIODevice* out, QIODevice* err, QObject* parent = nullptr);
    ~CliCommands() override;

    // Opens the backend the request names (BackendFactory) and runs the command.
    void start(const CliRequest& request);
    // Runs the command against a backend the caller owns.
    void start(const CliRequest& request, TokenBackend* backend);

    static QString programName();
    // "tokendesk-cli: error: MESSAGE\n", on one line whatever the message holds.
    static QString errorLine(const QString& message);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void dispatch();
    void runScopes();
    void runList();
    void runShow();
    void runCreate();
    void runRevoke();
    void runRotate();
    void runVerify();

    void printToken(const AccessToken& token);
    void printCreated(const CreatedToken& created, const QString& headline);

    void succeed();
    void fail(const BackendError& error);
    void failUsage(const QString& message);
    void finish(int exitCode);

    void writeOut(const QString& text);
    void writeJson(const QJsonDocument& document);
    void writeJsonArray(const QList<AccessToken>& tokens);
    void writeErr(const QString& text);
    QDate todayUtc() const;

    const Clock& m_clock;
    QIODevice* m_in;
    QIODevice* m_out;
    QIODevice* m_err;
    CliRequest m_request;
    std::unique_ptr<TokenBackend> m_ownedBackend;
    TokenBackend* m_backend = nullptr;
    bool m_finished = false;
};

} // namespace TokenDesk
