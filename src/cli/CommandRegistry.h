#pragma once

#include <memory>
#include <vector>

class QString;

namespace TokenDesk {

class Command;

// Every tokendesk-cli command, once, in the order the general help lists them.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();

    const std::vector<std::unique_ptr<Command>>& all() const { return m_commands; }
    Command* find(const QString& name) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace TokenDesk
