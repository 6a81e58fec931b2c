#include "SessionFactory.h"

#include "AccountBook.h"
#include "ConnectionCheck.h"
#include "DemoSeeder.h"
#include "GitLabOptions.h"
#include "LocalBackend.h"
#include "SecretVault.h"
#include "StoreLocation.h"

#include <QFile>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qint64 MaxTokenFileSize = 64 * 1024;

BackendError usage(const QString& message)
{
    return BackendError::make(BackendError::Kind::Validation, message);
}

GitLabOptions gitlabOptions(const BackendOptions& options)
{
    GitLabOptions gitlab;
    gitlab.caFile = options.caFile;
    if (options.timeoutMs > 0)
        gitlab.timeoutMs = options.timeoutMs;
    return gitlab;
}

} // namespace

void SessionFactory::open(const BackendOptions& original, const Clock& clock, SecretVault* vault,
                          bool credentialOptional, QObject* context,
                          std::function<void(Result<AccountSession::Ptr>)> done)
{
    using Source = AccountSession::CredentialSource;
    if (!original.isGitLab())
        return done(openStore(original, clock, vault));
    BackendOptions options = original;
    if (const QString problem = checkServerUrl(options); !problem.isEmpty())
        return done(usage(problem));
    if (!options.tokenFile.isEmpty()) {
        Result<Secret> read = readTokenFile(options.tokenFile);
        if (!read)
            return done(read.error());
        return done(openServer(options, read.value(), Source::File, clock, vault));
    }
    const QByteArray fromEnvironment = qgetenv("GITLAB_TOKEN").trimmed();
    if (options.user.isEmpty() && !fromEnvironment.isEmpty())
        return done(openServer(options, Secret(fromEnvironment), Source::Environment, clock, vault));

    const QUrl instance(options.gitlabUrl);
    QString user = options.user;
    if (user.isEmpty()) {
        const QStringList users =
            AccountBook(vault->settingsFile()).usersOf(ConnectionCheck::instanceKey(instance));
        if (users.isEmpty() && credentialOptional)
            return done(openServer(options, Secret(), Source::None, clock, vault));
        if (users.isEmpty())
            return done(
                usage(tr("no GitLab access token: set GITLAB_TOKEN, give --token-file FILE, or connect "
                         "an account for %1 in TokenDesk (its token is kept in the keychain).")
                          .arg(instance.host())));
        if (users.size() > 1)
            return done(usage(tr("several accounts are connected to %1 (%2); choose one with --user USER.")
                                  .arg(instance.host(), users.join(u", "_s))));
        user = users.constFirst();
    }
    const QString key = ConnectionCheck::accountKey(instance, user);
    if (const QString problem = useAccountOptions(options, vault->settingsFile(), key); !problem.isEmpty())
        return done(usage(problem));
    GitLabAccount account;
    account.key = key;
    account.instanceUrl = instance;
    account.username = user;
    AccountSession::Ptr session = AccountSession::forAccount(account, *vault, clock, gitlabOptions(options));
    session->open(context, [session, key, done](Result<bool> opened) {
        if (!opened) {
            if (opened.error().kind == BackendError::Kind::NotFound)
                return done(usage(tr("no GitLab access token: the keychain holds none for the account %1; "
                                     "set GITLAB_TOKEN or give --token-file FILE.")
                                      .arg(key)));
            return done(opened.error());
        }
        done(session);
    });
}

void SessionFactory::openResource(const AccountSession::Ptr& parent, const ResourceRef& ref, bool withAccount,
                                  bool managingRole, QObject* context,
                                  std::function<void(Result<AccountSession::Ptr>)> done)
{
    // Who signs in and which resource it is are asked at the same time.
    struct Pending
    {
        std::optional<Result<Account>> account;
        std::optional<Result<Resource>> resource;
    };
    auto pending = std::make_shared<Pending>();
    auto settle = [parent, ref, managingRole, pending, done] {
        if (!pending->resource.has_value() || !pending->account.has_value())
            return;
        if (!*pending->account)
            return done(pending->account->error());
        Result<Resource> resolved = *pending->resource;
        if (!resolved) {
            BackendError error = resolved.error();
            if (error.kind == BackendError::Kind::NotFound)
                error.message = ref.kind == ResourceRef::Kind::Group
                                    ? tr("there is no group %1, or you cannot see it.").arg(ref.idOrPath)
                                    : tr("there is no project %1, or you cannot see it.").arg(ref.idOrPath);
            return done(error);
        }
        const Resource& resource = resolved.value();
        if (managingRole && !resource.isManageable())
            return done(BackendError::make(
                BackendError::Kind::Permission,
                (resource.kind == ResourceRef::Kind::Group
                     ? tr("your role in the group %1 is %2; managing its access tokens takes the %3 role.")
                     : tr("your role in the project %1 is %2; managing its access tokens takes the %3 "
                          "role."))
                    .arg(resource.fullPath, AccessLevels::label(resource.accessLevel),
                         AccessLevels::label(Resource::managingLevel(resource.kind)))));
        AccountSession::Ptr session = AccountSession::forResource(parent, resource);
        if (!session)
            return done(BackendError::make(
                BackendError::Kind::Permission,
                tr("%1 has no group or project access tokens.").arg(parent->backend()->displayName())));
        done(session);
    };
    if (withAccount) {
        parent->backend()->whoami(context, [pending, settle](Result<Account> account) {
            pending->account = std::move(account);
            settle();
        });
    } else {
        pending->account = Result<Account>(Account{});
    }
    parent->backend()->resolveResource(ref, context, [pending, settle](Result<Resource> resource) {
        pending->resource = std::move(resource);
        settle();
    });
}

Result<AccountSession::Ptr> SessionFactory::openStore(const BackendOptions& options, const Clock& clock,
                                                      SecretVault* vault)
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
    return AccountSession::forBackend(std::unique_ptr<TokenBackend>(std::move(store)), vault);
}

AccountSession::Ptr SessionFactory::openServer(const BackendOptions& options, const Secret& accessToken,
                                               AccountSession::CredentialSource source, const Clock& clock,
                                               SecretVault* vault)
{
    return AccountSession::forCredential(QUrl(options.gitlabUrl), accessToken, source, clock,
                                         gitlabOptions(options), vault);
}

QString SessionFactory::checkServerUrl(const BackendOptions& options)
{
    const QUrl url(options.gitlabUrl);
    if (const auto problem = ConnectionCheck::instanceUrlProblem(url))
        return *problem;
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The instance URL must not contain a query or fragment.");
    if (options.caFile.isEmpty())
        return QString();
    if (const auto problem = ConnectionCheck::caFileProblem(options.caFile))
        return tr("The CA file cannot be used: %1").arg(*problem);
    return QString();
}

QString SessionFactory::useAccountOptions(BackendOptions& options, const QString& settingsFile,
                                          const QString& key)
{
    const std::optional<AccountRecord> account = AccountBook(settingsFile).find(key);
    if (!account)
        return QString();
    if (options.timeoutMs <= 0 && account->timeoutSeconds > 0)
        options.timeoutMs = account->timeoutSeconds * 1000;
    if (!options.caFile.isEmpty() || account->caFile.isEmpty())
        return QString();
    if (const auto problem = ConnectionCheck::caFileProblem(account->caFile))
        return tr("The CA file of the account %1 cannot be used: %2 Give another with --ca-file FILE, or "
                  "change it in TokenDesk's Connect dialog.")
            .arg(key, *problem);
    options.caFile = account->caFile;
    return QString();
}

Result<Secret> SessionFactory::readTokenFile(const QString& path)
{
    // Checked on the opened descriptor, not the path, so the file cannot be swapped in between.
    // O_NONBLOCK: a FIFO is refused at once instead of waiting for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return usage(
            tr("cannot read the token file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st = {};
    QString problem;
    if (::fstat(fd, &st) != 0)
        problem =
            tr("cannot read the token file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    else if (!S_ISREG(st.st_mode))
        problem = tr("the token file %1 is not a regular file.").arg(path);
    else if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        problem = tr("the token file %1 is open to other users (permissions %2); make it private with "
                     "chmod 600.")
                      .arg(path)
                      .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    else if (::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
        problem =
            tr("cannot read the token file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    QFile file;
    if (problem.isEmpty() && !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        problem = tr("cannot read the token file %1: %2").arg(path, file.errorString());
    if (!problem.isEmpty()) {
        if (!file.isOpen())
            ::close(fd);
        return usage(problem);
    }
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
