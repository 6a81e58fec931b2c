#include "ExpiryReminder.h"
#include "GuiTestSupport.h"
#include "PreferencesDialog.h"
#include "ReminderSchedule.h"
#include "ReminderSettings.h"
#include "TestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

// Preferences > "Remind me about expiring tokens" and the reminder thresholds, against a throwaway
// config folder: the timer or autostart entry really written and removed, the thresholds really stored.
class TestPreferencesReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theScheduleIsReadFromDiskWhenTheDialogOpens();
    void tickingInstallsTheTimerAndUntickingRemovesIt();
    void withoutSystemdAutostartIsOffered();
    void declinedAutostartChangesNothing();
    void aFailureIsShownAndTheDialogStaysOpen();
    void invalidThresholdsAreExplainedAndNothingIsSaved();
    void validThresholdsAreStoredFromTheKeyboard();
    void controlsAreNamedAfterTheirLabels();

private:
    void openDialog();
    void pressOk();
    // On its box: the check box is as wide as the dialog, its middle may be past its text.
    void clickRemindCheckBox()
    {
        QTest::mouseClick(remindCheckBox(), Qt::LeftButton, {}, QPoint(6, remindCheckBox()->height() / 2));
    }
    ReminderSchedule::Kind scheduled() const { return schedule().kind(); }
    ReminderSchedule schedule() const
    {
        return ReminderSchedule(ReminderSchedule::defaultProgram(), m_dir->filePath(u"config"_s));
    }
    QCheckBox* remindCheckBox() const { return Test::child<QCheckBox>(m_dialog.get(), u"remindCheckBox"_s); }
    QLineEdit* daysLineEdit() const
    {
        return Test::child<QLineEdit>(m_dialog.get(), u"remindDaysLineEdit"_s);
    }
    QLabel* daysErrorLabel() const { return Test::child<QLabel>(m_dialog.get(), u"remindDaysErrorLabel"_s); }
    QLabel* statusLabel() const { return Test::child<QLabel>(m_dialog.get(), u"remindStatusLabel"_s); }
    QPushButton* okButton() const { return Test::child<QPushButton>(m_dialog.get(), u"okButton"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestPreferencesReminders::initTestCase()
{
    Test::isolateStandardPaths();
    QAccessible::setActive(true);
    QVERIFY2(!ReminderSchedule::defaultProgram().isEmpty(), "tokendesk-cli is not built beside the test");
}

void TestPreferencesReminders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"config"_s).toUtf8());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"tokendesk"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_dir->path().toUtf8()); // no user service manager there
}

void TestPreferencesReminders::cleanup()
{
    m_dialog.reset();
    qunsetenv("TOKENDESK_NO_SYSTEMD");
    m_dir.reset();
}

void TestPreferencesReminders::openDialog()
{
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestPreferencesReminders::pressOk()
{
    QVERIFY(okButton()->isEnabled());
    QTest::mouseClick(okButton(), Qt::LeftButton);
}

void TestPreferencesReminders::theScheduleIsReadFromDiskWhenTheDialogOpens()
{
    openDialog();
    QVERIFY(!remindCheckBox()->isChecked());
    QCOMPARE(daysLineEdit()->text(), u"30, 7, 1, 0"_s);
    m_dialog.reset();

    // Turned on elsewhere (tokendesk-cli remind --enable): the dialog shows it.
    ReminderSchedule other = schedule();
    bool done = false;
    other.enable(ReminderSchedule::Kind::Timer, [&done](const ReminderSchedule::Outcome&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    openDialog();
    QVERIFY(remindCheckBox()->isChecked());
    QVERIFY2(statusLabel()->text().contains(u"daily and at login"_s), qPrintable(statusLabel()->text()));
}

void TestPreferencesReminders::tickingInstallsTheTimerAndUntickingRemovesIt()
{
    openDialog();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(remindCheckBox()->isChecked());
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Off); // nothing before OK
    pressOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 60000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Timer);
    const QString units = m_dir->filePath(u"config/systemd/user"_s);
    QVERIFY(QFileInfo::exists(QDir(units).filePath(u"tokendesk-remind.timer"_s)));
    QVERIFY(QFileInfo(QDir(units).filePath(u"timers.target.wants/tokendesk-remind.timer"_s)).isSymLink());
    QFile service(QDir(units).filePath(u"tokendesk-remind.service"_s));
    QVERIFY(service.open(QIODevice::ReadOnly));
    QVERIFY(service.readAll().contains("/tokendesk-cli\" \"remind\" \"--notify\""));

    openDialog();
    QVERIFY(remindCheckBox()->isChecked());
    clickRemindCheckBox();
    pressOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 60000);
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Off);
    QVERIFY(!QFileInfo::exists(QDir(units).filePath(u"tokendesk-remind.timer"_s)));
    QVERIFY(!QFileInfo::exists(QDir(units).filePath(u"tokendesk-remind.service"_s)));
}

void TestPreferencesReminders::withoutSystemdAutostartIsOffered()
{
    qputenv("TOKENDESK_NO_SYSTEMD", "1");
    openDialog();
    clickRemindCheckBox();
    pressOk();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = m_dialog->findChild<QMessageBox*>(u"autostartQuestion"_s)) &&
                question->isVisible());
    QVERIFY2(question->text().contains(u"systemd is not available"_s), qPrintable(question->text()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Off);
    auto* use = Test::child<QPushButton>(question, u"useAutostartButton"_s);
    QCOMPARE(accessibleName(use), withoutMnemonic(use->text()));
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 60000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Autostart);
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"config/autostart/tokendesk-remind.desktop"_s)));

    openDialog();
    QVERIFY(remindCheckBox()->isChecked());
    QVERIFY2(statusLabel()->text().contains(u"each time you log in"_s), qPrintable(statusLabel()->text()));
}

void TestPreferencesReminders::declinedAutostartChangesNothing()
{
    qputenv("TOKENDESK_NO_SYSTEMD", "1");
    openDialog();
    clickRemindCheckBox();
    pressOk();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = m_dialog->findChild<QMessageBox*>(u"autostartQuestion"_s)) &&
                question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!question->isVisible());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!remindCheckBox()->isChecked());
    QVERIFY2(statusLabel()->text().contains(u"stay off"_s), qPrintable(statusLabel()->text()));
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Off);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"config/autostart"_s)));
}

void TestPreferencesReminders::aFailureIsShownAndTheDialogStaysOpen()
{
    // A file where the unit folder should be: nothing can be written there.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config"_s)));
    QFile blocker(m_dir->filePath(u"config/systemd"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    openDialog();
    clickRemindCheckBox();
    pressOk();
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel()->text().startsWith(u"Could not change the reminders"_s), 60000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!remindCheckBox()->isChecked());
    QVERIFY(remindCheckBox()->isEnabled());
    QCOMPARE(remindCheckBox()->accessibleDescription(), statusLabel()->text());
    QCOMPARE(scheduled(), ReminderSchedule::Kind::Off);
}

void TestPreferencesReminders::invalidThresholdsAreExplainedAndNothingIsSaved()
{
    ReminderSettings().setThresholds({14, 2});
    openDialog();
    QCOMPARE(daysLineEdit()->text(), u"14, 2"_s);
    QVERIFY(!daysErrorLabel()->isVisible());
    daysLineEdit()->setFocus();
    QTest::keyClick(daysLineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(daysLineEdit(), u"30, soon"_s);

    QString expected;
    QVERIFY(!ReminderThresholds::parse(u"30, soon"_s, &expected));
    QVERIFY(!expected.isEmpty());
    QTRY_VERIFY(daysErrorLabel()->isVisible());
    QCOMPARE(daysErrorLabel()->text(), expected);
    QCOMPARE(daysLineEdit()->accessibleDescription(), expected);
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClick(daysLineEdit(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    m_dialog->accept(); // however it is asked
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(ReminderSettings().thresholds(), (QList<int>{14, 2}));

    QTest::keyClick(daysLineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(daysLineEdit(), u"400"_s);
    QTRY_VERIFY(daysErrorLabel()->isVisible());
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClick(daysLineEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(ReminderSettings().thresholds(), (QList<int>{14, 2}));
}

void TestPreferencesReminders::validThresholdsAreStoredFromTheKeyboard()
{
    openDialog();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(hasKeyboardFocus(daysLineEdit()));
    QTest::keyClick(daysLineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(daysLineEdit(), u"3, 14,0"_s);
    QVERIFY(!daysErrorLabel()->isVisible());
    QTest::keyClick(daysLineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(ReminderSettings().thresholds(), (QList<int>{14, 3, 0}));
    QCOMPARE(ReminderSettings().horizonDays(), 14);
    openDialog();
    QCOMPARE(daysLineEdit()->text(), u"14, 3, 0"_s);
}

void TestPreferencesReminders::controlsAreNamedAfterTheirLabels()
{
    openDialog();
    auto* label = Test::child<QLabel>(m_dialog.get(), u"remindDaysLabel"_s);
    QCOMPARE(label->buddy(), daysLineEdit());
    QCOMPARE(accessibleName(daysLineEdit()), u"Remind me this many days before expiry"_s);
    QCOMPARE(accessibleName(daysLineEdit()), withoutMnemonic(label->text()));
    QCOMPARE(accessibleName(remindCheckBox()), u"Remind me about expiring tokens"_s);
    QCOMPARE(accessibleName(remindCheckBox()), withoutMnemonic(remindCheckBox()->text()));
    QCOMPARE(remindCheckBox()->accessibleDescription(), statusLabel()->text());
    // Tab order: the reminder controls follow the others, checkbox first.
    auto* autoSave = Test::child<QCheckBox>(m_dialog.get(), u"autoSaveToKeychainCheckBox"_s);
    autoSave->setFocus();
    QTRY_VERIFY(hasKeyboardFocus(autoSave));
    QTest::keyClick(autoSave, Qt::Key_Tab);
    QTRY_VERIFY(hasKeyboardFocus(remindCheckBox()));
    QTest::keyClick(remindCheckBox(), Qt::Key_Tab);
    QTRY_VERIFY(hasKeyboardFocus(daysLineEdit()));
}

QTEST_MAIN(TestPreferencesReminders)
#include "tst_PreferencesReminders.moc"
