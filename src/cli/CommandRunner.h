#pragma once

#include "BackendOptions.h"

#include <QObject>

namespace TokenDesk {

class CliContext;
class Command;

// Gives a parsed command what it needs (an account session, SessionFactory, whose backend knows who
// signs in when the command asks for it) and runs it. The context's finished() tells the exit code.
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    explicit CommandRunner(CliContext& context, QObject* parent = nullptr);
    ~CommandRunner() override;

    void start(Command& command, const BackendOptions& options);

private:
    void run(Command& command);
    // Warns on standard error of each private file that was found open to others and tightened.
    void reportFileWarnings();

    CliContext& m_context;
};

} // namespace TokenDesk
