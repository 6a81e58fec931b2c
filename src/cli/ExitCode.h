#pragma once

#include "BackendError.h"

namespace TokenDesk::ExitCode {

// tokendesk-cli's exit codes, which scripts rely on.
constexpr int Success = 0;
constexpr int Failure = 1; // store, server or network failure
constexpr int Usage = 2;   // usage or validation error; nothing changed
constexpr int Refused = 3; // authentication or permission refused
constexpr int NotFound = 4;
constexpr int UnsafeSecret = 5;  // the secret holds control or invisible characters: not printed
constexpr int Incomplete = 6;    // list --all-resources: some groups or projects could not be read
constexpr int SystemdAbsent = 7; // remind --enable: no systemd here; --autostart is the way
constexpr int Interrupted = 130; // Ctrl+C: 128 + SIGINT, as shells report it

// The exit code for a backend's error.
inline int of(const BackendError& error)
{
    switch (error.kind) {
    case BackendError::Kind::Validation:
        return Usage;
    case BackendError::Kind::Authentication:
    case BackendError::Kind::Permission:
        return Refused;
    case BackendError::Kind::NotFound:
        return NotFound;
    default:
        return Failure;
    }
}

} // namespace TokenDesk::ExitCode
