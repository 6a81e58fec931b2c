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
        Unknown
    }; // Unknown: no Secret Service (e.g. KWallet) or no bus

    // Answers later, on `context`'s thread, and only while `context` is alive.
    static void query(QObject* context, std::function<void(State)> done);
};

} // namespace TokenDesk
