#include "CommandRegistry.h"

#include "CalendarCommand.h"
#include "CreateCommand.h"
#include "ForgetCommand.h"
#include "GitHostsCommand.h"
#include "GitSetupCommand.h"
#include "GitUseCommand.h"
#include "InventoryCommand.h"
#include "ListCommand.h"
#include "RemindCommand.h"
#include "ResourcesCommand.h"
#include "RevokeCommand.h"
#include "RevokeLeakedCommand.h"
#include "RotateCommand.h"
#include "ScopesCommand.h"
#include "SecretCommand.h"
#include "ShowCommand.h"
#include "VerifyCommand.h"
#include "WhoamiCommand.h"

namespace TokenDesk {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<ScopesCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ResourcesCommand>());
    m_commands.push_back(std::make_unique<InventoryCommand>());
    m_commands.push_back(std::make_unique<RemindCommand>());
    m_commands.push_back(std::make_unique<WhoamiCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<CreateCommand>());
    m_commands.push_back(std::make_unique<RevokeCommand>());
    m_commands.push_back(std::make_unique<RevokeLeakedCommand>());
    m_commands.push_back(std::make_unique<RotateCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<SecretCommand>());
    m_commands.push_back(std::make_unique<ForgetCommand>());
    m_commands.push_back(std::make_unique<GitUseCommand>());
    m_commands.push_back(std::make_unique<GitHostsCommand>());
    m_commands.push_back(std::make_unique<GitSetupCommand>());
    m_commands.push_back(std::make_unique<CalendarCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace TokenDesk
