#include "BackendFactory.h"

#include "DemoSeeder.h"
#include "LocalBackend.h"
#include "StoreLocation.h"

namespace TokenDesk {

Result<std::unique_ptr<TokenBackend>> BackendFactory::open(const BackendOptions& options, const Clock& clock)
{
    const bool demo = options.demo;
    const QString path = demo ? StoreLocation::demoPath() : StoreLocation::resolve(options.storePath);
    auto opened =
        LocalBackend::open(path, clock, demo ? LocalBackend::Mode::Demo : LocalBackend::Mode::Regular);
    if (!opened)
        return opened.error();
    std::unique_ptr<LocalBackend> store = std::move(opened).value();
    if (demo) {
        auto seeded = DemoSeeder::seedIfEmpty(*store);
        if (!seeded)
            return seeded.error();
    }
    return std::unique_ptr<TokenBackend>(std::move(store));
}

} // namespace TokenDesk
