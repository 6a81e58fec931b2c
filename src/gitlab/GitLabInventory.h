#pragma once

#include "Clock.h"
#include "GitLabOptions.h"
#include "GitLabTransport.h"
#include "Inventory.h"
#include "Result.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace TokenDesk {

// An administrator's inventory of every user's personal access tokens (GET /personal_access_tokens
// without user_id), read fast at instance scale. GitLab sends no totals over 10,000 records, which would
// leave a client following a thousand next links one after another; so the listing is cut into created_at
// ranges (created_after/created_before, each a second wider at its start: a token on a boundary is read
// twice, never lost, and kept once by its id) narrow enough to have totals, and every page of every range
// goes out side by side through a GitLabRequestPool (options.inventoryConcurrency at once). A range that
// cannot be cut, or a server that never sends totals, is read by following its next links; the ranges still
// go side by side. Pages are parsed as they come and their bodies dropped.
// Usernames: GET /users pages (100 users a page) or GET /users/:id per distinct owner, whichever needs
// fewer requests; tokens of one user share one username string.
class GitLabInventory : public QObject
{
    Q_OBJECT

public:
    GitLabInventory(GitLabTransport& transport, const Clock& clock, const GitLabOptions& options,
                    QObject* parent = nullptr);
    ~GitLabInventory() override;

    // The caller checked that the account is an administrator.
    void read(const InventoryQuery& query, Callback<Inventory> done);
    // Every reading in flight answers Kind::Cancelled and sends nothing more.
    void cancel();
    // The token as the last inventory showed it.
    std::optional<AccessToken> knownToken(qint64 id) const;
    void forget() { m_known.clear(); }

    struct Run;

Q_SIGNALS:
    void progress(int pagesDone, int pagesTotal);

private:
    struct Range;

    void start(const std::shared_ptr<Run>& run);
    void resolveOwner(const std::shared_ptr<Run>& run);
    void requestRangePage(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range, int page,
                          const QUrl& link = {});
    void onRangePage(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range, int page,
                     bool numbered, const GitLabTransport::Reply& r);
    void followNext(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range, int page,
                    const GitLabTransport::Reply& r);
    void split(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range, const QDateTime& from);
    void splitBetween(const std::shared_ptr<Run>& run, const std::shared_ptr<Range>& range,
                      const QDateTime& from, const QDateTime& to);
    void requestUsersPage(const std::shared_ptr<Run>& run, int page);
    void requestUser(const std::shared_ptr<Run>& run, qint64 userId);
    void answered(const std::shared_ptr<Run>& run);
    void fail(const std::shared_ptr<Run>& run, const BackendError& error);
    void finish(const std::shared_ptr<Run>& run);
    void sendFor(const std::shared_ptr<Run>& run, GitLabTransport::Request request,
                 std::function<void(const GitLabTransport::Reply&)> handler);
    void emitProgress(const std::shared_ptr<Run>& run);

    GitLabTransport& m_transport;
    const Clock& m_clock;
    GitLabOptions m_options;
    QList<std::shared_ptr<Run>> m_runs;
    QHash<qint64, AccessToken> m_known;
};

} // namespace TokenDesk
