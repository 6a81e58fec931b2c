// tokendesk-cli inventory, list's date filters and show's details: the real binary against the GitLab API
// test server over loopback, signed in as an administrator (or not) through GITLAB_TOKEN.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr const char* RootToken = GitLabTestServer::RootToken;
constexpr const char* AliceToken = GitLabTestServer::AliceToken;

QByteArray config()
{
    // Names and descriptions a spreadsheet would run or split; tokens of three users.
    return "{\n"
           "  \"users\": [\n"
           "    {\"id\": 1, \"username\": \"root\", \"name\": \"Administrator\", \"is_admin\": true},\n"
           "    {\"id\": 2, \"username\": \"alice\", \"name\": \"Alice Example\"},\n"
           "    {\"id\": 3, \"username\": \"bob\", \"name\": \"Bob Example\"}\n"
           "  ],\n"
           "  \"tokens\": [\n"
           "    {\"user\": \"root\", \"name\": \"root-api\", \"scopes\": [\"api\"], \"secret\": "
           "\"glpat-root-api-secret-00001\",\n"
           "     \"created_at\": \"2026-01-01T00:00:00.000Z\"},\n"
           "    {\"user\": \"alice\", \"name\": \"alice-api\", \"scopes\": [\"api\"], \"secret\": "
           "\"glpat-alice-api-secret-0001\",\n"
           "     \"created_at\": \"2026-02-01T00:00:00.000Z\"},\n"
           "    {\"user\": \"alice\", \"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\", "
           "\"scopes\": [\"read_api\"],\n"
           "     \"description\": \"has, a comma and \\\"quotes\\\"\\nand a line break\", \"created_at\": "
           "\"2026-03-01T00:00:00.000Z\",\n"
           "     \"last_used_at\": \"2026-03-05T10:00:00.000Z\", \"last_used_ips\": [\"192.0.2.1\"]},\n"
           "    {\"user\": \"bob\", \"name\": \"+plus\", \"scopes\": [\"read_repository\"], \"description\": "
           "\"-minus\",\n"
           "     \"created_at\": \"2026-04-01T00:00:00.000Z\"},\n"
           "    {\"user\": \"bob\", \"name\": \"@at\", \"scopes\": [\"api\", \"sudo\"], \"created_at\": "
           "\"2026-05-01T00:00:00.000Z\"},\n"
           "    {\"user\": \"bob\", \"name\": \"bob-old\", \"scopes\": [\"api\"], \"revoked\": true, "
           "\"created_at\": \"2026-01-15T00:00:00.000Z\"}\n"
           "  ]\n"
           "}\n";
}

} // namespace

class TestCliInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tableWithOwners();
    void jsonCarriesOwnersAndAddresses();
    void ownerByIdOrUsername();
    void unknownOwner();
    void scopeAndState();
    void dateFilters();
    void badDateNamesTheOptionAndAsksNothing_data();
    void badDateNamesTheOptionAndAsksNothing();
    void regularUserIsRefused();
    void csvIsQuotedAndDefused();
    void jsonAndCsvTogetherIsAUsageError();
    void revokeWithoutTerminalNeedsYes();
    void revokeContinuesPastAFailure();
    void revokeAsksOnTheTerminal();
    void ownSignInTokenIsRevokedLast();
    void listDateFiltersAndAddresses();
    void showPrintsEveryField();

private:
    ProcessResult run(const QByteArray& token, const QStringList& arguments);
    QJsonArray runJson(const QByteArray& token, const QStringList& arguments);
    QStringList names(const QJsonArray& tokens) const;
    QJsonObject serverToken(const QString& name);

    GitLabTestServer m_server;
    QTemporaryDir m_configs;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliInventory::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_configs.isValid());
    QFile file(m_configs.filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config());
    file.close();
    QVERIFY2(m_server.start({u"--config"_s, file.fileName()}), qPrintable(m_server.errorString()));
}

void TestCliInventory::init()
{
    QVERIFY(m_server.control({{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path()});
}

ProcessResult TestCliInventory::run(const QByteArray& token, const QStringList& arguments)
{
    const ProcessResult result =
        m_cli.runBare(QStringList{u"--gitlab"_s, m_server.url().toString()} + arguments, {},
                      {u"GITLAB_TOKEN="_s + QString::fromLatin1(token)});
    if (result.out.contains(token) || result.err.contains(token))
        qWarning("the access token was printed");
    return result;
}

QJsonArray TestCliInventory::runJson(const QByteArray& token, const QStringList& arguments)
{
    const ProcessResult result = run(token, QStringList{u"--json"_s} + arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(describe(result)));
    return parseJson(result.out).array();
}

QStringList TestCliInventory::names(const QJsonArray& tokens) const
{
    QStringList list;
    for (const QJsonValue& value : tokens)
        list << value.toObject().value(u"name"_s).toString();
    return list;
}

QJsonObject TestCliInventory::serverToken(const QString& name)
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

void TestCliInventory::tableWithOwners()
{
    const ProcessResult result = run(RootToken, {u"inventory"_s});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(u"USERNAME"_s), qPrintable(out));
    for (const QString& user : {u"root"_s, u"alice"_s, u"bob"_s})
        QVERIFY(out.contains(user));
    // Active ones only by default; ISO dates.
    QVERIFY(!out.contains(u"bob-old"_s));
    QVERIFY(out.contains(u"2026-04-01"_s));
}

void TestCliInventory::jsonCarriesOwnersAndAddresses()
{
    const QJsonArray tokens = runJson(RootToken, {u"inventory"_s});
    QCOMPARE(tokens.size(), 5);
    for (const QJsonValue& value : tokens) {
        const QJsonObject token = value.toObject();
        QVERIFY(token.contains(u"user_id"_s));
        QVERIFY(!token.value(u"username"_s).toString().isEmpty());
        QVERIFY(token.value(u"last_used_ips"_s).isArray());
        if (token.value(u"user_id"_s).toInt() == 3)
            QCOMPARE(token.value(u"username"_s).toString(), u"bob"_s);
        if (token.value(u"name"_s).toString().startsWith(u"=HYPERLINK"_s))
            QCOMPARE(token.value(u"last_used_ips"_s).toArray().first().toString(), u"192.0.2.1"_s);
    }
}

void TestCliInventory::ownerByIdOrUsername()
{
    const QSet<QString> bobs{u"+plus"_s, u"@at"_s};
    for (const QString& owner : {u"bob"_s, u"3"_s}) {
        const QStringList listed = names(runJson(RootToken, {u"inventory"_s, u"--owner"_s, owner}));
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), bobs);
    }
}

void TestCliInventory::unknownOwner()
{
    const ProcessResult result = run(RootToken, {u"inventory"_s, u"--owner"_s, u"nobody"_s});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(isOneErrorLine(result.err));
    QVERIFY2(result.err.contains("--owner nobody: there is no such user"), result.err.constData());
}

void TestCliInventory::scopeAndState()
{
    QCOMPARE(names(runJson(RootToken, {u"inventory"_s, u"--scope"_s, u"sudo"_s})), QStringList{u"@at"_s});
    const QStringList either = names(
        runJson(RootToken, {u"inventory"_s, u"--scope"_s, u"sudo"_s, u"--scope"_s, u"read_repository"_s}));
    QCOMPARE(QSet<QString>(either.cbegin(), either.cend()), (QSet<QString>{u"@at"_s, u"+plus"_s}));
    QVERIFY(names(runJson(RootToken, {u"inventory"_s, u"--state"_s, u"all"_s})).contains(u"bob-old"_s));
    QCOMPARE(names(runJson(RootToken, {u"inventory"_s, u"--state"_s, u"inactive"_s})),
             QStringList{u"bob-old"_s});
    QCOMPARE(names(runJson(RootToken, {u"inventory"_s, u"--search"_s, u"PLUS"_s})), QStringList{u"+plus"_s});
}

void TestCliInventory::dateFilters()
{
    QCOMPARE(names(runJson(RootToken, {u"inventory"_s, u"--created-after"_s, u"2026-04-01"_s})),
             (QStringList{u"+plus"_s, u"@at"_s}));
    QCOMPARE(names(runJson(RootToken, {u"inventory"_s, u"--created-before"_s, u"2026-02-01"_s})),
             QStringList{u"root-api"_s});
    const QStringList used =
        names(runJson(RootToken, {u"inventory"_s, u"--last-used-before"_s, u"2026-03-06"_s}));
    QVERIFY2(used.contains(u"=HYPERLINK(\"http://evil.example\",\"click\")"_s), qPrintable(used.join(u'|')));
}

void TestCliInventory::badDateNamesTheOptionAndAsksNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    for (const QString& command : {u"inventory"_s, u"list"_s}) {
        for (const QString& option : {u"--created-before"_s, u"--created-after"_s, u"--expires-before"_s,
                                      u"--expires-after"_s, u"--last-used-before"_s, u"--last-used-after"_s})
            QTest::newRow(qPrintable(command + u' ' + option)) << command << option;
    }
}

void TestCliInventory::badDateNamesTheOptionAndAsksNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    for (const QString& bad : {u"2026-02-30"_s, u"yesterday"_s, u"2026-1-5"_s}) {
        const ProcessResult result = run(RootToken, {command, option, bad});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(isOneErrorLine(result.err));
        QVERIFY2(result.err.contains(option.toUtf8()), result.err.constData());
    }
    QCOMPARE(m_server.log().size(), 0);
}

void TestCliInventory::regularUserIsRefused()
{
    const ProcessResult result = run(AliceToken, {u"inventory"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("administrators"));
    const ProcessResult revoke = run(AliceToken, {u"inventory"_s, u"--revoke"_s, u"--yes"_s});
    QCOMPARE(revoke.exitCode, 3);
    QCOMPARE(m_server.count(u"DELETE"_s), 0);
}

void TestCliInventory::csvIsQuotedAndDefused()
{
    const ProcessResult result = run(RootToken, {u"inventory"_s, u"--csv"_s});
    QCOMPARE(result.exitCode, 0);
    const QByteArray& csv = result.out;
    QVERIFY(
        csv.startsWith("id,user_id,username,name,description,scopes,created_at,last_used_at,last_used_ips,"
                       "expires_at,active,revoked\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    // RFC 4180: quotes doubled, the field quoted; a formula made text with an apostrophe.
    QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), csv.constData());
    QVERIFY(csv.contains(",'+plus,'-minus,"));
    QVERIFY(csv.contains(",'@at,"));
    // The description keeps its comma and quotes inside one quoted field; its line break is shown escaped.
    QVERIFY(csv.contains("\"has, a comma and \"\"quotes\"\"\\nand a line break\""));
    // Every record has the header's twelve fields (none split by a comma in a quoted field).
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 1 + 5 + 1);
    QVERIFY(!csv.contains("\n=") && !csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"));
}

void TestCliInventory::jsonAndCsvTogetherIsAUsageError()
{
    QCOMPARE(run(RootToken, {u"--json"_s, u"inventory"_s, u"--csv"_s}).exitCode, 2);
}

void TestCliInventory::revokeWithoutTerminalNeedsYes()
{
    const ProcessResult result = run(RootToken, {u"inventory"_s, u"--owner"_s, u"bob"_s, u"--revoke"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--yes"));
    // Nothing was even asked, nothing revoked.
    QCOMPARE(m_server.log().size(), 0);
    QCOMPARE(serverToken(u"+plus"_s).value(u"revoked"_s).toBool(), false);
    QCOMPARE(serverToken(u"@at"_s).value(u"revoked"_s).toBool(), false);
}

void TestCliInventory::revokeContinuesPastAFailure()
{
    const qint64 failing = serverToken(u"+plus"_s).value(u"id"_s).toInteger();
    QVERIFY(m_server.addFault({{u"kind"_s, u"server_error"_s},
                               {u"status"_s, 500},
                               {u"count"_s, -1},
                               {u"method"_s, u"DELETE"_s},
                               {u"path"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(failing)}}));
    const ProcessResult result =
        run(RootToken, {u"inventory"_s, u"--revoke"_s, u"--yes"_s, u"--scope"_s, u"read_repository"_s,
                        u"--scope"_s, u"sudo"_s, u"--scope"_s, u"read_api"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(("token " + QByteArray::number(failing) + " of bob was not revoked")),
             result.err.constData());
    QVERIFY(result.err.contains("Revoked 2 of 3"));
    QCOMPARE(serverToken(u"+plus"_s).value(u"revoked"_s).toBool(), false);
    QCOMPARE(serverToken(u"@at"_s).value(u"revoked"_s).toBool(), true);
    QCOMPARE(serverToken(u"=HYPERLINK(\"http://evil.example\",\"click\")"_s).value(u"revoked"_s).toBool(),
             true);
    // Sent once each, never retried.
    QCOMPARE(m_server.count(u"DELETE"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(failing)), 1);
    QCOMPARE(serverToken(u"root-api"_s).value(u"revoked"_s).toBool(), false);
}

void TestCliInventory::revokeAsksOnTheTerminal()
{
    const QStringList arguments{
        u"--gitlab"_s, m_server.url().toString(), u"inventory"_s, u"--owner"_s, u"bob"_s, u"--revoke"_s};
    const QStringList env{u"GITLAB_TOKEN="_s + QString::fromLatin1(RootToken)};
    const ProcessResult declined = m_cli.runOnTerminal(arguments, "n\n", env);
    QCOMPARE(declined.exitCode, 1);
    QVERIFY2(declined.err.contains("Revoke 2 tokens of 1 user?"), declined.err.constData());
    QCOMPARE(m_server.count(u"DELETE"_s), 0);
    const ProcessResult confirmed = m_cli.runOnTerminal(arguments, "y\n", env);
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(serverToken(u"+plus"_s).value(u"revoked"_s).toBool(), true);
    QCOMPARE(serverToken(u"@at"_s).value(u"revoked"_s).toBool(), true);
    QCOMPARE(serverToken(u"alice-api"_s).value(u"revoked"_s).toBool(), false);
}

void TestCliInventory::ownSignInTokenIsRevokedLast()
{
    // Every active token with api: root's own sign-in token among them.
    const ProcessResult result =
        run(RootToken, {u"inventory"_s, u"--scope"_s, u"api"_s, u"--revoke"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("revoked last"), result.err.constData());
    const qint64 rootApi = serverToken(u"root-api"_s).value(u"id"_s).toInteger();
    QString lastDelete;
    int deletes = 0;
    for (const QJsonValue& entry : m_server.log()) {
        if (entry.toObject().value(u"method"_s).toString() == u"DELETE"_s) {
            lastDelete = entry.toObject().value(u"path"_s).toString();
            ++deletes;
        }
    }
    QCOMPARE(deletes, 3);
    QVERIFY2(lastDelete.endsWith(u"/"_s + QString::number(rootApi)) || lastDelete.endsWith(u"/self"_s),
             qPrintable(lastDelete));
    for (const QString& name : {u"root-api"_s, u"alice-api"_s, u"@at"_s})
        QCOMPARE(serverToken(name).value(u"revoked"_s).toBool(), true);
}

void TestCliInventory::listDateFiltersAndAddresses()
{
    // alice-api signs these requests in: it was used today, after the filter's day.
    const QJsonArray listed = runJson(AliceToken, {u"list"_s, u"--last-used-after"_s, u"2026-03-01"_s,
                                                   u"--last-used-before"_s, u"2026-03-06"_s});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"last_used_ips"_s).toArray().first().toString(),
             u"192.0.2.1"_s);
    QCOMPARE(names(runJson(AliceToken, {u"list"_s, u"--created-before"_s, u"2026-02-02"_s})),
             QStringList{u"alice-api"_s});
    QVERIFY(runJson(AliceToken, {u"list"_s, u"--created-after"_s, u"2027-01-01"_s}).isEmpty());
    // Sent as GitLab's own parameter.
    bool sent = false;
    for (const QJsonValue& entry : m_server.log())
        sent = sent || entry.toObject().value(u"path"_s).toString().contains(u"created_after=2027-01-01"_s);
    QVERIFY(sent);
}

void TestCliInventory::showPrintsEveryField()
{
    const QJsonArray listed = runJson(AliceToken, {u"list"_s, u"--last-used-before"_s, u"2026-03-06"_s});
    QCOMPARE(listed.size(), 1);
    const QString id = QString::number(listed.first().toObject().value(u"id"_s).toInteger());
    const ProcessResult text = run(AliceToken, {u"show"_s, id});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    for (const QString& expected :
         {u"Description:"_s, u"has, a comma"_s, u"Created:"_s, u"2026-03-01 00:00 UTC"_s, u"Last used:"_s,
          u"2026-03-05 10:00 UTC"_s, u"Used from:"_s, u"192.0.2.1"_s, u"Expires:"_s, u"Revoked:"_s,
          u"What the scopes allow:"_s, u"read_api: "_s})
        QVERIFY2(out.contains(expected), qPrintable(expected + u" missing in:\n"_s + out));
    const ProcessResult json = run(AliceToken, {u"--json"_s, u"show"_s, id});
    QCOMPARE(parseJson(json.out).object().value(u"last_used_ips"_s).toArray().first().toString(),
             u"192.0.2.1"_s);
}

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_CliInventory.moc"
