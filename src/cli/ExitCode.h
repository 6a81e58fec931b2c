#pragma once

namespace TokenDesk::ExitCode {

// tokendesk-cli's exit codes, which scripts rely on.
constexpr int Success = 0;
constexpr int Failure = 1; // store, server or network failure
constexpr int Usage = 2;   // usage or validation error; nothing changed
constexpr int Refused = 3; // authentication or permission refused
constexpr int NotFound = 4;
constexpr int Interrupted = 130; // Ctrl+C: 128 + SIGINT, as shells report it

} // namespace TokenDesk::ExitCode
