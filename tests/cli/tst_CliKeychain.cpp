// tokendesk-cli and the system keychain: the real binary, the real Secret Service of
// tests/support/isolated-run (seen from outside with secret-tool), and real git with the real credential
// helper in a throwaway HOME.
#include "CliTestSupport.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;
using namespace TokenDesk::Test::Keychain;

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void createSavesTheExactSecret();
    void createQuietPrintsNoSecret();
    void savedSecretWithControlsIsNotPrinted();
    void rotateReplacesTheSavedSecret();
    void rotateWithoutSavedSecretSavesNothing();
    void revokeDeletesTheSavedSecret();
    void revokeWithoutKeychainStillRevokes();
    void revokeKeepSecretKeepsIt();
    void gitUseRefusesRevokedTokens();
    void gitRejectDropsTheMappingKeepsTheSecret();
    void noSecretInLogs();
    void gitSetupKeepsAnotherHelper();
    void forgetDeletesIt();
    void forgetClearsARecordDeletedElsewhere();
    void notSavedIsNotFound();
    void usageErrors();
    void saveFailureKeepsTheSecretOnScreen();
    void gitUseAndSetupFeedGit();

private:
    QString identity() const;
    QString key(qint64 id) const { return identity() + u"/token/"_s + QString::number(id); }
    QJsonObject createSaved(const QString& name, const QStringList& extra = {});
    ProcessResult git(const QStringList& arguments, const QByteArray& input = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliKeychain::initTestCase()
{
    isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY2(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)), qPrintable(binaryPath(u"tokendesk-cli"_s)));
}

void TestCliKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config"_s)));
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->filePath(u"config"_s),
                          u"HOME="_s + m_dir->filePath(u"home"_s),
                          u"XDG_CONFIG_HOME="_s + m_dir->filePath(u"home/.config"_s),
                          u"GIT_CONFIG_NOSYSTEM=1"_s, u"GIT_CONFIG_GLOBAL"_s});
}

QString TestCliKeychain::identity() const
{
    const QString connection = QUuid::createUuid().toString();
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_cli.storePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT value FROM meta WHERE key = 'store_id'"_s) && query.next())
                id = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return u"local:"_s + id;
}

QJsonObject TestCliKeychain::createSaved(const QString& name, const QStringList& extra)
{
    return m_cli.create(QStringList{u"--name"_s, name, u"--scope"_s, u"read_api"_s, u"--keychain"_s} + extra);
}

ProcessResult TestCliKeychain::git(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"home/.config"_s));
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.remove(u"GIT_CONFIG_GLOBAL"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.remove(u"GIT_ASKPASS"_s);
    env.remove(u"SSH_ASKPASS"_s);
    env.insert(u"TOKENDESK_CONFIG_DIR"_s, m_dir->filePath(u"config"_s));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->filePath(u"home"_s));
    return runProcess(process, u"git"_s, arguments, input, 30000);
}

void TestCliKeychain::createSavesTheExactSecret()
{
    const ProcessResult created =
        m_cli.run({u"create"_s, u"--name"_s, u"deploy"_s, u"--scope"_s, u"api"_s, u"--keychain"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    // Table output: the secret is still the last line of stdout.
    const QByteArray secret = created.out.trimmed().split('\n').last();
    QVERIFY(secret.startsWith("glpat-"));
    QVERIFY(!created.err.contains(secret));
    const qint64 id = parseJson(m_cli.run({u"--json"_s, u"list"_s}).out).array().first()[u"id"_s].toInteger();

    const ToolResult stored = lookup(key(id));
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(stored.out, secret);

    const ProcessResult printed = m_cli.run({u"secret"_s, QString::number(id)});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.out, secret + '\n');
    QVERIFY(printed.err.isEmpty());

    // list shows which tokens are saved.
    const QJsonObject other = m_cli.create({u"--name"_s, u"plain"_s, u"--scope"_s, u"api"_s});
    QVERIFY(!other.isEmpty());
    const QJsonArray listed = parseJson(m_cli.run({u"--json"_s, u"list"_s}).out).array();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue& value : listed) {
        const QJsonObject token = value.toObject();
        QCOMPARE(token[u"in_keychain"_s].toBool(), token[u"id"_s].toInteger() == id);
    }
    const ProcessResult table = m_cli.run({u"list"_s, u"--sort"_s, u"name_asc"_s});
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.split('\n').first().endsWith("KEYCHAIN"));
    QVERIFY(table.out.split('\n').at(1).endsWith(" yes"));  // deploy
    QVERIFY(!table.out.split('\n').at(2).endsWith(" yes")); // plain

    // The keychain's bookkeeping and the database hold no secret.
    QVERIFY(filesContaining(m_dir->path(), secret.mid(6)).isEmpty());
}

void TestCliKeychain::createQuietPrintsNoSecret()
{
    const ProcessResult table = m_cli.run(
        {u"create"_s, u"--name"_s, u"quiet"_s, u"--scope"_s, u"api"_s, u"--keychain"_s, u"--quiet"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY(!table.out.contains("glpat-"));
    QVERIFY(!table.err.contains("glpat-"));

    const QJsonObject json = createSaved(u"quiet-json"_s, {u"--quiet"_s});
    QVERIFY(!json.isEmpty());
    QVERIFY(!json.contains(u"token"_s));
    const qint64 id = json[u"id"_s].toInteger();
    const ProcessResult printed = m_cli.run({u"secret"_s, QString::number(id)});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(printed.out.startsWith("glpat-"));
    QCOMPARE(lookup(key(id)).out + '\n', printed.out);
}

void TestCliKeychain::savedSecretWithControlsIsNotPrinted()
{
    const QJsonObject created = createSaved(u"hostile"_s);
    QVERIFY(!created.isEmpty());
    const qint64 id = created[u"id"_s].toInteger();
    // Something else wrote the keychain entry: an escape sequence (OSC 52 sets the clipboard), a
    // carriage return, a right-to-left override.
    for (const QByteArray& hostile : {QByteArray("glpat-\x1b]52;c;ZXZpbA==\x07"
                                                 "evil"),
                                      QByteArray("glpat-evil\rok"),
                                      QByteArray("glpat-\xe2\x80\xae"
                                                 "evil")}) {
        TokenDesk::SecretVault vault(m_dir->filePath(u"config/keychain.conf"_s));
        const auto saved =
            TokenDesk::Test::await<bool>([&](QObject* context, TokenDesk::Callback<bool> done) {
                vault.save(identity(), id, TokenDesk::Secret(hostile), context, std::move(done));
            });
        QVERIFY(saved.ok());
        for (const bool json : {false, true}) {
            const QStringList arguments{u"secret"_s, QString::number(id)};
            const ProcessResult printed = m_cli.run(json ? QStringList{u"--json"_s} + arguments : arguments);
            QCOMPARE(printed.exitCode, 5);
            QVERIFY2(printed.out.isEmpty(), printed.out.constData());
            QVERIFY2(!printed.err.contains("evil"), printed.err.constData());
            QVERIFY2(printed.err.contains("not printed"), printed.err.constData());
        }
    }
}

void TestCliKeychain::rotateReplacesTheSavedSecret()
{
    const QJsonObject created = createSaved(u"rotating"_s);
    const qint64 oldId = created[u"id"_s].toInteger();
    const QByteArray oldSecret = created[u"token"_s].toString().toUtf8();
    QCOMPARE(lookup(key(oldId)).out, oldSecret);

    // No --keychain: the saved secret is replaced because there was one.
    const ProcessResult rotated = m_cli.run({u"--json"_s, u"rotate"_s, QString::number(oldId)});
    QVERIFY2(rotated.exitCode == 0, qPrintable(describe(rotated)));
    const QJsonObject successor = parseJson(rotated.out).object();
    const qint64 newId = successor[u"id"_s].toInteger();
    const QByteArray newSecret = successor[u"token"_s].toString().toUtf8();
    QVERIFY(newId != oldId);
    QVERIFY(newSecret != oldSecret);

    QVERIFY(lookup(key(oldId)).out.isEmpty());
    QCOMPARE(lookup(key(newId)).out, newSecret);
    QCOMPARE(countItems(searchAll(), key(oldId)), 0);
    QCOMPARE(m_cli.run({u"secret"_s, QString::number(newId)}).out, newSecret + '\n');
    QCOMPARE(m_cli.run({u"secret"_s, QString::number(oldId)}).exitCode, 4);

    // --keychain --quiet: the next secret is only in the keychain.
    const ProcessResult quiet =
        m_cli.run({u"rotate"_s, QString::number(newId), u"--keychain"_s, u"--quiet"_s});
    QVERIFY2(quiet.exitCode == 0, qPrintable(describe(quiet)));
    QVERIFY(!quiet.out.contains("glpat-"));
    QVERIFY(lookup(key(newId)).out.isEmpty());
}

void TestCliKeychain::rotateWithoutSavedSecretSavesNothing()
{
    const QJsonObject created = m_cli.create({u"--name"_s, u"unsaved"_s, u"--scope"_s, u"api"_s});
    const qint64 oldId = created[u"id"_s].toInteger();
    const ProcessResult rotated = m_cli.run({u"--json"_s, u"rotate"_s, QString::number(oldId)});
    QCOMPARE(rotated.exitCode, 0);
    const qint64 newId = parseJson(rotated.out).object()[u"id"_s].toInteger();
    QCOMPARE(countItems(searchAll(), key(newId)), 0);

    // With --keychain it is saved.
    const ProcessResult saved =
        m_cli.run({u"--json"_s, u"rotate"_s, QString::number(newId), u"--keychain"_s});
    QCOMPARE(saved.exitCode, 0);
    const QJsonObject third = parseJson(saved.out).object();
    QCOMPARE(lookup(key(third[u"id"_s].toInteger())).out, third[u"token"_s].toString().toUtf8());
}

void TestCliKeychain::revokeDeletesTheSavedSecret()
{
    const QJsonObject created = createSaved(u"revoked"_s);
    const qint64 id = created[u"id"_s].toInteger();
    const ProcessResult revoked = m_cli.run({u"--json"_s, u"revoke"_s, QString::number(id)});
    QVERIFY2(revoked.exitCode == 0, qPrintable(describe(revoked)));
    const QJsonObject json = parseJson(revoked.out).object();
    QCOMPARE(json[u"revoked"_s].toBool(), true);
    QCOMPARE(json[u"keychain_deleted"_s].toBool(), true);
    QCOMPARE(countItems(searchAll(), key(id)), 0);

    const QJsonObject second = createSaved(u"revoked-table"_s);
    const ProcessResult table = m_cli.run({u"revoke"_s, QString::number(second[u"id"_s].toInteger())});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Deleted its secret from the keychain."));
    QCOMPARE(countItems(searchAll(), key(second[u"id"_s].toInteger())), 0);
}

void TestCliKeychain::revokeWithoutKeychainStillRevokes()
{
    const QJsonObject created = createSaved(u"revoked-offline"_s);
    const qint64 id = created[u"id"_s].toInteger();
    const QString nowhere = u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + m_dir->filePath(u"no-such-bus"_s);
    const ProcessResult revoked = m_cli.run({u"--json"_s, u"revoke"_s, QString::number(id)}, {}, {nowhere});
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY2(isOneErrorLine(revoked.err), revoked.err.constData());
    const QJsonObject json = parseJson(revoked.out).object();
    QCOMPARE(json[u"revoked"_s].toBool(), true);
    QCOMPARE(json[u"keychain_deleted"_s].toBool(true), false);
    QCOMPARE(m_cli.show(id)[u"revoked"_s].toBool(), true);
    // Still saved, so it can be forgotten once the keychain is back.
    QCOMPARE(lookup(key(id)).out, created[u"token"_s].toString().toUtf8());
    QCOMPARE(m_cli.run({u"forget"_s, QString::number(id)}).exitCode, 0);
    QCOMPARE(countItems(searchAll(), key(id)), 0);
}

void TestCliKeychain::revokeKeepSecretKeepsIt()
{
    const QJsonObject created = createSaved(u"kept"_s);
    const qint64 id = created[u"id"_s].toInteger();
    const ProcessResult revoked =
        m_cli.run({u"--json"_s, u"revoke"_s, QString::number(id), u"--keep-secret"_s});
    QCOMPARE(revoked.exitCode, 0);
    QCOMPARE(parseJson(revoked.out).object()[u"keychain_deleted"_s].toBool(true), false);
    QCOMPARE(lookup(key(id)).out, created[u"token"_s].toString().toUtf8());
}

void TestCliKeychain::forgetDeletesIt()
{
    const QJsonObject created = createSaved(u"forgotten"_s);
    const QString id = QString::number(created[u"id"_s].toInteger());
    const ProcessResult forgot = m_cli.run({u"forget"_s, id});
    QVERIFY2(forgot.exitCode == 0, qPrintable(describe(forgot)));
    QCOMPARE(countItems(searchAll(), key(id.toLongLong())), 0);
    // The token itself is untouched.
    QCOMPARE(m_cli.show(id.toLongLong())[u"active"_s].toBool(), true);

    const ProcessResult again = m_cli.run({u"forget"_s, id});
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(isOneErrorLine(again.err), again.err.constData());
}

void TestCliKeychain::forgetClearsARecordDeletedElsewhere()
{
    const QJsonObject created = createSaved(u"deleted-elsewhere"_s);
    const qint64 id = created[u"id"_s].toInteger();
    QCOMPARE(secretTool({u"clear"_s, u"user"_s, key(id), u"server"_s, u"TokenDesk"_s}).exitCode, 0);
    QCOMPARE(countItems(searchAll(), key(id)), 0);
    // TokenDesk still remembers it as saved until it learns otherwise.
    QCOMPARE(parseJson(m_cli.run({u"--json"_s, u"list"_s}).out).array().first()[u"in_keychain"_s].toBool(),
             true);

    const ProcessResult forgot = m_cli.run({u"forget"_s, QString::number(id)});
    QCOMPARE(forgot.exitCode, 4);
    QVERIFY2(isOneErrorLine(forgot.err), forgot.err.constData());
    QCOMPARE(parseJson(m_cli.run({u"--json"_s, u"list"_s}).out).array().first()[u"in_keychain"_s].toBool(),
             false);
}

void TestCliKeychain::notSavedIsNotFound()
{
    const QJsonObject created = m_cli.create({u"--name"_s, u"plain"_s, u"--scope"_s, u"api"_s});
    const QString id = QString::number(created[u"id"_s].toInteger());
    const QByteArray secret = created[u"token"_s].toString().toUtf8();
    for (const QStringList& arguments : {QStringList{u"secret"_s, id}, QStringList{u"forget"_s, id},
                                         QStringList{u"git-use"_s, id, u"--host"_s, u"git.example.test"_s}}) {
        const ProcessResult result = m_cli.run(arguments);
        QVERIFY2(result.exitCode == 4, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
        QVERIFY(result.err.contains("keychain"));
        QVERIFY(!result.err.contains(secret));
    }
    QCOMPARE(m_cli.run({u"secret"_s, u"999"_s}).exitCode, 4);
    QCOMPARE(m_cli.run({u"git-use"_s, u"999"_s, u"--host"_s, u"git.example.test"_s}).exitCode, 4);
    QCOMPARE(m_cli.run({u"git-use"_s, u"--host"_s, u"git.example.test"_s, u"--remove"_s}).exitCode, 4);
}

void TestCliKeychain::usageErrors()
{
    const QList<QStringList> cases{
        {u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s, u"--quiet"_s},
        {u"rotate"_s, u"1"_s, u"--quiet"_s},
        {u"git-use"_s, u"1"_s, u"--host"_s, u"not a host"_s},
        {u"git-use"_s, u"1"_s},
        {u"git-use"_s, u"--host"_s, u"git.example.test"_s},
        {u"git-use"_s, u"1"_s, u"--host"_s, u"git.example.test"_s, u"--remove"_s},
        {u"git-setup"_s},
        {u"git-setup"_s, u"--host"_s, u"https://git.example.test/x"_s},
        {u"secret"_s},
        {u"forget"_s, u"abc"_s},
    };
    for (const QStringList& arguments : cases) {
        const ProcessResult result = m_cli.run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_cli.storePath()));
}

void TestCliKeychain::saveFailureKeepsTheSecretOnScreen()
{
    const QString nowhere = u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + m_dir->filePath(u"no-such-bus"_s);
    for (const bool quiet : {false, true}) {
        QStringList arguments{u"create"_s,  u"--name"_s, u"nokeychain"_s,
                              u"--scope"_s, u"api"_s,    u"--keychain"_s};
        if (quiet)
            arguments << u"--quiet"_s;
        const ProcessResult result = m_cli.run(arguments, {}, {nowhere});
        QCOMPARE(result.exitCode, 1);
        const QByteArray secret = result.out.trimmed().split('\n').last();
        QVERIFY2(secret.startsWith("glpat-") && secret.size() >= 26, result.out.constData());
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
        QVERIFY(result.err.contains("keychain"));
        QVERIFY(!result.err.contains(secret.mid(6)));
        QVERIFY(filesContaining(m_dir->path(), secret.mid(6)).isEmpty());
        QVERIFY(!searchAll().contains(secret));
    }
    // The tokens exist; none is marked as saved.
    const QJsonArray listed = parseJson(m_cli.run({u"--json"_s, u"list"_s}).out).array();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue& value : listed)
        QCOMPARE(value.toObject()[u"in_keychain"_s].toBool(true), false);

    // JSON: the one document still holds the secret.
    const ProcessResult json =
        m_cli.run({u"--json"_s, u"rotate"_s, QString::number(listed.first()[u"id"_s].toInteger()),
                   u"--keychain"_s, u"--quiet"_s},
                  {}, {nowhere});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(parseJson(json.out).object()[u"token"_s].toString().startsWith(u"glpat-"_s));
    QVERIFY2(isOneErrorLine(json.err), json.err.constData());

    // Without any keychain, secret reports a keychain failure, not "not found".
    const ProcessResult secret =
        m_cli.run({u"secret"_s, QString::number(listed.first()[u"id"_s].toInteger())}, {}, {nowhere});
    QCOMPARE(secret.exitCode, 1);
    QVERIFY2(isOneErrorLine(secret.err), secret.err.constData());
}

void TestCliKeychain::gitUseAndSetupFeedGit()
{
    const QString host = u"git.example.test"_s;
    const QString other = u"other.example.test"_s;
    const QString gitconfig = m_dir->filePath(u"home/.gitconfig"_s);
    const QString helperKey = u"credential.https://"_s + host + u".helper"_s;

    // Without --apply nothing changes.
    const ProcessResult shown = m_cli.run({u"git-setup"_s, u"--host"_s, host});
    QCOMPARE(shown.exitCode, 0);
    const QString builtHelper = binaryPath(u"git-credential-tokendesk"_s);
    QVERIFY2(QFileInfo(builtHelper).isExecutable(), qPrintable(builtHelper));
    // By name when an installed helper is on PATH, else the one built beside the CLI.
    const QString helperPath = QStandardPaths::findExecutable(u"git-credential-tokendesk"_s).isEmpty()
                                   ? builtHelper
                                   : u"tokendesk"_s;
    QCOMPARE(QString::fromUtf8(shown.out), u"git config --global "_s + helperKey + u' ' + helperPath + u'\n');
    QVERIFY(!QFileInfo::exists(gitconfig));

    for (const QString& name : {host, other}) {
        const ProcessResult applied = m_cli.run({u"git-setup"_s, u"--host"_s, name, u"--apply"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(describe(applied)));
    }
    const ProcessResult configured = git({u"config"_s, u"--global"_s, u"--get"_s, helperKey});
    QCOMPARE(configured.exitCode, 0);
    QCOMPARE(configured.out, helperPath.toUtf8() + '\n');

    const QJsonObject created = createSaved(u"for-git"_s);
    const QString id = QString::number(created[u"id"_s].toInteger());
    const QByteArray secret = created[u"token"_s].toString().toUtf8();
    const ProcessResult used = m_cli.run({u"git-use"_s, id, u"--host"_s, u"Git.Example.Test:443"_s});
    QVERIFY2(used.exitCode == 0, qPrintable(describe(used)));

    const ProcessResult hosts = m_cli.run({u"--json"_s, u"git-hosts"_s});
    QCOMPARE(hosts.exitCode, 0);
    const QJsonArray mappings = parseJson(hosts.out).array();
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(mappings.first()[u"host"_s].toString(), host);
    QCOMPARE(mappings.first()[u"token_id"_s].toInteger(), id.toLongLong());

    const ProcessResult filled =
        git({u"credential"_s, u"fill"_s}, "protocol=https\nhost=" + host.toUtf8() + "\n\n");
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY(filled.out.contains("password=" + secret + '\n'));
    QVERIFY(filled.out.contains("username="));

    const ProcessResult otherFill =
        git({u"credential"_s, u"fill"_s}, "protocol=https\nhost=" + other.toUtf8() + "\n\n");
    QVERIFY(otherFill.exitCode != 0);
    QVERIFY(!otherFill.out.contains(secret));
    QVERIFY(!otherFill.out.contains("password="));

    // --remove: git gets nothing from us any more; the secret stays saved.
    QCOMPARE(m_cli.run({u"git-use"_s, u"--host"_s, host, u"--remove"_s}).exitCode, 0);
    const ProcessResult afterRemove =
        git({u"credential"_s, u"fill"_s}, "protocol=https\nhost=" + host.toUtf8() + "\n\n");
    QVERIFY(!afterRemove.out.contains(secret));
    QCOMPARE(lookup(key(id.toLongLong())).out, secret);
    QVERIFY(parseJson(m_cli.run({u"--json"_s, u"git-hosts"_s}).out).array().isEmpty());

    // Revoking the token drops its mapping with its secret.
    QCOMPARE(m_cli.run({u"git-use"_s, id, u"--host"_s, host}).exitCode, 0);
    QCOMPARE(m_cli.run({u"revoke"_s, id}).exitCode, 0);
    QVERIFY(parseJson(m_cli.run({u"--json"_s, u"git-hosts"_s}).out).array().isEmpty());
    QVERIFY(filesContaining(m_dir->path(), secret.mid(6)).isEmpty());
}

void TestCliKeychain::gitUseRefusesRevokedTokens()
{
    const QJsonObject created = createSaved(u"revoked-for-git"_s);
    const QString id = QString::number(created[u"id"_s].toInteger());
    QCOMPARE(m_cli.run({u"revoke"_s, id, u"--keep-secret"_s}).exitCode, 0);
    const ProcessResult used = m_cli.run({u"git-use"_s, id, u"--host"_s, u"git.example.test"_s});
    QCOMPARE(used.exitCode, 2);
    QVERIFY2(isOneErrorLine(used.err), used.err.constData());
    QVERIFY(parseJson(m_cli.run({u"--json"_s, u"git-hosts"_s}).out).array().isEmpty());
}

void TestCliKeychain::gitRejectDropsTheMappingKeepsTheSecret()
{
    const QString host = u"git.example.test"_s;
    QCOMPARE(m_cli.run({u"git-setup"_s, u"--host"_s, host, u"--apply"_s}).exitCode, 0);
    const QJsonObject created = createSaved(u"rejected"_s);
    const QString id = QString::number(created[u"id"_s].toInteger());
    const QByteArray secret = created[u"token"_s].toString().toUtf8();
    QCOMPARE(m_cli.run({u"git-use"_s, id, u"--host"_s, host}).exitCode, 0);

    const ProcessResult filled =
        git({u"credential"_s, u"fill"_s}, "protocol=https\nhost=" + host.toUtf8() + "\n\n");
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    // The server refused it: git tells the helper, which drops the mapping and keeps the secret.
    const ProcessResult rejected = git({u"credential"_s, u"reject"_s}, filled.out + '\n');
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    QVERIFY(parseJson(m_cli.run({u"--json"_s, u"git-hosts"_s}).out).array().isEmpty());
    QCOMPARE(m_cli.run({u"secret"_s, id}).out, secret + '\n');
}

void TestCliKeychain::noSecretInLogs()
{
    const QString allLogs = u"QT_LOGGING_RULES=tokendesk.*=true"_s;
    const ProcessResult created = m_cli.run(
        {u"--json"_s, u"create"_s, u"--name"_s, u"logged"_s, u"--scope"_s, u"api"_s, u"--keychain"_s}, {},
        {allLogs});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    QVERIFY2(created.err.contains("running command"), created.err.constData()); // logging is on
    const QJsonObject token = parseJson(created.out).object();
    const QByteArray secret = token[u"token"_s].toString().toUtf8();
    const QString id = QString::number(token[u"id"_s].toInteger());
    QVERIFY(!secret.isEmpty());
    QVERIFY(!created.err.contains(secret.mid(6)));

    const QString nowhere = u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + m_dir->filePath(u"no-such-bus"_s);
    const QList<QPair<QStringList, QStringList>> runs{
        {{u"secret"_s, id}, {allLogs}},
        {{u"git-use"_s, id, u"--host"_s, u"git.example.test"_s}, {allLogs}},
        {{u"rotate"_s, id, u"--keychain"_s}, {allLogs, nowhere}},
        {{u"secret"_s, id}, {allLogs, nowhere}},
    };
    for (const auto& [arguments, environment] : runs) {
        const ProcessResult result = m_cli.run(arguments, {}, environment);
        QVERIFY2(!result.err.contains(secret.mid(6)), qPrintable(arguments.join(u' ')));
        if (arguments.first() == u"rotate"_s) {
            const QByteArray next = result.out.trimmed().split('\n').last();
            QVERIFY(next.startsWith("glpat-"));
            QVERIFY(!result.err.contains(next.mid(6)));
        }
    }
}

void TestCliKeychain::gitSetupKeepsAnotherHelper()
{
    const QString host = u"git.example.test"_s;
    const QString helperKey = u"credential.https://"_s + host + u".helper"_s;
    const QString gitconfig = m_dir->filePath(u"home/.gitconfig"_s);

    // Twice: the second run changes nothing.
    for (const bool changed : {true, false}) {
        const ProcessResult applied =
            m_cli.run({u"--json"_s, u"git-setup"_s, u"--host"_s, host, u"--apply"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(describe(applied)));
        QCOMPARE(parseJson(applied.out).object()[u"changed"_s].toBool(), changed);
    }
    QCOMPARE(git({u"config"_s, u"--global"_s, u"--get-all"_s, helperKey}).out.count('\n'), 1);

    // A helper of the user's own for that host stays.
    QVERIFY(QFile::remove(gitconfig));
    QCOMPARE(git({u"config"_s, u"--global"_s, helperKey, u"store"_s}).exitCode, 0);
    const ProcessResult refused = m_cli.run({u"git-setup"_s, u"--host"_s, host, u"--apply"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(isOneErrorLine(refused.err), refused.err.constData());
    QCOMPARE(git({u"config"_s, u"--global"_s, u"--get-all"_s, helperKey}).out, QByteArray("store\n"));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_CliKeychain.moc"
