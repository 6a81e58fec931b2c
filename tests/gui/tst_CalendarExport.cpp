// Tokens > "Export calendar…" in the real window: reached from the keyboard, the real file dialog (the test
// picks the file in it, as a user would), the file written, then read back by Debian's iCalendar parser for
// Python (tests/cli/ics_events.py); a place that cannot be read, and a file that cannot be written, are said.
#include "CalendarExportController.h"
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportFromTheTokensMenu();
    void aPlaceThatCannotBeReadIsSaid();
    void aFileThatCannotBeWrittenIsSaid();

private:
    bool showWindow();
    // Opens Tokens > Export calendar… from the keyboard and picks `path` in the file dialog.
    void exportThroughTheMenu(const QString& path);
    QJsonObject parse(const QString& path);
    static QStringList summaries(const QJsonObject& calendar);

    Test::ManualClock m_clock{Now};
    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestCalendarExport::initTestCase()
{
    Test::isolateStandardPaths();
    if (!QFile::exists(u"/usr/bin/python3"_s))
        QSKIP("Debian's /usr/bin/python3 with python3-icalendar reads the calendars back");
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_configDir.isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_configDir.path().toUtf8());
}

void TestCalendarExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_backend = std::move(opened).value();
    for (const auto& [name, days] : {std::pair{u"deploy"_s, 20}, {u"ci"_s, 3}, {u"gone"_s, 9}}) {
        const Result<CreatedToken> created =
            m_backend->createNow(Test::draft(name, Now.date().addDays(days), {u"read_api"_s}));
        QVERIFY(created);
        if (name == u"gone"_s)
            QVERIFY(m_backend->revokeNow(created.value().token.id));
    }
}

void TestCalendarExport::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestCalendarExport::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] { return m_window->activeModel()->hasLoaded(); });
}

void TestCalendarExport::exportThroughTheMenu(const QString& path)
{
    // Alt+T opens Tokens; C is the item's mnemonic. (A message box just closed may have kept the focus.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = visibleChild<QMenu>(m_window.get(), u"tokensMenu"_s)) != nullptr);
    auto* action = m_window->findChild<QAction*>(u"exportCalendarAction"_s);
    QVERIFY(action);
    QCOMPARE(withoutMnemonic(action->text()), u"Export calendar…"_s);
    QVERIFY(menu->actions().contains(action));
    QTest::keyClick(menu, Qt::Key_C);

    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<QFileDialog>(m_window.get(), u"exportCalendarDialog"_s)) != nullptr);
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(u"/tokendesk-expiry.ics"_s),
             qPrintable(dialog->selectedFiles().join(u", "_s)));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
}

QJsonObject TestCalendarExport::parse(const QString& path)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {qEnvironmentVariable("TOKENDESK_SOURCE_DIR") + u"/tests/cli/ics_events.py"_s, path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "the parser refused the calendar:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QStringList TestCalendarExport::summaries(const QJsonObject& calendar)
{
    QStringList found;
    for (const QJsonValue event : calendar.value(u"events"_s).toArray())
        found << event[u"summary"_s].toString();
    return found;
}

void TestCalendarExport::exportFromTheTokensMenu()
{
    QVERIFY(showWindow());
    QSignalSpy exported(m_window->calendarExport(), &CalendarExportController::exported);
    const QString first = m_dir->filePath(u"first.ics"_s);
    exportThroughTheMenu(first);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toInt(), 2);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"2 tokens"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->findChild<QAction*>(u"exportCalendarAction"_s)->isEnabled());

    const QJsonObject calendar = parse(first);
    QCOMPARE(summaries(calendar),
             (QStringList{u"GitLab token “ci” expires"_s, u"GitLab token “deploy” expires"_s}));
    const QJsonArray events = calendar.value(u"events"_s).toArray();
    QCOMPARE(events.at(0)[u"dtstart"_s][u"date"_s].toString(), u"2026-12-03"_s);
    QCOMPARE(events.at(1)[u"dtstart"_s][u"date"_s].toString(), u"2026-12-20"_s);
    QCOMPARE(events.at(1)[u"alarms"_s].toArray().size(), 4);

    // Again, to another file: the same UIDs.
    const QString second = m_dir->filePath(u"second.ics"_s);
    exportThroughTheMenu(second);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(exported.size(), 2);
    const QJsonArray again = parse(second).value(u"events"_s).toArray();
    QCOMPARE(again.size(), 2);
    for (qsizetype i = 0; i < 2; ++i)
        QCOMPARE(again.at(i)[u"uid"_s].toString(), events.at(i)[u"uid"_s].toString());
}

void TestCalendarExport::aPlaceThatCannotBeReadIsSaid()
{
    QVERIFY(showWindow());
    // This store, and a "store" that is not one.
    const QString notAStore = m_dir->filePath(u"notes.txt"_s);
    QFile notes(notAStore);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a token store\n");
    notes.close();
    const AccountSession::Ptr shown = m_window->currentSession();
    m_window->calendarExport()->setSources([shown, notAStore] {
        ExpiryCheck::Source broken;
        broken.info = {u"store:"_s + notAStore, u"Old notes"_s, QUrl()};
        broken.storePath = notAStore;
        return QList<ExpiryCheck::Source>{ExpiryCheck::forSession(shown), broken};
    });
    const QString path = m_dir->filePath(u"partial.ics"_s);
    exportThroughTheMenu(path);
    if (QTest::currentTestFailed())
        return;
    QMessageBox* box = waitForVisibleChild<QMessageBox>(m_window.get(), u"calendarExportMessage"_s);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->text().contains(u"2 tokens"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"1 place are missing"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"Old notes"_s), qPrintable(box->informativeText()));
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    box->accept();
    // The tokens that could be read are in the file.
    QCOMPARE(parse(path).value(u"events"_s).toArray().size(), 2);

    // Nothing could be read: no file, rather than an empty calendar.
    m_window->calendarExport()->setSources([notAStore] {
        ExpiryCheck::Source broken;
        broken.info = {u"store:"_s + notAStore, u"Old notes"_s, QUrl()};
        broken.storePath = notAStore;
        return QList<ExpiryCheck::Source>{broken};
    });
    const QString none = m_dir->filePath(u"none.ics"_s);
    exportThroughTheMenu(none);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), u"calendarExportMessage"_s)) != nullptr);
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QVERIFY2(box->informativeText().contains(u"Old notes"_s), qPrintable(box->informativeText()));
    box->accept();
    QVERIFY(!QFile::exists(none));
}

void TestCalendarExport::aFileThatCannotBeWrittenIsSaid()
{
    QVERIFY(showWindow());
    const QString path = m_dir->filePath(u"no-such-folder/expiry.ics"_s);
    exportThroughTheMenu(path);
    if (QTest::currentTestFailed())
        return;
    QMessageBox* box = waitForVisibleChild<QMessageBox>(m_window.get(), u"calendarExportMessage"_s);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QVERIFY2(box->informativeText().contains(u"expiry.ics"_s), qPrintable(box->informativeText()));
    box->accept();
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestCalendarExport)
#include "tst_CalendarExport.moc"
