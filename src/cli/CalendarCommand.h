#pragma once

#include "Command.h"
#include "ExpiryCheck.h"
#include "ReminderPlaces.h"

#include <memory>

namespace TokenDesk {

// calendar [--output FILE]: the expiry dates of every active token as an iCalendar file, with alarms at
// the reminder thresholds; read from every place TokenDesk knows, or the one --store, --demo or --gitlab
// names.
class AccountRegistry;

class CalendarCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    CalendarCommand();
    ~CalendarCommand() override;

    QString name() const override { return QStringLiteral("calendar"); }
    QString arguments() const override { return tr("[--output FILE]"); }
    QString summary() const override;
    // Opens its sources itself: every known place unless one is named.
    Needs needs() const override { return Needs::Nothing; }
    QList<QCommandLineOption> options() const override { return {m_outputOption}; }
    QList<QCommandLineOption> singleValuedOptions() const override { return {m_outputOption}; }
    QString helpFooter() const override;
    QString parse(const QCommandLineParser& parser, const QStringList& positional,
                  const BackendOptions& backend) override;
    void run(CliContext& context) override;

private:
    void write(CliContext& context, const QList<ExpiryCheck::Source>& sources);

    QCommandLineOption m_outputOption;
    BackendOptions m_backend;
    QString m_output;
    ReminderPlaces m_places;
};

} // namespace TokenDesk
