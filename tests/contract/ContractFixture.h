#pragma once

#include "Clock.h"
#include "ManualClock.h"
#include "TokenBackend.h"

#include <QString>

#include <memory>

namespace TokenDesk::Test {

// One backend under the contract, in the same starting state whatever it is: an administrator's account
// holding one active token named BaselineName (the GitLab account signs in with it), plus a regular
// user's account on the side. Both accounts answer to the fixture's clock. The administrator's instance
// (or store) also knows a user alice with id 2, without tokens in the store (on GitLab, alice is the
// regular user and signs in with a token of her own).
class ContractFixture
{
public:
    static constexpr const char* BaselineName = "baseline";
    static constexpr int BaselineDays = 90;

    // The regular user's groups and projects, the same (ids included) on every backend:
    //   acme (Owner) > acme/platform > acme/platform/web
    //   tools (Maintainer) > tools/cli
    //   beta > beta/site (Developer)
    // Nobody has resource tokens at the start.
    struct Place
    {
        ResourceRef::Kind kind;
        qint64 id;
        const char* path;
        int role; // the regular user's own membership; 0: none
    };
    static QList<Place> places();

    virtual ~ContractFixture() = default;

    // "local" or "gitlab".
    static std::unique_ptr<ContractFixture> make(const QString& kind);
    // The data rows of a scenario run on every backend: a "kind" column, one row per backend.
    static void addBackendRows();
    // The GitLab fixtures share one test server, seeded afresh for each; this stops it.
    static void stopServers();

    // False (with errorString()) when the backend cannot be set up.
    virtual bool start() = 0;
    QString errorString() const { return m_error; }

    // The administrator's account (creates tokens with any scope for itself).
    virtual TokenBackend& backend() = 0;
    // A regular user's account.
    virtual TokenBackend& regularUser() = 0;
    // Moves today (the clock, and the server's date where there is one) by days.
    virtual bool advanceDays(int days) = 0;
    // Moves the clock by seconds within the day.
    void advanceSeconds(int seconds) { m_clock.advance(seconds); }
    QDate today() const { return m_clock.todayUtc(); }

protected:
    ContractFixture();

    Test::ManualClock m_clock;
    QString m_error;
};

} // namespace TokenDesk::Test
