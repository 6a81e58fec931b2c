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
    // Seeds when the store has never been seeded and holds no tokens; remembers that it did (or
    // decided not to) in the store, so emptying the store later does not bring the demo tokens back.
    // True when it inserted tokens.
    static Result<bool> seedIfEmpty(LocalBackend& backend);
};

} // namespace TokenDesk
