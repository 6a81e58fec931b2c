// What git (or anything posing as git) writes to git-credential-tokendesk's stdin: "key=value" lines,
// url=, password=, NUL and CR bytes, huge or truncated input. Must not crash; the host and path must
// never come out holding a line break or NUL (they end up in git's input and in keychain keys).
#include "FuzzSupport.h"
#include "GitCredentialRequest.h"

#include <cstdlib>

using namespace TokenDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::ensureApplication();
    const GitCredentialRequest request = GitCredentialRequest::parse(Fuzz::bytes(data, size));
    static_cast<void>(request.isHttps());
    static_cast<void>(request.otherKeys().size());
    static_cast<void>(request.password().isEmpty());
    for (const QString& value : {request.protocol(), request.host(), request.path(), request.username()}) {
        if (value.contains(u'\n') || value.contains(QChar(0)))
            std::abort();
    }
    return 0;
}
