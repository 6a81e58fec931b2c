// tokendesk-cli calendar against the GitLab API test server: personal, group and project tokens in one
// calendar, read back by Debian's iCalendar parser (tests/cli/ics_events.py); by default every connected
// account (its access token from the real keychain of the isolated session) beside the local store.
#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountBook.h"
#include "CliTestSupport.h"
#include "GitLabTestServer.h"
#include "GitLabUrls.h"
#include "SecretVault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

class TestCliCalendarGitLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void personalGroupAndProjectTokens();
    void everyConnectedAccountBesideTheStore();

private:
    QJsonObject parse(const QByteArray& calendar);
    static QHash<QString, QJsonObject> bySummary(const QJsonObject& calendar);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliCalendarGitLab::initTestCase()
{
    isolateStandardPaths();
    if (!QFile::exists(u"/usr/bin/python3"_s))
        QSKIP("Debian's /usr/bin/python3 with python3-icalendar reads the calendars back");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCliCalendarGitLab::init()
{
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config"_s)));
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir->filePath(u"config"_s),
                          u"TOKENDESK_STORE="_s + m_dir->filePath(u"tokens.sqlite"_s)});
}

QJsonObject TestCliCalendarGitLab::parse(const QByteArray& calendar)
{
    QFile file(m_dir->filePath(u"parsed.ics"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(calendar);
    file.close();
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s,
        {qEnvironmentVariable("TOKENDESK_SOURCE_DIR") + u"/tests/cli/ics_events.py"_s, file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "the parser refused the calendar:" << python.readAllStandardError();
        return {};
    }
    return parseJson(python.readAllStandardOutput()).object();
}

QHash<QString, QJsonObject> TestCliCalendarGitLab::bySummary(const QJsonObject& calendar)
{
    QHash<QString, QJsonObject> events;
    for (const QJsonValue event : calendar.value(u"events"_s).toArray())
        events.insert(event[u"summary"_s].toString(), event.toObject());
    return events;
}

void TestCliCalendarGitLab::personalGroupAndProjectTokens()
{
    const ProcessResult run =
        m_cli.runBare({u"--gitlab"_s, m_server.url().toString(), u"calendar"_s}, {},
                      {u"GITLAB_TOKEN="_s + QString::fromLatin1(GitLabTestServer::AliceToken)});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(!run.out.contains(GitLabTestServer::AliceToken));
    const QHash<QString, QJsonObject> events = bySummary(parse(run.out));
    for (const QString& personal : {u"alice-api"_s, u"alice-read"_s, u"alice-registry"_s})
        QVERIFY2(events.contains(u"GitLab token “%1” expires"_s.arg(personal)), qPrintable(personal));
    const QJsonObject deploy = events.value(u"GitLab token “web-deploy” of acme/platform/web expires"_s);
    QVERIFY2(!deploy.isEmpty(), qPrintable(QStringList(events.keys()).join(u" | "_s)));
    QCOMPARE(deploy[u"dtstart"_s][u"date"_s].toString(), testTodayUtc().addDays(10).toString(Qt::ISODate));
    QVERIFY(deploy[u"description"_s].toString().contains(u"Project: acme/platform/web"_s));
    QVERIFY(deploy[u"description"_s].toString().contains(u"read_repository, write_repository"_s));
    const QJsonObject ci = events.value(u"GitLab token “acme-ci” of acme expires"_s);
    QVERIFY(!ci.isEmpty());
    QVERIFY(ci[u"description"_s].toString().contains(u"Group: acme"_s));
    // A refused access token: said, and no calendar at all rather than an empty one.
    const ProcessResult refused = m_cli.runBare({u"--gitlab"_s, m_server.url().toString(), u"calendar"_s}, {},
                                                {u"GITLAB_TOKEN=glpat-not-a-known-token-0000"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.startsWith("tokendesk-cli: error: could not read "), refused.err.constData());
    // Revoked tokens and other people's are not in it.
    for (const QString& name : events.keys()) {
        QVERIFY2(!name.contains(u"revoked"_s) && !name.contains(u"acme-old"_s) && !name.contains(u"bob"_s),
                 qPrintable(name));
    }
}

void TestCliCalendarGitLab::everyConnectedAccountBesideTheStore()
{
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    QVERIFY(m_cli
                .create({u"--name"_s, u"offline"_s, u"--scope"_s, u"api"_s, u"--expires"_s,
                         testTodayUtc().addDays(5).toString(Qt::ISODate)})
                .contains(u"id"_s));
    // alice connected as the window does: the account in keychain.conf, its access token in the keychain.
    AccountRecord alice;
    alice.instanceUrl = m_server.url();
    alice.username = u"alice"_s;
    alice.key = GitLabUrls::accountIdentity(alice.instanceUrl, alice.username);
    const QString settings = m_dir->filePath(u"config/keychain.conf"_s);
    AccountBook(settings).save(alice);
    SecretVault vault(settings);
    QVERIFY(Test::await<bool>([&](QObject* context, Callback<bool> done) {
                vault.saveAccountCredential(alice.key, Secret(QByteArray(GitLabTestServer::AliceToken)),
                                            context, std::move(done));
            }).ok());

    const ProcessResult run = m_cli.runBare({u"calendar"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QHash<QString, QJsonObject> events = bySummary(parse(run.out));
    QVERIFY(events.contains(u"GitLab token “offline” expires"_s));
    QVERIFY(events.contains(u"GitLab token “alice-api” expires"_s));
    QVERIFY(events.contains(u"GitLab token “web-deploy” of acme/platform/web expires"_s));
    const QString alicesDescription =
        events.value(u"GitLab token “alice-api” expires"_s)[u"description"_s].toString();
    QVERIFY2(alicesDescription.contains(u"alice @ "_s), qPrintable(alicesDescription));

    // The same token has the same UID whichever way the account was reached.
    const ProcessResult direct =
        m_cli.runBare({u"--gitlab"_s, m_server.url().toString(), u"calendar"_s}, {},
                      {u"GITLAB_TOKEN="_s + QString::fromLatin1(GitLabTestServer::AliceToken)});
    QCOMPARE(direct.exitCode, 0);
    QCOMPARE(bySummary(parse(direct.out)).value(u"GitLab token “alice-api” expires"_s)[u"uid"_s],
             events.value(u"GitLab token “alice-api” expires"_s)[u"uid"_s]);

    // The server down: alice's account is named, the store's token still written.
    m_server.stop();
    const ProcessResult down = m_cli.runBare({u"calendar"_s});
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("alice @ "), down.err.constData());
    QVERIFY(bySummary(parse(down.out)).contains(u"GitLab token “offline” expires"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestCliCalendarGitLab)
#include "tst_CliCalendarGitLab.moc"
