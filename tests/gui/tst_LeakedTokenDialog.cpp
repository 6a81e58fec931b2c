#include "../unit/keychain/KeychainTestSupport.h"

#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "GuiTestSupport.h"
#include "KeychainSettings.h"
#include "LeakedTokenDialog.h"
#include "MainWindow.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// Tokens > "Revoke a leaked token…" on the GitLab test server, signed in as alice: junk is refused beside
// the field, a pasted token is identified and revoked with its own secret, a saved secret is offered to be
// forgotten, and the field is empty once the dialog closes.
class TestLeakedTokenDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesTextThatIsNotAToken();
    void identifiesAndRevokesAnotherUsersToken();
    void offersToForgetASavedSecret();
    void keyboardOnlyAndNamedControls();

private:
    bool showWindow();
    LeakedTokenDialog* openDialog();
    void paste(const QByteArray& secret);
    void check();
    QJsonObject serverToken(const QString& name);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<GitLabBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LeakedTokenDialog> m_dialog;
};

void TestLeakedTokenDialog::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLeakedTokenDialog::init()
{
    QVERIFY(m_server.reset());
    // Every test starts from the server's own users and tokens (earlier tests revoke some).
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_config->path().toUtf8());
    m_vault = std::make_unique<SecretVault>(KeychainSettings::defaultFilePath());
}

void TestLeakedTokenDialog::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_vault.reset();
    m_config.reset();
    qunsetenv("TOKENDESK_CONFIG_DIR");
}

bool TestLeakedTokenDialog::showWindow()
{
    m_backend = std::make_unique<GitLabBackend>(
        m_server.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    m_window = std::make_unique<MainWindow>(*m_backend, Clock::system(), m_vault.get());
    m_window->resize(1200, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    return QTest::qWaitFor([this] { return m_window->activeModel()->hasLoaded(); });
}

LeakedTokenDialog* TestLeakedTokenDialog::openDialog()
{
    auto* action = m_window->findChild<QAction*>(u"leakedTokenAction"_s);
    if (!action || action->text() != u"Revoke a &leaked token…"_s)
        return nullptr;
    action->trigger();
    m_dialog = waitForVisibleChild<LeakedTokenDialog>(m_window.get(), u"leakedTokenDialog"_s);
    return m_dialog;
}

void TestLeakedTokenDialog::paste(const QByteArray& secret)
{
    auto* field = Test::child<QLineEdit>(m_dialog, u"secretLineEdit"_s);
    field->clear();
    field->setFocus();
    QTest::keyClicks(field, QString::fromUtf8(secret));
}

void TestLeakedTokenDialog::check()
{
    Test::child<QPushButton>(m_dialog, u"checkButton"_s)->click();
}

QJsonObject TestLeakedTokenDialog::serverToken(const QString& name)
{
    const QJsonArray tokens = m_server.tokens();
    for (const auto& value : tokens) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

void TestLeakedTokenDialog::refusesTextThatIsNotAToken()
{
    QVERIFY(showWindow());
    QVERIFY(openDialog());
    auto* field = Test::child<QLineEdit>(m_dialog, u"secretLineEdit"_s);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));
    for (const QString& junk : {u"hello there"_s, u"glpat-"_s, u"password123"_s}) {
        field->setText(junk);
        check();
        QVERIFY2(m_dialog->errorText().contains(u"not a GitLab token"_s), qPrintable(junk));
        QVERIFY(Test::child<QLabel>(m_dialog, u"errorLabel"_s)->isVisible());
        QVERIFY(!Test::child<QPushButton>(m_dialog, u"revokeButton"_s)->isEnabled());
    }
    QTest::qWait(100);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens/self"_s), 0);
    m_dialog->reject();
    QCOMPARE(field->text(), QString());
}

void TestLeakedTokenDialog::identifiesAndRevokesAnotherUsersToken()
{
    QVERIFY(showWindow());
    QVERIFY(openDialog());
    paste(GitLabTestServer::BobToken);
    check();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->resultText().contains(u"Name: bob-api"_s), 20000);
    const QString shown = m_dialog->resultText();
    QVERIFY2(shown.contains(u"user 3"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Scopes: api"_s));
    QVERIFY(shown.contains(u"Last used: "_s));
    QVERIFY(shown.contains(u"Last used from: "_s));
    QVERIFY(shown.contains(u"Where: "_s + m_backend->displayName()));

    auto* revoke = Test::child<QPushButton>(m_dialog, u"revokeButton"_s);
    QVERIFY(revoke->isEnabled());
    revoke->click();
    auto* box = waitForVisibleChild<QMessageBox>(m_dialog, u"leakedRevokeConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"\"bob-api\""_s));
    visibleButtonNamed<QPushButton>(box, u"Revoke"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->resultText().contains(u"Revoked."_s), 20000);
    QCOMPARE(serverToken(u"bob-api"_s).value(u"revoked"_s).toBool(), true);
    QVERIFY(!revoke->isEnabled());
    // Not alice's secret, not saved here: nothing to forget.
    QVERIFY(!Test::child<QPushButton>(m_dialog, u"forgetButton"_s)->isVisible());

    // Checking it again: the server no longer knows it.
    paste(GitLabTestServer::BobToken);
    check();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->errorText().contains(u"already revoked"_s), 20000);
    auto* field = Test::child<QLineEdit>(m_dialog, u"secretLineEdit"_s);
    m_dialog->reject();
    QCOMPARE(field->text(), QString());
}

void TestLeakedTokenDialog::offersToForgetASavedSecret()
{
    if (!Keychain::isIsolated())
        QSKIP("writes to the keychain: run inside tests/support/isolated-run");
    QVERIFY(showWindow());
    const qint64 readId = qint64(serverToken(u"alice-read"_s).value(u"id"_s).toInteger());
    QVERIFY(readId > 0);
    const auto saved = Test::await<bool>([&](QObject* context, Callback<bool> done) {
        m_vault->save(m_backend->identity(), readId, Secret(QByteArray(GitLabTestServer::AliceReadToken)),
                      context, std::move(done));
    });
    QVERIFY(saved.ok());
    QVERIFY(m_vault->isSaved(m_backend->identity(), readId));

    QVERIFY(openDialog());
    paste(GitLabTestServer::AliceReadToken);
    check();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->resultText().contains(u"Name: alice-read"_s), 20000);
    Test::child<QPushButton>(m_dialog, u"revokeButton"_s)->click();
    auto* box = waitForVisibleChild<QMessageBox>(m_dialog, u"leakedRevokeConfirmation"_s);
    QVERIFY(box);
    visibleButtonNamed<QPushButton>(box, u"Revoke"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->resultText().contains(u"Revoked."_s), 20000);
    QVERIFY(m_dialog->resultText().contains(u"Its secret is saved in the keychain."_s));
    auto* forget = Test::child<QPushButton>(m_dialog, u"forgetButton"_s);
    QTRY_VERIFY(forget->isVisible());
    QCOMPARE(forget->accessibleName(), u"Forget the saved secret"_s);
    forget->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault->isSaved(m_backend->identity(), readId), 20000);
    QTRY_VERIFY(m_dialog->resultText().contains(u"Forgotten"_s));
    // The window's tables follow: alice-read is inactive now.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->inactiveModel()->rowCount() > 0 && m_window->activeModel()->rowCount() > 0 &&
            [this] {
                for (int row = 0; row < m_window->activeModel()->rowCount(); ++row) {
                    if (m_window->activeModel()->tokenAt(row).name == u"alice-read"_s)
                        return false;
                }
                return true;
            }(),
        20000);
    m_dialog->reject();
}

void TestLeakedTokenDialog::keyboardOnlyAndNamedControls()
{
    QVERIFY(showWindow());
    QVERIFY(openDialog());
    QTRY_VERIFY(QTest::qWaitForWindowExposed(m_dialog.data()));
    auto* field = Test::child<QLineEdit>(m_dialog, u"secretLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    for (const auto& [name, expected] :
         {std::pair{u"secretLineEdit"_s, u"Leaked token"_s}, std::pair{u"checkButton"_s, u"Check"_s},
          std::pair{u"revokeButton"_s, u"Revoke"_s},
          std::pair{u"forgetButton"_s, u"Forget the saved secret"_s}})
        QCOMPARE(accessibleName(Test::child<QWidget>(m_dialog, name)), expected);
    QTest::keyClicks(field, QString::fromUtf8(GitLabTestServer::BobToken));
    // Return checks (the default button).
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(m_dialog->resultText().contains(u"Name: bob-api"_s),
                              qPrintable(m_dialog->errorText() + u" / "_s + m_dialog->resultText()), 20000);
    // The focus moved to Revoke; Space asks, Escape on the question revokes nothing.
    QTRY_COMPARE(QApplication::focusWidget(), Test::child<QPushButton>(m_dialog, u"revokeButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto* box = waitForVisibleChild<QMessageBox>(m_dialog, u"leakedRevokeConfirmation"_s);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleChild<QMessageBox>(m_dialog));
    QCOMPARE(serverToken(u"bob-api"_s).value(u"revoked"_s).toBool(), false);
    // Escape closes the dialog and empties the field.
    QPointer<QLineEdit> guardedField(field);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!guardedField || guardedField->text().isEmpty());
    QTRY_VERIFY(!m_dialog);
}

QTEST_MAIN(TestLeakedTokenDialog)
#include "tst_LeakedTokenDialog.moc"
