#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;

// A locked keyring: the test runs its own session bus and gnome-keyring (so locking it cannot disturb tests
// running beside it), saves a secret, locks the login collection, and checks that every operation says
// what to do instead of hanging on an unlock prompt nobody can answer, and that nothing is lost.
class TestKeychainLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saveIntoLockedKeyringSaysUnlock();
    void loadFromLockedKeyringSaysUnlock();
    void removeFromLockedKeyringSaysUnlockAndKeepsTheRecord();

private:
    QProcessEnvironment keyringEnvironment() const;
    bool startKeyring();
    Result<bool> save(qint64 id, const QByteArray& secret);
    Result<Secret> load(qint64 id);
    Result<bool> remove(qint64 id);

    QTemporaryDir m_dir;
    QProcess m_bus;
    QByteArray m_address;
    std::unique_ptr<SecretVault> m_vault;
    const QString m_identity = QStringLiteral("local:locked-keyring");
    const QByteArray m_secret = randomToken();
};

QProcessEnvironment TestKeychainLocked::keyringEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(m_address));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

bool TestKeychainLocked::startKeyring()
{
    QProcess daemon;
    daemon.setProcessEnvironment(keyringEnvironment());
    daemon.start(QStringLiteral("gnome-keyring-daemon"),
                 {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!daemon.waitForStarted(10000))
        return false;
    daemon.write("throwaway-locked-test-password");
    daemon.closeWriteChannel();
    return daemon.waitForFinished(20000) && daemon.exitCode() == 0;
}

void TestKeychainLocked::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home/.local/share"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A bus that can start nothing: no unlock prompter, so a locked keyring fails at once.
    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:dir=" +
                 m_dir.path().toUtf8() +
                 "</listen><auth>EXTERNAL</auth>"
                 "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon (package dbus) is needed");
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
    m_address = m_bus.readLine().trimmed();
    QVERIFY(m_address.startsWith("unix:"));

    QVERIFY2(startKeyring(), "gnome-keyring-daemon (package gnome-keyring) is needed");
    QProcess probe;
    probe.setProcessEnvironment(keyringEnvironment());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            probe.start(QStringLiteral("dbus-send"),
                        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                         QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                         QStringLiteral("string:org.freedesktop.secrets")});
            return probe.waitForFinished(5000) && probe.readAllStandardOutput().contains("true");
        }(),
        10000);

    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
    qunsetenv("DISPLAY");
    m_vault = std::make_unique<SecretVault>(m_dir.filePath(QStringLiteral("keychain.conf")));
    const Result<bool> saved = save(1, m_secret);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    QProcess lock;
    lock.setProcessEnvironment(keyringEnvironment());
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(10000));
    QCOMPARE(lock.exitCode(), 0);
}

void TestKeychainLocked::cleanupTestCase()
{
    m_vault.reset();
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate(); // gnome-keyring-daemon leaves with its bus
        m_bus.waitForFinished(5000);
    }
}

Result<bool> TestKeychainLocked::save(qint64 id, const QByteArray& secret)
{
    auto answer = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->save(m_identity, id, Secret(secret), ctx, std::move(done));
    });
    return answer;
}

Result<Secret> TestKeychainLocked::load(qint64 id)
{
    auto answer = Test::await<Secret>(
        [&](QObject* ctx, Callback<Secret> done) { m_vault->load(m_identity, id, ctx, std::move(done)); });
    return answer;
}

Result<bool> TestKeychainLocked::remove(qint64 id)
{
    auto answer = Test::await<bool>(
        [&](QObject* ctx, Callback<bool> done) { m_vault->remove(m_identity, id, ctx, std::move(done)); });
    return answer;
}

void TestKeychainLocked::saveIntoLockedKeyringSaysUnlock()
{
    const QByteArray other = randomToken();
    const Result<bool> saved = save(2, other);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, BackendError::Kind::Keychain);
    QVERIFY2(saved.error().message.contains(QStringLiteral("locked")), qPrintable(saved.error().message));
    QVERIFY(saved.error().message.contains(QStringLiteral("Unlock your keyring")));
    QVERIFY(!saved.error().message.toUtf8().contains(other));
    QVERIFY(!m_vault->isSaved(m_identity, 2));
    QVERIFY(filesContaining(m_dir.path(), other).isEmpty());
}

void TestKeychainLocked::loadFromLockedKeyringSaysUnlock()
{
    const Result<Secret> loaded = load(1);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, BackendError::Kind::Keychain);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("Unlock your keyring")),
             qPrintable(loaded.error().message));
    // Locked is not gone: the window still shows the token as saved.
    QVERIFY(m_vault->isSaved(m_identity, 1));
}

void TestKeychainLocked::removeFromLockedKeyringSaysUnlockAndKeepsTheRecord()
{
    // QtKeychain alone would report success here while the item stays in the keyring.
    const Result<bool> removed = remove(1);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, BackendError::Kind::Keychain);
    QVERIFY2(removed.error().message.contains(QStringLiteral("Unlock your keyring")),
             qPrintable(removed.error().message));
    QVERIFY(m_vault->isSaved(m_identity, 1));

    QProcess search;
    search.setProcessEnvironment(keyringEnvironment());
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), QStringLiteral("TokenDesk")});
    QVERIFY(search.waitForFinished(20000));
    const QByteArray seen = search.readAllStandardOutput() + search.readAllStandardError();
    QVERIFY2(seen.contains("attribute.user = " + SecretVault::tokenKey(m_identity, 1).toUtf8()),
             seen.constData());
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_KeychainLocked.moc"
