#include "CalendarCommand.h"

#include "CalendarExport.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "ReminderSettings.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

CalendarCommand::CalendarCommand()
    : m_outputOption(u"output"_s,
                     tr("Write the calendar to FILE (replaced whole, or left as it was when writing fails) "
                        "instead of standard output."),
                     tr("FILE"))
{}

CalendarCommand::~CalendarCommand() = default;

QString CalendarCommand::summary() const
{
    return tr("Write the expiry date of every active token as an iCalendar (.ics) file, with reminders.");
}

QString CalendarCommand::helpFooter() const
{
    return tr(
        "Reads the local store and every connected GitLab account, or only the place --store, --demo or "
        "--gitlab names. Each token that expires gets an all-day event on its expiry date (it stops "
        "working at 00:00 UTC that day) with an alarm at each reminder threshold (Preferences, or "
        "reminders.conf); revoked and expired tokens are left out. An event keeps its UID across "
        "exports, so importing a newer file updates the events instead of adding copies.\n"
        "Exit status: 0 when every place was read; 1 when one could not be (each is named on standard "
        "error): the calendar is still written, with the tokens of the places that were read; when no place "
        "could be read nothing is written.\n");
}

QString CalendarCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                               const BackendOptions& backend)
{
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    m_backend = backend;
    m_output = parser.value(m_outputOption);
    if (parser.isSet(m_outputOption) && m_output.trimmed().isEmpty())
        return tr("--output needs a file name.");
    return {};
}

void CalendarCommand::run(CliContext& context)
{
    m_places.open(context, m_backend,
                  [this, &context](QList<ExpiryCheck::Source> found, const QString& problem) {
                      if (!problem.isEmpty()) {
                          context.writeErr(CliContext::errorLine(problem));
                          return context.finish(ExitCode::Failure);
                      }
                      write(context, found);
                  });
}

void CalendarCommand::write(CliContext& context, const QList<ExpiryCheck::Source>& sources)
{
    const QString output = m_output;
    CalendarExport::run(
        sources, ReminderSettings().thresholds(), context.clock(), &context,
        [&context, output](CalendarExport::Outcome outcome) {
            context.closeSession();
            for (const ExpiryCheck::Failure& failure : std::as_const(outcome.failures))
                context.writeErr(
                    CliContext::errorLine(tr("could not read %1").arg(CalendarExport::describe(failure))));
            if (outcome.nothingRead())
                return context.finish(ExitCode::Failure);
            if (output.isEmpty()) {
                context.writeCrlfLines(outcome.calendar);
                context.flushOut();
            } else if (const auto problem = CalendarExport::save(output, outcome.calendar)) {
                context.writeErr(CliContext::errorLine(*problem));
                return context.finish(ExitCode::Failure);
            }
            context.finish(outcome.failures.isEmpty() ? ExitCode::Success : ExitCode::Failure);
        });
}

} // namespace TokenDesk
