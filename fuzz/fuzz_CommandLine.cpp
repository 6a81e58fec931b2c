// tokendesk-cli's command line as a script or a hostile wrapper could give it: the input split at NUL
// bytes into arguments after the program name, parsed by CommandLine with every command's own parser.
// Nothing runs: no network, no keychain, no store. A usage error goes through the line main() prints.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "FuzzSupport.h"

#include <QStringList>

using namespace TokenDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::ensureApplication();
    QStringList arguments{QStringLiteral("tokendesk-cli")};
    if (size > 0) {
        for (const QByteArray& argument : Fuzz::bytes(data, size).split('\0'))
            arguments << QString::fromLocal8Bit(argument);
    }
    // Commands keep what they parsed: a fresh registry per input, as each process has.
    const CommandRegistry commands;
    const CommandLine::Parsed parsed = CommandLine::parse(arguments, commands);
    if (parsed.outcome == CommandLine::Outcome::UsageError)
        static_cast<void>(CliContext::errorLine(parsed.text).size());
    return 0;
}
