#include "GitLabSummaryCounter.h"

#include "GitLabParser.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"
#include "Logging.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

GitLabSummaryCounter::GitLabSummaryCounter(GitLabTransport& transport, GitLabTokenListing& listing,
                                           const Clock& clock, const GitLabOptions& options, ListAll listAll,
                                           QObject* parent)
    : QObject(parent), m_transport(transport), m_listing(listing), m_clock(clock), m_options(options),
      m_listAll(std::move(listAll))
{}

void GitLabSummaryCounter::count(const Account& account, Callback<TokenSummary> done)
{
    if (!summarizeListings(account, done))
        countSummary(account, std::move(done));
}

namespace {

TokenSummary summarize(const QList<QList<AccessToken>>& parts, QDate today)
{
    TokenSummary s;
    QSet<qint64> seen;
    for (const QList<AccessToken>& tokens : parts) {
        for (const AccessToken& t : tokens) {
            if (seen.contains(t.id))
                continue;
            seen.insert(t.id);
            if (t.isActive(today))
                s.active++;
            if (t.isExpiringWithin(today, TokenSummary::ExpiringSoonDays))
                s.expiringSoon++;
            if (t.revoked)
                s.revoked++;
            else if (t.isExpired(today))
                s.expired++;
        }
    }
    return s;
}

// X-Total, when it is a count within bounds: three of them add up without overflowing.
std::optional<int> totalOf(const QHash<QByteArray, QByteArray>& headers)
{
    return GitLabParser::pagination(headers).total;
}

} // namespace

// Every token of the account, unsearched, as a whole listing or as its active and inactive halves, read
// in the last moments or being read now (the window asks for the summary as it lists both tables):
// the summary is counted from those instead of reading everything again.
bool GitLabSummaryCounter::summarizeListings(const Account& account, const Callback<TokenSummary>& done)
{
    constexpr qint64 FreshMs = 30000;
    QStringList owners{GitLabTokenListing::ownerKey(account)};
    if (!account.isAdmin)
        owners << GitLabTokenListing::ownerKey(
            std::nullopt); // listed before the account was known: the same tokens
    struct Source
    {
        std::optional<QList<AccessToken>> tokens;
        std::shared_ptr<GitLabTokenListing::Reading> reading;
    };
    const auto find = [&](ListQuery::State state) -> std::optional<Source> {
        std::optional<Source> inFlight;
        for (const QString& sortName : ListQuery::sortNames()) {
            for (const QString& owner : std::as_const(owners)) {
                const QString key = GitLabTokenListing::key(state, sortName, owner, QString());
                const auto* cached = m_listing.cached(key);
                if (cached && cached->readAt.isValid() && cached->readAt.elapsed() < FreshMs)
                    return Source{cached->tokens, nullptr};
                if (auto listing = m_listing.reading(key); listing && !inFlight)
                    inFlight = Source{std::nullopt, listing};
            }
        }
        return inFlight;
    };
    QList<Source> sources;
    if (auto all = find(ListQuery::State::All)) {
        sources << *all;
    } else {
        auto active = find(ListQuery::State::Active);
        auto inactive = find(ListQuery::State::Inactive);
        if (!active || !inactive)
            return false;
        sources << *active << *inactive;
    }

    struct Gathering
    {
        QList<QList<AccessToken>> parts;
        int waiting = 0;
        bool failed = false;
    };
    auto gathering = std::make_shared<Gathering>();
    const auto finish = [this, gathering, done]() {
        if (!gathering->failed && gathering->waiting == 0)
            done(summarize(gathering->parts, m_clock.todayUtc()));
    };
    for (const Source& source : std::as_const(sources)) {
        if (source.tokens)
            gathering->parts << *source.tokens;
        else
            gathering->waiting++;
    }
    qCDebug(lcGitLab) << "summary from" << sources.size() << "listing(s)," << gathering->waiting
                      << "still reading";
    for (const Source& source : std::as_const(sources)) {
        if (!source.reading)
            continue;
        source.reading->waiters << [gathering, finish, done](Result<QList<AccessToken>> tokens) {
            if (gathering->failed)
                return;
            if (!tokens) {
                gathering->failed = true;
                return done(tokens.error());
            }
            gathering->parts << std::move(tokens).value();
            gathering->waiting--;
            finish();
        };
    }
    if (gathering->waiting == 0)
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
    return true;
}

// Counts from the X-Total header of three one-token pages (active, inactive, revoked) and the active
// tokens that expire first; a server that does not count (over 10,000 tokens) gets a full reading.
void GitLabSummaryCounter::countSummary(const Account& account, Callback<TokenSummary> done)
{
    struct Counting
    {
        std::optional<int> active;
        std::optional<int> inactive;
        std::optional<int> revoked;
        int expiringSoon = 0;
        int pending = 4;
        bool uncounted = false;
        std::optional<BackendError> error;
    };
    auto counting = std::make_shared<Counting>();
    QList<std::pair<QString, QString>> base;
    if (account.isAdmin)
        base << std::pair{u"user_id"_s, QString::number(account.userId)};
    const auto finishOne = [this, counting, done]() {
        if (--counting->pending > 0)
            return;
        if (counting->error)
            return done(*counting->error);
        if (counting->uncounted || !counting->active || !counting->inactive || !counting->revoked)
            return summarizeFullListing(done);
        TokenSummary s;
        s.active = *counting->active;
        s.revoked = *counting->revoked;
        s.expired = std::max(0, *counting->inactive - *counting->revoked); // inactive: revoked or expired
        s.expiringSoon = counting->expiringSoon;
        done(s);
    };
    const auto countOne = [this, base, counting, finishOne](const QList<std::pair<QString, QString>>& filter,
                                                            std::optional<int> Counting::*into) {
        QUrl url = m_transport.apiUrl(u"/personal_access_tokens"_s);
        url.setQuery(GitLabUrls::encodeQuery(filter + base +
                                             QList<std::pair<QString, QString>>{{u"per_page"_s, u"1"_s}}),
                     QUrl::StrictMode);
        m_transport.send(GitLabTransport::Request{"GET", url},
                         [counting, finishOne, into](const GitLabTransport::Reply& r) {
                             if (r.error && !counting->error)
                                 counting->error = r.error;
                             else if (!r.error)
                                 (*counting).*into = totalOf(r.headers);
                             finishOne();
                         });
    };
    countOne({{u"state"_s, u"active"_s}}, &Counting::active);
    countOne({{u"state"_s, u"inactive"_s}}, &Counting::inactive);
    countOne({{u"revoked"_s, u"true"_s}}, &Counting::revoked);
    QList<std::pair<QString, QString>> soonest{{u"state"_s, u"active"_s}, {u"sort"_s, u"expires_asc"_s}};
    countExpiringSoon(soonest + base, 1, [counting, finishOne](Result<int> soon) {
        if (!soon && !counting->error)
            counting->error = soon.error();
        else if (soon)
            counting->expiringSoon = soon.value();
        finishOne();
    });
}

// Active tokens sorted by expiry, page after page until one expires after the window (null dates may
// come first or last; either way the dated ones come in order).
void GitLabSummaryCounter::countExpiringSoon(const QList<std::pair<QString, QString>>& query, int page,
                                             std::function<void(Result<int>)> done, int countedSoFar)
{
    constexpr int PerPage = 100;
    QUrl url = m_transport.apiUrl(u"/personal_access_tokens"_s);
    url.setQuery(GitLabUrls::encodeQuery(
                     query + QList<std::pair<QString, QString>>{{u"per_page"_s, QString::number(PerPage)},
                                                                {u"page"_s, QString::number(page)}}),
                 QUrl::StrictMode);
    m_transport.send(GitLabTransport::Request{"GET", url}, [this, query, page, done,
                                                            countedSoFar](const GitLabTransport::Reply& r) {
        if (r.error)
            return done(*r.error);
        Result<QList<AccessToken>> tokens = GitLabParser::tokenList(r.body);
        if (!tokens)
            return done(tokens.error());
        const QDate today = m_clock.todayUtc();
        const QDate last = today.addDays(TokenSummary::ExpiringSoonDays);
        int counted = countedSoFar;
        bool pastWindow = false;
        for (const AccessToken& t : tokens.value()) {
            if (t.isExpiringWithin(today, TokenSummary::ExpiringSoonDays))
                counted++;
            else if (!t.expiresAt.isNull() && t.expiresAt > last)
                pastWindow = true;
        }
        const bool lastPage = tokens.value().size() < PerPage ||
                              (r.hasHeader("x-next-page") && r.header("x-next-page").isEmpty());
        if (pastWindow || lastPage || page >= m_options.maxPages)
            return done(counted);
        countExpiringSoon(query, page + 1, done, counted);
    });
}

void GitLabSummaryCounter::summarizeFullListing(Callback<TokenSummary> done)
{
    ListQuery all;
    all.state = ListQuery::State::All;
    all.sort = ListQuery::Sort::CreatedDesc;
    m_listAll(all, [this, done](Result<QList<AccessToken>> tokens) {
        if (!tokens)
            return done(tokens.error());
        done(summarize({tokens.value()}, m_clock.todayUtc()));
    });
}

} // namespace TokenDesk
