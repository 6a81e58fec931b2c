#pragma once

#include "BackendOptions.h"
#include "Command.h"
#include "ExpiryCheck.h"
#include "RemindNotification.h"
#include "RemindSchedule.h"
#include "ReminderPlaces.h"

#include <memory>

namespace TokenDesk {

class AccountRegistry;

// remind [--within DAYS]: the active tokens that expire within DAYS days (default: the largest reminder
// threshold, ReminderSettings::horizonDays()), soonest first, read by ExpiryCheck from every place
// TokenDesk knows (the default store when its file exists, then every connected account, each with its
// credential from the keychain), or from just the place --store, --demo or --gitlab names. Personal,
// group and project tokens. A table, or with --json an array of tokens with GitLab's field names plus
// "account" (the place's key), "resource" (group and project tokens) and "days_left".
// Exit codes: 0 whether or not anything is due; 1 when a place could not be read (each named on standard
// error, what the others answered still printed); 2 usage.
class RemindCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindCommand)

public:
    RemindCommand();
    ~RemindCommand() override;

    QString name() const override { return QStringLiteral("remind"); }
    QString arguments() const override
    {
        return tr("[--within DAYS] [--notify [--wait SECONDS]] | --enable [--autostart] | --disable");
    }
    QString summary() const override;
    Needs needs() const override { return Needs::Nothing; }
    QString helpFooter() const override;
    QList<QCommandLineOption> options() const override;
    QList<QCommandLineOption> singleValuedOptions() const override { return {m_withinOption}; }
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

    // The largest --within accepted.
    static constexpr int MaxWithinDays = 3650;

private:
    void checked(CliContext& context, const ExpiryCheck::Report& report);
    void printTable(CliContext& context, const QList<DueToken>& due);
    void printJson(CliContext& context, const QList<DueToken>& due);

    QCommandLineOption m_withinOption;
    BackendOptions m_backend;
    int m_withinDays = 0;
    RemindNotification m_notification;
    ReminderPlaces m_places;
    RemindSchedule m_schedule;
};

} // namespace TokenDesk
