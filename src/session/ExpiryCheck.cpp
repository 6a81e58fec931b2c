#include "ExpiryCheck.h"

#include "Clock.h"
#include "ConnectionCheck.h"
#include "LocalBackend.h"
#include "ResourceOverview.h"
#include "SessionLogging.h"
#include "TokenBackend.h"

#include <QFileInfo>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace TokenDesk {

namespace {

// One source being read.
struct SourceRun
{
    ExpiryCheck::Source source;
    QList<DueToken> due;
    QList<ExpiryCheck::Failure> failures;
    int pending = 0; // the personal listing and the resource overview still to answer
    bool finished = false;
};

// The whole check. Every source is read at the same time; the answer comes once all have answered.
struct CheckRun
{
    ExpiryCheck::Options options;
    QDate today;
    const Clock* clock = nullptr;
    QPointer<QObject> context;
    std::function<void(ExpiryCheck::Report)> done;
    QList<std::shared_ptr<SourceRun>> sources;
    int unfinished = 0;
};

bool soonestFirst(const DueToken& a, const DueToken& b)
{
    if (a.daysLeft != b.daysLeft)
        return a.daysLeft < b.daysLeft;
    if (a.source.key != b.source.key)
        return a.source.key < b.source.key;
    const QString pathA = a.resource ? a.resource->fullPath : QString();
    const QString pathB = b.resource ? b.resource->fullPath : QString();
    if (pathA != pathB)
        return pathA < pathB;
    if (a.token.name != b.token.name)
        return a.token.name < b.token.name;
    return a.token.id < b.token.id;
}

void finishCheck(const std::shared_ptr<CheckRun>& run)
{
    ExpiryCheck::Report report;
    for (const auto& source : std::as_const(run->sources)) {
        report.due << source->due;
        report.failures << source->failures;
        if (source->failures.isEmpty())
            report.read << source->source.info;
    }
    std::stable_sort(report.due.begin(), report.due.end(), soonestFirst);
    qCInfo(lcSession) << "Expiry check:" << report.due.size() << "due," << report.failures.size()
                      << "failures," << report.read.size() << "sources read";
    // Let go of the sessions (and their backends) before answering: a program may end in the answer.
    run->sources.clear();
    auto done = std::move(run->done);
    if (run->context && done)
        done(std::move(report));
}

void settle(const std::shared_ptr<CheckRun>& run, const std::shared_ptr<SourceRun>& source)
{
    if (source->finished || --source->pending > 0)
        return;
    source->finished = true;
    if (--run->unfinished == 0)
        finishCheck(run);
}

void fail(const std::shared_ptr<CheckRun>& run, const std::shared_ptr<SourceRun>& source,
          const BackendError& error)
{
    qCInfo(lcSession) << "Expiry check could not read" << source->source.info.key << ":" << error.message;
    source->failures.append({source->source.info, error});
    source->pending = 1;
    settle(run, source);
}

// Whether a token belongs in the answer, and how many days it has left.
std::optional<int> dueDays(const AccessToken& token, const CheckRun& run)
{
    if (token.revoked)
        return std::nullopt;
    const std::optional<int> days = daysUntilExpiry(token, run.today);
    if (!days || *days > run.options.withinDays)
        return std::nullopt;
    if (*days >= 1 || (*days == 0 && run.options.includeExpiredToday))
        return days;
    return std::nullopt;
}

void readPersonal(const std::shared_ptr<CheckRun>& run, const std::shared_ptr<SourceRun>& source)
{
    const AccountSession::Ptr session = source->source.session;
    ListQuery query;
    if (run->options.includeExpiredToday) {
        query.state = ListQuery::State::All;
        query.revoked = false;
        query.dates.expiresAfter = run->today;
    } else {
        query.state = ListQuery::State::Active;
    }
    query.dates.expiresBefore = run->today.addDays(qint64(run->options.withinDays) + 1);
    query.sort = ListQuery::Sort::ExpiresAsc;
    query.limit = 0;
    const QString identity = session->identity();
    // A session on one group's or project's tokens (--group, --project) lists that resource's tokens.
    const std::optional<Resource> resource = session->resource();
    session->backend()->list(query, run->context, [run, source, identity, resource](Result<TokenPage> page) {
        if (!page) {
            source->failures.append({source->source.info, page.error()});
        } else {
            for (const AccessToken& token : page.value().tokens) {
                if (const auto days = dueDays(token, *run)) {
                    DueToken due;
                    due.token = token;
                    due.source = source->source.info;
                    due.resource = resource;
                    due.identity = identity;
                    due.daysLeft = *days;
                    source->due.append(std::move(due));
                }
            }
        }
        settle(run, source);
    });
}

// A group's or project's listing that answers 404 or 403 has no token the user could manage there (an
// instance or tier without group and project access tokens, or a resource deleted or a role lost since
// the resources were listed): nothing to remind of, so it is not a failure of the source.
bool meansNoTokens(const BackendError& error)
{
    return error.kind == BackendError::Kind::NotFound || error.kind == BackendError::Kind::Permission;
}

void readResources(const std::shared_ptr<CheckRun>& run, const std::shared_ptr<SourceRun>& source)
{
    const AccountSession::Ptr session = source->source.session;
    ResourceTokenQuery query;
    query.expiresBefore = run->today.addDays(qint64(run->options.withinDays) + 1);
    const QString identity = session->identity();
    ResourceOverview::read(
        session, query, run->context, [run, source, identity](Result<ResourceTokenOverview> overview) {
            if (!overview) {
                if (meansNoTokens(overview.error()))
                    qCInfo(lcSession) << "No group or project tokens at" << source->source.info.key << ":"
                                      << overview.error().message;
                else
                    source->failures.append(
                        {source->source.info,
                         BackendError::make(overview.error().kind,
                                            ExpiryCheck::tr("The groups and projects could not be listed: %1")
                                                .arg(overview.error().message))});
                return settle(run, source);
            }
            for (const ResourceToken& found : overview.value().tokens) {
                if (const auto days = dueDays(found.token, *run)) {
                    DueToken due;
                    due.token = found.token;
                    due.source = source->source.info;
                    due.resource = found.resource;
                    due.identity = identity + QLatin1Char('/') + found.resource.identitySuffix();
                    due.daysLeft = *days;
                    source->due.append(std::move(due));
                }
            }
            for (const auto& [resource, error] : overview.value().failures) {
                if (meansNoTokens(error)) {
                    qCInfo(lcSession) << "No readable tokens in" << resource.fullPath << ":" << error.message;
                    continue;
                }
                const QString what = resource.kind == ResourceRef::Kind::Group
                                         ? ExpiryCheck::tr("The access tokens of the group %1 could not be "
                                                           "read: %2")
                                         : ExpiryCheck::tr("The access tokens of the project %1 could not be "
                                                           "read: %2");
                BackendError named = error;
                named.message = what.arg(resource.fullPath, error.message);
                source->failures.append({source->source.info, named});
            }
            settle(run, source);
        });
}

void readSource(const std::shared_ptr<CheckRun>& run, const std::shared_ptr<SourceRun>& source)
{
    ExpiryCheck::Source& s = source->source;
    if (!s.session && !s.storePath.isEmpty()) {
        auto opened = LocalBackend::open(s.storePath, *run->clock, LocalBackend::Mode::Regular);
        if (!opened)
            return fail(run, source, opened.error());
        s.session =
            AccountSession::forBackend(std::unique_ptr<TokenBackend>(std::move(opened).value()), nullptr);
    }
    if (!s.session)
        return fail(run, source,
                    BackendError::make(BackendError::Kind::NotFound,
                                       ExpiryCheck::tr("There is nothing to read at %1.").arg(s.info.label)));
    s.session->connect(run->context, [run, source](Result<Account> account) {
        if (!account)
            return fail(run, source, account.error());
        ExpiryCheck::Source& connected = source->source;
        // A session the caller opened with a credential of its own is named once it is known who signs in.
        if (connected.info.key.isEmpty() && !connected.info.instanceUrl.isEmpty())
            connected.info.key =
                ConnectionCheck::accountKey(connected.info.instanceUrl, account.value().username);
        if (connected.info.label.isEmpty() ||
            (connected.session->accountKey().isEmpty() && !connected.info.instanceUrl.isEmpty()))
            connected.info.label = connected.session->label();
        TokenBackend* backend = connected.session->backend();
        const bool resources = run->options.resources && backend->capabilities().resourceTokens &&
                               !connected.session->resource().has_value();
        source->pending = resources ? 2 : 1;
        readPersonal(run, source);
        if (resources)
            readResources(run, source);
    });
}

ReminderSource storeInfo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return {QStringLiteral("store:") + absolute, ExpiryCheck::tr("Offline store · %1").arg(absolute), QUrl()};
}

} // namespace

QList<ExpiryCheck::Source> ExpiryCheck::knownSources(const AccountRegistry& registry, const Clock& clock,
                                                     const GitLabOptions& base, const QString& storePath)
{
    QList<Source> sources;
    if (!storePath.isEmpty() && QFileInfo(storePath).isFile())
        sources << forStoreFile(storePath);
    for (const GitLabAccount& account : registry.accounts()) {
        Source source;
        source.info = {account.key, account.label(), account.instanceUrl};
        source.session = AccountSession::forAccount(registry, account.key, clock, base);
        if (source.session)
            sources << source;
    }
    return sources;
}

ExpiryCheck::Source ExpiryCheck::forStoreFile(const QString& path)
{
    Source store;
    store.info = storeInfo(path);
    store.storePath = QFileInfo(path).absoluteFilePath();
    return store;
}

ExpiryCheck::Source ExpiryCheck::forSession(const AccountSession::Ptr& session)
{
    Source source;
    source.session = session;
    if (!session)
        return source;
    source.info.instanceUrl = session->instanceUrl();
    if (!session->accountKey().isEmpty()) {
        source.info.key = session->accountKey();
    } else if (const auto* store = qobject_cast<const LocalBackend*>(session->backend())) {
        source.info = storeInfo(store->path());
        source.info.label = session->label();
    } else if (const auto account = session->account(); account && !source.info.instanceUrl.isEmpty()) {
        source.info.key = ConnectionCheck::accountKey(source.info.instanceUrl, account->username);
    }
    // Filled in once connected when the session cannot tell yet.
    if (source.info.label.isEmpty() && session->backend())
        source.info.label = session->label();
    return source;
}

void ExpiryCheck::run(const QList<Source>& sources, const Options& options, const Clock& clock,
                      QObject* context, std::function<void(Report)> done)
{
    auto run = std::make_shared<CheckRun>();
    run->options = options;
    run->options.withinDays = std::max(0, options.withinDays);
    run->today = clock.todayUtc();
    run->clock = &clock;
    run->context = context;
    run->done = std::move(done);
    for (const Source& source : sources) {
        auto state = std::make_shared<SourceRun>();
        state->source = source;
        run->sources << state;
    }
    run->unfinished = int(run->sources.size());
    QPointer<QObject> guard(context);
    // Later, never before run() returns, even with no source at all.
    QMetaObject::invokeMethod(
        context,
        [run, guard] {
            if (!guard)
                return;
            if (run->sources.isEmpty())
                return finishCheck(run);
            const auto all = run->sources;
            for (const auto& source : all)
                readSource(run, source);
        },
        Qt::QueuedConnection);
}

} // namespace TokenDesk
