#include "GitLabInventory.h"

#include "GitLabNetworkAccessManager.h"
#include "GitLabParser.h"
#include "GitLabRequestPool.h"
#include "GitLabUrls.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace TokenDesk {

using ErrorKind = BackendError::Kind;
using Reply = GitLabTransport::Reply;

namespace {

constexpr int PageSize = 100;
constexpr int FirstSplit = 16;      // ranges the whole listing is cut into when it has no totals
constexpr int LaterSplit = 4;       // ranges a range without totals is cut into
constexpr int MaxDepth = 24;        // cuts of cuts: past this a range is read by its next links
constexpr int UserPagesAtOnce = 50; // user pages read beside the tokens (5,000 users) without counting owners

QString instant(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace

// A created_at range [from, to) of the listing (an invalid bound: open).
struct GitLabInventory::Range
{
    QDateTime from;
    QDateTime to;
    int depth = 0;
    int totalPages = -1;
    bool linkMode = false;
    int linkPages = 0;
};

struct GitLabInventory::Run
{
    InventoryQuery query;
    Callback<Inventory> done;
    GitLabRequestPool* pool = nullptr;            // the inventory's child, deleted once the run ended
    QList<std::pair<QString, QString>> baseQuery; // without created_after/before and page
    QDateTime userAfter;
    QDateTime userBefore;
    std::optional<qint64> ownerId;
    QList<AccessToken> tokens;
    QSet<qint64> seen;
    QHash<QString, QStringList> scopeLists; // one list per set of scopes: 100,000 tokens share a handful
    QHash<qint64, QString> usernames;
    int usersTotalPages = -1;
    int usersNextPage = 2;
    bool usersLookedUp = false;
    int pending = 0;
    int pagesDone = 0;
    int pagesPlanned = 0;
    int unknownRanges = 0;
    bool sawTotals = false;
    bool ended = false;
};

GitLabInventory::GitLabInventory(GitLabTransport& transport, const Clock& clock, const GitLabOptions& options,
                                 QObject* parent)
    : QObject(parent), m_transport(transport), m_clock(clock), m_options(options)
{}

GitLabInventory::~GitLabInventory() = default;

std::optional<AccessToken> GitLabInventory::knownToken(qint64 id) const
{
    const auto it = m_known.constFind(id);
    if (it == m_known.cend())
        return std::nullopt;
    return *it;
}

void GitLabInventory::read(const InventoryQuery& query, Callback<Inventory> done)
{
    auto run = std::make_shared<Run>();
    run->query = query;
    run->done = std::move(done);
    run->pool = new GitLabRequestPool(m_transport, m_clock, m_options,
                                      std::max(1, m_options.inventoryConcurrency), this);
    if (query.state != ListQuery::State::All)
        run->baseQuery << std::pair{u"state"_s, ListQuery::stateName(query.state)};
    if (!query.search.isEmpty())
        run->baseQuery << std::pair{u"search"_s, query.search};
    for (const auto& item : query.dates.queryItems()) {
        if (item.first != u"created_after"_s && item.first != u"created_before"_s)
            run->baseQuery << item;
    }
    if (!query.dates.createdAfter.isNull())
        run->userAfter = QDateTime(query.dates.createdAfter, QTime(0, 0), Qt::UTC);
    if (!query.dates.createdBefore.isNull())
        run->userBefore = QDateTime(query.dates.createdBefore, QTime(0, 0), Qt::UTC);
    run->baseQuery << std::pair{u"sort"_s, u"created_asc"_s}
                   << std::pair{u"per_page"_s, QString::number(PageSize)};
    m_runs << run;
    if (!query.owner.trimmed().isEmpty())
        return resolveOwner(run);
    start(run);
}

void GitLabInventory::cancel()
{
    const auto runs = m_runs;
    for (const auto& run : runs)
        fail(run, GitLabTransport::cancelledError());
}

void GitLabInventory::sendFor(const std::shared_ptr<Run>& run, GitLabTransport::Request request,
                              std::function<void(const Reply&)> handler)
{
    run->pending++;
    run->pool->send(std::move(request), [this, run, handler = std::move(handler)](const Reply& r) {
        run->pending--;
        if (run->ended)
            return;
        if (r.error && r.error->kind == ErrorKind::Cancelled)
            return fail(run, *r.error);
        handler(r);
        if (!run->ended)
            answered(run);
    });
}

// --- the owner ------------------------------------------------------------------------------------

void GitLabInventory::resolveOwner(const std::shared_ptr<Run>& run)
{
    const QString owner = run->query.owner.trimmed();
    bool numeric = false;
    const qint64 id = owner.toLongLong(&numeric);
    const QUrl url = numeric ? run->pool->apiUrl(u"/users/"_s + QString::number(id))
                             : run->pool->apiUrl(u"/users"_s, {{u"username"_s, owner}});
    run->pending++;
    run->pool->send(GitLabTransport::Request{"GET", url}, [this, run, owner, numeric](const Reply& r) {
        run->pending--;
        if (run->ended)
            return;
        const BackendError noSuchUser = BackendError::make(
            ErrorKind::NotFound, tr("There is no user \"%1\" on this instance.").arg(owner));
        if (r.error)
            return fail(run, r.error->kind == ErrorKind::NotFound ? noSuchUser : *r.error);
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        QJsonObject user;
        if (numeric && doc.isObject())
            user = doc.object();
        else if (!numeric && doc.isArray() && !doc.array().isEmpty())
            user = doc.array().first().toObject();
        else if (!numeric && doc.isArray())
            return fail(run, noSuchUser);
        const QJsonValue userId = user.value(QLatin1String("id"));
        if (!userId.isDouble())
            return fail(run, GitLabParser::malformed());
        run->ownerId = static_cast<qint64>(userId.toDouble());
        run->usernames.insert(*run->ownerId, user.value(QLatin1String("username")).toString());
        run->usersLookedUp = true;
        run->baseQuery << std::pair{u"user_id"_s, QString::number(*run->ownerId)};
        start(run);
    });
}

// --- the tokens -----------------------------------------------------------------------------------

void GitLabInventory::start(const std::shared_ptr<Run>& run)
{
    auto whole = std::make_shared<Range>();
    whole->from = run->userAfter;
    whole->to = run->userBefore;
    run->unknownRanges++;
    requestRangePage(run, whole, 1);
    if (!run->ownerId)
        requestUsersPage(run, 1);
}

void GitLabInventory::requestRangePage(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                                       int page, const QUrl& link)
{
    QUrl url = link;
    if (url.isEmpty()) {
        auto query = run->baseQuery;
        // A second before the range: a server that reads created_after as "after" loses no token on the
        // boundary; the token read twice is kept once.
        if (range->from.isValid())
            query << std::pair{u"created_after"_s,
                               instant(range->depth > 0 ? range->from.addSecs(-1) : range->from)};
        if (range->to.isValid())
            query << std::pair{u"created_before"_s, instant(range->to)};
        query << std::pair{u"page"_s, QString::number(page)};
        url = run->pool->apiUrl(GitLabUrls::personalTokens(), query);
    }
    run->pagesPlanned += page == 1 || range->linkMode ? 1 : 0;
    const bool numbered = link.isEmpty();
    sendFor(run, GitLabTransport::Request{"GET", url}, [this, run, range, page, numbered](const Reply& r) {
        onRangePage(run, range, page, numbered, r);
    });
}

void GitLabInventory::onRangePage(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                                  int page, bool numbered, const Reply& r)
{
    if (r.error)
        return fail(run, *r.error);
    Result<QList<AccessToken>> parsed = GitLabParser::tokenList(r.body);
    if (!parsed)
        return fail(run, parsed.error());
    const GitLabParser::Pagination headers = GitLabParser::pagination(r.headers);
    if (numbered && headers.page && *headers.page != page)
        return fail(run,
                    BackendError::make(ErrorKind::Server,
                                       tr("Asked for page %1 of the token list, the server answered page "
                                          "%2; TokenDesk stopped reading the listing.")
                                           .arg(page)
                                           .arg(*headers.page)));
    const bool empty = parsed.value().isEmpty();
    const QDateTime last = empty ? QDateTime() : parsed.value().constLast().createdAt;
    int fresh = 0;
    for (AccessToken& t : parsed.value()) {
        if (run->seen.contains(t.id))
            continue;
        run->seen.insert(t.id);
        ++fresh;
        const QString scopesKey = t.scopes.join(u' ');
        const auto shared = run->scopeLists.constFind(scopesKey);
        if (shared != run->scopeLists.cend())
            t.scopes = *shared;
        else
            run->scopeLists.insert(scopesKey, t.scopes);
        run->tokens << std::move(t);
    }
    run->pagesDone++;
    const bool hasNext = headers.nextPage.has_value() || r.header("link").contains("rel=\"next\"");

    if (page == 1 && !range->linkMode) {
        run->unknownRanges--;
        if (headers.totalPages) {
            run->sawTotals = true;
            range->totalPages = *headers.totalPages;
            if (range->totalPages > m_options.maxPages)
                return fail(run, BackendError::make(ErrorKind::Server,
                                                    tr("The listing is longer than %n page(s); TokenDesk "
                                                       "stopped reading.",
                                                       nullptr, m_options.maxPages)));
            run->pagesPlanned += range->totalPages - 1;
            for (int p = 2; p <= range->totalPages; ++p)
                requestRangePage(run, range, p);
        } else if (hasNext && !empty) {
            const bool noTotalsAnywhere = !run->sawTotals && range->depth >= 2;
            const bool tooNarrow =
                range->from.isValid() && range->to.isValid() && range->from.secsTo(range->to) < 2;
            if (noTotalsAnywhere || tooNarrow || range->depth >= MaxDepth || !last.isValid()) {
                range->linkMode = true;
                run->unknownRanges++;
                followNext(run, range, page, r);
            } else {
                split(run, range, last);
            }
        }
        emitProgress(run);
        return;
    }
    if (range->linkMode) {
        if (fresh == 0 && !empty)
            return fail(run, BackendError::make(ErrorKind::Server,
                                                tr("The server sent the same tokens again on page %1 of the "
                                                   "token list; TokenDesk stopped reading the listing.")
                                                    .arg(page)));
        if (++range->linkPages >= m_options.maxPages)
            return fail(run, BackendError::make(ErrorKind::Server,
                                                tr("The listing is longer than %n page(s); TokenDesk "
                                                   "stopped reading.",
                                                   nullptr, m_options.maxPages)));
        if (hasNext && !empty)
            followNext(run, range, page, r);
        else
            run->unknownRanges--;
    }
    emitProgress(run);
}

void GitLabInventory::followNext(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                                 int page, const Reply& r)
{
    const GitLabParser::Pagination headers = GitLabParser::pagination(r.headers);
    if (headers.nextPage) {
        if (*headers.nextPage != page + 1)
            return fail(run,
                        BackendError::make(ErrorKind::Server,
                                           tr("The server named page %1 as the next page after page %2 "
                                              "of the token list; TokenDesk stopped reading the listing.")
                                               .arg(*headers.nextPage)
                                               .arg(page)));
        return requestRangePage(run, range, page + 1);
    }
    const QUrl base = run->pool->apiUrl(QString());
    for (const QByteArray& part : r.header("link").split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        if (open < 0 || close < open || !part.mid(close).contains("rel=\"next\""))
            continue;
        const QUrl next = base.resolved(QUrl::fromEncoded(part.mid(open + 1, close - open - 1).trimmed()));
        if (!GitLabNetworkAccessManager::sameOrigin(next, base))
            return fail(run, BackendError::make(ErrorKind::Server,
                                                tr("The server's next-page link points to another address "
                                                   "(%1); TokenDesk does not follow it.")
                                                    .arg(GitLabUrls::originText(next))));
        return requestRangePage(run, range, page + 1, next);
    }
    run->unknownRanges--;
}

void GitLabInventory::split(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                            const QDateTime& from)
{
    // Page 1 (oldest first) holds everything before `from`; the rest is [from, to).
    if (range->to.isValid())
        return splitBetween(run, range, from, range->to);
    // An open end: the newest token tells where the listing ends.
    auto query = run->baseQuery;
    for (auto& item : query) {
        if (item.first == u"sort"_s)
            item.second = u"created_desc"_s;
        if (item.first == u"per_page"_s)
            item.second = u"1"_s;
    }
    if (from.isValid())
        query << std::pair{u"created_after"_s, instant(from.addSecs(-1))};
    run->unknownRanges++;
    const QUrl url = run->pool->apiUrl(GitLabUrls::personalTokens(), query);
    sendFor(run, GitLabTransport::Request{"GET", url}, [this, run, range, from](const Reply& r) {
        run->unknownRanges--;
        if (r.error)
            return fail(run, *r.error);
        Result<QList<AccessToken>> newest = GitLabParser::tokenList(r.body);
        if (!newest)
            return fail(run, newest.error());
        if (newest.value().isEmpty())
            return; // the tokens after page 1 are gone meanwhile
        splitBetween(run, range, from, newest.value().constFirst().createdAt.addSecs(1));
    });
}

void GitLabInventory::splitBetween(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                                   const QDateTime& from, const QDateTime& to)
{
    const int pieces = range->depth == 0 ? FirstSplit : LaterSplit;
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    QDateTime start = from;
    for (int i = 1; i <= pieces && start < to; ++i) {
        const QDateTime end = i == pieces ? to : from.addSecs(std::max<qint64>(1, span * i / pieces));
        if (end <= start)
            continue;
        auto piece = std::make_shared<Range>();
        piece->from = start;
        piece->to = end;
        piece->depth = range->depth + 1;
        run->unknownRanges++;
        requestRangePage(run, piece, 1);
        start = end;
    }
    qCDebug(lcGitLab) << "inventory range" << instant(from) << instant(to) << "cut in" << pieces;
}

// --- the usernames --------------------------------------------------------------------------------

void GitLabInventory::requestUsersPage(const std::shared_ptr<Run>& run, int page)
{
    const QUrl url = run->pool->apiUrl(
        u"/users"_s, {{u"per_page"_s, QString::number(PageSize)}, {u"page"_s, QString::number(page)}});
    sendFor(run, GitLabTransport::Request{"GET", url}, [this, run, page](const Reply& r) {
        if (r.error)
            return; // the tokens are what matters: owners left unnamed are looked up one by one
        const QJsonArray users = QJsonDocument::fromJson(r.body).array();
        for (const QJsonValue& user : users) {
            const QJsonObject o = user.toObject();
            if (o.value(QLatin1String("id")).isDouble())
                run->usernames.insert(static_cast<qint64>(o.value(QLatin1String("id")).toDouble()),
                                      o.value(QLatin1String("username")).toString());
        }
        if (page != 1)
            return;
        const GitLabParser::Pagination headers = GitLabParser::pagination(r.headers);
        run->usersTotalPages = headers.totalPages.value_or(headers.nextPage ? -1 : 1);
        if (run->usersTotalPages > 0 && run->usersTotalPages <= UserPagesAtOnce) {
            for (; run->usersNextPage <= run->usersTotalPages; ++run->usersNextPage)
                requestUsersPage(run, run->usersNextPage);
        }
    });
}

void GitLabInventory::requestUser(const std::shared_ptr<Run>& run, qint64 userId)
{
    const QUrl url = run->pool->apiUrl(u"/users/"_s + QString::number(userId));
    sendFor(run, GitLabTransport::Request{"GET", url}, [run, userId](const Reply& r) {
        if (r.error)
            return; // unnamed: deleted, or the server would not say
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        run->usernames.insert(userId, o.value(QLatin1String("username")).toString());
    });
}

void GitLabInventory::answered(const std::shared_ptr<Run>& run)
{
    if (run->pending > 0)
        return;
    if (!run->usersLookedUp) {
        run->usersLookedUp = true;
        QSet<qint64> missing;
        for (const AccessToken& t : std::as_const(run->tokens)) {
            if (!run->usernames.contains(t.userId))
                missing.insert(t.userId);
        }
        const int pagesLeft = run->usersTotalPages > 0 ? run->usersTotalPages - run->usersNextPage + 1 : -1;
        if (pagesLeft >= 0 && pagesLeft < missing.size()) {
            for (; run->usersNextPage <= run->usersTotalPages; ++run->usersNextPage)
                requestUsersPage(run, run->usersNextPage);
        } else {
            for (const qint64 id : std::as_const(missing))
                requestUser(run, id);
        }
        if (run->pending > 0)
            return;
    }
    finish(run);
}

// --- the end --------------------------------------------------------------------------------------

void GitLabInventory::emitProgress(const std::shared_ptr<Run>& run)
{
    Q_EMIT progress(run->pagesDone,
                    run->unknownRanges > 0 ? -1 : std::max(run->pagesDone, run->pagesPlanned));
}

void GitLabInventory::fail(const std::shared_ptr<Run>& run, const BackendError& error)
{
    if (run->ended)
        return;
    run->ended = true;
    m_runs.removeAll(run);
    run->pool->cancelReads();
    run->pool->deleteLater();
    run->tokens.clear();
    run->done(error);
}

void GitLabInventory::finish(const std::shared_ptr<Run>& run)
{
    run->ended = true;
    m_runs.removeAll(run);
    run->pool->deleteLater();
    const InventoryQuery& q = run->query;
    Inventory inventory;
    inventory.tokens.reserve(run->tokens.size());
    m_known.clear();
    m_known.reserve(run->tokens.size());
    for (AccessToken& t : run->tokens) {
        // The server filtered already; the dates again because the ranges reach a second wider, and the
        // scopes because GitLab has no such filter.
        if (!q.dates.matches(t))
            continue;
        if (!q.scopes.isEmpty() && std::none_of(q.scopes.cbegin(), q.scopes.cend(),
                                                [&t](const QString& s) { return t.scopes.contains(s); }))
            continue;
        if (!q.search.isEmpty() && !t.name.contains(q.search, Qt::CaseInsensitive))
            continue;
        m_known.insert(t.id, t);
        QString username = run->usernames.value(t.userId);
        inventory.tokens << InventoryToken{std::move(t), std::move(username)};
    }
    run->tokens.clear();
    std::sort(inventory.tokens.begin(), inventory.tokens.end(),
              [](const InventoryToken& a, const InventoryToken& b) {
                  if (a.token.createdAt != b.token.createdAt)
                      return a.token.createdAt < b.token.createdAt;
                  return a.token.id < b.token.id;
              });
    qCDebug(lcGitLab) << "inventory complete:" << inventory.tokens.size() << "tokens in" << run->pagesDone
                      << "pages";
    emitProgress(run);
    run->done(std::move(inventory));
}

} // namespace TokenDesk
