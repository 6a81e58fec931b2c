#include "GitCredentialMap.h"
#include "KeychainSettings.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;

// SecretVault against the real Secret Service of the isolated session, checked from outside with secret-tool.
class TestSecretVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveThenLoadRoundTrip();
    void saveAgainReplacesTheSecret();
    void removeDeletesTheEntry();
    void sameTokenIdInTwoStoresDoesNotCollide();
    void replaceAfterRotationMovesSecretAndGitHosts();
    void accountCredentialIsSeparateFromTokens();
    void loadOfEntryDeletedElsewhereSaysWhatToDo();
    void loadRecordsAnEntrySavedByAnotherProcess();
    void pendingWhileTheKeychainWorks();
    void noAnswerAfterTheContextIsGone();
    void vaultDeletedWhileSavingDoesNotCrash();
    void defaultSettingsFileFollowsConfigDir();
    void noSecretInAnySettingsOrFile();

private:
    Result<bool> save(const QString& identity, qint64 id, const QByteArray& secret);
    Result<Secret> load(const QString& identity, qint64 id);
    Result<bool> remove(const QString& identity, qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<SecretVault> m_vault;
    QString m_identity;
    QList<QByteArray> m_secretsUsed;
};

void TestSecretVault::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY(m_dir.isValid());
    m_vault = std::make_unique<SecretVault>(m_dir.filePath(QStringLiteral("keychain.conf")));
    m_identity = QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<bool> TestSecretVault::save(const QString& identity, qint64 id, const QByteArray& secret)
{
    m_secretsUsed << secret;
    auto answer = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->save(identity, id, Secret(secret), ctx, std::move(done));
    });
    return answer;
}

Result<Secret> TestSecretVault::load(const QString& identity, qint64 id)
{
    auto answer = Test::await<Secret>(
        [&](QObject* ctx, Callback<Secret> done) { m_vault->load(identity, id, ctx, std::move(done)); });
    return answer;
}

Result<bool> TestSecretVault::remove(const QString& identity, qint64 id)
{
    auto answer = Test::await<bool>(
        [&](QObject* ctx, Callback<bool> done) { m_vault->remove(identity, id, ctx, std::move(done)); });
    return answer;
}

void TestSecretVault::saveThenLoadRoundTrip()
{
    const QByteArray secret = randomToken();
    QSignalSpy saved(m_vault.get(), &SecretVault::savedChanged);
    QVERIFY(!m_vault->isSaved(m_identity, 42));

    const Result<bool> stored = save(m_identity, 42, secret);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(m_vault->isSaved(m_identity, 42));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_vault->index().tokenIds(m_identity), QSet<qint64>{42});

    // Seen from outside TokenDesk: one item, service and key as documented, holding exactly the secret.
    const QString key = m_identity + QStringLiteral("/token/42");
    QCOMPARE(SecretVault::tokenKey(m_identity, 42), key);
    const ToolResult outside = lookup(key);
    QCOMPARE(outside.exitCode, 0);
    QCOMPARE(outside.out, secret);
    QCOMPARE(countItems(searchAll(), key), 1);

    const Result<Secret> loaded = load(m_identity, 42);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == Secret(secret));
}

void TestSecretVault::saveAgainReplacesTheSecret()
{
    const QByteArray first = randomToken();
    const QByteArray second = randomToken();
    QVERIFY(save(m_identity, 43, first).ok());
    QVERIFY(save(m_identity, 43, second).ok());

    const QString key = SecretVault::tokenKey(m_identity, 43);
    QCOMPARE(lookup(key).out, second);
    const QByteArray all = searchAll();
    QCOMPARE(countItems(all, key), 1);
    QVERIFY(!all.contains(first));
    QVERIFY(load(m_identity, 43).value() == Secret(second));
}

void TestSecretVault::removeDeletesTheEntry()
{
    QVERIFY(save(m_identity, 44, randomToken()).ok());
    const QString key = SecretVault::tokenKey(m_identity, 44);
    QCOMPARE(lookup(key).exitCode, 0);

    QVERIFY(remove(m_identity, 44).ok());
    const ToolResult outside = lookup(key);
    QVERIFY(outside.exitCode != 0);
    QVERIFY(outside.out.isEmpty());
    QCOMPARE(countItems(searchAll(), key), 0);
    QVERIFY(!m_vault->isSaved(m_identity, 44));

    const Result<Secret> loaded = load(m_identity, 44);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, BackendError::Kind::NotFound);
    QVERIFY(loaded.error().message.contains(QStringLiteral("44")));

    // Removing what is not there is not an error: it is gone either way.
    QVERIFY(remove(m_identity, 44).ok());
}

void TestSecretVault::sameTokenIdInTwoStoresDoesNotCollide()
{
    const QString other = QStringLiteral("gitlab:gitlab.example.test:alice");
    const QByteArray mine = randomToken();
    const QByteArray theirs = randomToken();
    QVERIFY(save(m_identity, 7, mine).ok());
    QVERIFY(save(other, 7, theirs).ok());

    QVERIFY(load(m_identity, 7).value() == Secret(mine));
    QVERIFY(load(other, 7).value() == Secret(theirs));
    QCOMPARE(lookup(SecretVault::tokenKey(other, 7)).out, theirs);

    QVERIFY(remove(m_identity, 7).ok());
    QVERIFY(!load(m_identity, 7).ok());
    QVERIFY(load(other, 7).value() == Secret(theirs));
    QVERIFY(m_vault->isSaved(other, 7));
    QVERIFY(!m_vault->isSaved(m_identity, 7));
    QVERIFY(remove(other, 7).ok());
}

void TestSecretVault::replaceAfterRotationMovesSecretAndGitHosts()
{
    const QByteArray before = randomToken();
    const QByteArray after = randomToken();
    QVERIFY(save(m_identity, 10, before).ok());
    GitCredentialMap map(m_vault->settingsFile());
    QVERIFY(map.set(QStringLiteral("git.example.test"), m_identity, 10, QStringLiteral("alice")));
    m_secretsUsed << after;

    auto answer = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->replace(m_identity, 10, 11, Secret(after), ctx, std::move(done));
    });
    QVERIFY(answer.ok());

    QCOMPARE(lookup(SecretVault::tokenKey(m_identity, 11)).out, after);
    QVERIFY(lookup(SecretVault::tokenKey(m_identity, 10)).exitCode != 0);
    QVERIFY(!searchAll().contains(before));
    QVERIFY(m_vault->isSaved(m_identity, 11));
    QVERIFY(!m_vault->isSaved(m_identity, 10));
    const auto entry = map.get(QStringLiteral("git.example.test"));
    QVERIFY(entry);
    QCOMPARE(entry->tokenId, 11);
    QCOMPARE(entry->username, QStringLiteral("alice"));

    // Forgetting the secret drops the git host too: git would otherwise be pointed at nothing.
    QVERIFY(remove(m_identity, 11).ok());
    QVERIFY(!map.get(QStringLiteral("git.example.test")));
}

void TestSecretVault::accountCredentialIsSeparateFromTokens()
{
    const QString account = QStringLiteral("gitlab:gitlab.example.test:alice");
    const QByteArray credential = randomToken();
    const QByteArray token = randomToken();
    m_secretsUsed << credential;
    QVERIFY(save(account, 1, token).ok());

    auto saved = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->saveAccountCredential(account, Secret(credential), ctx, std::move(done));
    });
    QVERIFY(saved.ok());
    QCOMPARE(lookup(SecretVault::accountCredentialKey(account)).out, credential);
    QCOMPARE(lookup(SecretVault::tokenKey(account, 1)).out, token);

    auto loaded = Test::await<Secret>([&](QObject* ctx, Callback<Secret> done) {
        m_vault->loadAccountCredential(account, ctx, std::move(done));
    });
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == Secret(credential));

    auto removed = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->removeAccountCredential(account, ctx, std::move(done));
    });
    QVERIFY(removed.ok());
    QVERIFY(lookup(SecretVault::accountCredentialKey(account)).exitCode != 0);
    QCOMPARE(lookup(SecretVault::tokenKey(account, 1)).out, token);

    auto missing = Test::await<Secret>([&](QObject* ctx, Callback<Secret> done) {
        m_vault->loadAccountCredential(account, ctx, std::move(done));
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, BackendError::Kind::NotFound);
    QVERIFY(remove(account, 1).ok());
}

void TestSecretVault::loadOfEntryDeletedElsewhereSaysWhatToDo()
{
    QVERIFY(save(m_identity, 50, randomToken()).ok());
    QVERIFY(m_vault->isSaved(m_identity, 50));
    // The user deletes the item in their keyring manager.
    const ToolResult cleared =
        secretTool({QStringLiteral("clear"), QStringLiteral("user"), SecretVault::tokenKey(m_identity, 50),
                    QStringLiteral("server"), QStringLiteral("TokenDesk")});
    QCOMPARE(cleared.exitCode, 0);

    const Result<Secret> loaded = load(m_identity, 50);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, BackendError::Kind::NotFound);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("unlock it")),
             qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(QStringLiteral("forget")));
    // Forgetting clears TokenDesk's record even though the keychain entry is already gone.
    QSignalSpy changed(m_vault.get(), &SecretVault::savedChanged);
    QVERIFY(remove(m_identity, 50).ok());
    QVERIFY(!m_vault->isSaved(m_identity, 50));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).toBool(), false);
    QCOMPARE(load(m_identity, 50).error().message,
             QStringLiteral("No secret is saved in the keychain for token 50."));
}

void TestSecretVault::loadRecordsAnEntrySavedByAnotherProcess()
{
    const QByteArray secret = randomToken();
    m_secretsUsed << secret;
    QProcess store;
    store.start(QStringLiteral("secret-tool"),
                {QStringLiteral("store"), QStringLiteral("--label=TokenDesk"), QStringLiteral("user"),
                 SecretVault::tokenKey(m_identity, 51), QStringLiteral("server"), QStringLiteral("TokenDesk"),
                 QStringLiteral("type"), QStringLiteral("plaintext")});
    QVERIFY(store.waitForStarted());
    store.write(secret);
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished());
    QCOMPARE(store.exitCode(), 0);
    QVERIFY(!m_vault->isSaved(m_identity, 51));

    QVERIFY(load(m_identity, 51).value() == Secret(secret));
    QVERIFY(m_vault->isSaved(m_identity, 51));
    QVERIFY(remove(m_identity, 51).ok());
}

void TestSecretVault::pendingWhileTheKeychainWorks()
{
    QSignalSpy pending(m_vault.get(), &SecretVault::pendingChanged);
    std::optional<Result<bool>> answer;
    m_vault->save(m_identity, 60, Secret(randomToken()), this,
                  [&answer](Result<bool> result) { answer.emplace(std::move(result)); });
    // Never answered before the call returns, and marked pending until it does.
    QVERIFY(!answer);
    QVERIFY(m_vault->isPending(m_identity, 60));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(answer->ok());
    QVERIFY(!m_vault->isPending(m_identity, 60));
    QCOMPARE(pending.count(), 2);
    QVERIFY(remove(m_identity, 60).ok());
}

void TestSecretVault::noAnswerAfterTheContextIsGone()
{
    bool called = false;
    auto* context = new QObject;
    m_vault->save(m_identity, 70, Secret(randomToken()), context, [&called](Result<bool>) { called = true; });
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(!m_vault->isPending(m_identity, 70), 20000);
    QVERIFY(!called);
    // The save itself still happened and is recorded.
    QVERIFY(m_vault->isSaved(m_identity, 70));
    QVERIFY(remove(m_identity, 70).ok());
}

void TestSecretVault::vaultDeletedWhileSavingDoesNotCrash()
{
    bool called = false;
    const QByteArray secret = randomToken();
    m_secretsUsed << secret;
    auto* vault = new SecretVault(m_dir.filePath(QStringLiteral("short-lived.conf")));
    vault->save(m_identity, 80, Secret(secret), this, [&called](Result<bool>) { called = true; });
    delete vault;
    // The save still completes in the keychain; nobody is called back into a dead vault.
    const QString key = SecretVault::tokenKey(m_identity, 80);
    QTRY_COMPARE_WITH_TIMEOUT(lookup(key).out, secret, 20000);
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QCOMPARE(secretTool({QStringLiteral("clear"), QStringLiteral("user"), key, QStringLiteral("server"),
                         QStringLiteral("TokenDesk")})
                 .exitCode,
             0);
}

void TestSecretVault::defaultSettingsFileFollowsConfigDir()
{
    const QByteArray previous = qgetenv("TOKENDESK_CONFIG_DIR");
    qputenv("TOKENDESK_CONFIG_DIR", m_dir.filePath(QStringLiteral("elsewhere")).toUtf8());
    QCOMPARE(KeychainSettings::defaultFilePath(), m_dir.filePath(QStringLiteral("elsewhere/keychain.conf")));
    QCOMPARE(SecretVault().settingsFile(), m_dir.filePath(QStringLiteral("elsewhere/keychain.conf")));
    qunsetenv("TOKENDESK_CONFIG_DIR");
    QVERIFY(KeychainSettings::defaultFilePath().endsWith(QStringLiteral("/TokenDesk/keychain.conf")));
    if (!previous.isEmpty())
        qputenv("TOKENDESK_CONFIG_DIR", previous);
}

void TestSecretVault::noSecretInAnySettingsOrFile()
{
    QVERIFY(!m_secretsUsed.isEmpty());
    QVERIFY(QFile::exists(m_vault->settingsFile()));
    const QStringList roots{m_dir.path(), QDir::homePath()};
    for (const QByteArray& secret : std::as_const(m_secretsUsed)) {
        for (const QString& root : roots) {
            const QStringList hits = filesContaining(root, secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_SecretVault.moc"
