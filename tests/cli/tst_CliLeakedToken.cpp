// tokendesk-cli revoke-leaked: the real binary against two GitLab API test servers over loopback, the
// keyring of the isolated session and the keychain's settings file, as a person who found a token would
// use it. The secret goes in on standard input only, and must come out nowhere.
#include "CliTestSupport.h"
#include "GitCredentialMap.h"
#include "GitLabTestServer.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr const char* AliceToken = GitLabTestServer::AliceToken;
// bob's token that can only clone: it cannot even read who bob is (/user needs read_user or api).
constexpr const char* BobClone = "glpat-bob-clone-secret-0001";
// Known only to the second instance.
constexpr const char* CarolToken = "glpat-carol-second-secret-01";
constexpr const char* Nobody = "glpat-nobody-knows-this-0001";

QByteArray firstConfig()
{
    return "{\n"
           "  \"users\": [\n"
           "    {\"id\": 1, \"username\": \"root\", \"name\": \"Administrator\", \"is_admin\": true},\n"
           "    {\"id\": 2, \"username\": \"alice\", \"name\": \"Alice Example\"},\n"
           "    {\"id\": 3, \"username\": \"bob\", \"name\": \"Bob Example\"}\n"
           "  ],\n"
           "  \"tokens\": [\n"
           "    {\"user\": \"root\", \"name\": \"root-api\", \"scopes\": [\"api\"], \"secret\": "
           "\"glpat-root-api-secret-00001\"},\n"
           "    {\"user\": \"alice\", \"name\": \"alice-api\", \"scopes\": [\"api\"], \"secret\": "
           "\"glpat-alice-api-secret-0001\"},\n"
           "    {\"user\": \"bob\", \"name\": \"bob-api\", \"scopes\": [\"api\"], \"secret\": "
           "\"glpat-bob-api-secret-000001\"},\n"
           "    {\"user\": \"bob\", \"name\": \"bob-clone\", \"scopes\": [\"read_repository\"], \"secret\": "
           "\"glpat-bob-clone-secret-0001\",\n"
           "     \"description\": \"CI clone\", \"last_used_at\": \"2026-11-30T08:00:00.000Z\",\n"
           "     \"last_used_ips\": [\"203.0.113.9\", \"198.51.100.4\"]}\n"
           "  ]\n"
           "}\n";
}

QByteArray secondConfig()
{
    return "{\n"
           "  \"users\": [{\"id\": 7, \"username\": \"carol\", \"name\": \"Carol Example\"}],\n"
           "  \"tokens\": [{\"user\": \"carol\", \"name\": \"carol-deploy\", \"scopes\": "
           "[\"write_repository\"],\n"
           "              \"secret\": \"glpat-carol-second-secret-01\"}]\n"
           "}\n";
}

} // namespace

class TestCliLeakedToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void revokesAnotherUsersCloneOnlyToken();
    void unknownSecretSaysWhereItAsked();
    void alreadyRevoked();
    void secondInstanceKnowsIt();
    void notTokenShapedIsRefusedBeforeAnythingIsSent();
    void withoutTerminalNeedsYes();
    void serverDownIsAFailure();
    void keychainAndGitMappingForgotten();
    void askedOnTheTerminal();
    void declinedOnTheTerminal();
    void jsonNamesTheOwner();
    void localStoreAfterTheInstances();
    void nothingToAskIsUnknownEverywhere();

private:
    ProcessResult leak(const QByteArray& secret, const QStringList& arguments,
                       const QStringList& extraEnvironment = {});
    QString firstUrl() const { return m_first.url().toString(); }
    QString accountKey(const GitLabTestServer& server, const QString& user) const;
    void connectAccount(const GitLabTestServer& server, const QString& user, const QByteArray& secret);
    QJsonObject serverToken(GitLabTestServer& server, const QString& name);
    void expectNoLeak(const ProcessResult& result, const QByteArray& secret);

    GitLabTestServer m_first;
    GitLabTestServer m_second;
    QTemporaryDir m_configs;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliLeakedToken::initTestCase()
{
    isolateStandardPaths();
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    QVERIFY(m_configs.isValid());
    const auto write = [this](const QString& name, const QByteArray& text) {
        QFile file(m_configs.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write(u"first.json"_s, firstConfig()));
    QVERIFY(write(u"second.json"_s, secondConfig()));
    QVERIFY2(m_first.start({u"--config"_s, m_configs.filePath(u"first.json"_s)}),
             qPrintable(m_first.errorString()));
    QVERIFY2(m_second.start({u"--config"_s, m_configs.filePath(u"second.json"_s)}),
             qPrintable(m_second.errorString()));
}

void TestCliLeakedToken::init()
{
    QVERIFY(m_first.control({{u"reseed"_s, true}}));
    QVERIFY(m_second.control({{u"reseed"_s, true}}));
    QVERIFY(m_first.reset());
    QVERIFY(m_second.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    // No store in the config folder: only the instances are asked.
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path(),
                          u"TOKENDESK_STORE="_s + m_dir->filePath(u"absent.sqlite"_s)});
}

void TestCliLeakedToken::cleanup()
{
    m_dir.reset();
}

ProcessResult TestCliLeakedToken::leak(const QByteArray& secret, const QStringList& arguments,
                                       const QStringList& extraEnvironment)
{
    // Every log category on, to standard error: the secret must not be in any of it.
    const ProcessResult result = m_cli.runBare(
        arguments, secret + '\n', QStringList{u"QT_LOGGING_RULES=tokendesk.*=true"_s} + extraEnvironment);
    expectNoLeak(result, secret);
    return result;
}

void TestCliLeakedToken::expectNoLeak(const ProcessResult& result, const QByteArray& secret)
{
    QVERIFY2(!result.out.contains(secret), "the secret is on standard output");
    QVERIFY2(!result.err.contains(secret), "the secret is on standard error or in the log");
    // Nor in any file the command wrote (settings, keychain bookkeeping).
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        QVERIFY2(!fileContains(files.next(), secret), qPrintable(u"the secret is in "_s + files.filePath()));
}

QString TestCliLeakedToken::accountKey(const GitLabTestServer& server, const QString& user) const
{
    const QUrl url = server.url();
    return u"gitlab:http://%1:%2:%3"_s.arg(url.host()).arg(url.port()).arg(user);
}

void TestCliLeakedToken::connectAccount(const GitLabTestServer& server, const QString& user,
                                        const QByteArray& secret)
{
    const QString account = accountKey(server, user);
    {
        QSettings settings(m_dir->filePath(u"keychain.conf"_s), QSettings::IniFormat);
        settings.setValue(u"GitLabAccounts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account)),
                          server.url().toString());
    }
    TokenDesk::SecretVault vault(m_dir->filePath(u"keychain.conf"_s));
    const auto saved = await<bool>([&](QObject* context, TokenDesk::Callback<bool> done) {
        vault.saveAccountCredential(account, TokenDesk::Secret(secret), context, std::move(done));
    });
    QVERIFY(saved.ok());
}

QJsonObject TestCliLeakedToken::serverToken(GitLabTestServer& server, const QString& name)
{
    for (const QJsonValue& value : server.tokens()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

void TestCliLeakedToken::revokesAnotherUsersCloneOnlyToken()
{
    const ProcessResult result = leak(BobClone, {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    // Owner, name, scopes with what they allow, last use and where from.
    QVERIFY2(out.contains(u"Owner:"_s) && out.contains(u"bob"_s), qPrintable(out));
    QVERIFY(out.contains(u"bob-clone"_s));
    QVERIFY(out.contains(u"read_repository"_s));
    QVERIFY(out.contains(u"What the scopes allow:"_s));
    QVERIFY(out.contains(u"Last used:"_s));
    QVERIFY(out.contains(u"203.0.113.9, 198.51.100.4"_s));
    QVERIFY(out.contains(u"Revoked token"_s));
    QCOMPARE(serverToken(m_first, u"bob-clone"_s).value(u"revoked"_s).toBool(), true);
    // Revoked with the secret itself: the DELETE went to /self, signed by the leaked token.
    bool deletedSelf = false;
    for (const QJsonValue& entry : m_first.log()) {
        const QJsonObject e = entry.toObject();
        if (e.value(u"method"_s).toString() == u"DELETE"_s) {
            QCOMPARE(e.value(u"path"_s).toString(), u"/api/v4/personal_access_tokens/self"_s);
            QCOMPARE(e.value(u"credential"_s).toString(), GitLabTestServer::credentialDigest(BobClone));
            deletedSelf = true;
        }
    }
    QVERIFY(deletedSelf);
    // Bob's other token is untouched.
    QCOMPARE(serverToken(m_first, u"bob-api"_s).value(u"revoked"_s).toBool(), false);
}

void TestCliLeakedToken::unknownSecretSaysWhereItAsked()
{
    connectAccount(m_first, u"alice"_s, AliceToken);
    connectAccount(m_second, u"carol"_s, CarolToken);
    const ProcessResult result = leak(Nobody, {u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(isOneErrorLine(result.err) || result.err.contains("tokendesk-cli: error:"));
    const QUrl first = m_first.url();
    const QUrl second = m_second.url();
    QVERIFY2(result.err.contains(QString::number(first.port()).toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains(QString::number(second.port()).toUtf8()), result.err.constData());
    QCOMPARE(m_first.count(u"DELETE"_s), 0);
    QCOMPARE(m_second.count(u"DELETE"_s), 0);
}

void TestCliLeakedToken::alreadyRevoked()
{
    QCOMPARE(leak(BobClone, {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s}).exitCode, 0);
    const ProcessResult again = leak(BobClone, {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains("already revoked"));
}

void TestCliLeakedToken::secondInstanceKnowsIt()
{
    connectAccount(m_first, u"alice"_s, AliceToken);
    connectAccount(m_second, u"carol"_s, CarolToken);
    const ProcessResult result = leak(CarolToken, {u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QString::number(m_second.url().port()).toUtf8()), result.out.constData());
    QVERIFY(result.out.contains("carol-deploy"));
    // Asked in the registry's order until one knew it; the other revoked nothing.
    QVERIFY(m_first.count(u"GET"_s, u"/api/v4/personal_access_tokens/self"_s) <= 1);
    QVERIFY(m_second.count(u"GET"_s, u"/api/v4/personal_access_tokens/self"_s) >= 1);
    QCOMPARE(m_first.count(u"DELETE"_s), 0);
    QCOMPARE(m_second.count(u"DELETE"_s, u"/api/v4/personal_access_tokens/self"_s), 1);
    QCOMPARE(serverToken(m_second, u"carol-deploy"_s).value(u"revoked"_s).toBool(), true);
}

void TestCliLeakedToken::notTokenShapedIsRefusedBeforeAnythingIsSent()
{
    for (const QByteArray& text : {QByteArray("password=hunter2!"), QByteArray("glpat"),
                                   QByteArray("https://example.com/glpat-abc")}) {
        const ProcessResult result = leak(text, {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("does not hold a token"));
    }
    const ProcessResult twoWords = leak("glpat-abcdefghijklmnopqrst and more",
                                        {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(twoWords.exitCode, 2);
    QCOMPARE(m_first.log().size(), 0);
    // Never from the command line.
    const ProcessResult argument =
        m_cli.runBare({u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, QString::fromLatin1(Nobody)});
    QCOMPARE(argument.exitCode, 2);
}

void TestCliLeakedToken::withoutTerminalNeedsYes()
{
    const ProcessResult result = leak(BobClone, {u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--yes"));
    QCOMPARE(serverToken(m_first, u"bob-clone"_s).value(u"revoked"_s).toBool(), false);
    QCOMPARE(m_first.count(u"DELETE"_s), 0);
}

void TestCliLeakedToken::serverDownIsAFailure()
{
    const ProcessResult result = leak(BobClone, {u"--gitlab"_s, u"http://127.0.0.1:9"_s, u"--timeout"_s,
                                                 u"5"_s, u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("could not answer"));
}

void TestCliLeakedToken::keychainAndGitMappingForgotten()
{
    connectAccount(m_first, u"bob"_s, GitLabTestServer::BobToken);
    const qint64 id = serverToken(m_first, u"bob-clone"_s).value(u"id"_s).toInteger();
    const QString identity = accountKey(m_first, u"bob"_s);
    const QString settingsFile = m_dir->filePath(u"keychain.conf"_s);
    {
        TokenDesk::SecretVault vault(settingsFile);
        const auto saved = await<bool>([&](QObject* context, TokenDesk::Callback<bool> done) {
            vault.save(identity, id, TokenDesk::Secret(QByteArray(BobClone)), context, std::move(done));
        });
        QVERIFY(saved.ok());
        QVERIFY(TokenDesk::GitCredentialMap(settingsFile).set(u"git.example.com"_s, identity, id, u"bob"_s));
    }
    const ProcessResult result = leak(BobClone, {u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("keychain"), result.out.constData());
    QVERIFY(result.out.contains("git uses it for git.example.com"));
    QVERIFY(result.out.contains("Deleted its secret from the keychain"));
    TokenDesk::SecretVault vault(settingsFile);
    QVERIFY(!vault.isSaved(identity, id));
    QVERIFY(!TokenDesk::GitCredentialMap(settingsFile).get(u"git.example.com"_s).has_value());
    const auto loaded =
        await<TokenDesk::Secret>([&](QObject* context, TokenDesk::Callback<TokenDesk::Secret> done) {
            vault.load(identity, id, context, std::move(done));
        });
    QVERIFY(!loaded.ok());
}

void TestCliLeakedToken::askedOnTheTerminal()
{
    // The secret typed (hidden) on the terminal, then "y" to revoke.
    const ProcessResult result =
        m_cli.runOnTerminal({u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s}, QByteArray(BobClone) + "\ny\n");
    expectNoLeak(result, BobClone);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("Revoke token"), result.err.constData());
    QVERIFY(result.err.contains("bob"));
    QCOMPARE(serverToken(m_first, u"bob-clone"_s).value(u"revoked"_s).toBool(), true);
}

void TestCliLeakedToken::declinedOnTheTerminal()
{
    const ProcessResult result =
        m_cli.runOnTerminal({u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s}, QByteArray(BobClone) + "\nn\n");
    expectNoLeak(result, BobClone);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("nothing was revoked"));
    QCOMPARE(serverToken(m_first, u"bob-clone"_s).value(u"revoked"_s).toBool(), false);
    QCOMPARE(m_first.count(u"DELETE"_s), 0);
}

void TestCliLeakedToken::jsonNamesTheOwner()
{
    const ProcessResult result =
        leak(BobClone, {u"--json"_s, u"--gitlab"_s, firstUrl(), u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseJson(result.out).object();
    QCOMPARE(json.value(u"username"_s).toString(), u"bob"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"bob-clone"_s);
    QCOMPARE(json.value(u"revoked"_s).toBool(), true);
    // Newest first: this very identification (from loopback) before the seeded addresses.
    QVERIFY(json.value(u"last_used_ips"_s).toArray().contains(u"203.0.113.9"_s));
    QVERIFY(!json.contains(u"token"_s));
}

void TestCliLeakedToken::localStoreAfterTheInstances()
{
    connectAccount(m_first, u"alice"_s, AliceToken);
    const QString store = m_dir->filePath(u"tokens.sqlite"_s);
    const ProcessResult created = m_cli.runBare(
        {u"--store"_s, store, u"--json"_s, u"create"_s, u"--name"_s, u"pasted-in-chat"_s, u"--scope"_s,
         u"read_api"_s, u"--expires"_s, testTodayUtc().addDays(30).toString(Qt::ISODate)});
    QCOMPARE(created.exitCode, 0);
    const QByteArray secret = parseJson(created.out).object().value(u"token"_s).toString().toUtf8();
    QVERIFY(!secret.isEmpty());
    const ProcessResult result = leak(secret, {u"--store"_s, store, u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("pasted-in-chat"));
    // The instance was asked first.
    QCOMPARE(m_first.count(u"GET"_s, u"/api/v4/personal_access_tokens/self"_s), 1);
    const ProcessResult shown =
        m_cli.runBare({u"--store"_s, store, u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    const QJsonArray tokens = parseJson(shown.out).array();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().toObject().value(u"revoked"_s).toBool(), true);
    const ProcessResult again = leak(secret, {u"--store"_s, store, u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(again.exitCode, 3);
}

void TestCliLeakedToken::nothingToAskIsUnknownEverywhere()
{
    // No account connected and no store yet: the token is unknown to every place there is (exit 3), and
    // asking creates no store.
    const ProcessResult result = leak(Nobody, {u"revoke-leaked"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("--gitlab"), result.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"absent.sqlite"_s)));
    // Junk is still refused first, as junk.
    QCOMPARE(leak("password=hunter2!", {u"revoke-leaked"_s, u"--yes"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliLeakedToken)
#include "tst_CliLeakedToken.moc"
