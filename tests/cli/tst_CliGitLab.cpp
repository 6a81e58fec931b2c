// tokendesk-cli --gitlab: the real binary against the GitLab API test server (tests/integration) on an
// ephemeral loopback port, with the access token in the child's environment.
#include "AccountBook.h"
#include "CliTestSupport.h"
#include "GitLabTestServer.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr const char* RootToken = GitLabTestServer::RootToken;
constexpr const char* AliceToken = GitLabTestServer::AliceToken;
constexpr const char* AliceReadToken = GitLabTestServer::AliceReadToken;
constexpr int AliceBulkTokens = 250;
constexpr int MaxLifetimeDays = 100;

} // namespace

class TestCliGitLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void whoamiAdministrator();
    void whoamiRegularWarnsAboutItsToken();
    void listReadsEveryPage();
    void listSearchAndState();
    void showAndShowSelf();
    void createAsAdministrator();
    void createForAnotherUser();
    void createSelfServiceScope();
    void createApiScopeAsRegularUserSendsNothing();
    void createRejectedByTheServerIsAValidationError();
    void rotateAndRotateSelf();
    void revokeAndRevokeSelf();
    void revokeCostsItsDeleteAndOneRead();
    void verifyIdentifiesTheSecret();
    void refusedAndMissing();
    void tokenFile();
    void missingToken();
    void keychainAccount();
    void keychainCommandsUseTheAccount();
    void keychainAccountUsesItsStoredOptions();
    void plainHttpOnlyForLoopback();
    void usageErrors();
    void noSecretInLogs();

private:
    ProcessResult run(const QByteArray& token, const QStringList& arguments, const QByteArray& input = {},
                      const QStringList& extraEnvironment = {});
    QJsonObject runJson(const QByteArray& token, const QStringList& arguments);
    QString url() const { return m_server.url().toString(); }
    QJsonObject serverToken(qint64 id);
    void connectAccount(const QString& user, const QByteArray& secret);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
    QStringList m_leaks;
};

void TestCliGitLab::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start({u"--bulk"_s, QString::number(AliceBulkTokens), u"--max-lifetime"_s,
                             QString::number(MaxLifetimeDays)}),
             qPrintable(m_server.errorString()));
}

void TestCliGitLab::init()
{
    QVERIFY(m_server.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path()});
    m_leaks.clear();
}

void TestCliGitLab::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(), qPrintable(u"access token printed by: "_s + m_leaks.join(u" | "_s)));
}

ProcessResult TestCliGitLab::run(const QByteArray& token, const QStringList& arguments,
                                 const QByteArray& input, const QStringList& extraEnvironment)
{
    QStringList environment = extraEnvironment;
    if (!token.isEmpty())
        environment << u"GITLAB_TOKEN="_s + QString::fromLatin1(token);
    const ProcessResult result =
        m_cli.runBare(QStringList{u"--gitlab"_s, url()} + arguments, input, environment);
    if (!token.isEmpty() && (result.out.contains(token) || result.err.contains(token)))
        m_leaks << arguments.join(u' ');
    return result;
}

QJsonObject TestCliGitLab::runJson(const QByteArray& token, const QStringList& arguments)
{
    const ProcessResult result = run(token, QStringList{u"--json"_s} + arguments);
    return result.exitCode == 0 ? parseJson(result.out).object() : QJsonObject();
}

QJsonObject TestCliGitLab::serverToken(qint64 id)
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"id"_s).toInteger() == id)
            return value.toObject();
    }
    return {};
}

void TestCliGitLab::connectAccount(const QString& user, const QByteArray& secret)
{
    const QUrl server = m_server.url();
    const QString account = u"gitlab:http://%1:%2:%3"_s.arg(server.host()).arg(server.port()).arg(user);
    QSettings settings(m_dir->filePath(u"keychain.conf"_s), QSettings::IniFormat);
    settings.setValue(u"GitLabAccounts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account)), url());
    settings.sync();
    // Saved as the window saves it.
    TokenDesk::SecretVault vault(m_dir->filePath(u"keychain.conf"_s));
    const auto saved = TokenDesk::Test::await<bool>(
        [&](QObject* context, TokenDesk::Callback<bool> done) {
            vault.saveAccountCredential(account, TokenDesk::Secret(secret), context, std::move(done));
        },
        20000);
    QVERIFY(saved.ok());
}

void TestCliGitLab::whoamiAdministrator()
{
    const QJsonObject me = runJson(RootToken, {u"whoami"_s});
    QCOMPARE(me.value(u"username"_s).toString(), u"root"_s);
    QCOMPARE(me.value(u"id"_s).toInteger(), 1);
    QCOMPARE(me.value(u"is_admin"_s).toBool(), true);
    QVERIFY(!me.value(u"version"_s).toString().isEmpty());
    const QJsonObject own = me.value(u"access_token"_s).toObject();
    QCOMPARE(own.value(u"name"_s).toString(), u"root-api"_s);
    QCOMPARE(own.value(u"scopes"_s).toArray(), QJsonArray{u"api"_s});

    const ProcessResult text = run(RootToken, {u"whoami"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Administrator:  yes"), text.out.constData());
    QVERIFY(text.err.isEmpty());
}

void TestCliGitLab::whoamiRegularWarnsAboutItsToken()
{
    const ProcessResult regular = run(AliceToken, {u"whoami"_s});
    QCOMPARE(regular.exitCode, 0);
    QVERIFY(regular.out.contains("alice"));
    QVERIFY(regular.out.contains("Administrator:  no"));
    QVERIFY2(regular.err.isEmpty(), regular.err.constData());

    const ProcessResult readOnly = run(AliceReadToken, {u"whoami"_s});
    QCOMPARE(readOnly.exitCode, 0);
    QVERIFY2(readOnly.err.contains("warning: the access token lacks the api scope"),
             readOnly.err.constData());

    // A token that expires tomorrow, made by the administrator for bob.
    const QJsonObject soon =
        runJson(RootToken, {u"create"_s, u"--name"_s, u"soon"_s, u"--scope"_s, u"api"_s, u"--user-id"_s,
                            u"3"_s, u"--expires"_s, testTodayUtc().addDays(1).toString(Qt::ISODate)});
    const QByteArray soonSecret = soon.value(u"token"_s).toString().toLatin1();
    QVERIFY(!soonSecret.isEmpty());
    const QJsonObject me = runJson(soonSecret, {u"whoami"_s});
    QCOMPARE(me.value(u"username"_s).toString(), u"bob"_s);
    QVERIFY(me.value(u"warnings"_s).toArray().first().toString().contains(u"expires on"_s));
    const ProcessResult text = run(soonSecret, {u"whoami"_s});
    QVERIFY2(text.err.contains("warning: the access token expires on"), text.err.constData());
}

void TestCliGitLab::listReadsEveryPage()
{
    QSet<qint64> expected;
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"user_id"_s).toInteger() == 2)
            expected.insert(value.toObject().value(u"id"_s).toInteger());
    }
    QVERIFY(expected.size() > 2 * 100);

    const ProcessResult listed = run(AliceToken, {u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), listed.err.constData()); // no progress on a pipe
    const QJsonArray tokens = parseJson(listed.out).array();
    QSet<qint64> got;
    for (const QJsonValue& value : tokens)
        got.insert(value.toObject().value(u"id"_s).toInteger());
    QCOMPARE(tokens.size(), expected.size());
    QCOMPARE(got, expected);
    QVERIFY(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens?"_s) >= 3);

    // The same over Link headers alone (no X-Total / X-Total-Pages, as GitLab over 10,000 tokens).
    QVERIFY(m_server.control(QJsonObject{{u"link_only"_s, true}}));
    const ProcessResult linked = run(AliceToken, {u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QCOMPARE(linked.exitCode, 0);
    QCOMPARE(parseJson(linked.out).array().size(), expected.size());

    const ProcessResult table = run(AliceToken, {u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID "));
    QVERIFY(table.out.contains("alice-api"));
    QVERIFY(!table.out.contains("alice-revoked"));
}

void TestCliGitLab::listSearchAndState()
{
    const QJsonArray revoked = parseJson(run(AliceToken, {u"--json"_s, u"list"_s, u"--state"_s, u"inactive"_s,
                                                          u"--search"_s, u"alice-rev"_s})
                                             .out)
                                   .array();
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().toObject().value(u"name"_s).toString(), u"alice-revoked"_s);
    QVERIFY(revoked.first().toObject().value(u"revoked"_s).toBool());

    const QJsonArray sorted = parseJson(run(AliceToken, {u"--json"_s, u"list"_s, u"--search"_s, u"alice"_s,
                                                         u"--sort"_s, u"name_desc"_s})
                                            .out)
                                  .array();
    QStringList names;
    for (const QJsonValue& value : sorted)
        names << value.toObject().value(u"name"_s).toString();
    QCOMPARE(names, (QStringList{u"alice-registry"_s, u"alice-read"_s, u"alice-api"_s}));
    // An administrator lists their own tokens, not the whole instance's.
    const QJsonArray root =
        parseJson(run(RootToken, {u"--json"_s, u"list"_s, u"--state"_s, u"all"_s}).out).array();
    QVERIFY(!root.isEmpty());
    for (const QJsonValue& value : root)
        QCOMPARE(value.toObject().value(u"user_id"_s).toInteger(), 1);
}

void TestCliGitLab::showAndShowSelf()
{
    const QJsonObject self = runJson(AliceToken, {u"show"_s, u"self"_s});
    QCOMPARE(self.value(u"name"_s).toString(), u"alice-api"_s);
    const qint64 id = self.value(u"id"_s).toInteger();
    QCOMPARE(runJson(AliceToken, {u"show"_s, QString::number(id)}).value(u"name"_s).toString(),
             u"alice-api"_s);
    const ProcessResult text = run(AliceToken, {u"show"_s, u"self"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Scopes:      api"));

    // Not hers (GitLab answers 401 to a regular user) and not there at all.
    const ProcessResult other = run(AliceToken, {u"show"_s, u"1"_s});
    QCOMPARE(other.exitCode, 4);
    QVERIFY(isOneErrorLine(other.err));
    const ProcessResult missing = run(RootToken, {u"show"_s, u"999999"_s});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(isOneErrorLine(missing.err));
}

void TestCliGitLab::createAsAdministrator()
{
    const QJsonObject created =
        runJson(RootToken, {u"create"_s, u"--name"_s, u"ci deploy"_s, u"--description"_s, u"for CI"_s,
                            u"--scope"_s, u"api"_s, u"--scope"_s, u"sudo"_s});
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"user_id"_s).toInteger(), 1);
    QCOMPARE(created.value(u"scopes"_s).toArray(), (QJsonArray{u"api"_s, u"sudo"_s}));
    QCOMPARE(created.value(u"expires_at"_s).toString(), testTodayUtc().addDays(30).toString(Qt::ISODate));
    const QByteArray secret = created.value(u"token"_s).toString().toLatin1();
    QVERIFY(secret.startsWith("glpat-"));
    // The secret works: GitLab identifies it.
    const QJsonObject verified =
        parseJson(run(RootToken, {u"--json"_s, u"verify"_s}, secret + '\n').out).object();
    QCOMPARE(verified.value(u"id"_s).toInteger(), created.value(u"id"_s).toInteger());
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/users/1/personal_access_tokens"_s), 1);

    const ProcessResult text =
        run(RootToken, {u"create"_s, u"--name"_s, u"text"_s, u"--scope"_s, u"read_api"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Created token"));
    QVERIFY(text.err.contains("only time"));
}

void TestCliGitLab::createForAnotherUser()
{
    const QJsonObject created = runJson(RootToken, {u"create"_s, u"--name"_s, u"for bob"_s, u"--scope"_s,
                                                    u"read_api"_s, u"--user-id"_s, u"3"_s});
    QCOMPARE(created.value(u"user_id"_s).toInteger(), 3);
    QCOMPARE(serverToken(created.value(u"id"_s).toInteger()).value(u"user_id"_s).toInteger(), 3);

    // Not an administrator: GitLab refuses.
    const ProcessResult refused = run(AliceToken, {u"create"_s, u"--name"_s, u"for bob"_s, u"--scope"_s,
                                                   u"read_api"_s, u"--user-id"_s, u"3"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(isOneErrorLine(refused.err));
    QVERIFY(refused.out.isEmpty());
}

void TestCliGitLab::createSelfServiceScope()
{
    const QJsonObject created =
        runJson(AliceToken, {u"create"_s, u"--name"_s, u"k8s"_s, u"--scope"_s, u"k8s_proxy"_s});
    QCOMPARE(created.value(u"user_id"_s).toInteger(), 2);
    QCOMPARE(created.value(u"scopes"_s).toArray(), QJsonArray{u"k8s_proxy"_s});
    QVERIFY(!created.value(u"token"_s).toString().isEmpty());
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/user/personal_access_tokens"_s), 1);
}

void TestCliGitLab::createApiScopeAsRegularUserSendsNothing()
{
    const int before = m_server.tokens().size();
    const ProcessResult refused =
        run(AliceToken, {u"create"_s, u"--name"_s, u"my laptop"_s, u"--description"_s, u"git & API"_s,
                         u"--scope"_s, u"api"_s, u"--scope"_s, u"read_user"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_server.count(u"POST"_s), 0);
    QCOMPARE(m_server.tokens().size(), before);
    const QByteArray page = QUrl(url()).toEncoded() +
                            "/-/user_settings/personal_access_tokens?name=my%20laptop&scopes=api,read_user"
                            "&description=git%20%26%20API";
    QVERIFY2(refused.err.contains(page), refused.err.constData());
    QVERIFY(refused.err.startsWith("tokendesk-cli: error: "));
}

void TestCliGitLab::createRejectedByTheServerIsAValidationError()
{
    // The instance allows 100 days; TokenDesk's own rule allows a year, so GitLab has the last word.
    const ProcessResult rejected =
        run(RootToken, {u"create"_s, u"--name"_s, u"long"_s, u"--scope"_s, u"api"_s, u"--expires"_s,
                        testTodayUtc().addDays(200).toString(Qt::ISODate)});
    QCOMPARE(rejected.exitCode, 2);
    QVERIFY(isOneErrorLine(rejected.err));
    QVERIFY2(rejected.err.contains("xpir"), rejected.err.constData());

    const ProcessResult local =
        run(RootToken, {u"create"_s, u"--name"_s, QString(300, u'n'), u"--scope"_s, u"api"_s});
    QCOMPARE(local.exitCode, 2);
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

void TestCliGitLab::rotateAndRotateSelf()
{
    const QJsonObject created = runJson(RootToken, {u"create"_s, u"--name"_s, u"bob signs in"_s, u"--scope"_s,
                                                    u"api"_s, u"--user-id"_s, u"3"_s});
    const QByteArray bobSecret = created.value(u"token"_s).toString().toLatin1();
    const qint64 bobId = created.value(u"id"_s).toInteger();
    QVERIFY(!bobSecret.isEmpty());

    const QJsonObject k8s =
        runJson(bobSecret, {u"create"_s, u"--name"_s, u"k8s"_s, u"--scope"_s, u"k8s_proxy"_s});
    const qint64 k8sId = k8s.value(u"id"_s).toInteger();
    const QJsonObject rotated = runJson(bobSecret, {u"rotate"_s, QString::number(k8sId)});
    QVERIFY(rotated.value(u"id"_s).toInteger() > k8sId);
    QCOMPARE(rotated.value(u"name"_s).toString(), u"k8s"_s);
    QVERIFY(!rotated.value(u"token"_s).toString().isEmpty());
    QVERIFY(serverToken(k8sId).value(u"revoked"_s).toBool());

    const ProcessResult self = run(bobSecret, {u"--json"_s, u"rotate"_s, u"self"_s});
    QCOMPARE(self.exitCode, 0);
    const QJsonObject successor = parseJson(self.out).object();
    const QByteArray newSecret = successor.value(u"token"_s).toString().toLatin1();
    QVERIFY(!newSecret.isEmpty());
    QCOMPARE(successor.value(u"name"_s).toString(), u"bob signs in"_s);
    QVERIFY2(self.err.contains("GITLAB_TOKEN"), self.err.constData());
    QVERIFY(serverToken(bobId).value(u"revoked"_s).toBool());
    QCOMPARE(runJson(newSecret, {u"whoami"_s}).value(u"username"_s).toString(), u"bob"_s);
    QCOMPARE(run(bobSecret, {u"whoami"_s}).exitCode, 3);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/personal_access_tokens/self/rotate"_s), 1);
}

void TestCliGitLab::revokeAndRevokeSelf()
{
    const QJsonObject signsIn = runJson(RootToken, {u"create"_s, u"--name"_s, u"to revoke"_s, u"--scope"_s,
                                                    u"api"_s, u"--user-id"_s, u"3"_s});
    const QByteArray secret = signsIn.value(u"token"_s).toString().toLatin1();
    const QJsonObject other =
        runJson(secret, {u"create"_s, u"--name"_s, u"other"_s, u"--scope"_s, u"k8s_proxy"_s});
    const qint64 otherId = other.value(u"id"_s).toInteger();

    const QJsonObject revoked = runJson(secret, {u"revoke"_s, QString::number(otherId)});
    QCOMPARE(revoked.value(u"id"_s).toInteger(), otherId);
    QVERIFY(revoked.value(u"revoked"_s).toBool());
    QVERIFY(serverToken(otherId).value(u"revoked"_s).toBool());

    const ProcessResult self = run(secret, {u"revoke"_s, u"self"_s});
    QCOMPARE(self.exitCode, 0);
    const QByteArray headline = "Revoked token " + QByteArray::number(signsIn.value(u"id"_s).toInteger());
    QVERIFY2(self.out.contains(headline), self.out.constData());
    QVERIFY2(self.err.contains("no longer signs in"), self.err.constData());
    QVERIFY(serverToken(signsIn.value(u"id"_s).toInteger()).value(u"revoked"_s).toBool());
    const ProcessResult after = run(secret, {u"show"_s, u"self"_s});
    QCOMPARE(after.exitCode, 3);
    QVERIFY2(after.err.contains("invalid, expired or revoked"), after.err.constData());
}

void TestCliGitLab::revokeCostsItsDeleteAndOneRead()
{
    const QJsonObject created =
        runJson(AliceToken, {u"create"_s, u"--name"_s, u"cheap"_s, u"--scope"_s, u"k8s_proxy"_s});
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    const ProcessResult revoked = run(AliceToken, {u"revoke"_s, QString::number(id)});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.out.contains("\"cheap\""), revoked.out.constData());
    QVERIFY(serverToken(id).value(u"revoked"_s).toBool());
    const QJsonArray log = m_server.log();
    QStringList requests;
    for (const QJsonValue& entry : log)
        requests << entry.toObject().value(u"method"_s).toString() + u' ' +
                        entry.toObject().value(u"path"_s).toString();
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
    QVERIFY2(log.size() <= 2, qPrintable(requests.join(u", "_s)));
}

void TestCliGitLab::verifyIdentifiesTheSecret()
{
    const ProcessResult verified =
        run(AliceToken, {u"--json"_s, u"verify"_s}, QByteArray(AliceReadToken) + '\n');
    QCOMPARE(verified.exitCode, 0);
    const QJsonObject token = parseJson(verified.out).object();
    QCOMPARE(token.value(u"name"_s).toString(), u"alice-read"_s);
    QVERIFY(!verified.out.contains(AliceReadToken));

    // No access token needed: the secret on standard input signs in.
    const ProcessResult alone =
        m_cli.runBare({u"--gitlab"_s, url(), u"--json"_s, u"verify"_s}, QByteArray(AliceReadToken));
    QVERIFY2(alone.exitCode == 0, qPrintable(describe(alone)));
    QCOMPARE(parseJson(alone.out).object().value(u"name"_s).toString(), u"alice-read"_s);

    const ProcessResult unknown = run(AliceToken, {u"verify"_s}, "glpat-not-a-real-token-000\n");
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(isOneErrorLine(unknown.err));
    QVERIFY(!unknown.err.contains("glpat-not-a-real"));
}

void TestCliGitLab::refusedAndMissing()
{
    const ProcessResult invalid = run("glpat-wrong-token-0000000", {u"list"_s});
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY(isOneErrorLine(invalid.err));
    QVERIFY2(invalid.err.contains("access token is invalid, expired or revoked") ||
                 invalid.err.contains("it is invalid, expired or revoked"),
             invalid.err.constData());
    QVERIFY(!invalid.err.contains("glpat-wrong"));

    // A read_api token may read but not create: 403 names the missing scope.
    const ProcessResult scope =
        run(AliceReadToken, {u"create"_s, u"--name"_s, u"k"_s, u"--scope"_s, u"k8s_proxy"_s});
    QCOMPARE(scope.exitCode, 3);
    QVERIFY(isOneErrorLine(scope.err));
    QVERIFY2(scope.err.contains("api"), scope.err.constData());

    const ProcessResult missing = run(AliceToken, {u"revoke"_s, u"999999"_s});
    QCOMPARE(missing.exitCode, 4);
}

void TestCliGitLab::tokenFile()
{
    const QString path = m_dir->filePath(u"token"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("  " + QByteArray(AliceToken) + "  \nsecond line\n");
    file.close();
    // A token file must be private, as ssh wants of a key (tst_CliHardening tests the refusals).
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const ProcessResult me =
        m_cli.runBare({u"--gitlab"_s, url(), u"--token-file"_s, path, u"--json"_s, u"whoami"_s});
    QCOMPARE(me.exitCode, 0);
    QCOMPARE(parseJson(me.out).object().value(u"username"_s).toString(), u"alice"_s);
    QVERIFY(!me.out.contains(AliceToken) && !me.err.contains(AliceToken));
    // An explicit file wins over the environment.
    const ProcessResult both = run(RootToken, {u"--token-file"_s, path, u"--json"_s, u"whoami"_s});
    QCOMPARE(parseJson(both.out).object().value(u"username"_s).toString(), u"alice"_s);

    const ProcessResult absent =
        m_cli.runBare({u"--gitlab"_s, url(), u"--token-file"_s, m_dir->filePath(u"nope"_s), u"whoami"_s});
    QCOMPARE(absent.exitCode, 2);
    QVERIFY(isOneErrorLine(absent.err));
    QFile empty(m_dir->filePath(u"empty"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(m_cli.runBare({u"--gitlab"_s, url(), u"--token-file"_s, empty.fileName(), u"whoami"_s}).exitCode,
             2);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 2);
}

void TestCliGitLab::missingToken()
{
    const ProcessResult none = m_cli.runBare({u"--gitlab"_s, url(), u"list"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(isOneErrorLine(none.err));
    QVERIFY2(none.err.contains("GITLAB_TOKEN"), none.err.constData());
    // GITLAB_HOST selects the instance as --gitlab does.
    const ProcessResult fromHost =
        m_cli.runBare({u"--json"_s, u"whoami"_s}, {},
                      {u"GITLAB_HOST="_s + url(), u"GITLAB_TOKEN="_s + QLatin1String(RootToken)});
    QCOMPARE(fromHost.exitCode, 0);
    QCOMPARE(parseJson(fromHost.out).object().value(u"username"_s).toString(), u"root"_s);
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 1);
}

void TestCliGitLab::keychainAccount()
{
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    connectAccount(u"alice"_s, AliceToken);
    const ProcessResult one = m_cli.runBare({u"--gitlab"_s, url(), u"--json"_s, u"whoami"_s});
    QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
    QCOMPARE(parseJson(one.out).object().value(u"username"_s).toString(), u"alice"_s);

    connectAccount(u"root"_s, RootToken);
    const ProcessResult several = m_cli.runBare({u"--gitlab"_s, url(), u"whoami"_s});
    QCOMPARE(several.exitCode, 2);
    QVERIFY(isOneErrorLine(several.err));
    QVERIFY2(several.err.contains("alice, root") && several.err.contains("--user"), several.err.constData());
    const ProcessResult chosen =
        m_cli.runBare({u"--gitlab"_s, url(), u"--user"_s, u"root"_s, u"--json"_s, u"whoami"_s});
    QCOMPARE(parseJson(chosen.out).object().value(u"username"_s).toString(), u"root"_s);
    const ProcessResult unknown = m_cli.runBare({u"--gitlab"_s, url(), u"--user"_s, u"bob"_s, u"whoami"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(isOneErrorLine(unknown.err));

    // The keychain account's own token rotated: the keychain follows, so the next run still signs in.
    const QJsonObject forBob = runJson(RootToken, {u"create"_s, u"--name"_s, u"bob account"_s, u"--scope"_s,
                                                   u"api"_s, u"--user-id"_s, u"3"_s});
    connectAccount(u"bob"_s, forBob.value(u"token"_s).toString().toLatin1());
    const ProcessResult rotated =
        m_cli.runBare({u"--gitlab"_s, url(), u"--user"_s, u"bob"_s, u"--json"_s, u"rotate"_s, u"self"_s});
    QVERIFY2(rotated.exitCode == 0, qPrintable(describe(rotated)));
    const ProcessResult again =
        m_cli.runBare({u"--gitlab"_s, url(), u"--user"_s, u"bob"_s, u"--json"_s, u"whoami"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(parseJson(again.out).object().value(u"access_token"_s).toObject().value(u"id"_s).toInteger(),
             parseJson(rotated.out).object().value(u"id"_s).toInteger());
}

void TestCliGitLab::keychainCommandsUseTheAccount()
{
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    const QJsonObject created = runJson(AliceToken, {u"create"_s, u"--name"_s, u"kept"_s, u"--scope"_s,
                                                     u"k8s_proxy"_s, u"--keychain"_s, u"--quiet"_s});
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QVERIFY(!created.contains(u"token"_s));
    const QString key = u"gitlab:http://127.0.0.1:%1:alice/token/%2"_s.arg(m_server.port()).arg(id);
    const Keychain::ToolResult saved = Keychain::lookup(key);
    QCOMPARE(saved.exitCode, 0);
    QVERIFY(saved.out.startsWith("glpat-"));

    const ProcessResult secret = run(AliceToken, {u"secret"_s, QString::number(id)});
    QCOMPARE(secret.exitCode, 0);
    QCOMPARE(secret.out.trimmed(), saved.out.trimmed());
    const QJsonArray listed =
        parseJson(run(AliceToken, {u"--json"_s, u"list"_s, u"--search"_s, u"kept"_s}).out).array();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().toObject().value(u"in_keychain"_s).toBool());

    const ProcessResult revoked = run(AliceToken, {u"revoke"_s, QString::number(id)});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY(revoked.out.contains("Deleted its secret from the keychain."));
    QVERIFY(Keychain::lookup(key).out.isEmpty());
}

void TestCliGitLab::keychainAccountUsesItsStoredOptions()
{
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    connectAccount(u"alice"_s, AliceToken);
    TokenDesk::AccountBook book(m_dir->filePath(u"keychain.conf"_s));
    QCOMPARE(book.all().size(), 1);
    TokenDesk::AccountRecord alice = book.all().constFirst();
    QCOMPARE(alice.username, u"alice"_s);

    // The timeout set in the window's Connect dialog, not the default 30 s.
    alice.timeoutSeconds = 1;
    QVERIFY(book.saveOptions(alice));
    // Written here under the test's umask; the CLI would tighten it and say so on stderr.
    QVERIFY(QFile::setPermissions(m_dir->filePath(u"keychain.conf"_s), QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(m_server.addFault({{u"kind"_s, u"stall"_s}, {u"seconds"_s, 30}, {u"count"_s, -1}}));
    const ProcessResult stalled = m_cli.runBare({u"--gitlab"_s, url(), u"whoami"_s});
    QCOMPARE(stalled.exitCode, 1);
    QVERIFY(isOneErrorLine(stalled.err));
    QVERIFY2(stalled.err.contains("did not answer within 1 second"), stalled.err.constData());
    QVERIFY(m_server.reset());

    // A CA file that has gone since: a usage error naming it, and nothing is sent.
    alice.timeoutSeconds = 0;
    alice.caFile = m_dir->filePath(u"gone.pem"_s);
    QVERIFY(book.saveOptions(alice));
    const ProcessResult gone = m_cli.runBare({u"--gitlab"_s, url(), u"list"_s});
    QCOMPARE(gone.exitCode, 2);
    QVERIFY(isOneErrorLine(gone.err));
    QVERIFY2(gone.err.contains("gone.pem") && gone.err.contains("--ca-file"), gone.err.constData());
    QCOMPARE(m_server.count(u"GET"_s), 0);
    QVERIFY(gone.out.isEmpty());
}

void TestCliGitLab::plainHttpOnlyForLoopback()
{
    const ProcessResult refused =
        m_cli.runBare({u"--gitlab"_s, u"http://gitlab.example.invalid"_s, u"list"_s}, {},
                      {u"GITLAB_TOKEN="_s + QLatin1String(AliceToken)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(isOneErrorLine(refused.err));
    QVERIFY(refused.err.contains("http://"));
    QVERIFY(!refused.err.contains(AliceToken));
    QVERIFY(refused.out.isEmpty());
    // No scheme means https.
    const ProcessResult tls =
        m_cli.runBare({u"--gitlab"_s, u"127.0.0.1:%1"_s.arg(m_server.port()), u"whoami"_s}, {},
                      {u"GITLAB_TOKEN="_s + QLatin1String(AliceToken)});
    QCOMPARE(tls.exitCode, 1);
    QVERIFY(isOneErrorLine(tls.err));
    QVERIFY(!tls.err.contains(AliceToken));
}

void TestCliGitLab::usageErrors()
{
    const QString store = m_dir->filePath(u"tokens.sqlite"_s);
    const QList<QStringList> cases{
        {u"--gitlab"_s, url(), u"--store"_s, store, u"list"_s},
        {u"--store"_s, store, u"whoami"_s},
        {u"--store"_s, store, u"show"_s, u"self"_s},
        {u"--store"_s, store, u"create"_s, u"--name"_s, u"n"_s, u"--scope"_s, u"api"_s, u"--user-id"_s,
         u"2"_s},
        {u"--store"_s, store, u"--token-file"_s, m_dir->filePath(u"t"_s), u"list"_s},
        {u"--gitlab"_s, url(), u"--timeout"_s, u"0"_s, u"list"_s},
        {u"--gitlab"_s, url(), u"--timeout"_s, u"soon"_s, u"list"_s},
        {u"--gitlab"_s, url(), u"--timeout"_s, u"nan"_s, u"list"_s},
        {u"--gitlab"_s, url(), u"--gitlab"_s, url(), u"list"_s},
        {u"--gitlab"_s, url(), u"--ca-file"_s, m_dir->filePath(u"none.pem"_s), u"list"_s},
        {u"--gitlab"_s, url(), u"secret"_s, u"self"_s},
    };
    for (const QStringList& arguments : cases) {
        const ProcessResult result =
            m_cli.runBare(arguments, {}, {u"GITLAB_TOKEN="_s + QLatin1String(AliceToken)});
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), qPrintable(arguments.join(u' ')));
        QVERIFY(!result.err.contains(AliceToken));
    }
    QCOMPARE(m_server.log().size(), 0);
}

void TestCliGitLab::noSecretInLogs()
{
    const QStringList everyLog{u"QT_LOGGING_RULES=*.debug=true"_s};
    const ProcessResult listed = run(AliceToken, {u"list"_s}, {}, everyLog);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.err.contains("tokendesk.")); // the logs are on
    const ProcessResult created =
        run(AliceToken, {u"--json"_s, u"create"_s, u"--name"_s, u"logged"_s, u"--scope"_s, u"k8s_proxy"_s},
            {}, everyLog);
    QCOMPARE(created.exitCode, 0);
    const QByteArray secret = parseJson(created.out).object().value(u"token"_s).toString().toLatin1();
    QVERIFY(!secret.isEmpty());
    QVERIFY(!created.err.contains(secret));
    const ProcessResult verified = run(AliceToken, {u"verify"_s}, secret + '\n', everyLog);
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(!verified.err.contains(secret) && !verified.out.contains(secret));
    // cleanup() checks that the access token appeared nowhere.
}

QTEST_GUILESS_MAIN(TestCliGitLab)
#include "tst_CliGitLab.moc"
