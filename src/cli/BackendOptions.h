#pragma once

#include <QString>

namespace TokenDesk {

// What the command line says about where tokens live. BackendFactory turns it into a TokenBackend.
struct BackendOptions
{
    QString storePath; // --store; empty: env TOKENDESK_STORE, else the default store
    bool demo = false; // --demo: the separate, seeded demo store
};

} // namespace TokenDesk
