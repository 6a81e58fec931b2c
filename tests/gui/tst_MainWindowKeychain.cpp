// The window with the real Secret Service of the isolated session (tests/support/isolated-run), checked
// from outside with secret-tool.
#include "../unit/keychain/KeychainTestSupport.h"

#include "AppSettings.h"
#include "GitCredentialMap.h"
#include "GuiTestSupport.h"
#include "KeychainSettings.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "RowActionsPanel.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace TokenDesk::Test::Keychain;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

} // namespace

class TestMainWindowKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveFromTheOneTimeDialog();
    void autoSaveSavesAtOnce();
    void copyFromKeychainUsesTheSecureClipboard();
    void copyFromKeychainWhenTheEntryIsGone();
    void rotateReplacesTheSavedSecret();
    void revokeDeletesTheSavedSecretWhenChecked();
    void useForGitWritesTheMapping();

private:
    bool showWindow();
    SecretDialog* createThroughTheForm(const QString& name);
    QByteArray saveNow(qint64 id);
    QPushButton* rowButton(const QString& accessibleName) const;
    QMessageBox* waitForMessageBox(const QString& objectName);
    QString key(qint64 id) const { return SecretVault::tokenKey(m_backend->identity(), id); }
    QString keychainText(int row) const;

    Test::ManualClock m_clock{Now};
    QTemporaryDir m_configDir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowKeychain::initTestCase()
{
    Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("writes to the keychain: run inside tests/support/isolated-run");
    QVERIFY(m_configDir.isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_configDir.path().toUtf8());
    m_vault = std::make_unique<SecretVault>(KeychainSettings::defaultFilePath());
    QCOMPARE(m_vault->settingsFile(), m_configDir.filePath(u"keychain.conf"_s));
    AppSettings::setAutoSaveToKeychain(false);
}

void TestMainWindowKeychain::init()
{
    m_clock.set(Now);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_backend = std::move(opened).value();
}

void TestMainWindowKeychain::cleanup()
{
    AppSettings::setAutoSaveToKeychain(false);
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestMainWindowKeychain::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock, m_vault.get());
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor(
        [this] { return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded(); });
}

SecretDialog* TestMainWindowKeychain::createThroughTheForm(const QString& name)
{
    m_window->showTokenForm();
    TokenForm* form = m_window->tokenForm();
    Test::child<QLineEdit>(form, u"nameLineEdit"_s)->setText(name);
    Test::child<QCheckBox>(form, u"scopeCheckBox_read_api"_s)->setChecked(true);
    form->submit();
    SecretDialog* dialog = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr; });
    return shown ? dialog : nullptr;
}

QByteArray TestMainWindowKeychain::saveNow(qint64 id)
{
    const QByteArray secret = randomToken();
    const auto saved = Test::await<bool>([&](QObject* context, Callback<bool> done) {
        m_vault->save(m_backend->identity(), id, Secret(secret), context, std::move(done));
    });
    if (!saved.ok())
        return {};
    return secret;
}

QPushButton* TestMainWindowKeychain::rowButton(const QString& accessibleName) const
{
    return visibleButtonNamed<QPushButton>(
        Test::child<RowActionsPanel>(m_window.get(), u"activeActionsPanel"_s), accessibleName);
}

QMessageBox* TestMainWindowKeychain::waitForMessageBox(const QString& objectName)
{
    return waitForVisibleChild<QMessageBox>(m_window.get(), objectName);
}

QString TestMainWindowKeychain::keychainText(int row) const
{
    TokenTableModel* model = m_window->activeModel();
    return model->index(row, model->sectionOf(TokenTableModel::Column::Keychain)).data().toString();
}

void TestMainWindowKeychain::saveFromTheOneTimeDialog()
{
    QVERIFY(showWindow());
    SecretDialog* dialog = createThroughTheForm(u"laptop"_s);
    QVERIFY(dialog);
    auto* save = Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s);
    QVERIFY(save->isVisible());
    QCOMPARE(save->accessibleName(), u"Save to keychain"_s);
    // "Save to keychain" sits next to "Copy".
    auto* copy = Test::child<QPushButton>(dialog, u"copyButton"_s);
    QCOMPARE(save->parentWidget(), copy->parentWidget());
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    const qint64 id = dialog->token().id;

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved to the keychain."_s, 20000);
    QVERIFY(dialog->wasSavedToKeychain());
    QCOMPARE(lookup(key(id)).out, secret);

    // Saved counts as kept: Done closes without asking.
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"closeConfirmationMessageBox"_s));

    QTRY_COMPARE(m_window->activeModel()->rowCount(), 1);
    QTRY_COMPARE(keychainText(0), u"Saved"_s);
    QCOMPARE(m_window->activeModel()->headerData(
                 m_window->activeModel()->sectionOf(TokenTableModel::Column::Keychain), Qt::Horizontal),
             QVariant(u"In keychain"_s));
    QTRY_VERIFY(rowButton(u"Copy from keychain laptop"_s));
    // Neither the settings nor the index hold the secret.
    QVERIFY(filesContaining(m_configDir.path(), secret).isEmpty());
    QVERIFY(filesContaining(m_dir->path(), secret).isEmpty());
}

void TestMainWindowKeychain::autoSaveSavesAtOnce()
{
    AppSettings::setAutoSaveToKeychain(true);
    QVERIFY(showWindow());
    SecretDialog* dialog = createThroughTheForm(u"auto"_s);
    QVERIFY(dialog);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved to the keychain."_s, 20000);
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    QCOMPARE(lookup(key(dialog->token().id)).out, secret);
    QVERIFY(!Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s)->isEnabled());
    dialog->accept();
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));
}

void TestMainWindowKeychain::copyFromKeychainUsesTheSecureClipboard()
{
    const Result<CreatedToken> plain = m_backend->createNow(Test::draft(u"not saved"_s, 10, {u"read_api"_s}));
    const Result<CreatedToken> kept = m_backend->createNow(Test::draft(u"kept"_s, 20, {u"read_api"_s}));
    QVERIFY(plain && kept);
    const QByteArray secret = saveNow(kept.value().token.id);
    QVERIFY(!secret.isEmpty());
    QVERIFY(showWindow());
    QCOMPARE(keychainText(0), QString());
    QCOMPARE(keychainText(1), u"Saved"_s);
    // Only tokens with a saved secret offer the action.
    QTRY_VERIFY(rowButton(u"Copy from keychain kept"_s));
    QVERIFY(!rowButton(u"Copy from keychain not saved"_s));

    QApplication::clipboard()->clear();
    QPushButton* copy = rowButton(u"Copy from keychain kept"_s);
    QPushButton* revoke = rowButton(u"Revoke kept"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    // While the keychain job runs, the row's controls wait for it.
    QVERIFY(!copy->isEnabled());
    QVERIFY(!revoke->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toUtf8() == secret, 20000);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QTRY_VERIFY(copy->isEnabled() && revoke->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Copied the token 'kept' from the keychain"_s));
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), u"errorMessage"_s));
    m_window->clipboard()->clearIfOurs();
}

void TestMainWindowKeychain::copyFromKeychainWhenTheEntryIsGone()
{
    const Result<CreatedToken> kept = m_backend->createNow(Test::draft(u"gone"_s, 20, {u"read_api"_s}));
    QVERIFY(kept);
    const qint64 id = kept.value().token.id;
    QVERIFY(!saveNow(id).isEmpty());
    // Deleted behind TokenDesk's back.
    QCOMPARE(secretTool({u"clear"_s, u"user"_s, key(id), u"server"_s, u"TokenDesk"_s}).exitCode, 0);
    QVERIFY(showWindow());
    QApplication::clipboard()->setText(u"unrelated"_s);
    QPushButton* button = nullptr;
    QTRY_VERIFY((button = rowButton(u"Copy from keychain gone"_s)) != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"errorMessage"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Could not copy the token 'gone' from the keychain."_s);
    QVERIFY(!box->informativeText().isEmpty());
    QCOMPARE(QApplication::clipboard()->text(), u"unrelated"_s);
    box->accept();
    // What the keychain said is now known: the row no longer claims a saved secret.
    QTRY_COMPARE(keychainText(0), QString());
}

void TestMainWindowKeychain::rotateReplacesTheSavedSecret()
{
    const Result<CreatedToken> created = m_backend->createNow(Test::draft(u"deploy"_s, 20, {u"read_api"_s}));
    QVERIFY(created);
    const qint64 oldId = created.value().token.id;
    QVERIFY(!saveNow(oldId).isEmpty());
    QVERIFY(showWindow());
    QPushButton* rotate = nullptr;
    QTRY_VERIFY((rotate = rowButton(u"Rotate deploy"_s)) != nullptr);
    QTest::mouseClick(rotate, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"rotateConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);

    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved to the keychain."_s, 20000);
    const QByteArray secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    const qint64 newId = dialog->token().id;
    QVERIFY(newId != oldId);
    QCOMPARE(lookup(key(newId)).out, secret);
    QVERIFY(lookup(key(oldId)).out.isEmpty());
    QCOMPARE(countItems(searchAll(), key(oldId)), 0);
    dialog->accept();
    QTRY_COMPARE(m_window->activeModel()->rowCount(), 1);
    QTRY_COMPARE(keychainText(0), u"Saved"_s);
}

void TestMainWindowKeychain::revokeDeletesTheSavedSecretWhenChecked()
{
    const Result<CreatedToken> first = m_backend->createNow(Test::draft(u"first"_s, 10, {u"read_api"_s}));
    const Result<CreatedToken> second = m_backend->createNow(Test::draft(u"second"_s, 20, {u"read_api"_s}));
    const Result<CreatedToken> plain = m_backend->createNow(Test::draft(u"plain"_s, 30, {u"read_api"_s}));
    QVERIFY(first && second && plain);
    const QByteArray firstSecret = saveNow(first.value().token.id);
    const QByteArray secondSecret = saveNow(second.value().token.id);
    QVERIFY(!firstSecret.isEmpty() && !secondSecret.isEmpty());
    QVERIFY(showWindow());

    // Checked by default: the saved secret goes with the token.
    QPushButton* revoke = nullptr;
    QTRY_VERIFY((revoke = rowButton(u"Revoke first"_s)) != nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    auto* deleteSaved = Test::child<QCheckBox>(box, u"deleteSavedSecretCheckBox"_s);
    QVERIFY(deleteSaved);
    QCOMPARE(deleteSaved->text(), u"Also delete the saved secret from the keychain"_s);
    QCOMPARE(deleteSaved->accessibleName(), deleteSaved->text());
    QVERIFY(deleteSaved->isChecked());
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault->isSaved(m_backend->identity(), first.value().token.id), 20000);
    QVERIFY(lookup(key(first.value().token.id)).out.isEmpty());

    // Unchecked: the token is revoked, its saved secret stays.
    QTRY_VERIFY((revoke = rowButton(u"Revoke second"_s)) != nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    deleteSaved = Test::child<QCheckBox>(box, u"deleteSavedSecretCheckBox"_s);
    QVERIFY(deleteSaved);
    deleteSaved->setChecked(false);
    const QPointer<QMessageBox> secondBox(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_window->inactiveModel()->rowCount(), 2);
    QTRY_VERIFY(!secondBox);
    QTest::qWait(100);
    QCOMPARE(lookup(key(second.value().token.id)).out, secondSecret);
    QVERIFY(m_vault->isSaved(m_backend->identity(), second.value().token.id));
    // The inactive row still says so, and its menu deletes the saved secret later.
    auto* inactiveView = Test::child<QTableView>(m_window.get(), u"inactiveTableView"_s);
    TokenTableModel* inactive = m_window->inactiveModel();
    const int secondRow = inactive->rowOfToken(second.value().token.id);
    QVERIFY(secondRow >= 0);
    QTRY_COMPARE(
        inactive->index(secondRow, inactive->sectionOf(TokenTableModel::Column::Keychain)).data().toString(),
        u"Saved"_s);
    inactiveView->setFocus();
    inactiveView->setCurrentIndex(inactive->index(secondRow, 0));
    QTest::keyClick(inactiveView, Qt::Key_F10, Qt::ShiftModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = visibleChild<QMenu>(m_window.get(), u"rowMenu"_s)) != nullptr);
    QAction* forget = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Delete the saved secret of second"_s)
            forget = action;
    }
    QVERIFY(forget);
    forget->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault->isSaved(m_backend->identity(), second.value().token.id), 20000);
    QVERIFY(lookup(key(second.value().token.id)).out.isEmpty());
    QTRY_COMPARE(
        inactive->index(secondRow, inactive->sectionOf(TokenTableModel::Column::Keychain)).data().toString(),
        QString());

    // A token without a saved secret is not offered the choice.
    QTRY_VERIFY((revoke = rowButton(u"Revoke plain"_s)) != nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QVERIFY(!box->findChild<QCheckBox*>(u"deleteSavedSecretCheckBox"_s));
    box->reject();
}

void TestMainWindowKeychain::useForGitWritesTheMapping()
{
    const Result<CreatedToken> created =
        m_backend->createNow(Test::draft(u"git push"_s, 20, {u"read_api"_s}));
    QVERIFY(created);
    const qint64 id = created.value().token.id;
    QVERIFY(!saveNow(id).isEmpty());
    QVERIFY(showWindow());

    // From the row menu (Shift+F10), as a keyboard user would.
    auto* view = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    view->setFocus();
    view->setCurrentIndex(m_window->activeModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = visibleChild<QMenu>(m_window.get(), u"rowMenu"_s)) != nullptr);
    QAction* useForGit = nullptr;
    QStringList texts;
    for (QAction* action : menu->actions()) {
        texts << action->text();
        if (action->text().startsWith(u"Use git push for git"_s))
            useForGit = action;
    }
    QVERIFY2(useForGit, qPrintable(texts.join(u", "_s)));
    QVERIFY(texts.contains(u"Copy from keychain git push"_s));
    useForGit->trigger();
    menu->close();

    QInputDialog* hostDialog = nullptr;
    QTRY_VERIFY((hostDialog = visibleChild<QInputDialog>(m_window.get(), u"gitHostDialog"_s)) != nullptr);
    auto* hostEdit = Test::child<QLineEdit>(hostDialog);
    QVERIFY(hostEdit);
    QCOMPARE(hostEdit->accessibleName(), u"Host name"_s);
    hostEdit->setText(u"GitLab.Example.com"_s);
    QTest::keyClick(hostEdit, Qt::Key_Return);

    QMessageBox* box = waitForMessageBox(u"gitSetupMessage"_s);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(
                 u"git config --global credential.https://gitlab.example.com.helper tokendesk"_s),
             qPrintable(box->informativeText()));
    const std::optional<GitCredentialMap::Entry> entry =
        GitCredentialMap(m_vault->settingsFile()).get(u"gitlab.example.com"_s);
    QVERIFY(entry);
    QCOMPARE(entry->tokenId, id);
    QCOMPARE(entry->identity, m_backend->identity());
    QVERIFY(!entry->username.isEmpty());
    // What the git helper tells git without asking the store: the token's name and expiry date.
    QCOMPARE(entry->token.name, u"git push"_s);
    QCOMPARE(entry->token.expiresAt, created.value().token.expiresAt);
    QVERIFY(entry->token.expiresAt.isValid());
    box->accept();
}

QTEST_MAIN(TestMainWindowKeychain)
#include "tst_MainWindowKeychain.moc"
