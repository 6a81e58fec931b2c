#include "CalendarExportController.h"

#include "CalendarExport.h"
#include "PlainText.h"
#include "ReminderSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace TokenDesk {

CalendarExportController::CalendarExportController(const Clock& clock, QAction* action, QMainWindow* window)
    : QObject(window), m_clock(clock), m_action(action), m_window(window)
{
    connect(m_action, &QAction::triggered, this, &CalendarExportController::askForFile);
}

void CalendarExportController::setSources(std::function<QList<ExpiryCheck::Source>()> sources)
{
    m_sources = std::move(sources);
}

void CalendarExportController::askForFile()
{
    if (m_running)
        return;
    QString folder = m_lastFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto* dialog = new QFileDialog(m_window, tr("Export calendar"),
                                   QDir(folder).filePath(CalendarExport::defaultFileName()),
                                   tr("iCalendar files (*.ics);;All files (*)"));
    dialog->setObjectName(u"exportCalendarDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"ics"_s);
    dialog->selectFile(CalendarExport::defaultFileName());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CalendarExportController::exportTo);
    dialog->open();
}

void CalendarExportController::exportTo(const QString& path)
{
    if (m_running || path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    setRunning(true);
    m_window->statusBar()->showMessage(tr("Reading the expiry dates of your tokens…"));
    const QList<ExpiryCheck::Source> sources = m_sources ? m_sources() : QList<ExpiryCheck::Source>();
    CalendarExport::run(sources, ReminderSettings().thresholds(), m_clock, this,
                        [this, path](CalendarExport::Outcome outcome) { finish(path, outcome); });
}

void CalendarExportController::finish(const QString& path, const CalendarExport::Outcome& outcome)
{
    setRunning(false);
    const QString shownPath = QDir::toNativeSeparators(path);
    const int events = outcome.events;
    const QList<ExpiryCheck::Failure>& failures = outcome.failures;
    QStringList lines;
    for (const ExpiryCheck::Failure& failure : failures)
        lines << CalendarExport::describe(failure);
    if (outcome.nothingRead()) {
        m_window->statusBar()->clearMessage();
        showMessage(QMessageBox::Critical, tr("No calendar was saved: your tokens could not be read."),
                    lines.join(u'\n'));
        return;
    }
    if (const auto problem = CalendarExport::save(path, outcome.calendar)) {
        m_window->statusBar()->clearMessage();
        showMessage(QMessageBox::Critical, tr("The calendar could not be saved."), *problem);
        return;
    }
    Q_EMIT exported(path, events);
    const QString saved = tr("Saved the expiry dates of %n token(s) to %1.", nullptr, events).arg(shownPath);
    if (failures.isEmpty()) {
        m_window->statusBar()->showMessage(saved, 10000);
        return;
    }
    m_window->statusBar()->clearMessage();
    showMessage(QMessageBox::Warning,
                saved + u' ' +
                    tr("The tokens of %n place(s) are missing: they could not be read.", nullptr,
                       int(failures.size())),
                lines.join(u'\n'));
}

void CalendarExportController::showMessage(int icon, const QString& text, const QString& details)
{
    auto* box =
        new QMessageBox(QMessageBox::Icon(icon), tr("Export calendar"), text, QMessageBox::Ok, m_window);
    box->setObjectName(u"calendarExportMessage"_s);
    box->setInformativeText(PlainText::shown(details, true));
    PlainText::setPlain(box);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CalendarExportController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    m_action->setEnabled(!running);
}

} // namespace TokenDesk
