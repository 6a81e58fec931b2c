#include "CalendarExport.h"

#include "Clock.h"
#include "ExpiryCalendar.h"

#include <QSaveFile>

namespace TokenDesk {

QString CalendarExport::defaultFileName()
{
    return QStringLiteral("tokendesk-expiry.ics");
}

void CalendarExport::run(const QList<ExpiryCheck::Source>& sources, const QList<int>& thresholds,
                         const Clock& clock, QObject* context, std::function<void(Outcome)> done)
{
    ExpiryCheck::Options options;
    options.withinDays = EveryExpiringToken;
    options.includeExpiredToday = false;
    options.resources = true;
    const QDateTime now = clock.nowUtc();
    ExpiryCheck::run(sources, options, clock, context,
                     [thresholds, now, done = std::move(done)](ExpiryCheck::Report report) {
                         Outcome outcome;
                         outcome.calendar = ExpiryCalendar::write(report.due, thresholds, now);
                         for (const DueToken& due : std::as_const(report.due)) {
                             if (ExpiryCalendar::includes(due, now.date()))
                                 ++outcome.events;
                         }
                         outcome.failures = std::move(report.failures);
                         outcome.placesRead = int(report.read.size());
                         done(std::move(outcome));
                     });
}

std::optional<QString> CalendarExport::save(const QString& path, const QByteArray& calendar)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    if (file.write(calendar) != calendar.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

QString CalendarExport::describe(const ExpiryCheck::Failure& failure)
{
    const QString where = failure.source.label.isEmpty() ? failure.source.key : failure.source.label;
    return tr("%1: %2").arg(where, failure.error.message);
}

} // namespace TokenDesk
