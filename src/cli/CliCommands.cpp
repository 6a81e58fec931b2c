#include "CliCommands.h"

#include "BackendFactory.h"
#include "ExitCode.h"
#include "GitCredentialMap.h"
#include "GitLabBackend.h"
#include "GitSetup.h"
#include "KeychainSettings.h"
#include "Logging.h"
#include "SavedSecretIndex.h"
#include "ScopeCatalog.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "TokenJson.h"
#include "TokenJsonWriter.h"
#include "Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qint64 MaxSecretInput = 64 * 1024;
constexpr int AccessTokenWarningDays = 14;

static_assert(CliRequest::SelfId == GitLabBackend::SelfId);

QString formatTimestamp(const QDateTime& utc)
{
    const QDateTime t = utc.toUTC();
    const QDate date = t.date();
    if (date.year() < 0 || date.year() > 9999)
        return t.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    // Formatted by hand: QDateTime::toString with a format dominates the cost of long tables.
    return QString::asprintf("%04d-%02d-%02d %02d:%02d UTC", date.year(), date.month(), date.day(),
                             t.time().hour(), t.time().minute());
}

bool isTerminal(QIODevice* device)
{
#ifdef Q_OS_UNIX
    auto* file = qobject_cast<QFile*>(device);
    return file && file->handle() >= 0 && ::isatty(file->handle());
#else
    Q_UNUSED(device)
    return false;
#endif
}

#ifdef Q_OS_UNIX
termios savedTerminal{};
int terminalFd = -1;
constexpr int InterruptSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Ctrl+C while the echo is off must not leave the user's terminal without echo.
void restoreTerminalAndRaise(int signalNumber)
{
    ::tcsetattr(terminalFd, TCSANOW, &savedTerminal);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}
#endif

// Hides what is typed on a terminal while it lives.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
#ifdef Q_OS_UNIX
        if (::tcgetattr(fd, &savedTerminal) != 0)
            return;
        terminalFd = fd;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(InterruptSignals); ++i)
            ::sigaction(InterruptSignals[i], &action, &m_previous[i]);
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(fd, TCSANOW, &quiet) == 0;
#else
        Q_UNUSED(fd)
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (terminalFd < 0)
            return;
        if (m_active)
            ::tcsetattr(terminalFd, TCSANOW, &savedTerminal);
        for (size_t i = 0; i < std::size(InterruptSignals); ++i)
            ::sigaction(InterruptSignals[i], &m_previous[i], nullptr);
        terminalFd = -1;
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_UNIX
    struct sigaction m_previous[std::size(InterruptSignals)] = {};
#endif
    bool m_active = false;
};

#ifdef Q_OS_UNIX
int interruptPipe[2] = {-1, -1};

volatile sig_atomic_t interruptRequested = 0;

void writeInterrupt(int)
{
    interruptRequested = 1; // seen by the progress line before the event loop reaches the pipe
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}
#endif

} // namespace

CliCommands::CliCommands(const Clock& clock, QIODevice* in, QIODevice* out, QIODevice* err, QObject* parent)
    : QObject(parent), m_clock(clock), m_in(in), m_out(out), m_err(err)
{}

CliCommands::~CliCommands() = default;

QString CliCommands::programName()
{
    return u"tokendesk-cli"_s;
}

QString CliCommands::errorLine(const QString& message)
{
    QString line = message.simplified();
    return tr("%1: error: %2").arg(programName(), TableFormatter::printable(line)) + u'\n';
}

void CliCommands::setVault(SecretVault* vault)
{
    m_vault = vault;
}

SecretVault* CliCommands::vault()
{
    if (!m_vault) {
        m_ownedVault = std::make_unique<SecretVault>(KeychainSettings::defaultFilePath());
        m_vault = m_ownedVault.get();
    }
    return m_vault;
}

void CliCommands::start(const CliRequest& request)
{
    m_request = request;
    using Command = CliRequest::Command;
    const bool needsNoBackend = request.command == Command::Scopes || request.command == Command::GitHosts ||
                                request.command == Command::GitSetup ||
                                (request.command == Command::GitUse && request.remove);
    if (needsNoBackend)
        return dispatch();
    if (request.backend.isGitLab())
        return startGitLab();
    auto opened = BackendFactory::open(request.backend, m_clock);
    if (!opened) {
        fail(opened.error());
        return;
    }
    m_ownedBackend = std::move(opened).value();
    m_backend = m_ownedBackend.get();
    dispatch();
}

void CliCommands::startGitLab()
{
    const BackendOptions& options = m_request.backend;
    if (const QString problem = BackendFactory::checkGitLabUrl(options); !problem.isEmpty())
        return failUsage(problem);
    if (!options.tokenFile.isEmpty()) {
        Result<Secret> read = BackendFactory::readTokenFile(options.tokenFile);
        if (!read)
            return fail(read.error());
        return openGitLab(read.value(), CredentialSource::File, QString());
    }
    const QByteArray fromEnvironment = qgetenv("GITLAB_TOKEN").trimmed();
    if (options.user.isEmpty() && !fromEnvironment.isEmpty())
        return openGitLab(Secret(fromEnvironment), CredentialSource::Environment, QString());

    QString user = options.user;
    if (user.isEmpty()) {
        const QStringList users = BackendFactory::connectedUsers(options, vault()->settingsFile());
        // verify signs in with the secret it checks.
        if (users.isEmpty() && m_request.command == CliRequest::Command::Verify)
            return openGitLab(Secret(), CredentialSource::None, QString());
        if (users.isEmpty())
            return failUsage(
                tr("no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect "
                   "an account for %1 in TokenDesk (its token is kept in the keychain).")
                    .arg(QUrl(options.gitlabUrl).host()));
        if (users.size() > 1)
            return failUsage(tr("several accounts are connected to %1 (%2); choose one with --user USER.")
                                 .arg(QUrl(options.gitlabUrl).host(), users.join(u", "_s)));
        user = users.constFirst();
    }
    const QString key = BackendFactory::accountKey(options, user);
    if (const QString problem =
            BackendFactory::useAccountOptions(m_request.backend, vault()->settingsFile(), key);
        !problem.isEmpty())
        return failUsage(problem);
    vault()->loadAccountCredential(key, this, [this, key](Result<Secret> loaded) {
        if (!loaded) {
            BackendError error = loaded.error();
            if (error.kind == BackendError::Kind::NotFound)
                return failUsage(tr("no GitLab access token: the keychain holds none for the account %1; "
                                    "set GITLAB_TOKEN or give --token-file FILE.")
                                     .arg(key));
            return fail(error);
        }
        openGitLab(loaded.value(), CredentialSource::Keychain, key);
    });
}

void CliCommands::openGitLab(const Secret& accessToken, CredentialSource source, const QString& accountKey)
{
    m_credentialSource = source;
    m_accountKey = accountKey;
    std::unique_ptr<GitLabBackend> gitlab =
        BackendFactory::openGitLab(m_request.backend, accessToken, m_clock);
    m_gitlab = gitlab.get();
    m_ownedBackend = std::move(gitlab);
    m_backend = m_ownedBackend.get();
    switch (m_request.command) {
    case CliRequest::Command::List:
    case CliRequest::Command::Verify:
    case CliRequest::Command::Whoami:
        return dispatch();
    default:
        break;
    }
    // Keychain entries are keyed by the account, so commands that may touch them learn it first.
    m_gitlab->whoami(this, [this](Result<Account> account) {
        if (!account)
            return fail(account.error());
        dispatch();
    });
}

void CliCommands::start(const CliRequest& request, TokenBackend* backend)
{
    m_request = request;
    m_backend = backend;
    dispatch();
}

void CliCommands::dispatch()
{
    qCDebug(lcCli) << "running command" << static_cast<int>(m_request.command) << "on"
                   << (m_backend ? m_backend->displayName() : QString());
    switch (m_request.command) {
    case CliRequest::Command::Scopes:
        runScopes();
        return;
    case CliRequest::Command::List:
        runList();
        return;
    case CliRequest::Command::Show:
        runShow();
        return;
    case CliRequest::Command::Create:
        runCreate();
        return;
    case CliRequest::Command::Revoke:
        runRevoke();
        return;
    case CliRequest::Command::Rotate:
        runRotate();
        return;
    case CliRequest::Command::Verify:
        runVerify();
        return;
    case CliRequest::Command::Secret:
        runSecret();
        return;
    case CliRequest::Command::Forget:
        runForget();
        return;
    case CliRequest::Command::GitUse:
        if (m_request.remove)
            runGitRemove();
        else
            runGitUse();
        return;
    case CliRequest::Command::GitHosts:
        runGitHosts();
        return;
    case CliRequest::Command::GitSetup:
        runGitSetup();
        return;
    case CliRequest::Command::Whoami:
        runWhoami();
        return;
    }
}

void CliCommands::runWhoami()
{
    if (!m_gitlab)
        return failUsage(tr("whoami needs --gitlab URL (or $GITLAB_HOST)."));
    m_gitlab->connectAccount(this, [this](Result<GitLabConnection> result) {
        if (!result)
            return fail(result.error());
        const GitLabConnection& connection = result.value();
        const Account& account = connection.account;
        const QDate today = todayUtc();
        QStringList warnings;
        if (connection.accessToken) {
            const AccessToken& own = *connection.accessToken;
            if (!own.scopes.contains(u"api"_s))
                warnings << tr("the access token lacks the api scope, so it cannot create, rotate or revoke "
                               "tokens (it has: %1).")
                                .arg(own.scopes.join(u", "_s));
            if (!own.expiresAt.isNull() && own.expiresAt.addDays(-AccessTokenWarningDays) <= today)
                warnings
                    << tr("the access token expires on %1 (at 00:00 UTC); rotate it with '%2 rotate self'.")
                           .arg(own.expiresAt.toString(Qt::ISODate), programName());
        } else {
            warnings << tr("GitLab did not show the access token itself (GET /personal_access_tokens/self "
                           "failed), so its scopes and expiry are unknown.");
        }
        if (m_request.json) {
            QJsonObject json{
                {u"id"_s, account.userId},
                {u"username"_s, account.username},
                {u"name"_s, account.name},
                {u"is_admin"_s, account.isAdmin},
                {u"instance"_s, m_gitlab->instanceUrl().toString()},
                {u"version"_s, connection.version.version.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(connection.version.version)},
                {u"access_token"_s, connection.accessToken
                                        ? QJsonValue(TokenJson::toJson(*connection.accessToken, today))
                                        : QJsonValue(QJsonValue::Null)},
                {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
            writeJson(QJsonDocument(json));
        } else {
            QList<std::pair<QString, QString>> rows{
                {tr("Instance"), m_gitlab->instanceUrl().toString()},
                {tr("Username"), account.username},
                {tr("Name"), account.name},
                {tr("User ID"), QString::number(account.userId)},
                {tr("Administrator"), account.isAdmin ? tr("yes") : tr("no")},
                {tr("GitLab version"),
                 connection.version.version.isEmpty() ? tr("unknown") : connection.version.version},
            };
            if (connection.accessToken) {
                const AccessToken& own = *connection.accessToken;
                rows << std::pair{tr("Access token"), tr("%1 (ID %2)").arg(own.name).arg(own.id)}
                     << std::pair{tr("Its scopes"), own.scopes.join(u", "_s)}
                     << std::pair{tr("It expires"),
                                  own.expiresAt.isNull()
                                      ? tr("never")
                                      : tr("%1 (at 00:00 UTC)").arg(own.expiresAt.toString(Qt::ISODate))};
            }
            writeOut(TableFormatter::keyValues(rows));
        }
        for (const QString& warning : std::as_const(warnings))
            writeErr(tr("%1: warning: %2").arg(programName(), warning) + u'\n');
        succeed();
    });
}

void CliCommands::runScopes()
{
    const QList<ScopeInfo> scopes = ScopeCatalog::all();
    if (m_request.json) {
        QJsonArray array;
        for (const ScopeInfo& scope : scopes) {
            array.append(QJsonObject{{u"name"_s, scope.name},
                                     {u"description"_s, scope.description},
                                     {u"admin_only"_s, scope.adminOnly}});
        }
        writeJson(QJsonDocument(array));
    } else {
        TableFormatter table({tr("SCOPE"), tr("ADMIN ONLY"), tr("DESCRIPTION")});
        for (const ScopeInfo& scope : scopes)
            table.addRow({scope.name, scope.adminOnly ? tr("yes") : tr("no"), scope.description});
        writeOut(table.toString());
    }
    succeed();
}

void CliCommands::runList()
{
    ListQuery query = m_request.query;
    query.offset = 0;
    query.limit = 0;
    if (m_gitlab)
        watchListing();
    m_backend->list(query, this, [this](Result<TokenPage> result) {
        clearProgress();
        if (!result && m_interrupted) {
            writeErr(errorLine(tr("interrupted; nothing was listed.")));
            return finish(ExitCode::Interrupted);
        }
        if (!result)
            return fail(result.error());
        const QList<AccessToken>& tokens = result.value().tokens;
        qCDebug(lcCli) << "listed" << tokens.size() << "tokens";
        const QDate today = todayUtc();
        const QSet<qint64> saved = SavedSecretIndex(vault()->settingsFile()).tokenIds(m_backend->identity());
        if (m_request.json) {
            writeJsonArray(tokens, saved);
            return succeed();
        }
        if (tokens.isEmpty()) {
            writeOut(tr("No tokens.") + u'\n');
            return succeed();
        }
        TableFormatter table({tr("ID"), tr("NAME"), tr("SCOPES"), tr("EXPIRES"), tr("LAST USED"),
                              tr("STATUS"), tr("KEYCHAIN")});
        const QString revoked = tr("revoked");
        const QString expired = tr("expired");
        const QString active = tr("active");
        const QString never = tr("never");
        const QString yes = tr("yes");
        for (const AccessToken& token : tokens) {
            const QString& status = token.revoked ? revoked : token.isExpired(today) ? expired : active;
            table.addRow({QString::number(token.id), token.name, token.scopes.join(u','),
                          token.expiresAt.isNull() ? never : token.expiresAt.toString(Qt::ISODate),
                          token.lastUsedAt.isValid() ? formatTimestamp(token.lastUsedAt) : never, status,
                          saved.contains(token.id) ? yes : QString()});
        }
        writeOut(table.toString());
        succeed();
    });
}

void CliCommands::watchListing()
{
    m_showProgress = isTerminal(m_err);
    if (m_showProgress) {
        connect(m_gitlab, &TokenBackend::listProgress, this, [this](int pagesDone, int pagesTotal) {
            if (m_finished || m_interrupted)
                return;
#ifdef Q_OS_UNIX
            if (interruptRequested)
                return;
#endif
            const QString text = pagesTotal > 0
                                     ? tr("Reading tokens: page %1 of %2").arg(pagesDone).arg(pagesTotal)
                                     : tr("Reading tokens: page %1").arg(pagesDone);
            writeErr(u"\r\x1b[K"_s + text);
            m_progressShown = true;
        });
    }
#ifdef Q_OS_UNIX
    // Ctrl+C stops the reading; nothing is printed on standard output.
    if (::pipe(interruptPipe) != 0)
        return;
    ::fcntl(interruptPipe[1], F_SETFL, O_NONBLOCK);
    auto* notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        onInterrupt();
    });
    struct sigaction action = {};
    action.sa_handler = writeInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

void CliCommands::onInterrupt()
{
#ifdef Q_OS_UNIX
    // A second Ctrl+C stops the program at once, as it would without the listing's handler.
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#endif
    if (m_finished || !m_gitlab)
        return;
    m_interrupted = true;
    m_gitlab->cancel();
}

void CliCommands::clearProgress()
{
    if (m_progressShown)
        writeErr(u"\r\x1b[K"_s);
    m_progressShown = false;
#ifdef Q_OS_UNIX
    if (interruptPipe[0] >= 0) {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
    }
#endif
}

void CliCommands::runShow()
{
    m_backend->get(m_request.id, this, [this](Result<AccessToken> result) {
        if (!result)
            return fail(result.error());
        printToken(result.value());
        succeed();
    });
}

void CliCommands::runCreate()
{
    const QDate today = todayUtc();
    const int maxDays = m_backend->maxLifetimeDays();
    TokenDraft draft;
    draft.name = m_request.name;
    draft.description = m_request.description;
    draft.scopes = m_request.scopes;
    draft.expiresAt = m_request.expiresAt.value_or(Validation::defaultExpiry(today, maxDays));
    const QList<FieldError> errors = Validation::validate(draft, today, maxDays);
    if (!errors.isEmpty())
        return fail(BackendError::validation(errors));

    auto created = [this, draft](Result<CreatedToken> result) {
        if (!result && result.error().remedy == BackendError::Remedy::UseServerPage && m_gitlab)
            return refuseWithGitLabPage(draft, result.error());
        if (!result)
            return fail(result.error());
        const AccessToken& token = result.value().token;
        const QString headline = tr("Created token %1 \"%2\".").arg(token.id).arg(token.name);
        finishCreated(std::move(result).value(), headline, std::nullopt);
    };
    if (!m_gitlab)
        return m_backend->create(draft, this, std::move(created));
    if (m_request.userId > 0)
        return m_gitlab->createForUser(m_request.userId, draft, this, std::move(created));
    m_gitlab->create(draft, this, std::move(created));
}

void CliCommands::refuseWithGitLabPage(const TokenDraft& draft, const BackendError& error)
{
    const QUrl page = GitLabBackend::prefilledTokenPageUrl(m_gitlab->instanceUrl(), draft.name, draft.scopes,
                                                           draft.description);
    writeErr(errorLine(error.message + u' ' + tr("Nothing was created.")));
    writeErr(tr("Create it on GitLab's own page, prefilled: %1").arg(page.toString(QUrl::FullyEncoded)) +
             u'\n');
    writeErr(tr("Then check the new token with: %1 --gitlab %2 verify < FILE")
                 .arg(programName(), m_gitlab->instanceUrl().toString()) +
             u'\n');
    finish(ExitCode::Refused);
}

void CliCommands::runRevoke()
{
    m_backend->revoke(m_request.id, this, [this](Result<AccessToken> result) {
        if (!result)
            return fail(result.error());
        const AccessToken token = result.value();
        const QString identity = m_backend->identity();
        auto report = [this, token](bool deleted, const QString& keychainError) {
            if (m_request.json) {
                QJsonObject json = TokenJson::toJson(token, todayUtc());
                json.insert(u"keychain_deleted"_s, deleted);
                writeJson(QJsonDocument(json));
            } else {
                writeOut(
                    tr("Revoked token %1 \"%2\".").arg(token.id).arg(TableFormatter::printable(token.name)) +
                    u'\n');
                if (deleted)
                    writeOut(tr("Deleted its secret from the keychain.") + u'\n');
            }
            if (m_gitlab && m_request.id == CliRequest::SelfId)
                writeErr(tr("%1: warning: this was the access token in use; it no longer signs in.")
                             .arg(programName()) +
                         u'\n');
            if (!keychainError.isEmpty()) {
                writeErr(errorLine(tr("token %1 is revoked, but its saved secret could not be deleted from "
                                      "the keychain: %2")
                                       .arg(token.id)
                                       .arg(keychainError)));
                return finish(ExitCode::Failure);
            }
            succeed();
        };
        if (m_request.keepSecret || !vault()->isSaved(identity, token.id))
            return report(false, QString());
        vault()->remove(identity, token.id, this, [report](Result<bool> removed) {
            report(removed.ok(), removed ? QString() : removed.error().message);
        });
    });
}

void CliCommands::runRotate()
{
    if (m_request.expiresAt) {
        if (const auto error =
                Validation::validateExpiry(*m_request.expiresAt, todayUtc(), m_backend->maxLifetimeDays()))
            return fail(BackendError::validation({*error}));
    }
    if (m_request.id != CliRequest::SelfId)
        return rotateNow(m_request.id);
    // The saved secret of the token in use is found by its id.
    m_backend->get(CliRequest::SelfId, this, [this](Result<AccessToken> self) {
        if (!self)
            return fail(self.error());
        rotateNow(self.value().id);
    });
}

void CliCommands::rotateNow(qint64 oldId)
{
    const qint64 target = m_request.id == CliRequest::SelfId ? CliRequest::SelfId : oldId;
    m_backend->rotate(target, m_request.expiresAt, this, [this, oldId](Result<CreatedToken> result) {
        if (!result)
            return fail(result.error());
        const QString headline = tr("Rotated token %1: it is revoked, and token %2 replaces it.")
                                     .arg(oldId)
                                     .arg(result.value().token.id);
        CreatedToken created = std::move(result).value();
        const bool own = m_gitlab && m_gitlab->signInTokenId() == created.token.id;
        if (!own)
            return finishCreated(std::move(created), headline, oldId);
        followOwnRotation(created, [this, created, headline, oldId]() mutable {
            finishCreated(std::move(created), headline, oldId);
        });
    });
}

void CliCommands::followOwnRotation(const CreatedToken& created, std::function<void()> next)
{
    if (m_credentialSource != CredentialSource::Keychain) {
        writeErr(tr("%1: warning: this was the access token given in %2; it is revoked now, so replace it "
                    "with the new token %3.")
                     .arg(programName(), m_credentialSource == CredentialSource::File ? tr("--token-file")
                                                                                      : u"GITLAB_TOKEN"_s)
                     .arg(created.token.id) +
                 u'\n');
        return next();
    }
    vault()->saveAccountCredential(m_accountKey, created.secret, this, [this, next](Result<bool> saved) {
        if (!saved)
            writeErr(
                errorLine(tr("the account's access token was rotated, but the new one could not be saved "
                             "in the keychain as the account's credential: %1")
                              .arg(saved.error().message)));
        else if (!m_request.json)
            writeErr(tr("%1: the account %2 now signs in with the new token (saved in the keychain).")
                         .arg(programName(), m_accountKey) +
                     u'\n');
        next();
    });
}

void CliCommands::runVerify()
{
    QByteArray input;
    if (isTerminal(m_in)) {
        writeErr(tr("Paste the token and press Enter (input is hidden): "));
        EchoOff echoOff(qobject_cast<QFile*>(m_in)->handle());
        input = m_in->readLine(MaxSecretInput + 1);
        writeErr(u"\n"_s);
    } else {
        // A pipe may deliver the secret in pieces: read to the end. Reserved up front, so that no
        // reallocation leaves a copy behind.
        input.reserve(MaxSecretInput + 1);
        while (input.size() <= MaxSecretInput) {
            QByteArray piece = m_in->read(MaxSecretInput + 1 - input.size());
            if (piece.isEmpty())
                break;
            input += piece;
            secureWipe(piece);
        }
    }
    if (input.size() > MaxSecretInput) {
        secureWipe(input);
        return failUsage(tr("standard input is too long to be a token."));
    }
    QByteArray trimmed = input.trimmed();
    secureWipe(input);
    if (trimmed.isEmpty())
        return failUsage(tr("no token on standard input; verify reads one token from standard input."));
    const bool oneWord = std::none_of(trimmed.cbegin(), trimmed.cend(),
                                      [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (!oneWord) {
        secureWipe(trimmed);
        return failUsage(tr("standard input must hold exactly one token, on one line."));
    }
    Secret secret(trimmed);
    secureWipe(trimmed);
    m_backend->identify(secret, this, [this](Result<AccessToken> result) {
        if (!result)
            return fail(result.error());
        printToken(result.value());
        succeed();
    });
}

void CliCommands::runSecret()
{
    const qint64 id = m_request.id;
    vault()->load(m_backend->identity(), id, this, [this, id](Result<Secret> loaded) {
        if (!loaded)
            return fail(loaded.error());
        Secret secret = loaded.value();
        if (m_request.json) {
            QJsonObject json{{u"id"_s, id}, {u"token"_s, secret.toString()}};
            QByteArray document = QJsonDocument(json).toJson();
            json = QJsonObject();
            m_out->write(document);
            secureWipe(document);
        } else {
            QByteArray line = secret.utf8() + '\n';
            m_out->write(line);
            secureWipe(line);
        }
        secret.wipe();
        if (auto* file = qobject_cast<QFile*>(m_out))
            file->flush();
        succeed();
    });
}

void CliCommands::runForget()
{
    const qint64 id = m_request.id;
    const QString identity = m_backend->identity();
    // The keychain says whether there is a secret to forget (the index may not know one saved elsewhere).
    vault()->load(identity, id, this, [this, id, identity](Result<Secret> loaded) {
        if (!loaded && loaded.error().kind == BackendError::Kind::NotFound &&
            vault()->isSaved(identity, id)) {
            // Deleted from the keychain by other means: clear TokenDesk's record (and git hosts) of it.
            return vault()->remove(identity, id, this, [this, id](Result<bool> removed) {
                if (!removed)
                    return fail(removed.error());
                fail(BackendError::make(BackendError::Kind::NotFound,
                                        tr("no secret was left in the keychain for token %1 (it was deleted "
                                           "elsewhere); TokenDesk no longer lists it as saved.")
                                            .arg(id)));
            });
        }
        if (!loaded)
            return fail(loaded.error());
        loaded.value().wipe();
        vault()->remove(identity, id, this, [this, id](Result<bool> removed) {
            if (!removed)
                return fail(removed.error());
            if (m_request.json)
                writeJson(QJsonDocument(QJsonObject{{u"id"_s, id}, {u"keychain_deleted"_s, true}}));
            else
                writeOut(tr("Deleted the secret of token %1 from the keychain.").arg(id) + u'\n');
            succeed();
        });
    });
}

void CliCommands::runGitUse()
{
    const qint64 id = m_request.id;
    const QString identity = m_backend->identity();
    m_backend->get(id, this, [this, id, identity](Result<AccessToken> token) {
        if (!token)
            return fail(token.error());
        if (token.value().revoked || token.value().isExpired(todayUtc()))
            return failUsage(tr("token %1 is %2, so git could not sign in with it; choose an active token.")
                                 .arg(id)
                                 .arg(token.value().revoked ? tr("revoked") : tr("expired")));
        vault()->load(identity, id, this, [this, id, identity](Result<Secret> loaded) {
            if (!loaded) {
                BackendError error = loaded.error();
                if (error.kind == BackendError::Kind::NotFound)
                    error.message = tr("token %1 has no secret saved in the keychain; save one with "
                                       "'create --keychain' or 'rotate %1 --keychain' first.")
                                        .arg(id);
                return fail(error);
            }
            loaded.value().wipe();
            m_backend->whoami(this, [this, id, identity](Result<Account> account) {
                if (!account)
                    return fail(account.error());
                const QString username = account.value().username;
                GitCredentialMap map(vault()->settingsFile());
                if (!map.set(m_request.host, identity, id, username))
                    return failUsage(tr("'%1' is not a host name.").arg(m_request.host));
                const GitCredentialMap::Entry entry =
                    map.get(m_request.host).value_or(GitCredentialMap::Entry());
                if (m_request.json) {
                    writeJson(QJsonDocument(QJsonObject{
                        {u"host"_s, entry.host}, {u"token_id"_s, id}, {u"username"_s, entry.username}}));
                } else {
                    writeOut(tr("git will use token %1 for https://%2 (user name %3).")
                                 .arg(id)
                                 .arg(TableFormatter::printable(entry.host),
                                      TableFormatter::printable(entry.username)) +
                             u'\n');
                    writeOut(
                        tr("If git does not ask TokenDesk for this host yet, run: %1 git-setup --host %2")
                            .arg(programName(), TableFormatter::printable(entry.host)) +
                        u'\n');
                }
                succeed();
            });
        });
    });
}

void CliCommands::runGitRemove()
{
    GitCredentialMap map(vault()->settingsFile());
    if (!map.remove(m_request.host))
        return fail(BackendError::make(BackendError::Kind::NotFound,
                                       tr("git does not use a saved token for %1.").arg(m_request.host)));
    if (m_request.json)
        writeJson(QJsonDocument(QJsonObject{{u"host"_s, m_request.host}, {u"removed"_s, true}}));
    else
        writeOut(tr("git no longer uses a saved token for https://%1.")
                     .arg(TableFormatter::printable(m_request.host)) +
                 u'\n');
    succeed();
}

void CliCommands::runGitHosts()
{
    const QList<GitCredentialMap::Entry> entries = GitCredentialMap(vault()->settingsFile()).entries();
    if (m_request.json) {
        QJsonArray array;
        for (const GitCredentialMap::Entry& entry : entries)
            array.append(QJsonObject{{u"host"_s, entry.host},
                                     {u"token_id"_s, entry.tokenId},
                                     {u"username"_s, entry.username},
                                     {u"backend"_s, entry.identity}});
        writeJson(QJsonDocument(array));
        return succeed();
    }
    if (entries.isEmpty()) {
        writeOut(tr("git uses no saved token for any host.") + u'\n');
        return succeed();
    }
    TableFormatter table({tr("HOST"), tr("TOKEN"), tr("USER NAME"), tr("BACKEND")});
    for (const GitCredentialMap::Entry& entry : entries)
        table.addRow({entry.host, QString::number(entry.tokenId), entry.username, entry.identity});
    writeOut(table.toString());
    succeed();
}

void CliCommands::runGitSetup()
{
    const QString helper = GitSetup::helperValue(QCoreApplication::applicationDirPath());
    if (helper.isEmpty())
        return fail(BackendError::make(BackendError::Kind::Store,
                                       tr("cannot find %1 on PATH or beside %2; install it with TokenDesk.")
                                           .arg(GitSetup::helperProgram(), programName())));
    const QString command = GitSetup::commandLine(m_request.host, helper);
    if (!m_request.apply) {
        if (m_request.json)
            writeJson(QJsonDocument(
                QJsonObject{{u"host"_s, m_request.host}, {u"command"_s, command}, {u"applied"_s, false}}));
        else
            writeOut(command + u'\n');
        return succeed();
    }
    const QStringList setArguments = GitSetup::gitArguments(m_request.host, helper);
    const QString key = GitSetup::configKey(m_request.host);
    auto report = [this, command](bool changed) {
        if (m_request.json)
            writeJson(QJsonDocument(QJsonObject{{u"host"_s, m_request.host},
                                                {u"command"_s, command},
                                                {u"applied"_s, true},
                                                {u"changed"_s, changed}}));
        else if (changed)
            writeOut(tr("Ran: %1").arg(command) + u'\n');
        else
            writeOut(tr("git already asks TokenDesk for https://%1; nothing changed.").arg(m_request.host) +
                     u'\n');
        succeed();
    };
    // Another helper the user set for this host is not silently replaced.
    runGit({u"config"_s, u"--global"_s, u"--get-all"_s, key}, [this, helper, key, command, setArguments,
                                                               report](int exitCode, const QByteArray& out,
                                                                       const QString& gitSaid) {
        if (exitCode != 0 && exitCode != 1)
            return fail(BackendError::make(BackendError::Kind::Store,
                                           tr("git config failed (exit %1): %2").arg(exitCode).arg(gitSaid)));
        const QStringList current = QString::fromLocal8Bit(out).split(u'\n', Qt::SkipEmptyParts);
        if (current.contains(helper))
            return report(false);
        if (!current.isEmpty())
            return fail(BackendError::make(
                BackendError::Kind::Store,
                tr("git already uses another credential helper for https://%1 (%2 = %3); nothing changed. "
                   "Remove it with 'git config --global --unset-all %2' and run this again.")
                    .arg(m_request.host, key, TableFormatter::printable(current.join(u", "_s)))));
        runGit(setArguments, [this, report](int setExit, const QByteArray&, const QString& setSaid) {
            if (setExit != 0)
                return fail(
                    BackendError::make(BackendError::Kind::Store,
                                       tr("git config failed (exit %1): %2").arg(setExit).arg(setSaid)));
            report(true);
        });
    });
}

void CliCommands::runGit(const QStringList& arguments,
                         std::function<void(int exitCode, const QByteArray& out, const QString& err)> done)
{
    auto* git = new QProcess(this);
    git->setProgram(u"git"_s);
    git->setArguments(arguments);
    git->setProcessChannelMode(QProcess::SeparateChannels);
    git->setStandardInputFile(QProcess::nullDevice());
    connect(git, &QProcess::errorOccurred, this, [this, git](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        git->deleteLater();
        fail(BackendError::make(BackendError::Kind::Store, tr("cannot run git; is it installed?")));
    });
    connect(git, &QProcess::finished, this,
            [git, done = std::move(done)](int exitCode, QProcess::ExitStatus status) {
                git->deleteLater();
                const QString said = QString::fromLocal8Bit(git->readAllStandardError()).simplified();
                done(status == QProcess::NormalExit ? exitCode : -1, git->readAllStandardOutput(), said);
            });
    git->start();
}

void CliCommands::printToken(const AccessToken& token)
{
    const QDate today = todayUtc();
    if (m_request.json) {
        writeJson(QJsonDocument(TokenJson::toJson(token, today)));
        return;
    }
    const QString status = token.revoked            ? tr("revoked")
                           : token.isExpired(today) ? tr("expired")
                                                    : tr("active");
    writeOut(TableFormatter::keyValues({
        {tr("ID"), QString::number(token.id)},
        {tr("Name"), token.name},
        {tr("Description"), token.description},
        {tr("Scopes"), token.scopes.join(u", "_s)},
        {tr("Status"), status},
        {tr("Created"), token.createdAt.isValid() ? formatTimestamp(token.createdAt) : QString()},
        {tr("Last used"), token.lastUsedAt.isValid() ? formatTimestamp(token.lastUsedAt) : tr("never")},
        {tr("Expires"), token.expiresAt.isNull()
                            ? tr("never")
                            : tr("%1 (at 00:00 UTC)").arg(token.expiresAt.toString(Qt::ISODate))},
        {tr("User ID"), QString::number(token.userId)},
    }));
}

void CliCommands::printCreated(const CreatedToken& created, const QString& headline, bool withSecret)
{
    if (m_request.json) {
        QJsonObject json = TokenJson::toJson(created, todayUtc());
        if (!withSecret)
            json.remove(u"token"_s);
        QByteArray document = QJsonDocument(json).toJson();
        m_out->write(document);
        secureWipe(document);
        json = QJsonObject();
    } else {
        writeOut(TableFormatter::printable(headline) + u'\n');
        printToken(created.token);
        if (withSecret) {
            QByteArray line = u"\n"_s.toUtf8() + created.secret.utf8() + '\n';
            m_out->write(line);
            secureWipe(line);
        }
    }
    if (auto* file = qobject_cast<QFile*>(m_out))
        file->flush();
}

void CliCommands::finishCreated(CreatedToken created, const QString& headline,
                                std::optional<qint64> replacedId)
{
    const QString identity = m_backend->identity();
    const bool replaceSaved = replacedId && vault()->isSaved(identity, *replacedId);
    if (!m_request.keychain && !replaceSaved) {
        printCreated(created, headline, true);
        created.secret.wipe();
        writeErr(tr("%1: warning: this is the only time the token is shown; store it safely now.")
                     .arg(programName()) +
                 u'\n');
        return succeed();
    }
    // The secret is on screen before the keychain is asked, unless --quiet: a save that hangs or fails
    // must not lose it.
    const bool printedFirst = !m_request.quiet;
    if (printedFirst)
        printCreated(created, headline, true);
    const qint64 newId = created.token.id;
    auto saved = [this, created, headline, printedFirst, newId](Result<bool> result) mutable {
        if (!result) {
            if (!printedFirst)
                printCreated(created, headline, true);
            created.secret.wipe();
            writeErr(errorLine(tr("token %1 has a new secret (printed above; store it safely now), but it "
                                  "could not be saved in the keychain: %2")
                                   .arg(newId)
                                   .arg(result.error().message)));
            return finish(ExitCode::Failure);
        }
        if (!printedFirst)
            printCreated(created, headline, false);
        created.secret.wipe();
        if (!m_request.json)
            writeErr(tr("%1: the secret of token %2 is saved in the keychain; '%1 secret %2' prints it.")
                         .arg(programName())
                         .arg(newId) +
                     u'\n');
        succeed();
    };
    if (replacedId)
        vault()->replace(identity, *replacedId, newId, created.secret, this, std::move(saved));
    else
        vault()->save(identity, newId, created.secret, this, std::move(saved));
}

void CliCommands::succeed()
{
    finish(ExitCode::Success);
}

void CliCommands::fail(const BackendError& error)
{
    qCDebug(lcCli) << "command failed, kind" << static_cast<int>(error.kind);
    QString message = error.message;
    if (message.trimmed().isEmpty())
        message = tr("the operation failed.");
    writeErr(errorLine(message));
    finish(ExitCode::of(error));
}

void CliCommands::failUsage(const QString& message)
{
    writeErr(errorLine(message));
    finish(ExitCode::Usage);
}

void CliCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCli) << "finished with exit code" << exitCode;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void CliCommands::writeOut(const QString& text)
{
    m_out->write(text.toUtf8());
    if (auto* file = qobject_cast<QFile*>(m_out))
        file->flush();
}

void CliCommands::writeJson(const QJsonDocument& document)
{
    m_out->write(document.toJson(QJsonDocument::Indented));
    if (auto* file = qobject_cast<QFile*>(m_out))
        file->flush();
}

void CliCommands::writeJsonArray(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain)
{
    // Written token by token, so that a long listing never sits in memory twice.
    constexpr qsizetype FlushSize = 256 * 1024;
    TokenJsonWriter writer(todayUtc());
    for (const AccessToken& token : tokens) {
        writer.add(token, inKeychain.contains(token.id));
        if (writer.pendingSize() >= FlushSize)
            m_out->write(writer.take());
    }
    writer.finish();
    m_out->write(writer.take());
    if (auto* file = qobject_cast<QFile*>(m_out))
        file->flush();
}

void CliCommands::writeErr(const QString& text)
{
    m_err->write(text.toUtf8());
    if (auto* file = qobject_cast<QFile*>(m_err))
        file->flush();
}

QDate CliCommands::todayUtc() const
{
    return m_clock.todayUtc();
}

} // namespace TokenDesk
