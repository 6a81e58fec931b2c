#pragma once

#include "CalendarExport.h"
#include "ExpiryCheck.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;

namespace TokenDesk {

class Clock;

// Tokens > "Export calendar…": asks where to save (a window-modal file dialog, objectName
// "exportCalendarDialog", offering tokendesk-expiry.ics), reads the places with the shared expiry check
// and writes the iCalendar file (CalendarExport). Success is told in the status bar; a place that could
// not be read, or a file that could not be written, in a window-modal message box
// ("calendarExportMessage").
class CalendarExportController : public QObject
{
    Q_OBJECT

public:
    // Triggering action asks for the file; it is disabled while an export runs. Progress and success are
    // shown in the window's status bar.
    CalendarExportController(const Clock& clock, QAction* action, QMainWindow* window);

    // The places to read; without it, nothing is read (an empty calendar).
    void setSources(std::function<QList<ExpiryCheck::Source>()> sources);
    bool isRunning() const { return m_running; }

    void askForFile();
    void exportTo(const QString& path);

Q_SIGNALS:
    // The file was written with this many events (also when some place could not be read).
    void exported(const QString& path, int events);

private:
    void finish(const QString& path, const CalendarExport::Outcome& outcome);
    void showMessage(int icon, const QString& text, const QString& details);
    void setRunning(bool running);

    const Clock& m_clock;
    QAction* m_action;
    QMainWindow* m_window;
    std::function<QList<ExpiryCheck::Source>()> m_sources;
    QString m_lastFolder;
    bool m_running = false;
};

} // namespace TokenDesk
