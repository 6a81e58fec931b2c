// tokendesk-cli's promises to scripts: exit codes, nothing changed after a refused command, which store
// it opens, dates decided in UTC, and secrets that never land in the database or in an error message.
#include "CliTestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

class TestCliRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void usageErrorsChangeNothing_data();
    void usageErrorsChangeNothing();
    void notFound_data();
    void notFound();
    void refusedAdminScope();
    void verifyRefusals();
    void verifyExpiredToken();
    void notADatabaseIsLeftUntouched();
    void secretNeverInDatabase();
    void secretNeverInErrors();
    void demoStoreIsSeparate();
    void storeFromEnvironment();
    void expiryDecidedInUtc();

private:
    static QDate todayUtc() { return testTodayUtc(); }
    QJsonObject createSimple(const QString& name, const QStringList& extraEnvironment = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
    // One store with one token for the many usage errors, each of which must leave it as it was.
    QTemporaryDir m_sharedDir;
    CliRunner m_shared;
    QByteArray m_sharedBefore;
};

void TestCliRules::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)));
    QVERIFY(m_sharedDir.isValid());
    m_shared = CliRunner(m_sharedDir.filePath(u"shared.sqlite"_s));
    QVERIFY(!m_shared.create({u"--name"_s, u"existing"_s, u"--scope"_s, u"api"_s}).isEmpty());
    m_sharedBefore = m_shared.listAll();
    QVERIFY(m_sharedBefore.contains("\"existing\""));
}

void TestCliRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
}

QJsonObject TestCliRules::createSimple(const QString& name, const QStringList& extraEnvironment)
{
    return m_cli.create({u"--name"_s, name, u"--scope"_s, u"api"_s}, extraEnvironment);
}

void TestCliRules::usageErrorsChangeNothing_data()
{
    const QString tomorrow = todayUtc().addDays(1).toString(Qt::ISODate);
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"destroy"_s};
    QTest::newRow("unknown global option") << QStringList{u"--force"_s, u"list"_s};
    QTest::newRow("unknown command option") << QStringList{u"list"_s, u"--all"_s};
    QTest::newRow("option of another command") << QStringList{u"show"_s, u"1"_s, u"--name"_s, u"x"_s};
    QTest::newRow("store and demo") << QStringList{u"--demo"_s, u"list"_s};
    QTest::newRow("store twice") << QStringList{u"list"_s, u"--store"_s, u"/tmp/other.sqlite"_s};
    QTest::newRow("unknown state") << QStringList{u"list"_s, u"--state"_s, u"revoked"_s};
    QTest::newRow("unknown sort") << QStringList{u"list"_s, u"--sort"_s, u"size_asc"_s};
    QTest::newRow("list argument") << QStringList{u"list"_s, u"extra"_s};
    QTest::newRow("show without id") << QStringList{u"show"_s};
    QTest::newRow("id not a number") << QStringList{u"show"_s, u"abc"_s};
    QTest::newRow("id zero") << QStringList{u"revoke"_s, u"0"_s};
    QTest::newRow("id negative") << QStringList{u"revoke"_s, u"-1"_s};
    QTest::newRow("id fraction") << QStringList{u"rotate"_s, u"1.5"_s};
    QTest::newRow("id with sign") << QStringList{u"revoke"_s, u"+1"_s};
    QTest::newRow("two ids") << QStringList{u"revoke"_s, u"1"_s, u"2"_s};
    QTest::newRow("missing name") << QStringList{u"create"_s, u"--scope"_s, u"api"_s};
    QTest::newRow("blank name") << QStringList{u"create"_s, u"--name"_s, u"   "_s, u"--scope"_s, u"api"_s};
    QTest::newRow("name too long") << QStringList{u"create"_s, u"--name"_s, QString(256, u'n'), u"--scope"_s,
                                                  u"api"_s};
    QTest::newRow("name with control character")
        << QStringList{u"create"_s, u"--name"_s, u"bell\u0007"_s, u"--scope"_s, u"api"_s};
    QTest::newRow("description too long") << QStringList{
        u"create"_s, u"--name"_s, u"n"_s, u"--description"_s, QString(256, u'd'), u"--scope"_s, u"api"_s};
    QTest::newRow("missing scope") << QStringList{u"create"_s, u"--name"_s, u"n"_s};
    QTest::newRow("unknown scope") << QStringList{
        u"create"_s, u"--name"_s, u"n"_s, u"--scope"_s, u"api"_s, u"--scope"_s, u"write_everything"_s};
    QTest::newRow("date format") << QStringList{u"create"_s, u"--name"_s,    u"n"_s,         u"--scope"_s,
                                                u"api"_s,    u"--expires"_s, u"31.12.2026"_s};
    QTest::newRow("date without padding") << QStringList{
        u"create"_s, u"--name"_s, u"n"_s, u"--scope"_s, u"api"_s, u"--expires"_s, u"2026-3-1"_s};
    QTest::newRow("date impossible") << QStringList{u"create"_s, u"--name"_s,    u"n"_s,         u"--scope"_s,
                                                    u"api"_s,    u"--expires"_s, u"2026-02-30"_s};
    QTest::newRow("date today") << QStringList{u"create"_s,
                                               u"--name"_s,
                                               u"n"_s,
                                               u"--scope"_s,
                                               u"api"_s,
                                               u"--expires"_s,
                                               todayUtc().toString(Qt::ISODate)};
    QTest::newRow("date past") << QStringList{u"create"_s,
                                              u"--name"_s,
                                              u"n"_s,
                                              u"--scope"_s,
                                              u"api"_s,
                                              u"--expires"_s,
                                              todayUtc().addDays(-3).toString(Qt::ISODate)};
    QTest::newRow("date beyond a year") << QStringList{u"create"_s,
                                                       u"--name"_s,
                                                       u"n"_s,
                                                       u"--scope"_s,
                                                       u"api"_s,
                                                       u"--expires"_s,
                                                       todayUtc().addDays(366).toString(Qt::ISODate)};
    QTest::newRow("name twice") << QStringList{u"create"_s,  u"--name"_s, u"a"_s,         u"--name"_s, u"b"_s,
                                               u"--scope"_s, u"api"_s,    u"--expires"_s, tomorrow};
    QTest::newRow("rotate date today")
        << QStringList{u"rotate"_s, u"1"_s, u"--expires"_s, todayUtc().toString(Qt::ISODate)};
    QTest::newRow("rotate date format") << QStringList{u"rotate"_s, u"1"_s, u"--expires"_s, u"tomorrow"_s};
    QTest::newRow("verify argument") << QStringList{u"verify"_s, u"glpat-not-a-real-token-000"_s};
    QTest::newRow("verify empty stdin") << QStringList{u"verify"_s};
}

void TestCliRules::usageErrorsChangeNothing()
{
    QFETCH(QStringList, arguments);
    const ProcessResult result = m_shared.run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
    QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("glpat-"));
    QCOMPARE(m_shared.listAll(), m_sharedBefore);
}

void TestCliRules::notFound_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList{u"show"_s, u"999"_s};
    QTest::newRow("show json") << QStringList{u"--json"_s, u"show"_s, u"999"_s};
    QTest::newRow("revoke") << QStringList{u"revoke"_s, u"999"_s};
    QTest::newRow("rotate") << QStringList{u"rotate"_s, u"999"_s};
}

void TestCliRules::notFound()
{
    QFETCH(QStringList, arguments);
    QVERIFY(!createSimple(u"present"_s).isEmpty());
    const QByteArray before = m_cli.listAll();
    const ProcessResult result = m_cli.run(arguments);
    QVERIFY2(result.exitCode == 4, qPrintable(describe(result)));
    QVERIFY(isOneErrorLine(result.err));
    QVERIFY(result.err.contains("999"));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_cli.listAll(), before);
}

void TestCliRules::refusedAdminScope()
{
    const QByteArray before = m_cli.listAll();
    const ProcessResult result =
        m_cli.run({u"create"_s, u"--name"_s, u"root"_s, u"--scope"_s, u"api"_s, u"--scope"_s, u"sudo"_s});
    QVERIFY2(result.exitCode == 3, qPrintable(describe(result)));
    QVERIFY(isOneErrorLine(result.err));
    QVERIFY(result.err.contains("sudo"));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_cli.listAll(), before);
}

void TestCliRules::verifyRefusals()
{
    const QJsonObject token = createSimple(u"refusals"_s);
    const QByteArray secret = token.value(u"token"_s).toString().toUtf8();

    const QByteArray unknown = "glpat-AAAAAAAAAAAAAAAAAAAAAAAA";
    const ProcessResult unknownResult = m_cli.run({u"verify"_s}, unknown + '\n');
    QVERIFY2(unknownResult.exitCode == 3, qPrintable(describe(unknownResult)));
    QVERIFY(isOneErrorLine(unknownResult.err));
    QVERIFY(!unknownResult.err.contains(unknown));

    QCOMPARE(m_cli.run({u"revoke"_s, QString::number(token.value(u"id"_s).toInteger())}).exitCode, 0);
    const ProcessResult revoked = m_cli.run({u"--json"_s, u"verify"_s}, secret + '\n');
    QCOMPARE(revoked.exitCode, 3);
    QVERIFY(revoked.out.isEmpty());
    QVERIFY(!revoked.err.contains(secret));

    // Two secrets (two lines) are not one secret.
    const ProcessResult two = m_cli.run({u"verify"_s}, secret + '\n' + unknown + '\n');
    QCOMPARE(two.exitCode, 2);
    QVERIFY(!two.err.contains(secret));
    QCOMPARE(m_cli.run({u"verify"_s}, "\n\n").exitCode, 2);
}

void TestCliRules::verifyExpiredToken()
{
    const QString tomorrow = todayUtc().addDays(1).toString(Qt::ISODate);
    const QJsonObject token =
        m_cli.create({u"--name"_s, u"short"_s, u"--scope"_s, u"api"_s, u"--expires"_s, tomorrow});
    QVERIFY(!token.isEmpty());
    const QByteArray secret = token.value(u"token"_s).toString().toUtf8();
    QCOMPARE(m_cli.run({u"verify"_s}, secret).exitCode, 0);

    // At 00:00 UTC of its date the token has expired.
    const QString atMidnight = u"TOKENDESK_TEST_NOW=%1T00:00:01Z"_s.arg(tomorrow);
    const ProcessResult expired = m_cli.run({u"verify"_s}, secret, {atMidnight});
    QVERIFY2(expired.exitCode == 3, qPrintable(describe(expired)));
    QVERIFY(!expired.err.contains(secret));
    const ProcessResult inactive =
        m_cli.run({u"--json"_s, u"list"_s, u"--state"_s, u"inactive"_s}, {}, {atMidnight});
    QCOMPARE(inactive.exitCode, 0);
    QCOMPARE(parseJson(inactive.out).array().size(), 1);
    const ProcessResult table = m_cli.run({u"list"_s, u"--state"_s, u"inactive"_s}, {}, {atMidnight});
    QVERIFY(table.out.contains("expired"));
}

void TestCliRules::notADatabaseIsLeftUntouched()
{
    const QString path = m_dir->filePath(u"notes.sqlite"_s);
    QByteArray content = "These are my notes, not a database.\n";
    for (int i = 0; i < 200; ++i)
        content += "line " + QByteArray::number(i) + '\n';
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    const CliRunner cli(path);
    for (const QStringList& arguments :
         {QStringList{u"list"_s}, QStringList{u"create"_s, u"--name"_s, u"n"_s, u"--scope"_s, u"api"_s},
          QStringList{u"--json"_s, u"show"_s, u"1"_s}}) {
        const ProcessResult result = cli.run(arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-journal"_s));

    // An SQLite database of another program is refused as well, and left as it was.
    const QString foreign = m_dir->filePath(u"foreign.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO recipes (title) VALUES ('bread')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    QFile foreignFile(foreign);
    QVERIFY(foreignFile.open(QIODevice::ReadOnly));
    const QByteArray foreignBytes = foreignFile.readAll();
    foreignFile.close();
    const ProcessResult refused = CliRunner(foreign).run({u"--json"_s, u"list"_s});
    QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
    QVERIFY(isOneErrorLine(refused.err));
    QVERIFY(foreignFile.open(QIODevice::ReadOnly));
    QCOMPARE(foreignFile.readAll(), foreignBytes);
    QVERIFY(!QFileInfo::exists(foreign + u"-wal"_s));

    // A folder is not a store either.
    const ProcessResult folder = CliRunner(m_dir->path()).run({u"list"_s});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY(isOneErrorLine(folder.err));
}

void TestCliRules::secretNeverInDatabase()
{
    QList<QByteArray> secrets;
    const QJsonObject first = createSimple(u"first"_s);
    secrets << first.value(u"token"_s).toString().toUtf8();

    // A reader kept open here keeps SQLite from folding the write-ahead log back into the database
    // and deleting it when each CLI process ends, so the -wal file holds the recent writes when it is read.
    QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
    reader.setDatabaseName(m_cli.storePath());
    QVERIFY(reader.open());
    QSqlQuery query(reader);
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next());
    query.finish();

    const ProcessResult rotated =
        m_cli.run({u"--json"_s, u"rotate"_s, QString::number(first.value(u"id"_s).toInteger())});
    QCOMPARE(rotated.exitCode, 0);
    secrets << parseJson(rotated.out).object().value(u"token"_s).toString().toUtf8();
    const ProcessResult table =
        m_cli.run({u"create"_s, u"--name"_s, u"second"_s, u"--scope"_s, u"read_api"_s});
    QCOMPARE(table.exitCode, 0);
    secrets << table.out.trimmed().split('\n').last();
    QCOMPARE(m_cli.run({u"verify"_s}, secrets.last()).exitCode, 0);

    const QString wal = m_cli.storePath() + u"-wal"_s;
    QVERIFY2(QFileInfo(wal).size() > 0, "the write-ahead log should hold the recent writes");
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY2(files.contains(u"tokens.sqlite"_s), qPrintable(files.join(u' ')));
    QVERIFY(files.contains(u"tokens.sqlite-wal"_s));
    for (const QByteArray& secret : std::as_const(secrets)) {
        QVERIFY(secret.startsWith("glpat-") && secret.size() >= 26);
        const QByteArray randomPart = secret.mid(6);
        const QString text = QString::fromUtf8(randomPart);
        const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        for (const QString& name : files) {
            const QString path = m_dir->filePath(name);
            QVERIFY2(!fileContains(path, randomPart), qPrintable(name));
            QVERIFY2(!fileContains(path, utf16), qPrintable(name));
            QVERIFY2(!fileContains(path, randomPart.toHex()), qPrintable(name));
        }
    }
    // The names are there, so the scan reads real content.
    QVERIFY(fileContains(wal, "second") || fileContains(m_cli.storePath(), "second"));

    query = QSqlQuery();
    reader.close();
    reader = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"reader"_s);
}

void TestCliRules::secretNeverInErrors()
{
    const QJsonObject token = createSimple(u"quiet"_s);
    const QByteArray secret = token.value(u"token"_s).toString().toUtf8();
    const QString id = QString::number(token.value(u"id"_s).toInteger());

    QList<ProcessResult> failures;
    failures << m_cli.run({u"verify"_s, QString::fromUtf8(secret)});       // as an argument
    failures << m_cli.run({u"show"_s, QString::fromUtf8(secret)});         // as an ID
    failures << m_cli.run({QString::fromUtf8(secret)});                    // as a command
    failures << m_cli.run({u"verify"_s}, secret + ' ' + secret);           // twice on stdin
    failures << m_cli.run({u"verify"_s}, secret + "x\n");                  // not quite it
    failures << m_cli.run({u"verify"_s}, QByteArray(70000, 'a') + secret); // too long
    QCOMPARE(m_cli.run({u"revoke"_s, id}).exitCode, 0);
    failures << m_cli.run({u"verify"_s}, secret); // revoked
    failures << m_cli.run({u"--json"_s, u"verify"_s}, secret);
    for (const ProcessResult& failure : std::as_const(failures)) {
        QVERIFY2(failure.exitCode == 2 || failure.exitCode == 3, qPrintable(describe(failure)));
        QVERIFY2(!failure.err.contains(secret), failure.err.constData());
        QVERIFY2(!failure.err.contains(secret.mid(6, 12)), failure.err.constData());
        QVERIFY(!failure.out.contains(secret));
        QVERIFY2(isOneErrorLine(failure.err), failure.err.constData());
    }
}

void TestCliRules::demoStoreIsSeparate()
{
    // Standard locations of the child process: XDG folders inside this test's temporary folder.
    const QString home = m_dir->filePath(u"home"_s);
    const QString data = m_dir->filePath(u"xdg-data"_s);
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(data));
    CliRunner cli;
    cli.setEnvironment({u"HOME="_s + home, u"XDG_DATA_HOME="_s + data,
                        u"XDG_CONFIG_HOME="_s + m_dir->filePath(u"xdg-config"_s)});
    const auto storeFiles = [&data] {
        QStringList found;
        QDirIterator it(data, {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        return found;
    };

    const ProcessResult demo = cli.runBare({u"--demo"_s, u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    const QJsonArray seeded = parseJson(demo.out).array();
    QVERIFY2(seeded.size() >= 4, demo.out.constData());
    const QStringList afterDemo = storeFiles();
    QCOMPARE(afterDemo.size(), 1);

    const ProcessResult real = cli.runBare({u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(parseJson(real.out).array().size(), 0);
    const QStringList afterReal = storeFiles();
    QCOMPARE(afterReal.size(), 2);
    QVERIFY(afterReal.contains(afterDemo.first()));

    // A token created in the real store stays out of the demo, and the demo is seeded only once.
    QVERIFY(!cli.create({u"--name"_s, u"real one"_s, u"--scope"_s, u"api"_s}).isEmpty());
    const ProcessResult demoAgain =
        cli.runBare({u"--json"_s, u"--demo"_s, u"list"_s, u"--state"_s, u"all"_s});
    QCOMPARE(parseJson(demoAgain.out).array(), seeded);
    const ProcessResult demoCreate = cli.runBare(
        {u"--demo"_s, u"--json"_s, u"create"_s, u"--name"_s, u"demo one"_s, u"--scope"_s, u"read_api"_s});
    QCOMPARE(demoCreate.exitCode, 0);
    const ProcessResult realAgain = cli.runBare({u"--json"_s, u"list"_s, u"--state"_s, u"all"_s});
    const QJsonArray realTokens = parseJson(realAgain.out).array();
    QCOMPARE(realTokens.size(), 1);
    QCOMPARE(realTokens.first().toObject().value(u"name"_s).toString(), u"real one"_s);
    QCOMPARE(parseJson(cli.runBare({u"--json"_s, u"--demo"_s, u"list"_s, u"--state"_s, u"all"_s}).out)
                 .array()
                 .size(),
             seeded.size() + 1);
}

void TestCliRules::storeFromEnvironment()
{
    const QString fromEnvironment = m_dir->filePath(u"env/store.sqlite"_s);
    CliRunner cli;
    cli.setEnvironment(
        {u"TOKENDESK_STORE="_s + fromEnvironment, u"XDG_DATA_HOME="_s + m_dir->filePath(u"xdg"_s)});
    QVERIFY(!cli.create({u"--name"_s, u"via env"_s, u"--scope"_s, u"api"_s}).isEmpty());
    QVERIFY(QFileInfo::exists(fromEnvironment));
    QDirIterator defaultStores(m_dir->filePath(u"xdg"_s), {u"*.sqlite"_s}, QDir::Files,
                               QDirIterator::Subdirectories);
    QVERIFY(!defaultStores.hasNext());
    const ProcessResult listed = CliRunner(fromEnvironment).run({u"--json"_s, u"list"_s});
    QCOMPARE(parseJson(listed.out).array().size(), 1);

    // --store wins over the environment.
    const ProcessResult other = cli.runBare({u"--store"_s, m_cli.storePath(), u"--json"_s, u"list"_s});
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(parseJson(other.out).array().size(), 0);
    QVERIFY(QFileInfo::exists(m_cli.storePath()));
}

void TestCliRules::expiryDecidedInUtc()
{
    // 23:30 UTC on March 1st is already March 2nd, 13:30 on Kiritimati (UTC+14).
    const QStringList kiritimati{u"TZ=Pacific/Kiritimati"_s, u"TOKENDESK_TEST_NOW=2026-03-01T23:30:00Z"_s};

    const ProcessResult accepted = m_cli.run({u"--json"_s, u"create"_s, u"--name"_s, u"tomorrow in utc"_s,
                                              u"--scope"_s, u"api"_s, u"--expires"_s, u"2026-03-02"_s},
                                             {}, kiritimati);
    QVERIFY2(accepted.exitCode == 0, qPrintable(describe(accepted)));
    const QJsonObject token = parseJson(accepted.out).object();
    QCOMPARE(token.value(u"expires_at"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(token.value(u"active"_s).toBool(), true);
    QCOMPARE(token.value(u"created_at"_s).toString().left(16), u"2026-03-01T23:30"_s);

    const QByteArray before = m_cli.listAll();
    const ProcessResult refused = m_cli.run({u"create"_s, u"--name"_s, u"today in utc"_s, u"--scope"_s,
                                             u"api"_s, u"--expires"_s, u"2026-03-01"_s},
                                            {}, kiritimati);
    QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
    QVERIFY(refused.err.contains("2026-03-02"));
    QCOMPARE(m_cli.listAll(), before);

    // The default is 30 days after today's UTC date, and a year ahead is the last day allowed.
    const QJsonObject defaulted =
        m_cli.create({u"--name"_s, u"default"_s, u"--scope"_s, u"api"_s}, kiritimati);
    QCOMPARE(defaulted.value(u"expires_at"_s).toString(), u"2026-03-31"_s);
    QVERIFY(!m_cli
                 .create({u"--name"_s, u"longest"_s, u"--scope"_s, u"api"_s, u"--expires"_s, u"2027-03-01"_s},
                         kiritimati)
                 .isEmpty());
    QCOMPARE(m_cli
                 .run({u"create"_s, u"--name"_s, u"too long"_s, u"--scope"_s, u"api"_s, u"--expires"_s,
                       u"2027-03-02"_s},
                      {}, kiritimati)
                 .exitCode,
             2);

    // Half an hour later it is March 2nd in UTC too: the first token has expired.
    const QStringList afterMidnight{u"TZ=Pacific/Kiritimati"_s, u"TOKENDESK_TEST_NOW=2026-03-02T00:00:00Z"_s};
    const QJsonObject expired =
        parseJson(m_cli
                      .run({u"--json"_s, u"show"_s, QString::number(token.value(u"id"_s).toInteger())}, {},
                           afterMidnight)
                      .out)
            .object();
    QCOMPARE(expired.value(u"active"_s).toBool(true), false);
    QCOMPARE(expired.value(u"revoked"_s).toBool(true), false);

    // On Pago Pago (UTC-11) it is still March 1st at 10:30 UTC on March 2nd: the local "tomorrow" is
    // today in UTC, and refused.
    const QStringList pagoPago{u"TZ=Pacific/Pago_Pago"_s, u"TOKENDESK_TEST_NOW=2026-03-02T10:30:00Z"_s};
    QCOMPARE(m_cli
                 .run({u"create"_s, u"--name"_s, u"local tomorrow"_s, u"--scope"_s, u"api"_s, u"--expires"_s,
                       u"2026-03-02"_s},
                      {}, pagoPago)
                 .exitCode,
             2);
    QCOMPARE(
        m_cli
            .create({u"--name"_s, u"utc tomorrow"_s, u"--scope"_s, u"api"_s, u"--expires"_s, u"2026-03-03"_s},
                    pagoPago)
            .value(u"expires_at"_s)
            .toString(),
        u"2026-03-03"_s);
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_CliRules.moc"
