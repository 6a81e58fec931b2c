// tokendesk-cli's commands, run as a script would run them: the real binary, a store in a temporary
// folder, output read as tables and as JSON.
#include "CliTestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void versionAndHelp();
    void commandHelp_data();
    void commandHelp();
    void scopesTable();
    void scopesJson();
    void createTable();
    void createJson();
    void listTableAndFilters();
    void listJsonFiltersAndSort();
    void showTableAndJson();
    void revokeTableAndJson();
    void verifyRoundTrip();
    void verifyTable();
    void verifyReadsSecretInPieces();
    void rotateGivesNewTokenAndRetiresOld();
    void rotateWithExpiry();
    void reuseDetectionVisible();
    void globalOptionsAfterCommand();
    void linksNoGui();

private:
    static QDate todayUtc() { return testTodayUtc(); }
    QJsonObject createSimple(const QString& name, const QStringList& extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliCommands::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)), qPrintable(binaryPath(u"tokendesk-cli"_s)));
}

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
}

QJsonObject TestCliCommands::createSimple(const QString& name, const QStringList& extra)
{
    return m_cli.create(QStringList{u"--name"_s, name, u"--scope"_s, u"api"_s} + extra);
}

void TestCliCommands::versionAndHelp()
{
    const ProcessResult version = m_cli.runBare({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("tokendesk-cli "));

    const ProcessResult help = m_cli.runBare({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char* command :
         {"scopes", "list", "show", "create", "revoke", "rotate", "verify", "secret", "forget", "git-use",
          "git-hosts", "git-setup", "inventory", "revoke-leaked", "remind"})
        QVERIFY2(help.out.contains(QByteArray("\n  ") + command), command);
    for (const char* option : {"--store", "--demo", "--json"})
        QVERIFY2(help.out.contains(option), option);
}

void TestCliCommands::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("scopes") << u"scopes"_s << QStringList{};
    QTest::newRow("list") << u"list"_s
                          << QStringList{u"--state"_s, u"--search"_s, u"--sort"_s, u"name_desc"_s};
    QTest::newRow("show") << u"show"_s << QStringList{u"ID"_s};
    QTest::newRow("create") << u"create"_s
                            << QStringList{u"--name"_s, u"--description"_s, u"--expires"_s, u"--scope"_s};
    QTest::newRow("revoke") << u"revoke"_s << QStringList{u"ID"_s};
    QTest::newRow("rotate") << u"rotate"_s << QStringList{u"ID"_s, u"--expires"_s};
    QTest::newRow("verify") << u"verify"_s << QStringList{u"standard input"_s};
    QTest::newRow("create keychain") << u"create"_s << QStringList{u"--keychain"_s, u"--quiet"_s};
    QTest::newRow("rotate keychain") << u"rotate"_s << QStringList{u"--keychain"_s, u"--quiet"_s};
    QTest::newRow("revoke keep") << u"revoke"_s << QStringList{u"--keep-secret"_s};
    QTest::newRow("secret") << u"secret"_s << QStringList{u"ID"_s, u"standard output"_s};
    QTest::newRow("forget") << u"forget"_s << QStringList{u"ID"_s};
    QTest::newRow("git-use") << u"git-use"_s << QStringList{u"ID"_s, u"--host"_s, u"--remove"_s};
    QTest::newRow("git-hosts") << u"git-hosts"_s << QStringList{};
    QTest::newRow("list dates") << u"list"_s << QStringList{u"--created-before"_s,   u"--created-after"_s,
                                                            u"--expires-before"_s,   u"--expires-after"_s,
                                                            u"--last-used-before"_s, u"--last-used-after"_s};
    QTest::newRow("inventory") << u"inventory"_s << QStringList{u"--owner"_s,
                                                                u"--scope"_s,
                                                                u"--state"_s,
                                                                u"--csv"_s,
                                                                u"--revoke"_s,
                                                                u"--yes"_s,
                                                                u"--last-used-before"_s,
                                                                u"--search"_s};
    QTest::newRow("revoke-leaked") << u"revoke-leaked"_s << QStringList{u"--yes"_s, u"standard input"_s};
    QTest::newRow("remind") << u"remind"_s << QStringList{u"--within"_s, u"\"account\""_s, u"days_left"_s};
    QTest::newRow("git-setup") << u"git-setup"_s << QStringList{u"--host"_s, u"--apply"_s, u"not changed"_s};
}

void TestCliCommands::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const ProcessResult result = m_cli.run({command, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: tokendesk-cli [options] " + command.toUtf8()));
    for (const QString& mention : mentions)
        QVERIFY2(result.out.contains(mention.toUtf8()), qPrintable(mention));
    // The same help before the command, and with -h.
    QCOMPARE(m_cli.run({u"--help"_s, command}).out, result.out);
    QCOMPARE(m_cli.run({command, u"-h"_s}).out, result.out);
    QVERIFY(!QFileInfo::exists(m_cli.storePath())); // help opens no store
}

void TestCliCommands::scopesTable()
{
    const ProcessResult result = m_cli.run({u"scopes"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 17);
    QVERIFY(lines.first().startsWith("SCOPE"));
    QVERIFY(result.out.contains("\nsudo "));
    QVERIFY(result.out.contains("\nself_rotate "));
}

void TestCliCommands::scopesJson()
{
    const ProcessResult result = m_cli.run({u"--json"_s, u"scopes"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = parseJson(result.out);
    QVERIFY(document.isArray());
    const QJsonArray scopes = document.array();
    QCOMPARE(scopes.size(), 17);
    QHash<QString, bool> adminOnly;
    for (const QJsonValue& value : scopes) {
        const QJsonObject scope = value.toObject();
        QVERIFY(!scope.value(u"description"_s).toString().isEmpty());
        QVERIFY(scope.value(u"admin_only"_s).isBool());
        adminOnly.insert(scope.value(u"name"_s).toString(), scope.value(u"admin_only"_s).toBool());
    }
    QCOMPARE(adminOnly.value(u"api"_s, true), false);
    QCOMPARE(adminOnly.value(u"sudo"_s), true);
    QCOMPARE(adminOnly.value(u"admin_mode"_s), true);
    QCOMPARE(adminOnly.value(u"read_service_ping"_s), true);
}

void TestCliCommands::createTable()
{
    const ProcessResult result =
        m_cli.run({u"create"_s, u"--name"_s, u"deploy bot"_s, u"--description"_s, u"pushes releases"_s,
                   u"--scope"_s, u"read_api"_s, u"--scope"_s, u"write_repository"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    // The secret stands alone on the last line, after an empty line.
    QVERIFY(result.out.endsWith('\n'));
    const QByteArray secret = lines.at(lines.size() - 2);
    QVERIFY2(secret.startsWith("glpat-") && secret.size() >= 26, secret.constData());
    QVERIFY(lines.at(lines.size() - 3).isEmpty());
    QCOMPARE(result.out.count(secret), 1);
    QVERIFY(result.out.contains("deploy bot"));
    QVERIFY(result.out.contains("pushes releases"));
    QVERIFY(result.out.contains("read_api, write_repository"));
    const QByteArray expires = todayUtc().addDays(30).toString(Qt::ISODate).toUtf8();
    QVERIFY2(result.out.contains(expires), result.out.constData());
    // The warning goes to stderr and does not repeat the secret.
    QVERIFY(result.err.contains("warning"));
    QVERIFY(result.err.contains("shown"));
    QVERIFY(!result.err.contains(secret));

    // The secret printed is the one the store knows.
    const ProcessResult verified = m_cli.run({u"--json"_s, u"verify"_s}, secret + '\n');
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(parseJson(verified.out).object().value(u"name"_s).toString(), u"deploy bot"_s);
}

void TestCliCommands::createJson()
{
    const ProcessResult result = m_cli.run(
        {u"--json"_s, u"create"_s, u"--name"_s, u"ci"_s, u"--description"_s, u"runner"_s, u"--expires"_s,
         todayUtc().addDays(10).toString(Qt::ISODate), u"--scope"_s, u"api"_s, u"--scope"_s, u"read_user"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = parseJson(result.out);
    QVERIFY2(document.isObject(), result.out.constData());
    const QJsonObject token = document.object();
    for (const char* field : {"id", "name", "description", "scopes", "created_at", "last_used_at",
                              "expires_at", "revoked", "active", "user_id", "token"})
        QVERIFY2(token.contains(QLatin1String(field)), field);
    QVERIFY(token.value(u"id"_s).toInteger() > 0);
    QCOMPARE(token.value(u"name"_s).toString(), u"ci"_s);
    QCOMPARE(token.value(u"description"_s).toString(), u"runner"_s);
    QCOMPARE(token.value(u"scopes"_s).toArray(), (QJsonArray{u"api"_s, u"read_user"_s}));
    QCOMPARE(token.value(u"expires_at"_s).toString(), todayUtc().addDays(10).toString(Qt::ISODate));
    QVERIFY(token.value(u"last_used_at"_s).isNull());
    QCOMPARE(token.value(u"revoked"_s).toBool(true), false);
    QCOMPARE(token.value(u"active"_s).toBool(), true);
    QVERIFY(token.value(u"token"_s).toString().startsWith(u"glpat-"_s));
    const QDateTime created =
        QDateTime::fromString(token.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(testNowUtc())) < 600);

    // Default expiry: 30 days ahead (UTC).
    const QJsonObject defaulted = createSimple(u"defaulted"_s);
    QCOMPARE(defaulted.value(u"expires_at"_s).toString(), todayUtc().addDays(30).toString(Qt::ISODate));
}

void TestCliCommands::listTableAndFilters()
{
    QVERIFY(!createSimple(u"alpha"_s).isEmpty());
    const QJsonObject beta = createSimple(u"beta"_s, {u"--scope"_s, u"read_api"_s});
    QVERIFY(!beta.isEmpty());
    QCOMPARE(m_cli.run({u"revoke"_s, QString::number(beta.value(u"id"_s).toInteger())}).exitCode, 0);

    const ProcessResult active = m_cli.run({u"list"_s});
    QCOMPARE(active.exitCode, 0);
    const QList<QByteArray> lines = active.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QByteArray header = lines.at(0);
    QVERIFY2(header.startsWith("ID"), header.constData());
    for (const char* column : {"NAME", "SCOPES", "EXPIRES", "LAST USED", "STATUS"})
        QVERIFY2(header.contains(column), column);
    // Aligned: each column starts where its header starts.
    const QByteArray row = lines.at(1);
    QCOMPARE(row.indexOf("alpha"), header.indexOf("NAME"));
    QCOMPARE(row.indexOf("never"), header.indexOf("LAST USED"));
    QCOMPARE(row.indexOf("active"), header.indexOf("STATUS"));
    QVERIFY(!active.out.contains("beta"));

    const ProcessResult inactive = m_cli.run({u"list"_s, u"--state"_s, u"inactive"_s});
    QCOMPARE(inactive.exitCode, 0);
    QVERIFY(inactive.out.contains("beta"));
    QVERIFY(inactive.out.contains("revoked"));
    QVERIFY(!inactive.out.contains("alpha"));

    const ProcessResult all = m_cli.run({u"list"_s, u"--state"_s, u"all"_s, u"--search"_s, u"ET"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("beta"));
    QVERIFY(!all.out.contains("alpha"));

    const ProcessResult none = m_cli.run({u"list"_s, u"--search"_s, u"nothing-like-this"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(!none.out.contains("alpha"));
}

void TestCliCommands::listJsonFiltersAndSort()
{
    QVERIFY(
        !createSimple(u"bravo"_s, {u"--expires"_s, todayUtc().addDays(3).toString(Qt::ISODate)}).isEmpty());
    QVERIFY(
        !createSimple(u"alpha"_s, {u"--expires"_s, todayUtc().addDays(9).toString(Qt::ISODate)}).isEmpty());
    QVERIFY(
        !createSimple(u"charlie"_s, {u"--expires"_s, todayUtc().addDays(5).toString(Qt::ISODate)}).isEmpty());

    const auto names = [this](const QStringList& arguments) {
        const ProcessResult result = m_cli.run(QStringList{u"--json"_s, u"list"_s} + arguments);
        QStringList list;
        const QJsonDocument document = parseJson(result.out);
        if (result.exitCode != 0 || !document.isArray())
            return QStringList{u"failed"_s};
        for (const QJsonValue& value : document.array()) {
            if (value.toObject().contains(u"token"_s))
                return QStringList{u"secret in a list"_s};
            list << value.toObject().value(u"name"_s).toString();
        }
        return list;
    };
    // GitLab's default order: expiry ascending.
    QCOMPARE(names({}), (QStringList{u"bravo"_s, u"charlie"_s, u"alpha"_s}));
    QCOMPARE(names({u"--sort"_s, u"name_asc"_s}), (QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s}));
    QCOMPARE(names({u"--sort"_s, u"name_desc"_s}), (QStringList{u"charlie"_s, u"bravo"_s, u"alpha"_s}));
    QCOMPARE(names({u"--sort"_s, u"expires_desc"_s}), (QStringList{u"alpha"_s, u"charlie"_s, u"bravo"_s}));
    QCOMPARE(names({u"--sort"_s, u"created_desc"_s}), (QStringList{u"charlie"_s, u"alpha"_s, u"bravo"_s}));
    QCOMPARE(names({u"--search"_s, u"AR"_s}), (QStringList{u"charlie"_s}));
    QCOMPARE(names({u"--state"_s, u"inactive"_s}), QStringList{});
}

void TestCliCommands::showTableAndJson()
{
    const QJsonObject created = m_cli.create({u"--name"_s, u"shown"_s, u"--description"_s, u"a description"_s,
                                              u"--scope"_s, u"read_repository"_s});
    QVERIFY(!created.isEmpty());
    const QString id = QString::number(created.value(u"id"_s).toInteger());

    const ProcessResult table = m_cli.run({u"show"_s, id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("shown"));
    QVERIFY(table.out.contains("a description"));
    QVERIFY(table.out.contains("read_repository"));
    QVERIFY(table.out.contains("never"));
    QVERIFY(table.out.contains("active"));
    QVERIFY(!table.out.contains("glpat-"));
    for (const QByteArray& line : table.out.trimmed().split('\n'))
        QVERIFY2(line.contains(':'), line.constData()); // key: value lines

    const QJsonObject json = m_cli.show(id.toLongLong());
    QCOMPARE(json.value(u"id"_s).toInteger(), created.value(u"id"_s).toInteger());
    QCOMPARE(json.value(u"name"_s), created.value(u"name"_s));
    QCOMPARE(json.value(u"created_at"_s), created.value(u"created_at"_s));
    QCOMPARE(json.value(u"expires_at"_s), created.value(u"expires_at"_s));
    QVERIFY(!json.contains(u"token"_s));
    QVERIFY(json.contains(u"user_id"_s));
}

void TestCliCommands::revokeTableAndJson()
{
    const QJsonObject first = createSimple(u"first"_s);
    const QJsonObject second = createSimple(u"second"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString firstId = QString::number(first.value(u"id"_s).toInteger());
    const QString secondId = QString::number(second.value(u"id"_s).toInteger());

    const ProcessResult table = m_cli.run({u"revoke"_s, firstId});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("first"));
    QVERIFY(m_cli.show(firstId.toLongLong()).value(u"revoked"_s).toBool());

    const ProcessResult json = m_cli.run({u"--json"_s, u"revoke"_s, secondId});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject revoked = parseJson(json.out).object();
    QCOMPARE(revoked.value(u"id"_s).toInteger(), second.value(u"id"_s).toInteger());
    QCOMPARE(revoked.value(u"revoked"_s).toBool(), true);
    QCOMPARE(revoked.value(u"active"_s).toBool(true), false);
    QVERIFY(!revoked.contains(u"token"_s));

    // A revoked token no longer authenticates.
    const ProcessResult verify = m_cli.run({u"verify"_s}, first.value(u"token"_s).toString().toUtf8() + '\n');
    QCOMPARE(verify.exitCode, 3);
}

void TestCliCommands::verifyRoundTrip()
{
    const QJsonObject created = createSimple(u"round trip"_s);
    QVERIFY(!created.isEmpty());
    const QByteArray secret = created.value(u"token"_s).toString().toUtf8();
    QVERIFY(m_cli.show(created.value(u"id"_s).toInteger()).value(u"last_used_at"_s).isNull());

    const ProcessResult result = m_cli.run({u"--json"_s, u"verify"_s}, secret + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QJsonObject token = parseJson(result.out).object();
    QCOMPARE(token.value(u"id"_s).toInteger(), created.value(u"id"_s).toInteger());
    QCOMPARE(token.value(u"name"_s).toString(), u"round trip"_s);
    QVERIFY(!token.contains(u"token"_s));
    QVERIFY(!result.out.contains(secret));

    const QJsonObject after = m_cli.show(created.value(u"id"_s).toInteger());
    const QDateTime lastUsed =
        QDateTime::fromString(after.value(u"last_used_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(lastUsed.isValid(), qPrintable(after.value(u"last_used_at"_s).toString()));
    QVERIFY(qAbs(lastUsed.secsTo(testNowUtc())) < 600);

    // Without a trailing newline, and with Windows line ending: the same token.
    QCOMPARE(m_cli.run({u"verify"_s}, secret).exitCode, 0);
    QCOMPARE(m_cli.run({u"verify"_s}, secret + "\r\n").exitCode, 0);
}

void TestCliCommands::verifyTable()
{
    const QJsonObject created = createSimple(u"table verify"_s);
    const QByteArray secret = created.value(u"token"_s).toString().toUtf8();
    const ProcessResult result = m_cli.run({u"verify"_s}, secret + '\n');
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("table verify"));
    QVERIFY(result.out.contains(QByteArray::number(created.value(u"id"_s).toInteger())));
    QVERIFY(!result.out.contains(secret));
    QVERIFY(!result.err.contains(secret));
}

void TestCliCommands::verifyReadsSecretInPieces()
{
    const QJsonObject created = createSimple(u"slow pipe"_s);
    const QByteArray secret = created.value(u"token"_s).toString().toUtf8();
    QVERIFY(!secret.isEmpty());

    // A pipe may hand the secret over in several reads; the CLI must wait for the end of input.
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TOKENDESK_TEST_NOW"_s, testNowUtc().toString(Qt::ISODateWithMs));
    cli.setProcessEnvironment(environment);
    cli.start(binaryPath(u"tokendesk-cli"_s), {u"--store"_s, m_cli.storePath(), u"--json"_s, u"verify"_s});
    QVERIFY(cli.waitForStarted());
    cli.write(secret.left(10));
    QVERIFY(cli.waitForBytesWritten());
    QThread::msleep(300);
    cli.write(secret.mid(10) + '\n');
    QVERIFY(cli.waitForBytesWritten());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished());
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(parseJson(cli.readAllStandardOutput()).object().value(u"name"_s).toString(), u"slow pipe"_s);
}

void TestCliCommands::rotateGivesNewTokenAndRetiresOld()
{
    const QJsonObject old = m_cli.create({u"--name"_s, u"rotating"_s, u"--description"_s, u"keep me"_s,
                                          u"--scope"_s, u"api"_s, u"--scope"_s, u"read_user"_s});
    QVERIFY(!old.isEmpty());
    const qint64 oldId = old.value(u"id"_s).toInteger();
    const QByteArray oldSecret = old.value(u"token"_s).toString().toUtf8();

    const ProcessResult result = m_cli.run({u"--json"_s, u"rotate"_s, QString::number(oldId)});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QJsonObject fresh = parseJson(result.out).object();
    const qint64 newId = fresh.value(u"id"_s).toInteger();
    const QByteArray newSecret = fresh.value(u"token"_s).toString().toUtf8();
    QVERIFY(newId > 0 && newId != oldId);
    QVERIFY(newSecret.startsWith("glpat-"));
    QVERIFY(newSecret != oldSecret);
    QCOMPARE(fresh.value(u"name"_s).toString(), u"rotating"_s);
    QCOMPARE(fresh.value(u"description"_s).toString(), u"keep me"_s);
    QCOMPARE(fresh.value(u"scopes"_s).toArray(), (QJsonArray{u"api"_s, u"read_user"_s}));
    QCOMPARE(fresh.value(u"expires_at"_s).toString(), todayUtc().addDays(7).toString(Qt::ISODate));
    QVERIFY(result.err.contains("warning"));

    const QJsonObject retired = m_cli.show(oldId);
    QCOMPARE(retired.value(u"revoked"_s).toBool(), true);
    QCOMPARE(retired.value(u"active"_s).toBool(true), false);
    QCOMPARE(m_cli.run({u"verify"_s}, newSecret).exitCode, 0);

    // Table mode: the new secret alone on the last line.
    const ProcessResult table = m_cli.run({u"rotate"_s, QString::number(newId)});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QVERIFY(lines.last().startsWith("glpat-"));
    QVERIFY(lines.last() != newSecret);
    QCOMPARE(m_cli.run({u"verify"_s}, lines.last()).exitCode, 0);

    // The old secret is refused; verify only identifies, so its successor keeps working (reuse
    // detection belongs to rotate).
    const ProcessResult reused = m_cli.run({u"verify"_s}, oldSecret);
    QCOMPARE(reused.exitCode, 3);
    QVERIFY(!reused.err.contains(oldSecret));
    QCOMPARE(m_cli.run({u"verify"_s}, lines.last()).exitCode, 0);
}

void TestCliCommands::rotateWithExpiry()
{
    const QJsonObject old = createSimple(u"dated"_s);
    const QString expires = todayUtc().addDays(60).toString(Qt::ISODate);
    const ProcessResult result = m_cli.run(
        {u"--json"_s, u"rotate"_s, QString::number(old.value(u"id"_s).toInteger()), u"--expires"_s, expires});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(parseJson(result.out).object().value(u"expires_at"_s).toString(), expires);
}

void TestCliCommands::reuseDetectionVisible()
{
    const QJsonObject first = createSimple(u"family"_s);
    const qint64 firstId = first.value(u"id"_s).toInteger();
    const ProcessResult rotated = m_cli.run({u"--json"_s, u"rotate"_s, QString::number(firstId)});
    QCOMPARE(rotated.exitCode, 0);
    const QJsonObject second = parseJson(rotated.out).object();
    const qint64 secondId = second.value(u"id"_s).toInteger();
    QCOMPARE(m_cli.show(secondId).value(u"active"_s).toBool(), true);

    // Rotating the retired member again is token reuse: refused, and the whole family is revoked.
    // GitLab refuses it as a bad request (400 "Token already revoked"), and so does the store: the
    // exit code of a validation error, the same from both backends.
    const ProcessResult reuse = m_cli.run({u"rotate"_s, QString::number(firstId)});
    QCOMPARE(reuse.exitCode, 2);
    QVERIFY(isOneErrorLine(reuse.err));
    QVERIFY(reuse.out.isEmpty());
    QCOMPARE(m_cli.show(secondId).value(u"revoked"_s).toBool(), true);
    QCOMPARE(m_cli.run({u"verify"_s}, second.value(u"token"_s).toString().toUtf8()).exitCode, 3);
    QVERIFY(!m_cli.listAll().contains("\"active\": true"));
}

void TestCliCommands::globalOptionsAfterCommand()
{
    QVERIFY(!createSimple(u"late options"_s).isEmpty());
    const ProcessResult result =
        m_cli.runBare({u"list"_s, u"--json"_s, u"--store"_s, m_cli.storePath(), u"--sort"_s, u"name_asc"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(parseJson(result.out).array().size(), 1);
    const ProcessResult show =
        m_cli.runBare({u"show"_s, u"1"_s, u"--store"_s, m_cli.storePath(), u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(parseJson(show.out).object().value(u"name"_s).toString(), u"late options"_s);
}

void TestCliCommands::linksNoGui()
{
    QProcess ldd;
    ldd.start(u"ldd"_s, {binaryPath(u"tokendesk-cli"_s)});
    if (!ldd.waitForFinished() || ldd.exitCode() != 0)
        QSKIP("ldd is not available");
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY(libraries.contains("libQt6Core"));
    QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
    QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_CliCommands.moc"
