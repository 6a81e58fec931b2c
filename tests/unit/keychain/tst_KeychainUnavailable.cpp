#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;

// With no keychain to talk to, every operation fails with a message saying what to do, nothing crashes,
// and the secret lands nowhere: QtKeychain's plaintext fallback stays off.
// TOKENDESK_TEST_KEYCHAIN picks the situation: "no-dbus" (no session bus at all) or "no-service" (a session
// bus on which no Secret Service runs or can be started).
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saveFailsClearly();
    void loadAndRemoveFailClearly();
    void accountCredentialFailsClearly();
    void nothingWrittenAnywhere();

private:
    void verifyNoService(const BackendError& error);

    QTemporaryDir m_dir;
    QProcess m_bus;
    SecretVault* m_vault = nullptr;
    const QString m_identity = QStringLiteral("local:unavailable");
    QByteArray m_secret;
};

void TestKeychainUnavailable::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    const QString mode = qEnvironmentVariable("TOKENDESK_TEST_KEYCHAIN", QStringLiteral("no-dbus"));
    qunsetenv("DISPLAY"); // so GLib cannot autolaunch a bus on an X display
    if (mode == QLatin1String("no-dbus")) {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(QStringLiteral("no-bus")).toUtf8());
    } else {
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir=" +
                     m_dir.path().toUtf8() +
                     "</listen><auth>EXTERNAL</auth>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                     "</policy></busconfig>\n");
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon (package dbus) is needed");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }
    m_vault = new SecretVault(m_dir.filePath(QStringLiteral("keychain.conf")), this);
    m_vault->setRetryDelay(50);
    m_secret = randomToken();
}

void TestKeychainUnavailable::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

void TestKeychainUnavailable::verifyNoService(const BackendError& error)
{
    QCOMPARE(error.kind, BackendError::Kind::Keychain);
    QVERIFY2(error.message.startsWith(QStringLiteral("No keychain service is running.")),
             qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("GNOME Keyring or KWallet")));
    QVERIFY(!error.message.toUtf8().contains(m_secret));
}

void TestKeychainUnavailable::saveFailsClearly()
{
    auto saved = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->save(m_identity, 1, Secret(m_secret), ctx, std::move(done));
    });
    QVERIFY(!saved.ok());
    verifyNoService(saved.error());
    QVERIFY(!m_vault->isSaved(m_identity, 1));
    QVERIFY(!m_vault->isPending(m_identity, 1));
}

void TestKeychainUnavailable::loadAndRemoveFailClearly()
{
    auto loaded = Test::await<Secret>(
        [&](QObject* ctx, Callback<Secret> done) { m_vault->load(m_identity, 1, ctx, std::move(done)); });
    QVERIFY(!loaded.ok());
    verifyNoService(loaded.error());

    auto removed = Test::await<bool>(
        [&](QObject* ctx, Callback<bool> done) { m_vault->remove(m_identity, 1, ctx, std::move(done)); });
    QVERIFY(!removed.ok());
    verifyNoService(removed.error());
}

void TestKeychainUnavailable::accountCredentialFailsClearly()
{
    auto saved = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->saveAccountCredential(QStringLiteral("gitlab:gitlab.example.test:alice"), Secret(m_secret),
                                       ctx, std::move(done));
    });
    QVERIFY(!saved.ok());
    verifyNoService(saved.error());
}

void TestKeychainUnavailable::nothingWrittenAnywhere()
{
    for (const QString& root : {m_dir.path(), QDir::homePath()}) {
        const QStringList hits = filesContaining(root, m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }
    // Not even the index claims the secret is saved.
    QVERIFY(!m_vault->index().contains(m_identity, 1));
    QVERIFY(m_vault->index().tokenIds(m_identity).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_KeychainUnavailable.moc"
