#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "GitLabOptions.h"
#include "GitLabTokenListing.h"
#include "Result.h"

#include <QObject>

#include <functional>

namespace TokenDesk {

class GitLabTransport;

// Counts the account's tokens by state for TokenBackend::summary(): from listings just read or being
// read when there are any (the window lists both tables as it asks), otherwise from the X-Total of
// one-token pages and the active tokens that expire first, and from a whole listing when the server
// does not count.
class GitLabSummaryCounter : public QObject
{
    Q_OBJECT

public:
    // Reads the whole listing of a query, as GitLabBackend::list() does (the account may still be asked).
    using ListAll = std::function<void(const ListQuery&, GitLabTokenListing::TokensHandler)>;

    GitLabSummaryCounter(GitLabTransport& transport, GitLabTokenListing& listing, const Clock& clock,
                         const GitLabOptions& options, ListAll listAll, QObject* parent = nullptr);

    void count(const Account& account, Callback<TokenSummary> done);

private:
    bool summarizeListings(const Account& account, const Callback<TokenSummary>& done);
    void countSummary(const Account& account, Callback<TokenSummary> done);
    void countExpiringSoon(const QList<std::pair<QString, QString>>& query, int page,
                           std::function<void(Result<int>)> done, int countedSoFar = 0);
    void summarizeFullListing(Callback<TokenSummary> done);

    GitLabTransport& m_transport;
    GitLabTokenListing& m_listing;
    const Clock& m_clock;
    GitLabOptions m_options;
    ListAll m_listAll;
};

} // namespace TokenDesk
