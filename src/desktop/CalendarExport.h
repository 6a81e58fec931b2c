#pragma once

#include "ExpiryCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace TokenDesk {

class Clock;

// The expiry calendar of `tokendesk-cli calendar` and the window's Tokens > "Export calendar…": every
// active token of the sources that expires, read with the shared ExpiryCheck, written by ExpiryCalendar with
// alarms at the user's reminder thresholds. A source that cannot be read is reported beside the calendar of
// the others, which is still worth saving (importing it updates the events it holds and removes none);
// when no source could be read there is nothing worth saving (nothingRead()).
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // Far enough ahead for any token that expires (GitLab allows at most a year or so; a store, more).
    static constexpr int EveryExpiringToken = 100 * 366;

    struct Outcome
    {
        QByteArray calendar;
        int events = 0;
        QList<ExpiryCheck::Failure> failures;
        int placesRead = 0;

        // Every place failed: an empty calendar would only hide that.
        bool nothingRead() const { return placesRead == 0 && !failures.isEmpty(); }
    };

    // The file name offered when saving.
    static QString defaultFileName();

    // Answers once, later, while context lives.
    static void run(const QList<ExpiryCheck::Source>& sources, const QList<int>& thresholds,
                    const Clock& clock, QObject* context, std::function<void(Outcome)> done);

    // Writes the calendar to path atomically (the file is replaced whole or not at all). nullopt when
    // written, else why not, for the user.
    static std::optional<QString> save(const QString& path, const QByteArray& calendar);

    // "alice @ gitlab.com: the server did not answer." for the user.
    static QString describe(const ExpiryCheck::Failure& failure);
};

} // namespace TokenDesk
