// The language chosen in Preferences: picked from the keyboard in the real dialog, stored in TokenDesk's
// settings file, and spoken by tokendesk-cli and git-credential-tokendesk started afterwards, whatever
// the environment says; "System default" gives the environment its say back.
#include "AppSettings.h"
#include "CliTestSupport.h"
#include "GuiTestSupport.h"
#include "PreferencesDialog.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

class TestLanguagePreference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_dialog.reset(); }
    void listsSystemDefaultAndEveryLanguageByItsOwnName();
    void choosingGermanMakesTheCliAndTheGitHelperSpeakIt();

private:
    void openDialog();
    void choose(const QString& nativeName);
    QComboBox* comboBox() const { return Test::child<QComboBox>(m_dialog.get(), u"languageComboBox"_s); }
    Test::ProcessResult cliHelp() const;
    Test::ProcessResult gitHelperUsage() const;
    QStringList environment() const;

    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestLanguagePreference::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY2(!qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS").isEmpty(), "run through ctest");
    AppSettings::setLanguageOverride({});
}

// The programs started from here read the settings file this test's QSettings writes (test mode keeps it
// under its own folder), in an English session.
QStringList TestLanguagePreference::environment() const
{
    return {u"XDG_CONFIG_HOME="_s + QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            u"LANGUAGE"_s,
            u"LC_ALL"_s,
            u"LC_MESSAGES"_s,
            u"LANG=en_US.UTF-8"_s,
            u"TOKENDESK_TRANSLATION_DIR="_s + qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS")};
}

Test::ProcessResult TestLanguagePreference::cliHelp() const
{
    return Test::CliRunner().runBare({u"--help"_s}, {}, environment());
}

Test::ProcessResult TestLanguagePreference::gitHelperUsage() const
{
    return Test::runProgram(u"git-credential-tokendesk"_s, {}, {}, environment());
}

void TestLanguagePreference::openDialog()
{
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

// From the keyboard: the label's mnemonic, then the arrow keys, then Return for OK.
void TestLanguagePreference::choose(const QString& nativeName)
{
    openDialog();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(hasKeyboardFocus(comboBox()));
    QTest::keyClick(comboBox(), Qt::Key_Home);
    for (int step = 0; step < comboBox()->count() && comboBox()->currentText() != nativeName; ++step)
        QTest::keyClick(comboBox(), Qt::Key_Down);
    QCOMPARE(comboBox()->currentText(), nativeName);
    QTest::keyClick(comboBox(), Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestLanguagePreference::listsSystemDefaultAndEveryLanguageByItsOwnName()
{
    openDialog();
    QStringList items;
    for (int i = 0; i < comboBox()->count(); ++i)
        items << comboBox()->itemText(i);
    QCOMPARE(items, (QStringList{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Français"_s, u"日本語"_s,
                                 u"简体中文"_s, u"العربية"_s}));
    QCOMPARE(comboBox()->currentIndex(), 0);
    auto* label = Test::child<QLabel>(m_dialog.get(), u"languageLabel"_s);
    QCOMPARE(label->buddy(), comboBox());
    // On Linux Qt reports a combo box's current text as its name and names it through the "labelled by"
    // relation, as AT-SPI expects.
    QCOMPARE(comboBox()->accessibleName(), u"Language"_s);
    QCOMPARE(comboBox()->accessibleName(), withoutMnemonic(label->text()));
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(comboBox());
    QVERIFY(iface);
    bool labelled = false;
    const auto relations = iface->relations(QAccessible::Label);
    for (const auto& [other, relation] : relations)
        labelled = labelled || other->text(QAccessible::Name) == u"Language"_s;
    QVERIFY(labelled);
    // When it takes effect is said next to it.
    auto* hint = Test::child<QLabel>(m_dialog.get(), u"languageHintLabel"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"next start"_s));
}

void TestLanguagePreference::choosingGermanMakesTheCliAndTheGitHelperSpeakIt()
{
    const Test::ProcessResult before = cliHelp();
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(before.out.contains("Usage:"), before.out.left(200).constData());

    choose(u"Deutsch"_s);
    QCOMPARE(
        QSettings(u"TokenDesk"_s, u"TokenDesk"_s).value(QLatin1StringView(LanguageSettingKey)).toString(),
        u"de"_s);
    QCOMPARE(languageOverride(), u"de"_s);
    const Test::ProcessResult german = cliHelp();
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains("Aufruf:") && german.out.contains("[de] "),
             german.out.left(300).constData());
    const Test::ProcessResult helper = gitHelperUsage();
    QCOMPARE(helper.exitCode, 2);
    QVERIFY2(helper.err.startsWith("[de] usage: git-credential-tokendesk"), helper.err.constData());

    // Shown as chosen when the dialog opens again.
    openDialog();
    QCOMPARE(comboBox()->currentText(), u"Deutsch"_s);
    m_dialog->reject();

    choose(u"System default"_s);
    QVERIFY(!QSettings(u"TokenDesk"_s, u"TokenDesk"_s).contains(QLatin1StringView(LanguageSettingKey)));
    const Test::ProcessResult english = cliHelp();
    QCOMPARE(english.out, before.out);
    QVERIFY(gitHelperUsage().err.startsWith("usage: git-credential-tokendesk"));
}

QTEST_MAIN(TestLanguagePreference)
#include "tst_LanguagePreference.moc"
