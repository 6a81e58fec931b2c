#pragma once

#include "Secret.h"

#include <QByteArray>

namespace TokenDesk {

// New token secrets and the digest under which the store knows them.
class SecretGenerator
{
public:
    static constexpr int RandomCharacters = 20;

    // "glpat-" followed by RandomCharacters URL-safe characters from the system CSPRNG.
    static Secret generate();
    // SHA-256 of the secret's bytes: the only thing the store keeps.
    static QByteArray digest(const Secret& secret);
};

} // namespace TokenDesk
