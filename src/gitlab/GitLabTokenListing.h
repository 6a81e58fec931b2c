#pragma once

#include "AccessToken.h"
#include "GitLabOptions.h"
#include "GitLabParser.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace TokenDesk {

// Whole listings of the account's tokens (one filter, sort and search each), read from
// /personal_access_tokens, or of a group's or project's tokens (one state each: the server is asked for
// the state alone, sorting and searching are the backend's), read from their access_tokens: the pages go out
// side by side when the server gives totals, one after another when it only links to the next; two askers of
// the same listing share one reading; the first rows of a long listing are answered before the rest arrives;
// and a complete listing is kept until invalidate(), so later pages of it need no request.
class GitLabTokenListing : public QObject
{
    Q_OBJECT

public:
    using TokensHandler = std::function<void(Result<QList<AccessToken>>)>;

    // A listing being read.
    struct Reading
    {
        QString key;
        QList<std::pair<QString, QString>> query;
        QMap<int, QList<AccessToken>> pages;
        int totalPages = -1;
        int nextPage = 2;
        int inFlight = 0;
        bool openEnded = false; // numbered pages but no totals: read ahead until a last page shows up
        int lastPage = -1;
        bool failed = false;
        bool completed = false;
        QList<TokensHandler> waiters;
        int totalTokens = -1; // X-Total of page 1
        QSet<qint64> seen;    // ids of the pages read so far: a page of nothing new is a server repeating
        qint64 bytes = 0;     // of the pages' bodies so far
        // Asked for the first `limit` tokens: answered as soon as the pages that hold them are in.
        QList<std::pair<int, std::function<void(TokenPage)>>> prefixWaiters;
    };

    struct Cached
    {
        QList<AccessToken> tokens;
        QElapsedTimer readAt;
    };

    static constexpr int PageSize = 100; // per_page of a listing

    // collection: GitLabUrls::personalTokens() or GitLabUrls::resourceTokens(...).
    GitLabTokenListing(GitLabTransport& transport, const GitLabOptions& options, QObject* parent = nullptr,
                       QString collection = GitLabUrls::personalTokens());

    // Reads the listing of `query` (offset and limit aside) for `account` (nullopt: not known yet),
    // or joins the reading of it already under way.
    void read(const ListQuery& query, const std::optional<Account>& account, TokensHandler done);
    // Answers the first `limit` tokens of the reading of `key` as soon as they are in; false when no
    // such reading is under way.
    bool answerFirstRows(const QString& key, int limit, std::function<void(TokenPage)> answer);
    // Stops the reading of `key`, if any: its askers get `error`.
    void stop(const QString& key, const BackendError& error);
    // Stops every reading: their askers get Kind::Cancelled, from the event loop.
    void cancelAll();

    std::shared_ptr<Reading> reading(const QString& key) const { return m_readings.value(key); }
    const Cached* cached(const QString& key) const;
    void keep(const QString& key, QList<AccessToken> tokens);
    // The token as the last listings showed it.
    std::optional<AccessToken> cachedToken(qint64 id) const;
    // Forgets every kept listing.
    void forget() { m_cache.clear(); }
    // The signed-in account became known: listings kept for another one are forgotten.
    void accountKnown(qint64 userId);

    static QString key(const ListQuery& query, const std::optional<Account>& account);
    static QString key(ListQuery::State state, const QString& sortName, const QString& owner,
                       const QString& search);
    // Whose tokens a listing holds: an administrator's user id, "own" for a regular user, "?" unknown.
    static QString ownerKey(const std::optional<Account>& account);

Q_SIGNALS:
    void progress(int pagesDone, int pagesTotal);

private:
    void requestPage(const std::shared_ptr<Reading>& listing, int page, const QUrl& url);
    void onPage(const std::shared_ptr<Reading>& listing, int page, bool numbered,
                const GitLabTransport::Reply& r);
    // Why a page cannot belong to the listing (a server repeating itself or never ending), if so.
    std::optional<BackendError> refusePage(Reading& listing, int page, bool numbered,
                                           const GitLabParser::Pagination& headers,
                                           const QList<AccessToken>& tokens, qint64 bytes) const;
    void servePrefixes(const std::shared_ptr<Reading>& listing);
    void complete(const std::shared_ptr<Reading>& listing);
    void fail(const std::shared_ptr<Reading>& listing, const BackendError& error);

    GitLabTransport& m_transport;
    GitLabOptions m_options;
    QUrl m_apiBase;
    QString m_collection;
    bool m_personal = true;
    QHash<QString, std::shared_ptr<Reading>> m_readings;
    QHash<QString, Cached> m_cache;
    std::optional<qint64> m_cacheUserId; // whose tokens m_cache holds
};

} // namespace TokenDesk
