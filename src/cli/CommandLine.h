#pragma once

#include "CliRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// tokendesk-cli's arguments, parsed with QCommandLineParser: global options (before the command or
// after it), the command, and the command's own options and arguments.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome
    {
        Run,
        Help,
        Version,
        UsageError
    };

    struct Parsed
    {
        Outcome outcome = Outcome::UsageError;
        CliRequest request;
        QString text; // the help or version text, or the usage error (one line)
    };

    static Parsed parse(const QStringList& arguments);
};

} // namespace TokenDesk
