#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "CalendarExportController.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "DemoSeeder.h"
#include "DueTokensMenu.h"
#include "GitHostDialog.h"
#include "LeakedTokenDialog.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ReminderTray.h"
#include "ResourceChooser.h"
#include "ResourceOverviewPage.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "Translations.h"
#include "WidgetTexts.h"
#include "WindowLauncher.h"

#include "../gui/GuiTestSupport.h"
#include "../unit/keychain/KeychainTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

// The window under the pseudo translation (tests/i18n/CMakeLists.txt): the main window, every dialog its
// menus open, the new-token form, the once-only secret dialog, the rotate and revoke confirmations,
// Connect to GitLab with its error, the git host dialog and the tray menu. A word of plain English in any
// text a person reads or a screen reader says fails the test, unless it is data of the fixture.
class TestUntranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowAndItsMenus();
    void everyDialogTheMenusOpen();
    void newTokenFormAndSecretDialog();
    void rotateAndRevokeConfirmations();
    void connectDialogAndItsError();
    void gitHostDialogs();
    void trayMenu();
    void pagesDetailsAndMessages();
    void leakedTokenCheck();
    void qtsStandardButtonsComeFromQtUnderGerman();

private:
    QList<QWidget*> openWindows() const;
    bool waitForNewWindow(const QList<QWidget*>& before, int timeoutMs = 5000);
    void closeNewWindows(const QList<QWidget*>& before);
    void verifyNoEnglish();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    ReminderTray* m_tray = nullptr;
    I18nTest::EnglishText m_english;
};

void TestUntranslatedWindow::initTestCase()
{
    Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    QVERIFY2(QCoreApplication::translate("AccessLevels", "Guest") != u"Guest"_s,
             "the pseudo translation is not loaded: build pseudo_translation, run with LANGUAGE=eo");
    if (!Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    AppSettings::setAutoSaveToKeychain(false);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    const QString store = m_dir->filePath(u"demo.sqlite"_s);
    auto opened = LocalBackend::open(store, Clock::system(), LocalBackend::Mode::Demo);
    QVERIFY(opened);
    m_offline = std::move(opened).value();
    // Filled under the pseudo translation, the demo's names and descriptions are pseudo text too; its
    // group and project paths and the people's user names are data, the same in every language.
    QVERIFY(DemoSeeder::seedIfEmpty(*m_offline));
    m_english.allowData(
        u"acme platform api web infra terraform handbook design guild icons community website "
        "demo sqlite offline"_s);

    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system());
    m_selector->attach(*m_window);
    auto* launcher = new WindowLauncher(*m_window, *m_selector, *m_registry, store, m_window.get());
    m_tray =
        new ReminderTray(*m_window, *m_selector, *m_registry, *launcher, Clock::system(), m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitFor([this] {
        return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
               m_window->activeModel()->rowCount() > 0;
    }));
}

void TestUntranslatedWindow::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
}

QList<QWidget*> TestUntranslatedWindow::openWindows() const
{
    QList<QWidget*> open;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !qobject_cast<QMenu*>(window))
            open << window;
    }
    return open;
}

bool TestUntranslatedWindow::waitForNewWindow(const QList<QWidget*>& before, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const QList<QWidget*> now = openWindows();
            for (QWidget* window : now) {
                if (!before.contains(window))
                    return true;
            }
            return false;
        },
        timeoutMs);
}

void TestUntranslatedWindow::closeNewWindows(const QList<QWidget*>& before)
{
    for (int round = 0; round < 5; ++round) {
        const QList<QWidget*> now = openWindows();
        bool closed = false;
        for (QWidget* window : now) {
            if (before.contains(window))
                continue;
            if (auto* dialog = qobject_cast<QDialog*>(window))
                dialog->reject();
            else
                window->close();
            closed = true;
        }
        if (!closed)
            return;
        [[maybe_unused]] const bool gone =
            QTest::qWaitFor([&] { return openWindows().size() <= before.size(); }, 2000);
    }
}

void TestUntranslatedWindow::verifyNoEnglish()
{
    const QStringList problems = m_english.problems();
    m_english.clearProblems();
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"English text under the pseudo translation:\n"_s + problems.join(u'\n')));
}

void TestUntranslatedWindow::mainWindowAndItsMenus()
{
    I18nTest::checkWindow(m_window.get(), m_english);
    I18nTest::checkActions(m_window->menuBar()->actions(), u"menu bar"_s, m_english);
    verifyNoEnglish();
}

void TestUntranslatedWindow::everyDialogTheMenusOpen()
{
    QList<QAction*> actions;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->menu())
            actions << menu->menu()->actions();
    }
    int opened = 0;
    for (QAction* action : actions) {
        if (action->isSeparator() || action->menu() || !action->isEnabled() ||
            action->objectName() == u"quitAction"_s)
            continue;
        const QList<QWidget*> before = openWindows();
        action->trigger();
        if (waitForNewWindow(before, 1500)) {
            ++opened;
            // What an opened dialog shows once it has read what it needs.
            QTest::qWait(0);
            I18nTest::checkOpenWindows(m_english);
        }
        I18nTest::checkWindow(m_window.get(), m_english); // what the action changed in the window
        closeNewWindows(before);
    }
    QVERIFY2(opened >= 4,
             "the menus open Preferences, About, the leaked-token dialog, the calendar export...");
    verifyNoEnglish();
}

void TestUntranslatedWindow::newTokenFormAndSecretDialog()
{
    const QList<QWidget*> before = openWindows();
    m_window->showTokenForm();
    auto* form = Test::child<TokenForm>(m_window.get());
    QTRY_VERIFY(form->isVisible());
    I18nTest::checkWindow(m_window.get(), m_english);
    // Nothing filled in: the form's inline errors.
    auto* create = Test::child<QPushButton>(form, u"createButton"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(Test::child<QLabel>(form, u"nameErrorLabel"_s)->isVisible());
    I18nTest::checkWindow(m_window.get(), m_english);

    QTest::keyClicks(Test::child<QLineEdit>(form, u"nameLineEdit"_s), u"probe"_s);
    m_english.allowData(u"probe"_s);
    const QList<QCheckBox*> boxes = form->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        if (box->isVisible() && box->text() == u"read_api"_s)
            box->setChecked(true);
    }
    QTest::mouseClick(create, Qt::LeftButton);
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = GuiTest::visibleChild<SecretDialog>(m_window.get())) != nullptr);
    I18nTest::checkOpenWindows(m_english);
    // Done without copying: the dialog asks first.
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = GuiTest::visibleChild<QMessageBox>(dialog)) != nullptr);
    I18nTest::checkOpenWindows(m_english);
    QTest::mouseClick(Test::child<QPushButton>(question, u"closeWithoutCopyingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    closeNewWindows(before);
    verifyNoEnglish();
}

void TestUntranslatedWindow::rotateAndRevokeConfirmations()
{
    const AccessToken token = m_window->activeModel()->tokenAt(0);
    for (bool rotate : {true, false}) {
        const QList<QWidget*> before = openWindows();
        if (rotate)
            m_window->confirmRotate(token);
        else
            m_window->confirmRevoke(token);
        QTRY_VERIFY(GuiTest::visibleChild<QMessageBox>(m_window.get()) != nullptr);
        I18nTest::checkOpenWindows(m_english);
        GuiTest::visibleChild<QMessageBox>(m_window.get())->reject();
        closeNewWindows(before);
    }
    verifyNoEnglish();
}

void TestUntranslatedWindow::connectDialogAndItsError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing answers there: the error a network outage gives
    const QList<QWidget*> before = openWindows();
    auto* connect = m_selector->findChild<QAction*>(u"connectAccountAction"_s);
    QVERIFY(connect);
    connect->trigger();
    QVERIFY(waitForNewWindow(before));
    QDialog* dialog = nullptr;
    for (QWidget* window : openWindows()) {
        if (!before.contains(window))
            dialog = qobject_cast<QDialog*>(window);
    }
    QVERIFY(dialog);
    I18nTest::checkOpenWindows(m_english);
    Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s)->setText(u"http://127.0.0.1:%1"_s.arg(port));
    Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s)->setText(u"glpat-0123456789abcdefghij"_s);
    auto* connectDialog = qobject_cast<ConnectDialog*>(dialog);
    QVERIFY(connectDialog);
    QPushButton* connectButton = connectDialog->connectButton();
    QVERIFY(connectButton);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    auto* urlError = Test::child<QLabel>(dialog, u"urlErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        (status->isVisible() && !status->text().isEmpty() && connectButton->isEnabled()) ||
            (urlError->isVisible() && !urlError->text().isEmpty()),
        20000);
    m_english.allowData(u"127.0.0.1"_s);
    I18nTest::checkOpenWindows(m_english);
    closeNewWindows(before);
    verifyNoEnglish();
}

void TestUntranslatedWindow::gitHostDialogs()
{
    const QList<QWidget*> before = openWindows();
    auto* dialog = new GitHostDialog(u"probe"_s, u"gitlab.example.com"_s, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    I18nTest::checkOpenWindows(m_english);
    dialog->reject();
    closeNewWindows(before);
    GitHostDialog::showSetup(m_window.get(), u"gitlab.example.com"_s, u"probe"_s, u"root"_s);
    QVERIFY(waitForNewWindow(before));
    m_english.allow({u"config"_s, u"global"_s, u"helper"_s, u"root"_s}); // the git command line to copy
    I18nTest::checkOpenWindows(m_english);
    closeNewWindows(before);
    verifyNoEnglish();
}

void TestUntranslatedWindow::trayMenu()
{
    QVERIFY(QTest::qWaitFor([this] { return !m_tray->isChecking(); }));
    QMenu* menu = m_tray->menu()->menu();
    QVERIFY(menu);
    m_english.check(u"tray menu title"_s, menu->title());
    m_english.check(u"tray menu tooltip"_s, menu->toolTip());
    I18nTest::checkActions(menu->actions(), u"tray menu"_s, m_english);
    QVERIFY(!menu->actions().isEmpty());
    verifyNoEnglish();
}

void TestUntranslatedWindow::pagesDetailsAndMessages()
{
    // The groups and projects overview, then the personal tokens again.
    m_window->resourceChooser()->chooseOverview();
    QTRY_VERIFY(GuiTest::visibleChild<ResourceOverviewPage>(m_window.get()) != nullptr);
    QTest::qWait(0);
    I18nTest::checkWindow(m_window.get(), m_english);
    m_window->resourceChooser()->choosePersonal();
    QTRY_VERIFY(m_window->activeModel()->hasLoaded() && m_window->activeModel()->rowCount() > 0);

    // A token's details.
    auto* table = Test::child<TokenTableView>(m_window.get(), u"activeTableView"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    I18nTest::checkWindow(m_window.get(), m_english);

    // The calendar export: saved (a status bar message), then refused (a message box).
    const QList<QWidget*> before = openWindows();
    QSignalSpy exported(m_window->calendarExport(), &CalendarExportController::exported);
    m_window->calendarExport()->exportTo(m_dir->filePath(u"tokens.ics"_s));
    QTRY_COMPARE(exported.count(), 1);
    I18nTest::checkWindow(m_window.get(), m_english);
    QFile plainFile(m_dir->filePath(u"plain-file"_s));
    QVERIFY(plainFile.open(QIODevice::WriteOnly));
    plainFile.close();
    m_window->calendarExport()->exportTo(plainFile.fileName() + u"/tokens.ics"_s);
    QVERIFY(waitForNewWindow(before));
    I18nTest::checkOpenWindows(m_english);
    closeNewWindows(before);

    // A revoke carried out: the status bar says so, the row moves to the inactive table.
    m_window->confirmRevoke(m_window->activeModel()->tokenAt(0));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = GuiTest::visibleChild<QMessageBox>(m_window.get())) != nullptr);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    I18nTest::checkOpenWindows(m_english);
    closeNewWindows(before);
    verifyNoEnglish();
}

void TestUntranslatedWindow::leakedTokenCheck()
{
    const QList<QWidget*> before = openWindows();
    auto* action = m_window->findChild<QAction*>(u"leakedTokenAction"_s);
    QVERIFY(action);
    action->trigger();
    LeakedTokenDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = GuiTest::visibleChild<LeakedTokenDialog>(m_window.get())) != nullptr);
    m_english.allowData(u"not a token"_s); // what was pasted may be quoted back
    for (const QString& pasted : {u"not a token"_s, u"glpat-0123456789abcdefghij"_s}) {
        Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->setText(pasted);
        QTest::mouseClick(Test::child<QPushButton>(dialog, u"checkButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->errorText().isEmpty() || !dialog->resultText().isEmpty());
        QTRY_VERIFY(Test::child<QPushButton>(dialog, u"checkButton"_s)->isEnabled());
        I18nTest::checkOpenWindows(m_english);
    }
    closeNewWindows(before);
    verifyNoEnglish();
}

void TestUntranslatedWindow::qtsStandardButtonsComeFromQtUnderGerman()
{
    // The pseudo language has no qtbase translation, so standard buttons were left out above; in a
    // shipped language they come from Debian's qtbase translation.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&german);
    const QList<QWidget*> before = openWindows();
    m_window->confirmRevoke(m_window->activeModel()->tokenAt(0));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = GuiTest::visibleChild<QMessageBox>(m_window.get())) != nullptr);
    QAbstractButton* cancel = box->button(QMessageBox::Cancel);
    QVERIFY(cancel);
    QString cancelText = cancel->text();
    box->reject();
    closeNewWindows(before);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(cancelText.remove(u'&'), u"Abbrechen"_s);
}

QTEST_MAIN(TestUntranslatedWindow)
#include "tst_UntranslatedWindow.moc"
