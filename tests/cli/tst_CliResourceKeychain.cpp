// tokendesk-cli, group and project access tokens and the system keychain: the real binary on the demo
// store (its groups and projects) and the real Secret Service of tests/support/isolated-run, seen from
// outside with secret-tool. A project token's saved secret and a personal token's with the same id live
// under different keys, and each command finds only its own.
#include "CliTestSupport.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;
using namespace TokenDesk::Test::Keychain;

class TestCliResourceKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void projectAndPersonalWithTheSameIdDoNotCollide();
    void eachSideFindsOnlyItsOwn();
    void listShowsWhatIsSavedPerResource();
    void gitGetsTheProjectTokensSecret();

private:
    ProcessResult demo(const QStringList& arguments) const;
    // The demo store's identity ("local:<store id>"): the personal tokens' keychain keys start with it.
    QString storeIdentity() const;
    QString projectIdentity() const;
    qint64 projectId() const;

    QStringList environment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
    const QString m_project = u"acme/platform/api"_s;
};

void TestCliResourceKeychain::initTestCase()
{
    isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY2(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)), qPrintable(binaryPath(u"tokendesk-cli"_s)));
}

void TestCliResourceKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char* folder : {"home", "xdg-data", "xdg-config", "config"})
        QVERIFY(QDir().mkpath(m_dir->filePath(QString::fromLatin1(folder))));
    m_cli = CliRunner();
    m_cli.setEnvironment(environment());
    // The demo store, seeded once.
    QCOMPARE(demo({u"resources"_s}).exitCode, 0);
}

QStringList TestCliResourceKeychain::environment() const
{
    return {u"HOME="_s + m_dir->filePath(u"home"_s), u"XDG_DATA_HOME="_s + m_dir->filePath(u"xdg-data"_s),
            u"XDG_CONFIG_HOME="_s + m_dir->filePath(u"xdg-config"_s),
            u"TOKENDESK_CONFIG_DIR="_s + m_dir->filePath(u"config"_s)};
}

ProcessResult TestCliResourceKeychain::demo(const QStringList& arguments) const
{
    return m_cli.runBare(QStringList{u"--demo"_s} + arguments);
}

QString TestCliResourceKeychain::storeIdentity() const
{
    QString path;
    QDirIterator it(m_dir->filePath(u"xdg-data"_s), {u"demo.sqlite"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (it.hasNext())
        path = it.next();
    const QString connection = QUuid::createUuid().toString();
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT value FROM meta WHERE key = 'store_id'"_s) && query.next())
                id = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return id.isEmpty() ? QString() : u"local:"_s + id;
}

qint64 TestCliResourceKeychain::projectId() const
{
    for (const QJsonValue& value : parseJson(demo({u"--json"_s, u"resources"_s}).out).array()) {
        if (value.toObject().value(u"full_path"_s).toString() == m_project)
            return value.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

QString TestCliResourceKeychain::projectIdentity() const
{
    return storeIdentity() + u"/project:"_s + QString::number(projectId());
}

void TestCliResourceKeychain::projectAndPersonalWithTheSameIdDoNotCollide()
{
    const QString personal = storeIdentity();
    QVERIFY(!personal.isEmpty());
    QVERIFY(projectId() > 0);

    // A project token saved by create --keychain.
    const ProcessResult created = demo({u"--json"_s, u"--project"_s, m_project, u"create"_s, u"--name"_s,
                                        u"saved"_s, u"--scope"_s, u"api"_s, u"--keychain"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const QJsonObject token = parseJson(created.out).object();
    const qint64 id = token.value(u"id"_s).toInteger();
    const QByteArray projectSecret = token.value(u"token"_s).toString().toLatin1();
    QVERIFY(projectSecret.startsWith("glpat-"));
    const QString projectKey = projectIdentity() + u"/token/"_s + QString::number(id);
    QCOMPARE(lookup(projectKey).out, projectSecret);

    // A personal token's secret with the same id, saved as TokenDesk saves one.
    const QByteArray personalSecret = randomToken();
    TokenDesk::SecretVault vault(m_dir->filePath(u"config/keychain.conf"_s));
    const auto saved = TokenDesk::Test::await<bool>(
        [&](QObject* context, TokenDesk::Callback<bool> done) {
            vault.save(personal, id, TokenDesk::Secret(personalSecret), context, std::move(done));
        },
        20000);
    QVERIFY(saved.ok());
    const QString personalKey = personal + u"/token/"_s + QString::number(id);
    QCOMPARE(lookup(personalKey).out, personalSecret);
    QCOMPARE(lookup(projectKey).out, projectSecret);

    // Each side reads its own.
    const ProcessResult projectRead = demo({u"--project"_s, m_project, u"secret"_s, QString::number(id)});
    QCOMPARE(projectRead.exitCode, 0);
    QCOMPARE(projectRead.out, projectSecret + '\n');
    const ProcessResult personalRead = demo({u"secret"_s, QString::number(id)});
    QCOMPARE(personalRead.exitCode, 0);
    QCOMPARE(personalRead.out, personalSecret + '\n');

    // Revoking the project token deletes its secret, not the personal one.
    const ProcessResult revoked =
        demo({u"--json"_s, u"--project"_s, m_project, u"revoke"_s, QString::number(id)});
    QVERIFY2(revoked.exitCode == 0, qPrintable(describe(revoked)));
    QCOMPARE(parseJson(revoked.out).object().value(u"keychain_deleted"_s), QJsonValue(true));
    QVERIFY(lookup(projectKey).out.isEmpty());
    QCOMPARE(lookup(personalKey).out, personalSecret);
    QCOMPARE(demo({u"secret"_s, QString::number(id)}).out, personalSecret + '\n');
    QCOMPARE(demo({u"--project"_s, m_project, u"secret"_s, QString::number(id)}).exitCode, 4);

    // And forgetting the personal one leaves nothing behind.
    QCOMPARE(demo({u"forget"_s, QString::number(id)}).exitCode, 0);
    QVERIFY(lookup(personalKey).out.isEmpty());
    QVERIFY(filesContaining(m_dir->path(), projectSecret.mid(6)).isEmpty());
}

void TestCliResourceKeychain::eachSideFindsOnlyItsOwn()
{
    const QJsonObject personal = parseJson(demo({u"--json"_s, u"create"_s, u"--name"_s, u"mine"_s,
                                                 u"--scope"_s, u"api"_s, u"--keychain"_s})
                                               .out)
                                     .object();
    const QString personalId = QString::number(personal.value(u"id"_s).toInteger());
    QVERIFY(personalId != u"0"_s);
    // Through the project, the personal token's secret is not there (nor can it be forgotten there).
    QCOMPARE(demo({u"--project"_s, m_project, u"secret"_s, personalId}).exitCode, 4);
    QCOMPARE(demo({u"--project"_s, m_project, u"forget"_s, personalId}).exitCode, 4);
    QCOMPARE(demo({u"secret"_s, personalId}).out.trimmed(), personal.value(u"token"_s).toString().toLatin1());

    // A project token rotated with --keychain: the successor's secret replaces it under the project.
    const QJsonObject project =
        parseJson(demo({u"--json"_s, u"--project"_s, m_project, u"create"_s, u"--name"_s, u"bot"_s,
                        u"--scope"_s, u"read_api"_s, u"--keychain"_s})
                      .out)
            .object();
    const QString projectTokenId = QString::number(project.value(u"id"_s).toInteger());
    QCOMPARE(demo({u"secret"_s, projectTokenId}).exitCode, 4);
    const QJsonObject rotated =
        parseJson(demo({u"--json"_s, u"--project"_s, m_project, u"rotate"_s, projectTokenId}).out).object();
    const QString successor = QString::number(rotated.value(u"id"_s).toInteger());
    QVERIFY(successor != u"0"_s);
    QCOMPARE(demo({u"--project"_s, m_project, u"secret"_s, successor}).out.trimmed(),
             rotated.value(u"token"_s).toString().toLatin1());
    QCOMPARE(demo({u"--project"_s, m_project, u"secret"_s, projectTokenId}).exitCode, 4);
    QVERIFY(lookup(projectIdentity() + u"/token/"_s + successor).exitCode == 0);
}

void TestCliResourceKeychain::listShowsWhatIsSavedPerResource()
{
    const QJsonObject project =
        parseJson(demo({u"--json"_s, u"--project"_s, m_project, u"create"_s, u"--name"_s, u"kept"_s,
                        u"--scope"_s, u"api"_s, u"--keychain"_s})
                      .out)
            .object();
    const qint64 id = project.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    bool seen = false;
    for (const QJsonValue& value :
         parseJson(demo({u"--json"_s, u"--project"_s, m_project, u"list"_s}).out).array()) {
        const QJsonObject token = value.toObject();
        QCOMPARE(token.value(u"in_keychain"_s).toBool(), token.value(u"id"_s).toInteger() == id);
        seen = seen || token.value(u"id"_s).toInteger() == id;
    }
    QVERIFY(seen);
    seen = false;
    for (const QJsonValue& value :
         parseJson(demo({u"--json"_s, u"list"_s, u"--all-resources"_s}).out).array()) {
        const QJsonObject token = value.toObject();
        QCOMPARE(token.value(u"in_keychain"_s).toBool(), token.value(u"id"_s).toInteger() == id);
        seen = seen || token.value(u"id"_s).toInteger() == id;
    }
    QVERIFY(seen);
}

void TestCliResourceKeychain::gitGetsTheProjectTokensSecret()
{
    const QJsonObject project =
        parseJson(demo({u"--json"_s, u"--project"_s, m_project, u"create"_s, u"--name"_s, u"git"_s,
                        u"--scope"_s, u"read_repository"_s, u"--keychain"_s})
                      .out)
            .object();
    const qint64 id = project.value(u"id"_s).toInteger();
    const QByteArray projectSecret = project.value(u"token"_s).toString().toLatin1();
    QVERIFY(projectSecret.startsWith("glpat-"));
    // A personal secret under the same id, which git must not get.
    const QByteArray personalSecret = randomToken();
    TokenDesk::SecretVault vault(m_dir->filePath(u"config/keychain.conf"_s));
    QVERIFY(TokenDesk::Test::await<bool>(
                [&](QObject* context, TokenDesk::Callback<bool> done) {
                    vault.save(storeIdentity(), id, TokenDesk::Secret(personalSecret), context,
                               std::move(done));
                },
                20000)
                .ok());

    const ProcessResult used = demo(
        {u"--project"_s, m_project, u"git-use"_s, QString::number(id), u"--host"_s, u"git.example.test"_s});
    QVERIFY2(used.exitCode == 0, qPrintable(describe(used)));
    const ProcessResult filled = runProgram(u"git-credential-tokendesk"_s, {u"get"_s},
                                            "protocol=https\nhost=git.example.test\n\n", environment());
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY2(filled.out.contains("password=" + projectSecret + '\n'), filled.out.constData());
    QVERIFY(!filled.out.contains(personalSecret));

    // Revoking the project token stops git from getting it.
    QCOMPARE(demo({u"--project"_s, m_project, u"revoke"_s, QString::number(id)}).exitCode, 0);
    const ProcessResult after = runProgram(u"git-credential-tokendesk"_s, {u"get"_s},
                                           "protocol=https\nhost=git.example.test\n\n", environment());
    QVERIFY(!after.out.contains("password="));
}

QTEST_GUILESS_MAIN(TestCliResourceKeychain)
#include "tst_CliResourceKeychain.moc"
