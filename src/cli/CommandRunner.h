#pragma once

#include "BackendOptions.h"

#include <QObject>

#include <memory>

namespace TokenDesk {

class CliContext;
class Command;
class TokenBackend;

// Gives a parsed command what it needs (a backend that knows its account, when the command asks for
// it) and runs it. The context's finished() tells the exit code.
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    explicit CommandRunner(CliContext& context, QObject* parent = nullptr);
    ~CommandRunner() override;

    void start(Command& command, const BackendOptions& options);

private:
    void run(Command& command);

    CliContext& m_context;
    std::unique_ptr<TokenBackend> m_backend;
};

} // namespace TokenDesk
