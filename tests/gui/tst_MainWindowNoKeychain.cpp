// The window when no keychain service can be reached at all: the session bus address names a socket that
// does not exist (set before QApplication, so nothing can reach a real keychain).
#include "../unit/keychain/KeychainTestSupport.h"

#include "KeychainSettings.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

} // namespace

class TestMainWindowNoKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestMainWindowNoKeychain(QString configDir) : m_configDir(std::move(configDir)) {}

private Q_SLOTS:
    void initTestCase();
    void failedSaveKeepsTheSecretOnScreen();

private:
    QString m_configDir;
    Test::ManualClock m_clock{Now};
    QTemporaryDir m_dir;
};

void TestMainWindowNoKeychain::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestMainWindowNoKeychain::failedSaveKeepsTheSecretOnScreen()
{
    SecretVault vault(KeychainSettings::defaultFilePath());
    QCOMPARE(vault.settingsFile(), QDir(m_configDir).filePath(u"keychain.conf"_s));
    vault.setRetryDelay(50);
    auto opened = LocalBackend::open(m_dir.filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    std::unique_ptr<LocalBackend> backend = std::move(opened).value();
    MainWindow window(*backend, m_clock, &vault);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.showTokenForm();
    Test::child<QLineEdit>(window.tokenForm(), u"nameLineEdit"_s)->setText(u"offline"_s);
    Test::child<QCheckBox>(window.tokenForm(), u"scopeCheckBox_read_api"_s)->setChecked(true);
    window.tokenForm()->submit();
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SecretDialog*>()) != nullptr && dialog->isVisible());
    auto* secretEdit = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s);
    // A copy of its own: the dialog overwrites the text it shows when it closes.
    const QByteArray needle = secretEdit->text().toUtf8();
    const QString secret = QString::fromUtf8(needle);
    QVERIFY(secret.startsWith(u"glpat-"_s));

    auto* save = Test::child<QPushButton>(dialog, u"saveToKeychainButton"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    auto* status = Test::child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 20000);
    QVERIFY2(status->text().startsWith(u"Not saved to the keychain: "_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"keychain service"_s, Qt::CaseInsensitive), qPrintable(status->text()));
    QVERIFY(!status->text().contains(secret));
    QVERIFY(!dialog->wasSavedToKeychain());
    // The secret is still there to copy.
    QCOMPARE(secretEdit->text(), secret);
    QVERIFY(!dialog->isSecretWiped());
    QVERIFY(!vault.isSaved(backend->identity(), dialog->token().id));

    // Closing without Copy or Save still asks.
    dialog->reject();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(u"closeConfirmationMessageBox"_s)) != nullptr);
    QTest::mouseClick(Test::child<QPushButton>(box, u"closeWithoutCopyingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<SecretDialog*>() == nullptr);

    // Nothing about the secret went to a file: not the keychain settings, not the app settings, not the
    // store.
    QVERIFY(filesContaining(m_configDir, needle).isEmpty());
    QVERIFY2(filesContaining(m_dir.path(), needle).isEmpty(),
             qPrintable(filesContaining(m_dir.path(), needle).join(u", "_s)));
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        if (!root.isEmpty())
            QVERIFY2(filesContaining(root, needle).isEmpty(), qPrintable(root));
    }
}

int main(int argc, char* argv[])
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + scratch.filePath(u"no-such-bus"_s).toUtf8());
    qputenv("TOKENDESK_CONFIG_DIR", scratch.filePath(u"config"_s).toUtf8());
    QApplication app(argc, argv);
    TestMainWindowNoKeychain test(scratch.filePath(u"config"_s));
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_MainWindowNoKeychain.moc"
