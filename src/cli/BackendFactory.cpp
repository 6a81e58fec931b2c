#include "BackendFactory.h"

#include "AccountBook.h"
#include "Command.h"
#include "DemoSeeder.h"
#include "GitLabBackend.h"
#include "LocalBackend.h"
#include "SecretVault.h"
#include "StoreLocation.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qint64 MaxTokenFileSize = 64 * 1024;

// "self" on the command line is the GitLab backend's own token.
static_assert(Command::SelfId == GitLabBackend::SelfId);

QString instanceIdentity(const BackendOptions& options)
{
    return GitLabBackend::instanceIdentity(QUrl(options.gitlabUrl));
}

BackendError usage(const QString& message)
{
    return BackendError::make(BackendError::Kind::Validation, message);
}

} // namespace

void BackendFactory::open(const BackendOptions& original, const Clock& clock, SecretVault* vault,
                          bool credentialOptional, QObject* context, std::function<void(Result<Opened>)> done)
{
    if (!original.isGitLab()) {
        auto opened = openStore(original, clock);
        if (!opened)
            return done(opened.error());
        return done(Opened{std::move(opened).value(), CliCredential{}});
    }
    BackendOptions options = original;
    if (const QString problem = checkServerUrl(options); !problem.isEmpty())
        return done(usage(problem));
    if (!options.tokenFile.isEmpty()) {
        Result<Secret> read = readTokenFile(options.tokenFile);
        if (!read)
            return done(read.error());
        return done(openServer(options, read.value(), clock, {CliCredential::Source::File, {}, {}}));
    }
    const QByteArray fromEnvironment = qgetenv("GITLAB_TOKEN").trimmed();
    if (options.user.isEmpty() && !fromEnvironment.isEmpty())
        return done(openServer(options, Secret(fromEnvironment), clock,
                               {CliCredential::Source::Environment, {}, {}}));

    QString user = options.user;
    if (user.isEmpty()) {
        const QStringList users = connectedUsers(options, vault->settingsFile());
        if (users.isEmpty() && credentialOptional)
            return done(openServer(options, Secret(), clock, {}));
        if (users.isEmpty())
            return done(
                usage(tr("no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect "
                         "an account for %1 in TokenDesk (its token is kept in the keychain).")
                          .arg(QUrl(options.gitlabUrl).host())));
        if (users.size() > 1)
            return done(usage(tr("several accounts are connected to %1 (%2); choose one with --user USER.")
                                  .arg(QUrl(options.gitlabUrl).host(), users.join(u", "_s))));
        user = users.constFirst();
    }
    const QString key = accountKey(options, user);
    if (const QString problem = useAccountOptions(options, vault->settingsFile(), key); !problem.isEmpty())
        return done(usage(problem));
    vault->loadAccountCredential(key, context, [options, &clock, key, done](Result<Secret> loaded) {
        if (!loaded) {
            if (loaded.error().kind == BackendError::Kind::NotFound)
                return done(usage(tr("no GitLab access token: the keychain holds none for the account %1; "
                                     "set GITLAB_TOKEN or give --token-file FILE.")
                                      .arg(key)));
            return done(loaded.error());
        }
        done(openServer(options, loaded.value(), clock, {CliCredential::Source::Keychain, key, {}}));
    });
}

void BackendFactory::describeSignIn(TokenBackend& backend, QObject* context, Callback<SignInReport> done)
{
    auto* gitlab = qobject_cast<GitLabBackend*>(&backend);
    if (!gitlab)
        return deliverLater<SignInReport>(context, std::move(done),
                                          usage(tr("whoami needs --gitlab URL (or $GITLAB_HOST).")));
    const QString server = gitlab->instanceUrl().toString();
    gitlab->connectAccount(context, [server, done](Result<GitLabConnection> result) {
        if (!result)
            return done(result.error());
        const GitLabConnection& connection = result.value();
        done(SignInReport{connection.account, server, connection.version.version, connection.accessToken});
    });
}

Result<std::unique_ptr<TokenBackend>> BackendFactory::openStore(const BackendOptions& options,
                                                                const Clock& clock)
{
    const bool demo = options.demo;
    const QString path = demo ? StoreLocation::demoPath() : StoreLocation::resolve(options.storePath);
    auto opened =
        LocalBackend::open(path, clock, demo ? LocalBackend::Mode::Demo : LocalBackend::Mode::Regular);
    if (!opened)
        return opened.error();
    std::unique_ptr<LocalBackend> store = std::move(opened).value();
    if (demo) {
        auto seeded = DemoSeeder::seedIfEmpty(*store);
        if (!seeded)
            return seeded.error();
    }
    return std::unique_ptr<TokenBackend>(std::move(store));
}

BackendFactory::Opened BackendFactory::openServer(const BackendOptions& options, Secret accessToken,
                                                  const Clock& clock, CliCredential credential)
{
    GitLabOptions gitlab;
    gitlab.caFile = options.caFile;
    if (options.timeoutMs > 0)
        gitlab.timeoutMs = options.timeoutMs;
    auto backend =
        std::make_unique<GitLabBackend>(QUrl(options.gitlabUrl), std::move(accessToken), clock, gitlab);
    credential.serverUrl = backend->instanceUrl().toString();
    return Opened{std::move(backend), std::move(credential)};
}

QString BackendFactory::checkServerUrl(const BackendOptions& options)
{
    const QUrl url(options.gitlabUrl);
    if (const auto problem = GitLabBackend::checkInstanceUrl(url))
        return *problem;
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The instance URL must not contain a query or fragment.");
    if (options.caFile.isEmpty())
        return QString();
    if (const auto problem = GitLabBackend::caFileProblem(options.caFile))
        return tr("The CA file cannot be used: %1").arg(*problem);
    return QString();
}

QString BackendFactory::accountKey(const BackendOptions& options, const QString& user)
{
    return instanceIdentity(options) + u':' + user;
}

QStringList BackendFactory::connectedUsers(const BackendOptions& options, const QString& settingsFile)
{
    return AccountBook(settingsFile).usersOf(instanceIdentity(options));
}

QString BackendFactory::useAccountOptions(BackendOptions& options, const QString& settingsFile,
                                          const QString& key)
{
    const std::optional<AccountRecord> account = AccountBook(settingsFile).find(key);
    if (!account)
        return QString();
    if (options.timeoutMs <= 0 && account->timeoutSeconds > 0)
        options.timeoutMs = account->timeoutSeconds * 1000;
    if (!options.caFile.isEmpty() || account->caFile.isEmpty())
        return QString();
    if (const auto problem = GitLabBackend::caFileProblem(account->caFile))
        return tr("The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or "
                  "change it in TokenDesk's Connect dialog.")
            .arg(key, *problem);
    options.caFile = account->caFile;
    return QString();
}

Result<Secret> BackendFactory::readTokenFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BackendError::make(BackendError::Kind::Validation,
                                  tr("cannot read the token file %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(MaxTokenFileSize);
    QByteArray trimmed = line.trimmed();
    secureWipe(line);
    if (trimmed.isEmpty())
        return BackendError::make(BackendError::Kind::Validation,
                                  tr("the token file %1 holds no token on its first line.").arg(path));
    Secret secret(trimmed);
    secureWipe(trimmed);
    return secret;
}

} // namespace TokenDesk
