#pragma once

#include "CliRequest.h"
#include "Clock.h"
#include "Secret.h"
#include "TokenBackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QJsonDocument;

namespace TokenDesk {

class GitLabBackend;
class SecretVault;

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
    // The keychain to use; by default one over KeychainSettings::defaultFilePath().
    void setVault(SecretVault* vault);

    static QString programName();
    // "tokendesk-cli: error: MESSAGE\n", on one line whatever the message holds.
    static QString errorLine(const QString& message);

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class CredentialSource
    {
        None,
        Environment,
        File,
        Keychain
    };

    void startGitLab();
    void openGitLab(const Secret& accessToken, CredentialSource source, const QString& accountKey);
    void dispatch();
    void runWhoami();
    void runScopes();
    void runList();
    void runShow();
    void runCreate();
    void refuseWithGitLabPage(const TokenDraft& draft, const BackendError& error);
    void runRevoke();
    void runRotate();
    void runVerify();
    void runSecret();
    void runForget();
    void runGitUse();
    void runGitRemove();
    void runGitHosts();
    void runGitSetup();
    void runGit(const QStringList& arguments,
                std::function<void(int exitCode, const QByteArray& out, const QString& err)> done);

    SecretVault* vault();
    void rotateNow(qint64 oldId);
    void watchListing();
    void onInterrupt();
    void clearProgress();
    // After rotating the token the GitLab backend signs in with: the keychain's account credential follows.
    void followOwnRotation(const CreatedToken& created, std::function<void()> next);
    void printToken(const AccessToken& token);
    void printCreated(const CreatedToken& created, const QString& headline, bool withSecret);
    // After create or rotate: prints the result, saves the secret when asked (or, on rotate, when the old
    // token's was saved), and finishes.
    void finishCreated(CreatedToken created, const QString& headline, std::optional<qint64> replacedId);

    void succeed();
    void fail(const BackendError& error);
    void failUsage(const QString& message);
    void finish(int exitCode);

    void writeOut(const QString& text);
    void writeJson(const QJsonDocument& document);
    void writeJsonArray(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain);
    void writeErr(const QString& text);
    QDate todayUtc() const;

    const Clock& m_clock;
    QIODevice* m_in;
    QIODevice* m_out;
    QIODevice* m_err;
    CliRequest m_request;
    std::unique_ptr<TokenBackend> m_ownedBackend;
    TokenBackend* m_backend = nullptr;
    GitLabBackend* m_gitlab = nullptr;
    CredentialSource m_credentialSource = CredentialSource::None;
    QString m_accountKey;
    bool m_showProgress = false;
    bool m_progressShown = false;
    bool m_interrupted = false;
    std::unique_ptr<SecretVault> m_ownedVault;
    SecretVault* m_vault = nullptr;
    bool m_finished = false;
};

} // namespace TokenDesk
