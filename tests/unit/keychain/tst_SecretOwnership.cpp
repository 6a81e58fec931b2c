#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;

// A keychain save that starts late (a slow keychain, or the one retry) still stores the secret it was
// given, even when whoever handed it over (the one-time dialog) has wiped its own copy meanwhile. Checked
// against the real Secret Service of the isolated session, read back with secret-tool.
class TestSecretOwnership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void delayedSaveStoresTheSecretAfterTheGiverWipedIt();
    void delayedReplaceStoresTheSecretAfterTheGiverWipedIt();
    void delayedAccountCredentialSaveStoresTheSecret();
    void cleanupTestCase();

private:
    QString clear(const QString& key);

    QTemporaryDir m_dir;
    std::unique_ptr<SecretVault> m_vault;
    QString m_identity;
    QStringList m_keys;
};

void TestSecretOwnership::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY(m_dir.isValid());
    m_vault = std::make_unique<SecretVault>(m_dir.filePath(QStringLiteral("keychain.conf")));
    m_identity = QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestSecretOwnership::cleanupTestCase()
{
    for (const QString& key : std::as_const(m_keys))
        secretTool({QStringLiteral("clear"), QStringLiteral("user"), key, QStringLiteral("server"),
                    QStringLiteral("TokenDesk")});
}

void TestSecretOwnership::delayedSaveStoresTheSecretAfterTheGiverWipedIt()
{
    const QByteArray token = randomToken();
    const QString key = SecretVault::tokenKey(m_identity, 11);
    m_keys << key;
    std::optional<Result<bool>> answer;
    {
        Secret shown(token); // the one-time dialog's copy
        m_vault->setWritesHeld(true);
        m_vault->save(m_identity, 11, shown, this,
                      [&answer](Result<bool> result) { answer.emplace(std::move(result)); });
        shown.wipe(); // the dialog closes before the keychain got to it
    }
    QVERIFY(m_vault->isPending(m_identity, 11));
    QVERIFY(!m_vault->isSaved(m_identity, 11));
    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().message));
    // What the keychain really holds, and what the index says, agree: the real secret, saved.
    QCOMPARE(lookup(key).out, token);
    QVERIFY(m_vault->isSaved(m_identity, 11));
}

void TestSecretOwnership::delayedReplaceStoresTheSecretAfterTheGiverWipedIt()
{
    const QByteArray oldToken = randomToken();
    const QByteArray newToken = randomToken();
    m_keys << SecretVault::tokenKey(m_identity, 21) << SecretVault::tokenKey(m_identity, 22);
    QVERIFY(Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
                m_vault->save(m_identity, 21, Secret(oldToken), ctx, std::move(done));
            }).ok());
    std::optional<Result<bool>> answer;
    {
        Secret shown(newToken);
        m_vault->setWritesHeld(true);
        m_vault->replace(m_identity, 21, 22, shown, this,
                         [&answer](Result<bool> result) { answer.emplace(std::move(result)); });
        shown.wipe();
    }
    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(answer->ok());
    QCOMPARE(lookup(SecretVault::tokenKey(m_identity, 22)).out, newToken);
    QVERIFY(m_vault->isSaved(m_identity, 22));
    QVERIFY(!m_vault->isSaved(m_identity, 21));
}

void TestSecretOwnership::delayedAccountCredentialSaveStoresTheSecret()
{
    const QByteArray token = randomToken();
    const QString account =
        QStringLiteral("gitlab:gitlab.example.test:") + QUuid::createUuid().toString(QUuid::Id128);
    const QString key = SecretVault::accountCredentialKey(account);
    m_keys << key;
    std::optional<Result<bool>> answer;
    {
        Secret rotated(token); // the successor of the sign-in token, as the one-time dialog shows it
        m_vault->setWritesHeld(true);
        m_vault->saveAccountCredential(account, rotated, this,
                                       [&answer](Result<bool> result) { answer.emplace(std::move(result)); });
        rotated.wipe();
    }
    m_vault->setWritesHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY(answer->ok());
    QCOMPARE(lookup(key).out, token);
}

QTEST_GUILESS_MAIN(TestSecretOwnership)
#include "tst_SecretOwnership.moc"
