#pragma once

#include "BackendOptions.h"
#include "Clock.h"
#include "Result.h"
#include "TokenBackend.h"

#include <memory>

namespace TokenDesk {

// The one place where the command line's options choose a backend. Commands only see TokenBackend.
class BackendFactory
{
public:
    static Result<std::unique_ptr<TokenBackend>> open(const BackendOptions& options, const Clock& clock);
};

} // namespace TokenDesk
