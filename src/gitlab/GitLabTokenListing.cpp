#include "GitLabTokenListing.h"

#include "GitLabNetworkAccessManager.h"
#include "GitLabParser.h"
#include "GitLabUrls.h"
#include "Logging.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace TokenDesk {

using ErrorKind = BackendError::Kind;

GitLabTokenListing::GitLabTokenListing(GitLabTransport& transport, const GitLabOptions& options,
                                       QObject* parent, QString collection)
    : QObject(parent), m_transport(transport), m_options(options), m_apiBase(transport.apiUrl(QString())),
      m_collection(std::move(collection)), m_personal(m_collection == GitLabUrls::personalTokens())
{}

QString GitLabTokenListing::key(const ListQuery& query, const std::optional<Account>& account)
{
    QString filters;
    for (const auto& [name, value] : query.dates.queryItems())
        filters += u'|' + name + u'=' + value;
    if (query.revoked)
        filters += *query.revoked ? u"|revoked=true"_s : u"|revoked=false"_s;
    // The search comes last: nothing it holds can make two different queries share a key.
    return key(query.state, ListQuery::sortName(query.sort), ownerKey(account) + filters, query.search);
}

QString GitLabTokenListing::key(ListQuery::State state, const QString& sortName, const QString& owner,
                                const QString& search)
{
    return ListQuery::stateName(state) + u'|' + sortName + u'|' + owner + u'|' + search;
}

QString GitLabTokenListing::ownerKey(const std::optional<Account>& account)
{
    if (!account)
        return u"?"_s; // not known yet
    return account->isAdmin ? QString::number(account->userId) : u"own"_s;
}

const GitLabTokenListing::Cached* GitLabTokenListing::cached(const QString& key) const
{
    const auto it = m_cache.constFind(key);
    return it == m_cache.cend() ? nullptr : &*it;
}

std::optional<AccessToken> GitLabTokenListing::cachedToken(qint64 id) const
{
    std::optional<AccessToken> found;
    for (const Cached& c : std::as_const(m_cache)) {
        for (const AccessToken& t : c.tokens) {
            if (t.id == id)
                found = t;
        }
    }
    return found;
}

void GitLabTokenListing::keep(const QString& key, QList<AccessToken> tokens)
{
    Cached& cached = m_cache[key];
    cached.tokens = std::move(tokens);
    cached.readAt.start();
}

void GitLabTokenListing::accountKnown(qint64 userId)
{
    if (m_cacheUserId != userId) {
        m_cache.clear(); // read for another account, or before the account was known
        m_cacheUserId = userId;
    }
}

bool GitLabTokenListing::answerFirstRows(const QString& key, int limit, std::function<void(TokenPage)> answer)
{
    auto listing = m_readings.value(key);
    if (!listing || listing->completed)
        return false;
    listing->prefixWaiters << std::pair{limit, std::move(answer)};
    return true;
}

void GitLabTokenListing::stop(const QString& key, const BackendError& error)
{
    if (auto listing = m_readings.value(key))
        fail(listing, error);
}

void GitLabTokenListing::cancelAll()
{
    const auto readings = std::exchange(m_readings, {});
    for (const auto& listing : readings) {
        listing->failed = true;
        QMetaObject::invokeMethod(
            this,
            [waiters = std::exchange(listing->waiters, {})]() {
                for (const auto& w : waiters)
                    w(GitLabTransport::cancelledError());
            },
            Qt::QueuedConnection);
    }
}

void GitLabTokenListing::read(const ListQuery& query, const std::optional<Account>& account,
                              TokensHandler done)
{
    const QString key = GitLabTokenListing::key(query, account);
    if (auto it = m_readings.find(key); it != m_readings.end()) {
        (*it)->waiters << std::move(done);
        return;
    }
    auto listing = std::make_shared<Reading>();
    listing->key = key;
    listing->waiters << std::move(done);
    if (query.state != ListQuery::State::All)
        listing->query << std::pair{u"state"_s, ListQuery::stateName(query.state)};
    if (!query.search.isEmpty() && m_personal)
        listing->query << std::pair{u"search"_s, query.search};
    if (m_personal) {
        listing->query << query.dates.queryItems();
        if (query.revoked)
            listing->query << std::pair{u"revoked"_s, *query.revoked ? u"true"_s : u"false"_s};
    }
    if (m_personal)
        listing->query << std::pair{u"sort"_s, ListQuery::sortName(query.sort)};
    if (account && account->isAdmin && m_personal)
        listing->query << std::pair{u"user_id"_s, QString::number(account->userId)};
    listing->query << std::pair{u"per_page"_s, QString::number(PageSize)};
    m_cache.remove(key); // read again: until it is, later pages wait for this reading
    m_readings.insert(key, listing);
    requestPage(listing, 1, {});
}

void GitLabTokenListing::requestPage(const std::shared_ptr<Reading>& listing, int page, const QUrl& url)
{
    QUrl target = url;
    if (target.isEmpty()) {
        auto query = listing->query;
        query << std::pair{u"page"_s, QString::number(page)};
        target = m_transport.apiUrl(m_collection, query);
    }
    listing->inFlight++;
    const bool numbered = url.isEmpty();
    m_transport.send(GitLabTransport::Request{"GET", target},
                     [this, listing, page, numbered](const GitLabTransport::Reply& r) {
                         onPage(listing, page, numbered, r);
                     });
}

std::optional<BackendError> GitLabTokenListing::refusePage(Reading& listing, int page, bool numbered,
                                                           const GitLabParser::Pagination& headers,
                                                           const QList<AccessToken>& tokens,
                                                           qint64 bytes) const
{
    const auto refused = [](const QString& message) {
        return BackendError::make(ErrorKind::Server, message);
    };
    if (numbered && headers.page && *headers.page != page)
        return refused(tr("Asked for page %1 of the token list, the server answered page %2; TokenDesk "
                          "stopped reading the listing.")
                           .arg(page)
                           .arg(*headers.page));
    listing.bytes += bytes;
    if (listing.bytes > m_options.maxListingBytes)
        return refused(tr("The token list is larger than %1; TokenDesk stopped reading it.")
                           .arg(QLocale().formattedDataSize(m_options.maxListingBytes, 0)));
    bool nothingNew = !tokens.isEmpty();
    for (const AccessToken& t : tokens)
        nothingNew = nothingNew && listing.seen.contains(t.id);
    if (nothingNew)
        return refused(tr("The server sent the same tokens again on page %1 of the token list; TokenDesk "
                          "stopped reading the listing.")
                           .arg(page));
    for (const AccessToken& t : tokens)
        listing.seen.insert(t.id);
    return std::nullopt;
}

void GitLabTokenListing::onPage(const std::shared_ptr<Reading>& listing, int page, bool numbered,
                                const GitLabTransport::Reply& r)
{
    listing->inFlight--;
    if (listing->failed || listing->completed)
        return;
    if (r.error)
        return fail(listing, *r.error);
    // The next pages go out before this one is parsed: the connection that just came free waits for
    // nothing.
    if (page > 1 && listing->totalPages > 0) {
        while (listing->inFlight < m_options.maxConcurrency && listing->nextPage <= listing->totalPages)
            requestPage(listing, listing->nextPage++, {});
    }
    Result<QList<AccessToken>> tokens = GitLabParser::tokenList(r.body);
    if (!tokens)
        return fail(listing, tokens.error());
    qCDebug(lcGitLab) << "page" << page << "of" << listing->key << "parsed";
    const GitLabParser::Pagination headers = GitLabParser::pagination(r.headers);
    if (auto refused = refusePage(*listing, page, numbered, headers, tokens.value(), r.body.size()))
        return fail(listing, *refused);
    const bool empty = tokens.value().isEmpty();
    listing->pages.insert(page, std::move(tokens).value());

    if (page == 1) {
        if (headers.totalPages)
            listing->totalPages = *headers.totalPages;
        if (headers.total)
            listing->totalTokens = *headers.total;
    }
    const int done = static_cast<int>(listing->pages.size());
    if (listing->totalPages > 0) {
        if (listing->totalPages > m_options.maxPages)
            return fail(listing,
                        BackendError::make(ErrorKind::Server, tr("The listing is longer than %n "
                                                                 "page(s); TokenDesk stopped reading.",
                                                                 nullptr, m_options.maxPages)));
        if (done < listing->totalPages) {
            servePrefixes(listing);
            if (listing->failed)
                return; // cancelled by whoever got the first tokens
        }
        Q_EMIT progress(done, listing->totalPages);
        if (listing->failed)
            return; // cancelled from a slot of listProgress
        while (listing->inFlight < m_options.maxConcurrency && listing->nextPage <= listing->totalPages)
            requestPage(listing, listing->nextPage++, {});
        if (done >= listing->totalPages && listing->inFlight == 0)
            complete(listing);
        return;
    }

    if (page == 1 && headers.nextPage == 2)
        listing->openEnded = true; // over 10,000 tokens GitLab stops counting but still numbers pages
    if (listing->openEnded) {
        if ((empty || headers.nextPage != page + 1) && (listing->lastPage < 0 || page < listing->lastPage))
            listing->lastPage = page;
        Q_EMIT progress(done, -1);
        if (listing->failed)
            return;
        if (listing->lastPage > 0) {
            for (int p = 1; p <= listing->lastPage; ++p) {
                if (!listing->pages.contains(p))
                    return; // still in flight
            }
            while (!listing->pages.isEmpty() && listing->pages.lastKey() > listing->lastPage)
                listing->pages.erase(std::prev(listing->pages.end()));
            return complete(listing);
        }
        while (listing->inFlight < m_options.maxConcurrency && listing->nextPage <= m_options.maxPages)
            requestPage(listing, listing->nextPage++, {});
        if (listing->inFlight == 0)
            return fail(listing,
                        BackendError::make(ErrorKind::Server, tr("The listing is longer than %n page(s); "
                                                                 "TokenDesk stopped reading.",
                                                                 nullptr, m_options.maxPages)));
        return;
    }

    Q_EMIT progress(done, -1);
    if (listing->failed)
        return;
    QUrl next;
    int nextPage = page + 1;
    if (!empty) {
        if (headers.nextPage) {
            // GitLab's next page is always the one after: any other would repeat or skip tokens.
            if (*headers.nextPage != page + 1)
                return fail(listing, BackendError::make(ErrorKind::Server,
                                                        tr("The server named page %1 as the next page after "
                                                           "page %2 of the token list; TokenDesk stopped "
                                                           "reading the listing.")
                                                            .arg(*headers.nextPage)
                                                            .arg(page)));
            next = QUrl(u"page:"_s); // built from the query below
        } else if (!headers.hasNextPageHeader || !r.header("x-next-page").isEmpty()) {
            // No X-Next-Page, or one that is no page number: the Link header tells. (Present but
            // empty is GitLab's "this is the last page".)
            for (const QByteArray& part : r.header("link").split(',')) {
                const qsizetype open = part.indexOf('<');
                const qsizetype close = part.indexOf('>');
                if (open < 0 || close < open || !part.mid(close).contains("rel=\"next\""))
                    continue;
                next = m_apiBase.resolved(QUrl::fromEncoded(part.mid(open + 1, close - open - 1).trimmed()));
                if (!GitLabNetworkAccessManager::sameOrigin(next, m_apiBase))
                    return fail(listing, BackendError::make(ErrorKind::Server,
                                                            tr("The server's next-page link points to "
                                                               "another address (%1); TokenDesk "
                                                               "does not follow it.")
                                                                .arg(GitLabUrls::originText(next))));
            }
        }
    }
    if (next.isEmpty())
        return complete(listing);
    if (done >= m_options.maxPages)
        return fail(listing,
                    BackendError::make(ErrorKind::Server, tr("The listing is longer than %n page(s); "
                                                             "TokenDesk stopped reading.",
                                                             nullptr, m_options.maxPages)));
    requestPage(listing, nextPage, next.scheme() == QLatin1String("page") ? QUrl() : next);
}

void GitLabTokenListing::servePrefixes(const std::shared_ptr<Reading>& listing)
{
    if (listing->totalTokens < 0 || listing->prefixWaiters.isEmpty())
        return;
    const auto waiters = std::exchange(listing->prefixWaiters, {});
    for (const auto& [limit, answer] : waiters) {
        const int pagesNeeded = std::min((limit + PageSize - 1) / PageSize, listing->totalPages);
        bool ready = true;
        for (int p = 1; p <= pagesNeeded && ready; ++p)
            ready = listing->pages.contains(p);
        if (!ready) {
            listing->prefixWaiters << std::pair{limit, answer};
            continue;
        }
        TokenPage first;
        first.total = listing->totalTokens;
        QSet<qint64> seen;
        for (int p = 1; p <= pagesNeeded; ++p) {
            for (const AccessToken& t : std::as_const(listing->pages[p])) {
                if (first.tokens.size() < limit && !seen.contains(t.id)) {
                    seen.insert(t.id);
                    first.tokens << t;
                }
            }
        }
        qCDebug(lcGitLab) << "first" << first.tokens.size() << "of" << listing->key << "answered early";
        answer(std::move(first));
    }
}

void GitLabTokenListing::complete(const std::shared_ptr<Reading>& listing)
{
    listing->completed = true;
    qsizetype count = 0;
    for (const QList<AccessToken>& page : std::as_const(listing->pages))
        count += page.size();
    QList<AccessToken> all;
    all.reserve(count);
    QSet<qint64> seen;
    seen.reserve(count);
    for (QList<AccessToken>& page : listing->pages) {
        for (AccessToken& t : page) {
            if (!seen.contains(t.id)) {
                seen.insert(t.id);
                all << std::move(t);
            }
        }
    }
    listing->pages.clear();
    qCDebug(lcGitLab) << "listing" << listing->key << "complete:" << all.size() << "tokens";
    m_readings.remove(listing->key);
    keep(listing->key, all);
    const auto waiters = std::exchange(listing->waiters, {});
    for (const auto& w : waiters)
        w(all);
}

void GitLabTokenListing::fail(const std::shared_ptr<Reading>& listing, const BackendError& error)
{
    listing->failed = true;
    if (m_readings.value(listing->key) == listing)
        m_readings.remove(listing->key);
    const auto waiters = std::exchange(listing->waiters, {});
    for (const auto& w : waiters)
        w(error);
}

} // namespace TokenDesk
