#pragma once

#include "BackendOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace TokenDesk {

class Command;
class CommandRegistry;

// tokendesk-cli's arguments, parsed with QCommandLineParser: the global options (before the command or
// after it) here, the command's own options and arguments by the command itself.
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
        Command* command = nullptr; // Run: the command, with its arguments taken
        BackendOptions backend;
        bool json = false;
        QString text; // the help or version text, or the usage error (one line)
    };

    static Parsed parse(const QStringList& arguments, const CommandRegistry& commands);
};

} // namespace TokenDesk
