#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace TokenDesk {

class LocalBackend;

// Fills the offline demo store with a realistic handful of tokens, once in the store's life.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    // Seeds personal tokens when the store has never been seeded and holds no personal tokens, and the
    // demo's groups and projects (seedResourcesOnce); remembers that it did (or decided not to) in the
    // store, so emptying the store later does not bring the demo tokens back. True when it inserted
    // personal tokens.
    static Result<bool> seedIfEmpty(LocalBackend& backend);
    // A few groups (with subgroups) and projects with access tokens across roles and expiry dates: the
    // user is Owner of some, only Maintainer of a group and only Developer of a project (so that the
    // refusals show offline). Once in a store's life, stores seeded before included, unless it already
    // holds groups. True when it inserted them.
    static Result<bool> seedResourcesOnce(LocalBackend& backend);
    // A few other users (alice, bob, carol) with personal tokens (used, unused, revoked, expired, some
    // with admin or write scopes), so that the administrator's inventory has content offline. The demo's
    // own user is not an administrator: LocalBackend::setLocalAdministrator(true) (kept in the store)
    // opens the inventory. Once in a store's life, stores seeded before included, unless it already
    // holds other users. True when it inserted them.
    static Result<bool> seedPeopleOnce(LocalBackend& backend);
};

} // namespace TokenDesk
