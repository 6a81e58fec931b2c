#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "PreferencesDialog.h"
#include "TestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void init();
    void cleanup() { m_dialog.reset(); }

    void defaults();
    void valuesAreClamped();
    void editingFromTheKeyboardAndAcceptingStores();
    void cancelStoresNothing();
    void accessibleNamesEqualVisibleLabels();

private:
    void openDialog();
    QSpinBox* delaySpinBox() const
    {
        return Test::child<QSpinBox>(m_dialog.get(), u"clipboardDelaySpinBox"_s);
    }
    QCheckBox* autoSaveCheckBox() const
    {
        return Test::child<QCheckBox>(m_dialog.get(), u"autoSaveToKeychainCheckBox"_s);
    }

    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestPreferences::init()
{
    AppSettings::setClipboardClearSeconds(AppSettings::DefaultClipboardClearSeconds);
    AppSettings::setAutoSaveToKeychain(false);
}

void TestPreferences::openDialog()
{
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestPreferences::defaults()
{
    QSettings(u"TokenDesk"_s, u"TokenDesk"_s).clear();
    QCOMPARE(AppSettings::clipboardClearSeconds(), 30);
    QVERIFY(!AppSettings::autoSaveToKeychain());
    openDialog();
    QCOMPARE(delaySpinBox()->value(), 30);
    QCOMPARE(delaySpinBox()->minimum(), 5);
    QCOMPARE(delaySpinBox()->maximum(), 600);
    QVERIFY(!autoSaveCheckBox()->isChecked());
}

void TestPreferences::valuesAreClamped()
{
    AppSettings::setClipboardClearSeconds(1);
    QCOMPARE(AppSettings::clipboardClearSeconds(), 5);
    AppSettings::setClipboardClearSeconds(100000);
    QCOMPARE(AppSettings::clipboardClearSeconds(), 600);
    QSettings(u"TokenDesk"_s, u"TokenDesk"_s).setValue(u"clipboard/clearSeconds"_s, u"soon"_s);
    QCOMPARE(AppSettings::clipboardClearSeconds(), 30);
}

void TestPreferences::editingFromTheKeyboardAndAcceptingStores()
{
    openDialog();
    QSignalSpy changed(m_dialog.get(), &PreferencesDialog::settingsChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(hasKeyboardFocus(delaySpinBox()));
    QTest::keyClick(delaySpinBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(delaySpinBox(), u"45"_s);
    QTest::keyClick(delaySpinBox(), Qt::Key_Tab);
    QTRY_VERIFY(hasKeyboardFocus(autoSaveCheckBox()));
    QTest::keyClick(autoSaveCheckBox(), Qt::Key_Space);
    QVERIFY(autoSaveCheckBox()->isChecked());
    QTest::keyClick(autoSaveCheckBox(), Qt::Key_Return); // the dialog's default button: OK

    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings::clipboardClearSeconds(), 45);
    QVERIFY(AppSettings::autoSaveToKeychain());

    openDialog();
    QCOMPARE(delaySpinBox()->value(), 45);
    QVERIFY(autoSaveCheckBox()->isChecked());
}

void TestPreferences::cancelStoresNothing()
{
    openDialog();
    delaySpinBox()->setValue(120);
    QTest::mouseClick(autoSaveCheckBox(), Qt::LeftButton);
    QTest::mouseClick(Test::child<QPushButton>(m_dialog.get(), u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(AppSettings::clipboardClearSeconds(), 30);
    QVERIFY(!AppSettings::autoSaveToKeychain());
}

void TestPreferences::accessibleNamesEqualVisibleLabels()
{
    openDialog();
    auto* label = Test::child<QLabel>(m_dialog.get(), u"clipboardDelayLabel"_s);
    QCOMPARE(label->buddy(), delaySpinBox());
    QCOMPARE(accessibleName(delaySpinBox()), u"Clipboard clear delay"_s);
    QCOMPARE(accessibleName(delaySpinBox()), withoutMnemonic(label->text()));
    const QList<QAbstractButton*> buttons = m_dialog->findChildren<QAbstractButton*>();
    QCOMPARE(buttons.size(), 4); // with "Remind me about expiring tokens"
    for (QAbstractButton* button : buttons)
        QCOMPARE(accessibleName(button), withoutMnemonic(button->text()));
    QCOMPARE(accessibleName(autoSaveCheckBox()), u"Save new tokens to the keychain automatically"_s);
}

QTEST_MAIN(TestPreferences)
#include "tst_Preferences.moc"
