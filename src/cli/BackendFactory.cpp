#include "BackendFactory.h"

#include "AccountBook.h"

#include "DemoSeeder.h"
#include "GitLabBackend.h"
#include "LocalBackend.h"
#include "StoreLocation.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qint64 MaxTokenFileSize = 64 * 1024;

QString instanceIdentity(const BackendOptions& options)
{
    return GitLabBackend::instanceIdentity(QUrl(options.gitlabUrl));
}

} // namespace

Result<std::unique_ptr<TokenBackend>> BackendFactory::open(const BackendOptions& options, const Clock& clock)
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

std::unique_ptr<GitLabBackend> BackendFactory::openGitLab(const BackendOptions& options, Secret accessToken,
                                                          const Clock& clock)
{
    GitLabOptions gitlab;
    gitlab.caFile = options.caFile;
    if (options.timeoutMs > 0)
        gitlab.timeoutMs = options.timeoutMs;
    return std::make_unique<GitLabBackend>(QUrl(options.gitlabUrl), std::move(accessToken), clock, gitlab);
}

QString BackendFactory::checkGitLabUrl(const BackendOptions& options)
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
