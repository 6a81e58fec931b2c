#include "GuiTestSupport.h"
#include "SecretDialog.h"
#include "SecureClipboard.h"
#include "TestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

namespace {

const QString SecretText = u"glpat-Dialog_Test_0123456789abcdef"_s;

CreatedToken makeCreated()
{
    CreatedToken created;
    created.token.id = 42;
    created.token.name = u"release bot"_s;
    created.token.scopes = {u"api"_s};
    created.token.expiresAt = QDate(2026, 4, 9);
    created.secret = Secret::fromString(SecretText);
    return created;
}

} // namespace

class TestSecretDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void init();
    void cleanup();

    void secretIsMaskedByDefault();
    void revealToggles();
    void copyPutsTheSecretOnTheSecureClipboard();
    void ctrlCInTheFieldUsesTheSecureClipboard();
    void selectingTheRevealedSecretLeavesThePrimarySelectionAlone();
    void doneAfterCopyClosesAndWipes();
    void doneBeforeCopyAsksAndGoBackKeepsTheSecret();
    void confirmingCloseWipesTheSecret();
    void escapeAndWindowCloseAlsoAsk();
    void saveToKeychainIsPreparedButHidden();
    void accessibleNamesEqualVisibleLabels();
    void noSecretWrittenToSettingsOrFiles();

private:
    QLineEdit* secretEdit() const { return Test::child<QLineEdit>(m_dialog.get(), u"secretLineEdit"_s); }
    QPushButton* button(const QString& name) const { return Test::child<QPushButton>(m_dialog.get(), name); }
    QMessageBox* confirmation() const
    {
        return qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    }
    void answerConfirmation(const QString& buttonName);

    Secret m_callersSecret;
    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<SecretDialog> m_dialog;
};

void TestSecretDialog::init()
{
    QGuiApplication::clipboard()->clear();
    const CreatedToken created = makeCreated();
    m_callersSecret = created.secret;
    m_clipboard = std::make_unique<SecureClipboard>();
    m_dialog = std::make_unique<SecretDialog>(created, *m_clipboard);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestSecretDialog::cleanup()
{
    m_dialog.reset();
    m_clipboard.reset();
    m_callersSecret = Secret();
}

void TestSecretDialog::answerConfirmation(const QString& buttonName)
{
    QTRY_VERIFY(confirmation() != nullptr);
    QMessageBox* box = confirmation();
    QCOMPARE(box->objectName(), u"closeConfirmationMessageBox"_s);
    auto* answer = Test::child<QPushButton>(box, buttonName);
    QVERIFY(answer != nullptr);
    QCOMPARE(answer->accessibleName(), answer->text());
    QTest::mouseClick(answer, Qt::LeftButton);
    QTRY_VERIFY(confirmation() == nullptr || QApplication::activeModalWidget() == m_dialog.get());
}

void TestSecretDialog::secretIsMaskedByDefault()
{
    QCOMPARE(m_dialog->windowTitle(), u"Your new personal access token"_s);
    QCOMPARE(secretEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(secretEdit()->isReadOnly());
    QVERIFY(!secretEdit()->displayText().contains(u"glpat"_s));
    QVERIFY(!button(u"revealButton"_s)->isChecked());
    QCOMPARE(Test::child<QLabel>(m_dialog.get(), u"warningLabel"_s)->text(),
             u"Make sure you save it - you won't be able to access it again."_s);
    QVERIFY(Test::child<QLabel>(m_dialog.get(), u"tokenInfoLabel"_s)->text().contains(u"release bot"_s));
}

void TestSecretDialog::revealToggles()
{
    QPushButton* reveal = button(u"revealButton"_s);
    QVERIFY(reveal->isCheckable());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secretEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(secretEdit()->displayText(), SecretText);

    reveal->setFocus();
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(secretEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!secretEdit()->displayText().contains(u"glpat"_s));
}

void TestSecretDialog::copyPutsTheSecretOnTheSecureClipboard()
{
    QVERIFY(!m_dialog->wasCopied());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->wasCopied()); // the mnemonic clicks the button after its press animation
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), SecretText);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(Test::child<QLabel>(m_dialog.get(), u"statusLabel"_s)->isVisible());
    QVERIFY(Test::child<QLabel>(m_dialog.get(), u"statusLabel"_s)->text().contains(u"30 second"_s));
}

void TestSecretDialog::ctrlCInTheFieldUsesTheSecureClipboard()
{
    QTest::mouseClick(button(u"revealButton"_s), Qt::LeftButton);
    secretEdit()->setFocus();
    secretEdit()->selectAll();
    QVERIFY(!secretEdit()->hasSelectedText());
    QTest::keyClick(secretEdit(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(m_dialog->wasCopied());
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArrayLiteral("secret"));
    QCOMPARE(QGuiApplication::clipboard()->text(), SecretText);
}

void TestSecretDialog::selectingTheRevealedSecretLeavesThePrimarySelectionAlone()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection())
        QSKIP("no primary selection on this platform");
    clipboard->setText(u"before"_s, QClipboard::Selection);
    QTest::mouseClick(button(u"revealButton"_s), Qt::LeftButton);
    QLineEdit* edit = secretEdit();
    const int y = edit->height() / 2;
    QTest::mousePress(edit, Qt::LeftButton, Qt::NoModifier, QPoint(3, y));
    QTest::mouseMove(edit, QPoint(edit->width() / 2, y));
    QTest::mouseMove(edit, QPoint(edit->width() - 3, y));
    QTest::mouseRelease(edit, Qt::LeftButton, Qt::NoModifier, QPoint(edit->width() - 3, y));
    QTest::mouseDClick(edit, Qt::LeftButton, Qt::NoModifier, QPoint(edit->width() / 2, y));

    QVERIFY(!edit->hasSelectedText());
    QCOMPARE(clipboard->text(QClipboard::Selection), u"before"_s);
}

void TestSecretDialog::doneAfterCopyClosesAndWipes()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(button(u"copyButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(secretEdit()->text().isEmpty());
    QVERIFY(m_dialog->isSecretWiped());
    // Only the dialog's own copy: the caller's (a backend signing in with it, a save waiting) is its own.
    QCOMPARE(m_callersSecret.toString(), SecretText);
    // The clipboard keeps the copy until its own delay runs out.
    QCOMPARE(QGuiApplication::clipboard()->text(), SecretText);
}

void TestSecretDialog::doneBeforeCopyAsksAndGoBackKeepsTheSecret()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(confirmation() != nullptr);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(finished.count(), 0);

    answerConfirmation(u"goBackButton"_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(secretEdit()->text(), SecretText);
    QVERIFY(!m_callersSecret.isEmpty());

    QTest::mouseClick(button(u"copyButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
}

void TestSecretDialog::confirmingCloseWipesTheSecret()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    answerConfirmation(u"closeWithoutCopyingButton"_s);

    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(secretEdit()->text().isEmpty());
    QVERIFY(m_dialog->isSecretWiped());
    QCOMPARE(m_callersSecret.toString(), SecretText);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Nothing brings it back.
    button(u"revealButton"_s)->setChecked(true);
    QVERIFY(secretEdit()->text().isEmpty());
    QVERIFY(!button(u"copyButton"_s)->isEnabled());
}

void TestSecretDialog::escapeAndWindowCloseAlsoAsk()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(confirmation() != nullptr);
    QTest::keyClick(confirmation(), Qt::Key_Escape); // Escape answers "Go back"
    QTRY_VERIFY(confirmation() == nullptr || QApplication::activeModalWidget() == m_dialog.get());
    QVERIFY(m_dialog->isVisible());

    m_dialog->close();
    QTRY_VERIFY(confirmation() != nullptr);
    QVERIFY(m_dialog->isVisible());
    answerConfirmation(u"closeWithoutCopyingButton"_s);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(secretEdit()->text().isEmpty());
}

void TestSecretDialog::saveToKeychainIsPreparedButHidden()
{
    QPushButton* save = button(u"saveToKeychainButton"_s);
    QVERIFY(!save->isVisible());
    m_dialog->setKeychainSaveAvailable(true);
    QVERIFY(save->isVisible());
    QSignalSpy requested(m_dialog.get(), &SecretDialog::saveToKeychainRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    m_dialog->markSavedToKeychain();

    // Saved counts as kept: Done closes without asking.
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
}

void TestSecretDialog::accessibleNamesEqualVisibleLabels()
{
    m_dialog->setKeychainSaveAvailable(true);
    auto* label = Test::child<QLabel>(m_dialog.get(), u"secretLabel"_s);
    QCOMPARE(label->buddy(), secretEdit());
    QCOMPARE(accessibleName(secretEdit()), withoutMnemonic(label->text()));
    const QList<QPushButton*> buttons = m_dialog->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 4);
    for (QPushButton* b : buttons) {
        QCOMPARE(b->accessibleName(), withoutMnemonic(b->text()));
        QCOMPARE(accessibleName(b), withoutMnemonic(b->text()));
    }
    QCOMPARE(accessibleName(button(u"revealButton"_s)), u"Show token"_s);
}

void TestSecretDialog::noSecretWrittenToSettingsOrFiles()
{
    QTest::mouseClick(button(u"revealButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"copyButton"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
    m_dialog.reset();
    m_clipboard.reset();

    int scanned = 0;
    QStringList roots;
    if (QDir::homePath().contains(u"tokendesk-test."_s)) // the throwaway HOME of tests/support/isolated-run
        roots << QDir::homePath();
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                          QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation})
        roots << QStandardPaths::writableLocation(location);
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext() && scanned < 2000) {
            const QString path = it.next();
            QVERIFY2(!Test::fileContains(path, SecretText.toUtf8()), qPrintable(path));
            ++scanned;
        }
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestSecretDialog)
#include "tst_SecretDialog.moc"
