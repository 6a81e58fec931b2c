#include "ResourceOverview.h"

#include "SessionLogging.h"
#include "TokenBackend.h"

#include <QPointer>

#include <algorithm>
#include <memory>

namespace TokenDesk {

namespace {

// One overview in progress. Declared order matters: the resources' backends go before the session
// whose backend they share.
struct OverviewRun
{
    AccountSession::Ptr session;
    ResourceTokenQuery query;
    QPointer<QObject> context;
    Callback<ResourceTokenOverview> done;
    std::function<void(int, int)> progress;
    QList<Resource> resources;
    int next = 0;
    int finished = 0;
    ResourceTokenOverview answer;
    QList<std::shared_ptr<TokenBackend>> backends;
};

bool expiresFirst(const ResourceToken& a, const ResourceToken& b)
{
    const QDate ea = a.token.expiresAt;
    const QDate eb = b.token.expiresAt;
    if (ea != eb) {
        if (!ea.isValid())
            return false;
        if (!eb.isValid())
            return true;
        return ea < eb;
    }
    if (a.resource.fullPath != b.resource.fullPath)
        return a.resource.fullPath < b.resource.fullPath;
    if (a.token.name != b.token.name)
        return a.token.name < b.token.name;
    return a.token.id < b.token.id;
}

void finish(const std::shared_ptr<OverviewRun>& run)
{
    std::sort(run->answer.tokens.begin(), run->answer.tokens.end(), expiresFirst);
    auto done = std::move(run->done);
    if (run->context && done)
        done(std::move(run->answer));
}

void startNext(const std::shared_ptr<OverviewRun>& run);

void readResource(const std::shared_ptr<OverviewRun>& run, const Resource& resource)
{
    std::shared_ptr<TokenBackend> backend(run->session->backend()->forResource(resource).release(),
                                          [](TokenBackend* b) { b->deleteLater(); });
    auto settle = [run] {
        ++run->finished;
        if (run->context && run->progress)
            run->progress(run->finished, static_cast<int>(run->resources.size()));
        if (run->finished == run->resources.size())
            return finish(run);
        startNext(run);
    };
    if (!backend) {
        run->answer.failures.append(
            {resource,
             BackendError::make(
                 BackendError::Kind::Permission,
                 ResourceOverview::tr("This backend has no access tokens for %1.").arg(resource.fullPath))});
        return settle();
    }
    run->backends.append(backend);
    ListQuery query;
    query.state = ListQuery::State::Active;
    query.sort = ListQuery::Sort::ExpiresAsc;
    query.limit = 0;
    TokenBackend* const reader = backend.get();
    backend->list(query, run->session.get(), [run, resource, settle, reader](Result<TokenPage> page) {
        // Its answer is in: the resource's backend goes now (later, from the event loop), not when the
        // whole overview ends, which may be after a program's event loop has stopped.
        run->backends.removeIf(
            [reader](const std::shared_ptr<TokenBackend>& b) { return b.get() == reader; });
        if (!page) {
            run->answer.failures.append({resource, page.error()});
        } else {
            ++run->answer.resourcesRead;
            for (const AccessToken& token : page.value().tokens) {
                const bool inWindow =
                    !run->query.expiresBefore.isValid() ||
                    (token.expiresAt.isValid() && token.expiresAt < run->query.expiresBefore);
                if (inWindow && !token.revoked)
                    run->answer.tokens.append({resource, token});
            }
        }
        settle();
    });
}

void startNext(const std::shared_ptr<OverviewRun>& run)
{
    if (!run->context || run->next >= run->resources.size())
        return;
    readResource(run, run->resources.at(run->next++));
}

} // namespace

void ResourceOverview::read(const AccountSession::Ptr& session, const ResourceTokenQuery& query,
                            QObject* context, Callback<ResourceTokenOverview> done,
                            std::function<void(int, int)> progress)
{
    if (!session || !session->backend()) {
        return deliverLater<ResourceTokenOverview>(
            context, std::move(done),
            BackendError::make(BackendError::Kind::Authentication,
                               ResourceOverview::tr("The account is not connected.")));
    }
    auto run = std::make_shared<OverviewRun>();
    run->session = session;
    run->query = query;
    run->context = context;
    run->done = std::move(done);
    run->progress = std::move(progress);
    session->backend()->resources(session.get(), [run](Result<QList<Resource>> resources) {
        if (!run->context)
            return;
        if (!resources) {
            auto answer = std::move(run->done);
            return answer(resources.error());
        }
        run->resources = resources.value();
        qCDebug(lcSession) << "Overview of" << run->resources.size() << "resources";
        if (run->resources.isEmpty())
            return finish(run);
        for (int i = 0; i < MaxInFlight; ++i)
            startNext(run);
    });
}

} // namespace TokenDesk
