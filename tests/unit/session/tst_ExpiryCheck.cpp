// The expiry check with real parts: a store in a temp folder (with groups and projects), accounts of the
// registry whose credentials are in the isolated session's keyring, and the GitLab API test server. What
// is due comes from every place, soonest first, each GitLab account asking with one filtered listing; a
// place that cannot be read is named in the failures while the others still answer.
#include "AccountRegistry.h"
#include "Await.h"
#include "ConnectionCheck.h"
#include "ExpiryCheck.h"
#include "GitLabTestServer.h"
#include "KeychainTestSupport.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "ResourceWorld.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using TokenDesk::Test::GitLabTestServer;

namespace {

constexpr char WrongToken[] = "glpat-no-such-token-000000";

QJsonObject token(const char* user, const char* name, int days, const char* secret = nullptr,
                  bool revoked = false)
{
    QJsonObject t{{u"user"_s, QString::fromLatin1(user)},
                  {u"name"_s, QString::fromLatin1(name)},
                  {u"scopes"_s, QJsonArray{u"api"_s}},
                  {u"expires_in_days"_s, days},
                  {u"revoked"_s, revoked}};
    if (secret)
        t.insert(u"secret"_s, QString::fromLatin1(secret));
    return t;
}

// alice: a few tokens due within 30 days (one revoked, one that expired today), and the tokens of a
// project and a group she owns; bob: one due.
QJsonObject serverConfig(const QString& resourceFeature = u"on"_s)
{
    QJsonArray users{QJsonObject{{u"id"_s, 1}, {u"username"_s, u"root"_s}, {u"is_admin"_s, true}},
                     QJsonObject{{u"id"_s, 2}, {u"username"_s, u"alice"_s}},
                     QJsonObject{{u"id"_s, 3}, {u"username"_s, u"bob"_s}}};
    QJsonArray tokens{token("alice", "alice-api", 200, GitLabTestServer::AliceToken),
                      token("alice", "alice-soon", 3),
                      token("alice", "alice-month", 25),
                      token("alice", "alice-later", 45),
                      token("alice", "alice-revoked", 4, nullptr, true),
                      token("alice", "alice-today", 0),
                      token("bob", "bob-api", 300, GitLabTestServer::BobToken),
                      token("bob", "bob-soon", 6)};
    QJsonArray groups{QJsonObject{{u"id"_s, 100}, {u"path"_s, u"acme"_s}, {u"name"_s, u"Acme"_s}}};
    QJsonArray projects{
        QJsonObject{{u"id"_s, 200}, {u"path"_s, u"web"_s}, {u"name"_s, u"Web"_s}, {u"group"_s, u"acme"_s}}};
    QJsonArray members{
        QJsonObject{{u"user"_s, u"alice"_s}, {u"group"_s, u"acme"_s}, {u"access_level"_s, 50}}};
    QJsonArray resourceTokens{QJsonObject{{u"project"_s, u"acme/web"_s},
                                          {u"name"_s, u"web-deploy"_s},
                                          {u"scopes"_s, QJsonArray{u"read_repository"_s}},
                                          {u"access_level"_s, 30},
                                          {u"expires_in_days"_s, 10}},
                              QJsonObject{{u"group"_s, u"acme"_s},
                                          {u"name"_s, u"acme-ci"_s},
                                          {u"scopes"_s, QJsonArray{u"api"_s}},
                                          {u"access_level"_s, 40},
                                          {u"expires_in_days"_s, 60}}};
    return {{u"users"_s, users},
            {u"tokens"_s, tokens},
            {u"groups"_s, groups},
            {u"projects"_s, projects},
            {u"members"_s, members},
            {u"resource_tokens"_s, resourceTokens},
            {u"resource_tokens_feature"_s, resourceFeature}};
}

QStringList names(const QList<DueToken>& due)
{
    QStringList out;
    for (const DueToken& d : due)
        out << d.token.name;
    return out;
}

const DueToken* find(const QList<DueToken>& due, const QString& name)
{
    for (const DueToken& d : due) {
        if (d.token.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestExpiryCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dueTokensComeFromTheStoreAndEveryAccountSoonestFirst();
    void eachAccountAsksWithOneFilteredListing();
    void tokensThatExpiredTodayComeWhenAsked();
    void aPlaceThatCannotBeReadIsNamedWhileTheOthersAnswer();
    void aProjectThatCannotBeReadIsNamedInTheFailure();
    void anInstanceWithoutResourceTokensIsNoFailure();
    void knownSourcesNeverCreateTheStore();
    void aSessionTheCallerOpenedIsNamedOnceConnected();

private:
    void startServer(const QString& resourceFeature = u"on"_s);
    bool addAccount(const QString& user, const QByteArray& secret);
    void seedStore();
    QString storePath() const { return m_dir->filePath(u"tokens.sqlite"_s); }
    ExpiryCheck::Report check(const QList<ExpiryCheck::Source>& sources, ExpiryCheck::Options options = {});
    QList<ExpiryCheck::Source> known() const
    {
        return ExpiryCheck::knownSources(*m_registry, m_clock, {}, storePath());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<GitLabTestServer> m_server;
    Test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
};

void TestExpiryCheck::initTestCase()
{
    Test::isolateStandardPaths();
    if (!Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
}

void TestExpiryCheck::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
}

void TestExpiryCheck::cleanup()
{
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_server.reset();
    m_registry.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestExpiryCheck::startServer(const QString& resourceFeature)
{
    QFile config(m_dir->filePath(u"server.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(serverConfig(resourceFeature)).toJson());
    config.close();
    m_server = std::make_unique<GitLabTestServer>();
    QVERIFY2(m_server->start({u"--config"_s, config.fileName()}), qPrintable(m_server->errorString()));
}

bool TestExpiryCheck::addAccount(const QString& user, const QByteArray& secret)
{
    GitLabAccount account;
    account.instanceUrl = m_server->url();
    account.username = user;
    account.key = ConnectionCheck::accountKey(m_server->url(), user);
    return Test::await<bool>([&](QObject* c, Callback<bool> done) {
               m_registry->addAccount(account, Secret(secret), c, std::move(done));
           })
        .ok();
}

// The store: personal tokens due in 2 and 20 days, one in 40, one revoked, one that expired today, and a
// project token due in 12 days.
void TestExpiryCheck::seedStore()
{
    const QDateTime now = m_clock.nowUtc();
    auto opened = LocalBackend::open(storePath(), m_clock);
    QVERIFY(opened.ok());
    std::unique_ptr<LocalBackend> store = std::move(opened).value();
    const QDate today = m_clock.todayUtc();
    const auto make = [&](const char* name, int days) {
        auto made = store->createNow(Test::draft(QString::fromLatin1(name), today.addDays(days), {u"api"_s}));
        if (!made)
            qWarning() << "create failed:" << made.error().message;
        return made ? made.value().token.id : 0;
    };
    QVERIFY(make("store-soon", 2) > 0);
    QVERIFY(make("store-month", 20) > 0);
    QVERIFY(make("store-later", 40) > 0);
    const qint64 revoked = make("store-revoked", 5);
    QVERIFY(store->revokeNow(revoked).ok());
    // Made a week ago for today: it expired at 00:00 UTC.
    m_clock.set(now.addDays(-7));
    QVERIFY(make("store-today", 0) > 0);
    m_clock.set(now);

    Test::ResourceWorld world;
    QVERIFY(world.build(*store));
    const Resource api = Test::ResourceWorld::project(*store, u"acme/platform/api"_s);
    std::unique_ptr<TokenBackend> project = store->forResource(api);
    QVERIFY(project);
    const Result<CreatedToken> made = Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
        project->create(Test::draft(u"api-deploy"_s, today.addDays(12), {u"read_api"_s}), c, std::move(done));
    });
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    project.reset();
    store.reset();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

ExpiryCheck::Report TestExpiryCheck::check(const QList<ExpiryCheck::Source>& sources,
                                           ExpiryCheck::Options options)
{
    std::optional<ExpiryCheck::Report> report;
    bool answeredLater = false;
    {
        QObject context;
        bool returned = false;
        ExpiryCheck::run(sources, options, m_clock, &context, [&](ExpiryCheck::Report r) {
            answeredLater = returned;
            report = std::move(r);
        });
        returned = true;
        const QDeadlineTimer deadline(60000);
        while (!report && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    if (!report) {
        qWarning("the expiry check did not answer");
        return {};
    }
    if (!answeredLater)
        qWarning("the expiry check answered before run() returned");
    return *report;
}

void TestExpiryCheck::dueTokensComeFromTheStoreAndEveryAccountSoonestFirst()
{
    seedStore();
    startServer();
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    QVERIFY(addAccount(u"bob"_s, GitLabTestServer::BobToken));

    const QList<ExpiryCheck::Source> sources = known();
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(0).info.key, u"store:"_s + storePath());

    const ExpiryCheck::Report report = check(sources);
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(report.read.size(), 3);
    // Soonest first across places; nothing revoked, nothing expired, nothing beyond 30 days.
    QCOMPARE(names(report.due), (QStringList{u"store-soon"_s, u"alice-soon"_s, u"bob-soon"_s, u"web-deploy"_s,
                                             u"api-deploy"_s, u"store-month"_s, u"alice-month"_s}));
    for (int i = 1; i < report.due.size(); ++i)
        QVERIFY(report.due.at(i - 1).daysLeft <= report.due.at(i).daysLeft);

    const QString aliceKey = ConnectionCheck::accountKey(m_server->url(), u"alice"_s);
    const DueToken* soon = find(report.due, u"alice-soon"_s);
    QCOMPARE(soon->daysLeft, 3);
    QCOMPARE(soon->source.key, aliceKey);
    QVERIFY(!soon->resource);
    QCOMPARE(soon->identity, aliceKey); // a registry key is the account's identity
    QVERIFY(soon->isActive());

    // A group or project token: its resource, and the keychain identity its saved secret would have.
    const DueToken* deploy = find(report.due, u"web-deploy"_s);
    QVERIFY(deploy->resource);
    QCOMPARE(deploy->resource->fullPath, u"acme/web"_s);
    QCOMPARE(deploy->identity, aliceKey + u"/project:200"_s);
    QCOMPARE(deploy->stableKey(), aliceKey + u"/project:200/"_s + QString::number(deploy->token.id));

    const DueToken* storeToken = find(report.due, u"api-deploy"_s);
    QVERIFY(storeToken->resource);
    QCOMPARE(storeToken->source.key, u"store:"_s + storePath());
    QVERIFY(storeToken->identity.startsWith(u"local:"_s));
    QVERIFY(storeToken->identity.endsWith(u"/project:"_s + QString::number(storeToken->resource->id)));
    QCOMPARE(find(report.due, u"store-soon"_s)->daysLeft, 2);

    // A narrower window: only what is due within 5 days.
    ExpiryCheck::Options week;
    week.withinDays = 5;
    week.resources = false;
    QCOMPARE(names(check(known(), week).due), (QStringList{u"store-soon"_s, u"alice-soon"_s}));
}

void TestExpiryCheck::eachAccountAsksWithOneFilteredListing()
{
    startServer();
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    QVERIFY(m_server->control({{u"clear_log"_s, true}}));
    ExpiryCheck::Options options;
    options.withinDays = 30;
    options.resources = false;
    const ExpiryCheck::Report report = check(known(), options);
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(names(report.due), (QStringList{u"alice-soon"_s, u"alice-month"_s}));

    int listings = 0;
    const QJsonArray log = m_server->log();
    for (const QJsonValue& entry : log) {
        const QUrl url(u"http://h"_s + entry[u"path"_s].toString());
        if (url.path() != u"/api/v4/personal_access_tokens"_s)
            continue;
        ++listings;
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"expires_before"_s),
                 m_clock.todayUtc().addDays(31).toString(Qt::ISODate));
        QCOMPARE(query.queryItemValue(u"state"_s), u"active"_s);
        QCOMPARE(query.queryItemValue(u"sort"_s), u"expires_asc"_s);
        QCOMPARE(entry[u"credential"_s].toString(),
                 GitLabTestServer::credentialDigest(GitLabTestServer::AliceToken));
    }
    QCOMPARE(listings, 1);
}

void TestExpiryCheck::tokensThatExpiredTodayComeWhenAsked()
{
    seedStore();
    startServer();
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    QVERIFY(m_server->control({{u"clear_log"_s, true}}));
    ExpiryCheck::Options options;
    options.withinDays = 7;
    options.includeExpiredToday = true;
    options.resources = false;
    const ExpiryCheck::Report report = check(known(), options);
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(names(report.due),
             (QStringList{u"alice-today"_s, u"store-today"_s, u"store-soon"_s, u"alice-soon"_s}));
    // Same day: by place ("gitlab:…" before "store:…").
    QCOMPARE(find(report.due, u"alice-today"_s)->daysLeft, 0);
    QVERIFY(!find(report.due, u"alice-today"_s)->isActive());
    // Still one request: any state, not revoked, expiring from today on.
    int listings = 0;
    for (const QJsonValue& entry : m_server->log()) {
        const QUrl url(u"http://h"_s + entry[u"path"_s].toString());
        if (url.path() != u"/api/v4/personal_access_tokens"_s)
            continue;
        ++listings;
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"revoked"_s), u"false"_s);
        QCOMPARE(query.queryItemValue(u"expires_after"_s), m_clock.todayUtc().toString(Qt::ISODate));
        QVERIFY(query.queryItemValue(u"state"_s).isEmpty());
    }
    QCOMPARE(listings, 1);

    // Without asking, a token that expired today is not due.
    options.includeExpiredToday = false;
    QVERIFY(!names(check(known(), options).due).contains(u"alice-today"_s));
}

void TestExpiryCheck::aPlaceThatCannotBeReadIsNamedWhileTheOthersAnswer()
{
    seedStore();
    // A server that is down: it answered once, then stopped.
    GitLabTestServer gone;
    QVERIFY(gone.start());
    const QUrl goneUrl = gone.url();
    gone.stop();
    GitLabAccount down;
    down.instanceUrl = goneUrl;
    down.username = u"carol"_s;
    down.key = ConnectionCheck::accountKey(goneUrl, u"carol"_s);
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                m_registry->addAccount(down, Secret(QByteArrayLiteral("glpat-carol-secret-0000001")), c,
                                       std::move(done));
            }).ok());

    startServer();
    // A credential the server refuses (401), and one the keychain no longer holds.
    QVERIFY(addAccount(u"bob"_s, WrongToken));
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    const QString aliceKey = ConnectionCheck::accountKey(m_server->url(), u"alice"_s);
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                m_vault->removeAccountCredential(aliceKey, c, std::move(done));
            }).ok());

    const QList<ExpiryCheck::Source> sources = known();
    QCOMPARE(sources.size(), 4);
    ExpiryCheck::Options options;
    options.resources = false;
    const ExpiryCheck::Report report = check(sources, options);
    // The store still answers.
    QCOMPARE(report.read.size(), 1);
    QCOMPARE(report.read.constFirst().key, u"store:"_s + storePath());
    QCOMPARE(names(report.due), (QStringList{u"store-soon"_s, u"store-month"_s}));

    QCOMPARE(report.failures.size(), 3);
    QHash<QString, BackendError> byKey;
    for (const ExpiryCheck::Failure& f : report.failures) {
        QVERIFY(!f.source.label.isEmpty());
        QVERIFY(!f.error.message.isEmpty());
        byKey.insert(f.source.key, f.error);
    }
    QCOMPARE(byKey.value(down.key).kind, BackendError::Kind::Network);
    QCOMPARE(byKey.value(ConnectionCheck::accountKey(m_server->url(), u"bob"_s)).kind,
             BackendError::Kind::Authentication);
    QCOMPARE(byKey.value(aliceKey).kind, BackendError::Kind::NotFound);
    QVERIFY(byKey.value(aliceKey).message.contains(u"keychain"_s));
}

void TestExpiryCheck::aProjectThatCannotBeReadIsNamedInTheFailure()
{
    startServer();
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    QVERIFY(m_server->addFault({{u"kind"_s, u"server_error"_s},
                                {u"status"_s, 500},
                                {u"count"_s, -1},
                                {u"path"_s, u"/api/v4/projects/200/access_tokens"_s}}));
    const ExpiryCheck::Report report = check(known());
    // What could be read is still answered, the group's token included.
    QCOMPARE(names(report.due), (QStringList{u"alice-soon"_s, u"alice-month"_s}));
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(report.failures.constFirst().error.message.contains(u"acme/web"_s),
             qPrintable(report.failures.constFirst().error.message));
    QVERIFY(report.read.isEmpty()); // not read in full
}

void TestExpiryCheck::anInstanceWithoutResourceTokensIsNoFailure()
{
    startServer(u"404"_s);
    QVERIFY(addAccount(u"alice"_s, GitLabTestServer::AliceToken));
    const ExpiryCheck::Report report = check(known());
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(report.read.size(), 1);
    QCOMPARE(names(report.due), (QStringList{u"alice-soon"_s, u"alice-month"_s}));
}

void TestExpiryCheck::knownSourcesNeverCreateTheStore()
{
    QVERIFY(known().isEmpty());
    QVERIFY(!QFile::exists(storePath()));
    const ExpiryCheck::Report report = check(known());
    QVERIFY(report.due.isEmpty() && report.failures.isEmpty() && report.read.isEmpty());
    QVERIFY(!QFile::exists(storePath()));

    // A file that is not a store is a failure of that place, not of the check.
    QFile junk(storePath());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database, not at all, just some words to fill the header page");
    junk.close();
    const ExpiryCheck::Report broken = check(known());
    QCOMPARE(broken.failures.size(), 1);
    QCOMPARE(broken.failures.constFirst().source.key, u"store:"_s + storePath());
}

void TestExpiryCheck::aSessionTheCallerOpenedIsNamedOnceConnected()
{
    startServer();
    const AccountSession::Ptr session =
        AccountSession::forCredential(m_server->url(), Secret(QByteArray(GitLabTestServer::BobToken)),
                                      AccountSession::CredentialSource::Environment, m_clock, {});
    const ExpiryCheck::Report report = check({ExpiryCheck::forSession(session)});
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(names(report.due), QStringList{u"bob-soon"_s});
    const QString bobKey = ConnectionCheck::accountKey(m_server->url(), u"bob"_s);
    QCOMPARE(report.due.constFirst().source.key, bobKey);
    QVERIFY(report.due.constFirst().source.label.contains(u"bob"_s));
    QCOMPARE(report.due.constFirst().identity, bobKey);
}

QTEST_GUILESS_MAIN(TestExpiryCheck)
#include "tst_ExpiryCheck.moc"
