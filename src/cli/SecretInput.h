#pragma once

#include "Result.h"
#include "Secret.h"

#include <QCoreApplication>

namespace TokenDesk {

class CliContext;

// One secret from standard input, never from the command line: typed with the echo off on a terminal,
// else read to the end of a pipe. Every copy of the bytes read is wiped. Errors are usage errors.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static constexpr qint64 MaxSize = 64 * 1024;

    // command: the command's name, for the messages.
    static Result<Secret> read(CliContext& context, const QString& command);
};

} // namespace TokenDesk
