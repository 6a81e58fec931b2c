#pragma once

namespace TokenDesk {

// Keeps a process that holds secrets from leaving them in a core file: not dumpable (no core dump, and
// /proc/<pid>/mem, ptrace and the like are refused to other processes of the same user) and a core
// file size limit of zero that children inherit. Called first thing in each executable's main().
class ProcessHardening
{
public:
    // True when both took effect. A failure is logged; the program carries on.
    static bool apply();
};

} // namespace TokenDesk
