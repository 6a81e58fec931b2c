// A project's tokens in the window with the real Secret Service of the isolated session: their saved
// secrets are kept apart from personal ones, so a project token and a personal token with the same id
// never share a keychain entry (checked from outside with secret-tool).
#include "../unit/keychain/KeychainTestSupport.h"

#include "AppSettings.h"
#include "Await.h"
#include "GuiTestSupport.h"
#include "KeychainSettings.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "ResourceChooser.h"
#include "RowActionsPanel.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace TokenDesk::Test::Keychain;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

} // namespace

class TestResourceKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void projectAndPersonalTokensWithTheSameIdDoNotCollide();

private:
    Test::ManualClock m_clock{Now};
    QTemporaryDir m_configDir;
};

void TestResourceKeychain::initTestCase()
{
    Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("writes to the keychain: run inside tests/support/isolated-run");
    QVERIFY(m_configDir.isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_configDir.path().toUtf8());
    AppSettings::setAutoSaveToKeychain(false);
}

void TestResourceKeychain::cleanupTestCase()
{
    qunsetenv("TOKENDESK_CONFIG_DIR");
}

void TestResourceKeychain::projectAndPersonalTokensWithTheSameIdDoNotCollide()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = LocalBackend::open(dir.filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    std::unique_ptr<LocalBackend> backend = std::move(opened).value();
    const Result<Resource> group = backend->addGroupNow(u"acme"_s, u"Acme"_s);
    QVERIFY(group);
    const Result<Resource> project = backend->addProjectNow(u"acme/web"_s, u"Web"_s);
    QVERIFY(project);
    QVERIFY(
        backend->setMembershipNow(ResourceRef::Kind::Project, project.value().id, AccessLevels::Maintainer));
    SecretVault vault(KeychainSettings::defaultFilePath());

    auto window = std::make_unique<MainWindow>(*backend, m_clock, &vault);
    window->resize(1400, 900);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ResourceChooser* chooser = window->resourceChooser();
    QTRY_COMPARE(chooser->resources().size(), 1);
    const QString personalIdentity = window->backend().identity();

    chooser->chooseResource(project.value());
    QTRY_VERIFY(window->backend().resource().has_value());
    const QString projectIdentity = window->backend().identity();
    QVERIFY(projectIdentity != personalIdentity);
    QVERIFY(projectIdentity.endsWith(u"project:"_s + QString::number(project.value().id)));

    // A project token, saved from the one-time dialog.
    window->showTokenForm();
    TokenForm* form = window->tokenForm();
    QTRY_VERIFY(form->isVisible());
    Test::child<QLineEdit>(form, u"nameLineEdit"_s)->setText(u"web bot"_s);
    Test::child<QCheckBox>(form, u"scopeCheckBox_read_api"_s)->setChecked(true);
    form->submit();
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(window.get())) != nullptr);
    const QByteArray projectSecret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().toUtf8();
    const qint64 id = dialog->token().id;
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(Test::child<QLabel>(dialog, u"statusLabel"_s)->text(),
                              u"Saved to the keychain."_s, 20000);
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(window.get()));

    // A personal token with the same id (as on a server whose ids overlap): another entry.
    const QByteArray personalSecret = randomToken();
    const auto saved = Test::await<bool>([&](QObject* context, Callback<bool> done) {
        vault.save(personalIdentity, id, Secret(personalSecret), context, std::move(done));
    });
    QVERIFY(saved.ok());
    const QString projectKey = SecretVault::tokenKey(projectIdentity, id);
    const QString personalKey = SecretVault::tokenKey(personalIdentity, id);
    QVERIFY(projectKey != personalKey);
    QCOMPARE(lookup(projectKey).out, projectSecret);
    QCOMPARE(lookup(personalKey).out, personalSecret);

    // The project page copies the project token's secret, not the personal one.
    QPushButton* copy = nullptr;
    QTRY_VERIFY((copy = visibleButtonNamed<QPushButton>(
                     Test::child<RowActionsPanel>(window.get(), u"activeActionsPanel"_s),
                     u"Copy from keychain web bot"_s)) != nullptr);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toUtf8() == projectSecret, 20000);
    window->clipboard()->clearIfOurs();

    // Personal again: no personal token of that id is listed, and the project's secret is still there.
    chooser->choosePersonal();
    QTRY_VERIFY(!window->backend().resource().has_value());
    QCOMPARE(window->backend().identity(), personalIdentity);
    QTRY_VERIFY(window->activeModel()->hasLoaded());
    QCOMPARE(window->activeModel()->rowCount(), 0);
    QCOMPARE(lookup(projectKey).out, projectSecret);

    // Revoking the project token with "delete its saved secret" leaves the personal entry alone.
    chooser->chooseResource(project.value());
    QPushButton* revoke = nullptr;
    QTRY_VERIFY((revoke = visibleButtonNamed<QPushButton>(
                     Test::child<RowActionsPanel>(window.get(), u"activeActionsPanel"_s),
                     u"Revoke web bot"_s)) != nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QMessageBox* box = waitForVisibleChild<QMessageBox>(window.get(), u"revokeConfirmation"_s);
    QVERIFY(box);
    auto* forget = box->findChild<QCheckBox*>();
    QVERIFY(forget);
    forget->setChecked(true);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(window->inactiveModel()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(lookup(projectKey).out.isEmpty(), 20000);
    QCOMPARE(lookup(personalKey).out, personalSecret);
    window.reset();
}

QTEST_MAIN(TestResourceKeychain)
#include "tst_ResourceKeychain.moc"
