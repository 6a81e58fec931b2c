#include "ConnectionCheck.h"

#include "GitLabBackend.h"

#include <memory>

namespace TokenDesk {

void ConnectionCheck::identify(const QUrl& instanceUrl, const Secret& accessToken,
                               const GitLabOptions& options, const Clock& clock, QObject* context,
                               Callback<Identified> done)
{
    // Deleted later, never inside its own answer.
    std::shared_ptr<GitLabBackend> backend(new GitLabBackend(instanceUrl, accessToken, clock, options),
                                           [](GitLabBackend* b) { b->deleteLater(); });
    GitLabBackend* raw = backend.get();
    raw->connectAccount(context, [backend, done = std::move(done)](Result<GitLabConnection> result) {
        if (!result)
            return done(result.error());
        Identified identified;
        identified.connection = std::move(result).value();
        identified.accountKey = backend->identity();
        identified.instanceUrl = backend->instanceUrl();
        done(std::move(identified));
    });
}

std::optional<QString> ConnectionCheck::instanceUrlProblem(const QUrl& instanceUrl)
{
    return GitLabBackend::checkInstanceUrl(instanceUrl);
}

std::optional<QString> ConnectionCheck::caFileProblem(const QString& path)
{
    return GitLabBackend::caFileProblem(path);
}

QString ConnectionCheck::instanceKey(const QUrl& instanceUrl)
{
    return GitLabBackend::instanceIdentity(instanceUrl);
}

QString ConnectionCheck::accountKey(const QUrl& instanceUrl, const QString& username)
{
    return GitLabBackend::accountIdentity(instanceUrl, username);
}

QUrl ConnectionCheck::tokenPageUrl(const QUrl& instanceUrl, const QString& name, const QStringList& scopes,
                                   const QString& description)
{
    return GitLabBackend::prefilledTokenPageUrl(instanceUrl, name, scopes, description);
}

} // namespace TokenDesk
