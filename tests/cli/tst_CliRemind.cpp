// tokendesk-cli remind: the real binary over a store in a temporary folder, the GitLab API test server over
// loopback and the keyring of the isolated session, as a person (or the daily timer) runs it: what expires
// soon in every place TokenDesk knows, soonest first; a place that cannot be read named, the rest printed.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

QByteArray serverConfig()
{
    // alice: due in 3 and 25 days, later ones, a revoked one; a project token of hers due in 10 days;
    // bob: due in 6 days.
    return R"({
  "users": [
    {"id": 1, "username": "root", "is_admin": true},
    {"id": 2, "username": "alice", "name": "Alice Example"},
    {"id": 3, "username": "bob", "name": "Bob Example"}
  ],
  "tokens": [
    {"user": "alice", "name": "alice-api", "scopes": ["api"], "expires_in_days": 200,
     "secret": "glpat-alice-api-secret-0001"},
    {"user": "alice", "name": "alice-soon", "scopes": ["read_api"], "expires_in_days": 3},
    {"user": "alice", "name": "alice-month", "scopes": ["read_api"], "expires_in_days": 25},
    {"user": "alice", "name": "alice-later", "scopes": ["read_api"], "expires_in_days": 45},
    {"user": "alice", "name": "alice-revoked", "scopes": ["read_api"], "expires_in_days": 4, "revoked": true},
    {"user": "bob", "name": "bob-api", "scopes": ["api"], "expires_in_days": 300,
     "secret": "glpat-bob-api-secret-000001"},
    {"user": "bob", "name": "bob-soon", "scopes": ["read_api"], "expires_in_days": 6}
  ],
  "groups": [{"id": 100, "path": "acme", "name": "Acme"}],
  "projects": [{"id": 200, "path": "web", "name": "Web", "group": "acme"}],
  "members": [{"user": "alice", "group": "acme", "access_level": 50}],
  "resource_tokens": [
    {"project": "acme/web", "name": "web-deploy", "scopes": ["read_repository"], "access_level": 30,
     "expires_in_days": 10}
  ]
}
)";
}

QStringList names(const QJsonArray& tokens)
{
    QStringList out;
    for (const QJsonValue& t : tokens)
        out << t[u"name"_s].toString();
    return out;
}

QJsonObject named(const QJsonArray& tokens, const QString& name)
{
    for (const QJsonValue& t : tokens) {
        if (t[u"name"_s].toString() == name)
            return t.toObject();
    }
    return {};
}

} // namespace

class TestCliRemind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyKnownPlaceSoonestFirst();
    void aTableForPeople();
    void eachAccountAsksOnce();
    void withinNarrowsAndDefaultsToTheLargestThreshold();
    void aBadWithinIsAUsageError();
    void nothingDueIsSaidKindly();
    void aPlaceThatCannotBeReadIsNamedAndTheRestPrinted();
    void justThePlaceNamed();

private:
    QString accountKey(const QString& user) const;
    void connectAccount(const QString& user, const QByteArray& secret, bool saveCredential = true,
                        const QUrl& url = {});
    void createInStore(const QString& name, int days);
    ProcessResult remind(const QStringList& arguments = {}, const QStringList& extraEnvironment = {}) const
    {
        return m_cli.runBare(QStringList{u"remind"_s} + arguments, {}, extraEnvironment);
    }
    QString storePath() const { return m_dir->filePath(u"tokens.sqlite"_s); }

    GitLabTestServer m_server;
    QTemporaryDir m_configs;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliRemind::initTestCase()
{
    isolateStandardPaths();
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    QVERIFY(m_configs.isValid());
    QFile config(m_configs.filePath(u"server.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(serverConfig());
    config.close();
    // The server's today is the command's.
    QVERIFY2(m_server.start(
                 {u"--config"_s, config.fileName(), u"--today"_s, testTodayUtc().toString(Qt::ISODate)}),
             qPrintable(m_server.errorString()));
}

void TestCliRemind::init()
{
    QVERIFY(m_server.control({{u"reseed"_s, true}}));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->path(), u"TOKENDESK_STORE="_s + storePath()});
}

void TestCliRemind::cleanup()
{
    m_dir.reset();
}

QString TestCliRemind::accountKey(const QString& user) const
{
    const QUrl url = m_server.url();
    return u"gitlab:http://%1:%2:%3"_s.arg(url.host()).arg(url.port()).arg(user);
}

void TestCliRemind::connectAccount(const QString& user, const QByteArray& secret, bool saveCredential,
                                   const QUrl& url)
{
    const QUrl instance = url.isEmpty() ? m_server.url() : url;
    const QString account = u"gitlab:http://%1:%2:%3"_s.arg(instance.host()).arg(instance.port()).arg(user);
    {
        QSettings settings(m_dir->filePath(u"keychain.conf"_s), QSettings::IniFormat);
        settings.setValue(u"GitLabAccounts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account)),
                          instance.toString());
    }
    TokenDesk::SecretVault vault(m_dir->filePath(u"keychain.conf"_s));
    if (!saveCredential) {
        // The keyring outlives each test: none left from an earlier one.
        await<bool>([&](QObject* context, TokenDesk::Callback<bool> done) {
            vault.removeAccountCredential(account, context, std::move(done));
        });
        return;
    }
    const auto saved = await<bool>([&](QObject* context, TokenDesk::Callback<bool> done) {
        vault.saveAccountCredential(account, TokenDesk::Secret(secret), context, std::move(done));
    });
    QVERIFY(saved.ok());
}

void TestCliRemind::createInStore(const QString& name, int days)
{
    const ProcessResult created =
        m_cli.runBare({u"--store"_s, storePath(), u"create"_s, u"--name"_s, name, u"--scope"_s, u"read_api"_s,
                       u"--expires"_s, testTodayUtc().addDays(days).toString(Qt::ISODate)});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
}

void TestCliRemind::everyKnownPlaceSoonestFirst()
{
    createInStore(u"store-soon"_s, 2);
    createInStore(u"store-month"_s, 20);
    createInStore(u"store-later"_s, 60);
    connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    connectAccount(u"bob"_s, GitLabTestServer::BobToken);

    const ProcessResult result = remind({u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonArray due = parseJson(result.out).array();
    QCOMPARE(names(due), (QStringList{u"store-soon"_s, u"alice-soon"_s, u"bob-soon"_s, u"web-deploy"_s,
                                      u"store-month"_s, u"alice-month"_s}));

    // GitLab's field names, plus where each token lives and how many days it has left.
    const QJsonObject soon = named(due, u"alice-soon"_s);
    QCOMPARE(soon[u"account"_s].toString(), accountKey(u"alice"_s));
    QCOMPARE(soon[u"days_left"_s].toInt(), 3);
    QCOMPARE(soon[u"expires_at"_s].toString(), testTodayUtc().addDays(3).toString(Qt::ISODate));
    QCOMPARE(soon[u"active"_s].toBool(), true);
    QCOMPARE(soon[u"scopes"_s].toArray(), QJsonArray{u"read_api"_s});
    QVERIFY(soon[u"id"_s].toInteger() > 0);
    QVERIFY(soon[u"resource"_s].isNull());

    const QJsonObject deploy = named(due, u"web-deploy"_s);
    QCOMPARE(deploy[u"account"_s].toString(), accountKey(u"alice"_s));
    QCOMPARE(deploy[u"resource"_s].toObject(),
             (QJsonObject{{u"kind"_s, u"project"_s}, {u"id"_s, 200}, {u"full_path"_s, u"acme/web"_s}}));
    QCOMPARE(deploy[u"access_level"_s].toInt(), 30);

    const QJsonObject store = named(due, u"store-soon"_s);
    QCOMPARE(store[u"account"_s].toString(), u"store:"_s + QFileInfo(storePath()).absoluteFilePath());
    QCOMPARE(store[u"days_left"_s].toInt(), 2);
}

void TestCliRemind::aTableForPeople()
{
    createInStore(u"store-soon"_s, 2);
    connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    const ProcessResult result = remind({u"--within"_s, u"12"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and three tokens, soonest first
    QVERIFY(lines.at(0).contains(u"EXPIRES"_s) && lines.at(0).contains(u"DAYS LEFT"_s));
    QVERIFY(lines.at(1).contains(u"store-soon"_s) && lines.at(1).contains(u"tokens.sqlite"_s));
    QVERIFY(lines.at(1).contains(testTodayUtc().addDays(2).toString(Qt::ISODate)));
    QVERIFY(lines.at(1).trimmed().endsWith(u" 2"_s));
    QVERIFY(lines.at(2).contains(u"alice-soon"_s) && lines.at(2).contains(u"alice"_s));
    QVERIFY(lines.at(3).contains(u"web-deploy"_s) && lines.at(3).contains(u"project acme/web"_s));
    QVERIFY(lines.at(3).trimmed().endsWith(u" 10"_s));
}

void TestCliRemind::eachAccountAsksOnce()
{
    connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    QVERIFY(m_server.reset());
    QVERIFY(m_server.control({{u"clear_log"_s, true}}));
    const ProcessResult result = remind({u"--json"_s, u"--within"_s, u"7"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(names(parseJson(result.out).array()), QStringList{u"alice-soon"_s});
    int listings = 0;
    for (const QJsonValue& entry : m_server.log()) {
        const QUrl url(u"http://h"_s + entry[u"path"_s].toString());
        if (url.path() != u"/api/v4/personal_access_tokens"_s)
            continue;
        ++listings;
        QCOMPARE(QUrlQuery(url).queryItemValue(u"expires_before"_s),
                 testTodayUtc().addDays(8).toString(Qt::ISODate));
    }
    QCOMPARE(listings, 1);
}

void TestCliRemind::withinNarrowsAndDefaultsToTheLargestThreshold()
{
    createInStore(u"store-soon"_s, 2);
    createInStore(u"store-nine"_s, 9);
    createInStore(u"store-month"_s, 20);
    const auto dueNames = [this](const QStringList& arguments) {
        const ProcessResult result = remind(QStringList{u"--json"_s} + arguments);
        return result.exitCode == 0 ? names(parseJson(result.out).array()) : QStringList{describe(result)};
    };
    QCOMPARE(dueNames({}), (QStringList{u"store-soon"_s, u"store-nine"_s, u"store-month"_s}));
    QCOMPARE(dueNames({u"--within"_s, u"9"_s}), (QStringList{u"store-soon"_s, u"store-nine"_s}));
    QCOMPARE(dueNames({u"--within"_s, u"8"_s}), QStringList{u"store-soon"_s});
    // Thresholds chosen in Preferences: the largest is how far remind looks by default.
    {
        QSettings settings(m_dir->filePath(u"reminders.conf"_s), QSettings::IniFormat);
        settings.setValue(u"reminders/thresholds"_s, u"10,1,0"_s);
    }
    QCOMPARE(dueNames({}), (QStringList{u"store-soon"_s, u"store-nine"_s}));
}

void TestCliRemind::aBadWithinIsAUsageError()
{
    createInStore(u"store-soon"_s, 2);
    for (const QString& bad : {u"soon"_s, u"0"_s, u"-3"_s, u"2.5"_s, u"99999"_s, u""_s}) {
        const ProcessResult result = remind({u"--within"_s, bad});
        QVERIFY2(result.exitCode == 2, qPrintable(bad + u": "_s + describe(result)));
        QVERIFY(isOneErrorLine(result.err));
        QVERIFY2(result.err.contains("--within"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void TestCliRemind::nothingDueIsSaidKindly()
{
    createInStore(u"store-later"_s, 60);
    const ProcessResult table = remind();
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY2(table.out == "No token expires within 30 days.\n", table.out.constData());
    QCOMPARE(remind({u"--within"_s, u"1"_s}).out, QByteArray("No token expires tomorrow.\n"));
    QVERIFY(table.err.isEmpty());
    const ProcessResult json = remind({u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(parseJson(json.out).array(), QJsonArray());

    // Nowhere to look at all (no store, no account): nothing is due, and no store is created.
    QVERIFY(QFile::remove(storePath()));
    const ProcessResult nowhere = remind({u"--json"_s});
    QCOMPARE(nowhere.exitCode, 0);
    QCOMPARE(parseJson(nowhere.out).array(), QJsonArray());
    QVERIFY(!QFileInfo::exists(storePath()));
}

void TestCliRemind::aPlaceThatCannotBeReadIsNamedAndTheRestPrinted()
{
    createInStore(u"store-soon"_s, 2);
    connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    // bob is connected but his access token is not in the keychain; carol's server is down.
    connectAccount(u"bob"_s, {}, false);
    GitLabTestServer gone;
    QVERIFY(gone.start());
    const QUrl goneUrl = gone.url();
    gone.stop();
    connectAccount(u"carol"_s, "glpat-carol-secret-00000001", true, goneUrl);

    const ProcessResult result = remind({u"--json"_s, u"--within"_s, u"7"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(names(parseJson(result.out).array()), (QStringList{u"store-soon"_s, u"alice-soon"_s}));
    const QStringList errors = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"bob @ "_s) && err.contains(u"keychain"_s), qPrintable(err));
    QVERIFY2(err.contains(u"carol @ "_s) && err.contains(u"connection refused"_s), qPrintable(err));

    // A credential the server refuses.
    connectAccount(u"bob"_s, "glpat-not-bobs-token-000001");
    const ProcessResult refused = remind({u"--within"_s, u"7"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("alice-soon"), refused.out.constData());
    QVERIFY2(refused.err.contains("bob @ ") && refused.err.contains("refused"), refused.err.constData());
}

void TestCliRemind::justThePlaceNamed()
{
    createInStore(u"store-soon"_s, 2);
    connectAccount(u"alice"_s, GitLabTestServer::AliceToken);
    connectAccount(u"bob"_s, GitLabTestServer::BobToken);

    const ProcessResult store = m_cli.runBare({u"--store"_s, storePath(), u"--json"_s, u"remind"_s});
    QVERIFY2(store.exitCode == 0, qPrintable(describe(store)));
    QCOMPARE(names(parseJson(store.out).array()), QStringList{u"store-soon"_s});

    // --gitlab with the user's connected account there.
    const ProcessResult bob = m_cli.runBare(
        {u"--gitlab"_s, m_server.url().toString(), u"--user"_s, u"bob"_s, u"--json"_s, u"remind"_s});
    QVERIFY2(bob.exitCode == 0, qPrintable(describe(bob)));
    const QJsonArray bobs = parseJson(bob.out).array();
    QCOMPARE(names(bobs), QStringList{u"bob-soon"_s});
    QCOMPARE(bobs.first()[u"account"_s].toString(), accountKey(u"bob"_s));

    // --gitlab with GITLAB_TOKEN: the account is named once the server said who signs in.
    const ProcessResult alice =
        m_cli.runBare({u"--gitlab"_s, m_server.url().toString(), u"--json"_s, u"remind"_s}, {},
                      {u"GITLAB_TOKEN="_s + QString::fromLatin1(GitLabTestServer::AliceToken)});
    QVERIFY2(alice.exitCode == 0, qPrintable(describe(alice)));
    const QJsonArray alices = parseJson(alice.out).array();
    QCOMPARE(names(alices), (QStringList{u"alice-soon"_s, u"web-deploy"_s, u"alice-month"_s}));
    QCOMPARE(alices.first()[u"account"_s].toString(), accountKey(u"alice"_s));

    // A --store that does not exist is not created, and is a place that could not be read.
    const QString missing = m_dir->filePath(u"missing.sqlite"_s);
    const ProcessResult none = m_cli.runBare({u"--store"_s, missing, u"remind"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(isOneErrorLine(none.err));
    QVERIFY(none.err.contains("missing.sqlite"));
    QVERIFY(!QFileInfo::exists(missing));

    // --group and --project make no sense here.
    QCOMPARE(m_cli.runBare({u"--store"_s, storePath(), u"--group"_s, u"acme"_s, u"remind"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliRemind)
#include "tst_CliRemind.moc"
