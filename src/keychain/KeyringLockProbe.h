#pragma once

#include <QObject>

#include <functional>

namespace TokenDesk {

// Asks the Secret Service (org.freedesktop.secrets) whether the default collection is locked.
// QtKeychain cannot tell: a read from a locked keyring whose unlock prompt was dismissed answers "entry
// not found", and a delete there does nothing and reports success.
class KeyringLockProbe
{
public:
    enum class State
    {
        Unlocked,
        Locked,
        NoService, // no session bus, or nothing provides org.freedesktop.secrets on it
        Unknown,   // the service answered something else (e.g. a keychain without a default collection)
    };

    // Answers later, on `context`'s thread, and only while `context` is alive.
    static void query(QObject* context, std::function<void(State)> done);
};

} // namespace TokenDesk
