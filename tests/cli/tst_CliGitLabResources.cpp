// tokendesk-cli --gitlab --group/--project: the real binary against the GitLab API test server's groups,
// projects, memberships and their access tokens (tests/integration), checked against the server's own
// records and its request log.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

// alice (default seed): Owner of acme (group 100; so of acme/platform 101, projects acme/platform/web 200
// and acme/api 201), Maintainer of tools (102; so of tools/cli 202), Developer of beta/site (203), no
// member of hidden (104; hidden/vault 204).
constexpr const char* AliceToken = GitLabTestServer::AliceToken;

} // namespace

class TestCliGitLabResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resourcesJson();
    void projectTokenByPath();
    void groupTokenByNumericId();
    void refusedBeforeSending();
    void withoutTheRoleIsRefused();
    void unknownResourceOrToken();
    void allResourcesExpiringBefore();
    void allResourcesReportsWhatItCouldNotRead();
    void instanceWithoutResourceTokens();

private:
    ProcessResult run(const QStringList& arguments);
    QJsonValue runJson(const QStringList& arguments);
    QJsonObject serverToken(qint64 id);
    // Requests of the log that change something (POST, DELETE, PUT).
    int writesSent();

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
    QStringList m_leaks;
};

void TestCliGitLabResources::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCliGitLabResources::init()
{
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path()});
    m_leaks.clear();
}

void TestCliGitLabResources::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(),
             qPrintable(u"a secret printed where it must not be: "_s + m_leaks.join(u" | "_s)));
}

ProcessResult TestCliGitLabResources::run(const QStringList& arguments)
{
    const ProcessResult result =
        m_cli.runBare(QStringList{u"--gitlab"_s, m_server.url().toString()} + arguments, {},
                      {u"GITLAB_TOKEN="_s + QString::fromLatin1(AliceToken)});
    // The access token never; a new token's secret never on standard error.
    if (result.out.contains(AliceToken) || result.err.contains(AliceToken) || result.err.contains("glpat-"))
        m_leaks << arguments.join(u' ');
    return result;
}

QJsonValue TestCliGitLabResources::runJson(const QStringList& arguments)
{
    const ProcessResult result = run(QStringList{u"--json"_s} + arguments);
    if (result.exitCode != 0) {
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(describe(result)));
        return {};
    }
    const QJsonDocument document = parseJson(result.out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject TestCliGitLabResources::serverToken(qint64 id)
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"id"_s).toInteger() == id)
            return value.toObject();
    }
    return {};
}

int TestCliGitLabResources::writesSent()
{
    return m_server.count(u"POST"_s) + m_server.count(u"DELETE"_s) + m_server.count(u"PUT"_s);
}

void TestCliGitLabResources::resourcesJson()
{
    const QJsonArray resources = runJson({u"resources"_s}).toArray();
    QList<std::tuple<QString, qint64, QString, QString, int>> got;
    for (const QJsonValue& value : resources) {
        const QJsonObject r = value.toObject();
        QCOMPARE(r.size(), 5);
        got.append({r.value(u"kind"_s).toString(), r.value(u"id"_s).toInteger(),
                    r.value(u"full_path"_s).toString(), r.value(u"name"_s).toString(),
                    r.value(u"access_level"_s).toInt()});
    }
    const QList<std::tuple<QString, qint64, QString, QString, int>> expected{
        {u"group"_s, 100, u"acme"_s, u"Acme"_s, 50},
        {u"group"_s, 101, u"acme/platform"_s, u"Platform"_s, 50},
        {u"project"_s, 201, u"acme/api"_s, u"API"_s, 50},
        {u"project"_s, 200, u"acme/platform/web"_s, u"Web"_s, 50},
        {u"project"_s, 202, u"tools/cli"_s, u"CLI"_s, 40},
    };
    QCOMPARE(got, expected);
    const ProcessResult table = run({u"resources"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("tools/cli"));
    QVERIFY(table.out.contains("Maintainer"));
}

void TestCliGitLabResources::projectTokenByPath()
{
    const QStringList on{u"--project"_s, u"acme/platform/web"_s};
    const QJsonObject created = runJson(on + QStringList{u"create"_s, u"--name"_s, u"deploy"_s, u"--scope"_s,
                                                         u"read_repository"_s, u"--scope"_s, u"api"_s})
                                    .toObject();
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.value(u"access_level"_s).toInt(), 40);
    QVERIFY(created.value(u"token"_s).toString().startsWith(u"glpat-"_s));
    const QJsonObject onServer = serverToken(id);
    QCOMPARE(onServer.value(u"resource"_s).toString(), u"project:200"_s);
    QCOMPARE(onServer.value(u"access_level"_s).toInt(), 40);
    QCOMPARE(created.value(u"user_id"_s), onServer.value(u"user_id"_s));
    QVERIFY(created.value(u"user_id"_s).toInteger() != 2); // the project's bot, not alice

    QSet<qint64> listed;
    for (const QJsonValue& value : runJson(on + QStringList{u"list"_s}).toArray()) {
        QVERIFY(value.toObject().contains(u"access_level"_s));
        listed.insert(value.toObject().value(u"id"_s).toInteger());
    }
    QVERIFY(listed.contains(id));
    QVERIFY(listed.contains(9));  // web-deploy of the seed
    QVERIFY(!listed.contains(7)); // acme's, not the project's
    const ProcessResult shown = run(on + QStringList{u"show"_s, QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("Role:"));
    QVERIFY(shown.out.contains("Maintainer"));

    const QJsonObject rotated = runJson(on + QStringList{u"rotate"_s, QString::number(id)}).toObject();
    const qint64 successor = rotated.value(u"id"_s).toInteger();
    QVERIFY(successor > id);
    QCOMPARE(rotated.value(u"access_level"_s).toInt(), 40);
    QCOMPARE(serverToken(id).value(u"revoked"_s), QJsonValue(true));
    QCOMPARE(serverToken(successor).value(u"resource"_s).toString(), u"project:200"_s);

    const QJsonObject revoked = runJson(on + QStringList{u"revoke"_s, QString::number(successor)}).toObject();
    QCOMPARE(revoked.value(u"revoked"_s), QJsonValue(true));
    QCOMPARE(serverToken(successor).value(u"revoked"_s), QJsonValue(true));
    // Personal listings never show a bot's tokens.
    for (const QJsonValue& value : runJson({u"list"_s, u"--state"_s, u"all"_s}).toArray())
        QVERIFY(value.toObject().value(u"id"_s).toInteger() != id);
}

void TestCliGitLabResources::groupTokenByNumericId()
{
    const QStringList on{u"--group"_s, u"100"_s};
    const QJsonObject created = runJson(on + QStringList{u"create"_s, u"--name"_s, u"dev bot"_s, u"--scope"_s,
                                                         u"read_api"_s, u"--access-level"_s, u"developer"_s})
                                    .toObject();
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.value(u"access_level"_s).toInt(), 30);
    QCOMPARE(serverToken(id).value(u"resource"_s).toString(), u"group:100"_s);
    QCOMPARE(serverToken(id).value(u"access_level"_s).toInt(), 30);
    QCOMPARE(
        runJson(on + QStringList{u"show"_s, QString::number(id)}).toObject().value(u"access_level"_s).toInt(),
        30);
    // The same group by its path.
    const QJsonObject rotated = runJson({u"--group"_s, u"acme"_s, u"rotate"_s, QString::number(id),
                                         u"--expires"_s, testTodayUtc().addDays(20).toString(Qt::ISODate)})
                                    .toObject();
    QCOMPARE(rotated.value(u"access_level"_s).toInt(), 30);
    QCOMPARE(rotated.value(u"expires_at"_s).toString(), testTodayUtc().addDays(20).toString(Qt::ISODate));
    const qint64 successor = rotated.value(u"id"_s).toInteger();
    QCOMPARE(run(on + QStringList{u"revoke"_s, QString::number(successor)}).exitCode, 0);
    QCOMPARE(serverToken(successor).value(u"revoked"_s), QJsonValue(true));
    // Explicit owner role, as a number.
    QCOMPARE(runJson(on + QStringList{u"create"_s, u"--name"_s, u"owner bot"_s, u"--scope"_s, u"api"_s,
                                      u"--access-level"_s, u"50"_s})
                 .toObject()
                 .value(u"access_level"_s)
                 .toInt(),
             50);
}

void TestCliGitLabResources::refusedBeforeSending()
{
    const QList<QStringList> refused{
        {u"--project"_s, u"acme/api"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
         u"--access-level"_s, u"superuser"_s},
        {u"--project"_s, u"acme/api"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"read_user"_s},
        {u"--group"_s, u"acme"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"sudo"_s},
        // Maintainer of tools/cli: an Owner token is above their role.
        {u"--project"_s, u"tools/cli"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
         u"--access-level"_s, u"owner"_s},
        {u"--project"_s, u"202"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
         u"--access-level"_s, u"50"_s},
    };
    for (const QStringList& arguments : refused) {
        const ProcessResult result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    }
    QCOMPARE(writesSent(), 0);
    QVERIFY(run(refused.at(3)).err.contains("Owner"));
}

void TestCliGitLabResources::withoutTheRoleIsRefused()
{
    // Developer of beta/site; Maintainer (not Owner) of the group tools.
    const QList<QStringList> refused{
        {u"--project"_s, u"beta/site"_s, u"list"_s},
        {u"--project"_s, u"beta/site"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
         u"--access-level"_s, u"guest"_s},
        {u"--project"_s, u"203"_s, u"revoke"_s, u"12"_s},
        {u"--project"_s, u"beta/site"_s, u"rotate"_s, u"12"_s},
        {u"--group"_s, u"tools"_s, u"list"_s},
        {u"--group"_s, u"102"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s},
    };
    for (const QStringList& arguments : refused) {
        const ProcessResult result = run(arguments);
        QVERIFY2(result.exitCode == 3, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(writesSent(), 0);
    QCOMPARE(serverToken(12).value(u"revoked"_s), QJsonValue(false));
    const ProcessResult developer = run(refused.first());
    QVERIFY(developer.err.contains("Developer"));
    QVERIFY(developer.err.contains("Maintainer"));
}

void TestCliGitLabResources::unknownResourceOrToken()
{
    const QList<QStringList> missing{
        {u"--project"_s, u"hidden/vault"_s, u"list"_s}, // exists, alice is no member
        {u"--project"_s, u"204"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s},
        {u"--group"_s, u"999"_s, u"list"_s},
        {u"--group"_s, u"nowhere/at-all"_s, u"list"_s},
        {u"--project"_s, u"acme/platform/web"_s, u"show"_s, u"424242"_s},
        // A token of another resource is not this project's.
        {u"--project"_s, u"acme/platform/web"_s, u"revoke"_s, u"11"_s},
    };
    for (const QStringList& arguments : missing) {
        const ProcessResult result = run(arguments);
        QVERIFY2(result.exitCode == 4, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    }
    QCOMPARE(serverToken(11).value(u"revoked"_s), QJsonValue(false));
    QVERIFY(writesSent() <= 1); // at most the DELETE of token 11 on the project, which GitLab refuses
}

void TestCliGitLabResources::allResourcesExpiringBefore()
{
    const QDate before = testTodayUtc().addDays(45);
    const QJsonArray tokens =
        runJson({u"list"_s, u"--all-resources"_s, u"--expires-before"_s, before.toString(Qt::ISODate)})
            .toArray();
    QHash<QString, QString> resourceOf; // token name -> kind:id:path
    for (const QJsonValue& value : tokens) {
        const QJsonObject token = value.toObject();
        const QJsonObject resource = token.value(u"resource"_s).toObject();
        QCOMPARE(resource.size(), 3);
        resourceOf.insert(token.value(u"name"_s).toString(),
                          u"%1:%2:%3"_s.arg(resource.value(u"kind"_s).toString())
                              .arg(resource.value(u"id"_s).toInteger())
                              .arg(resource.value(u"full_path"_s).toString()));
        QVERIFY(token.contains(u"access_level"_s));
        QVERIFY(token.contains(u"user_id"_s));
        QCOMPARE(token.value(u"active"_s), QJsonValue(true));
    }
    // web-deploy (10 days) and cli-release (30 days); not acme-ci (60 days), web-registry (120 days), the
    // revoked acme-old, nor site-bot of beta/site, which alice cannot manage.
    QCOMPARE(resourceOf.size(), 2);
    QCOMPARE(resourceOf.value(u"web-deploy"_s), u"project:200:acme/platform/web"_s);
    QCOMPARE(resourceOf.value(u"cli-release"_s), u"project:202:tools/cli"_s);
    QCOMPARE(tokens.first().toObject().value(u"name"_s).toString(), u"web-deploy"_s);

    const QJsonArray all = runJson({u"list"_s, u"--all-resources"_s}).toArray();
    QCOMPARE(all.size(), 4);
    const ProcessResult table = run({u"list"_s, u"--all-resources"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("acme/platform/web"));
    QVERIFY(table.out.left(table.out.indexOf('\n')).contains("RESOURCE"));
}

void TestCliGitLabResources::allResourcesReportsWhatItCouldNotRead()
{
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"server_error"_s},
                                          {u"status"_s, 403},
                                          {u"path"_s, u"/api/v4/projects/202/access_tokens"_s},
                                          {u"count"_s, -1}}));
    const ProcessResult result = run({u"--json"_s, u"list"_s, u"--all-resources"_s});
    QCOMPARE(result.exitCode, 6);
    QSet<QString> names;
    for (const QJsonValue& value : parseJson(result.out).array())
        names.insert(value.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QSet<QString>{u"web-deploy"_s, u"web-registry"_s, u"acme-ci"_s}));
    QVERIFY2(result.err.contains("tools/cli"), result.err.constData());
    QVERIFY(result.err.contains("tokendesk-cli: error: the listing is incomplete"));
    QVERIFY(!result.err.contains("acme/platform/web"));
}

void TestCliGitLabResources::instanceWithoutResourceTokens()
{
    QVERIFY(m_server.control(QJsonObject{{u"resource_tokens_feature"_s, u"404"_s}}));
    const ProcessResult single = run({u"--project"_s, u"acme/platform/web"_s, u"list"_s});
    QCOMPARE(single.exitCode, 3);
    QVERIFY2(isOneErrorLine(single.err), single.err.constData());
    QVERIFY(single.err.contains("does not offer"));
    const ProcessResult overview = run({u"list"_s, u"--all-resources"_s});
    QCOMPARE(overview.exitCode, 3);
    QVERIFY(overview.err.contains("does not offer"));
    QVERIFY(overview.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliGitLabResources)
#include "tst_CliGitLabResources.moc"
