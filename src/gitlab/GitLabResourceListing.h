#pragma once

#include "GitLabOptions.h"
#include "GitLabTransport.h"
#include "Resource.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace TokenDesk {

// The groups and projects whose access tokens the account may manage: GET /groups?min_access_level=50 and
// GET /projects?min_access_level=40 side by side; once a first page tells how many pages there are, the
// others go out together, at most maxConcurrency requests of both listings in flight; without totals the
// next page (X-Next-Page, or the Link header on the same origin) follows each one. A group's role is Owner
// (the lowest role asked for is the highest there is); a project's is what its permissions tell, when
// they tell at least Maintainer, else 0 (not known).
class GitLabResourceListing
{
    Q_DECLARE_TR_FUNCTIONS(GitLabResourceListing)

public:
    static constexpr int PageSize = 100;

    GitLabResourceListing(GitLabTransport& transport, const GitLabOptions& options);

    // Groups first, then projects, each by full path.
    void read(std::function<void(Result<QList<Resource>>)> done);

private:
    struct Reading;
    struct Kind;

    void request(const std::shared_ptr<Reading>& reading, int kind, int page, const QUrl& url);
    void onPage(const std::shared_ptr<Reading>& reading, int kind, int page, const GitLabTransport::Reply& r);
    void pump(const std::shared_ptr<Reading>& reading);
    void finish(const std::shared_ptr<Reading>& reading);
    void fail(const std::shared_ptr<Reading>& reading, const BackendError& error);

    GitLabTransport& m_transport;
    GitLabOptions m_options;
};

} // namespace TokenDesk
