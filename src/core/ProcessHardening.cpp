#include "ProcessHardening.h"

#include "Logging.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace TokenDesk {

bool ProcessHardening::apply()
{
    bool applied = true;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcCore) << "cannot make the process non-dumpable:" << std::strerror(errno);
        applied = false;
    }
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        qCWarning(lcCore) << "cannot turn core files off:" << std::strerror(errno);
        applied = false;
    }
    return applied;
}

} // namespace TokenDesk
