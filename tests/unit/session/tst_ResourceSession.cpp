// The session layer's seam for group and project access tokens, with real parts: the local store in a
// temp folder with groups and projects, and the keyring of the isolated session. A resource's session
// works like the account's own (TokenOperations unchanged) while its keychain entries stay apart, and
// the overview of every resource answers what expires, resource by resource.
#include "AccountSession.h"
#include "Await.h"
#include "Clock.h"
#include "KeychainTestSupport.h"
#include "LocalBackend.h"
#include "ResourceOverview.h"
#include "ResourceWorld.h"
#include "SecretVault.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenOperations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

class TestResourceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aResourceSessionSharesTheAccountButNotItsKeys();
    void savedSecretsOfAProjectAndOfAPersonalTokenWithTheSameIdStayApart();
    void aBackendWithoutResourcesGivesNoSession();
    void theOverviewListsWhatExpiresBeforeTheDateAcrossResources();
    void theOverviewReportsAResourceItCannotRead();
    void theOverviewOfNoResourcesIsEmpty();
    void theOverviewKeepsTheSessionAliveUntilItAnswers();

private:
    TokenDraft resourceDraft(const QString& name, int days, int role = 0) const;
    CreatedToken createIn(const AccountSession::Ptr& session, const TokenDraft& draft);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<LocalBackend> m_store;
    Test::ResourceWorld m_world;
    AccountSession::Ptr m_account;
};

void TestResourceSession::initTestCase()
{
    Test::isolateStandardPaths();
    if (!Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
}

void TestResourceSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"keychain.conf"_s));
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    QVERIFY(m_world.build(*m_store));
    m_account = AccountSession::forBackend(*m_store, m_vault.get());
    QVERIFY(
        Test::await<Account>([&](QObject* c, Callback<Account> done) { m_account->connect(c, done); }).ok());
}

void TestResourceSession::cleanup()
{
    m_account.reset();
    QTest::qWait(0); // sessions and backends go with deleteLater
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_store.reset();
    m_vault.reset();
    m_dir.reset();
}

TokenDraft TestResourceSession::resourceDraft(const QString& name, int days, int role) const
{
    TokenDraft d = Test::draft(name, QDate::currentDate().addDays(days), {u"read_api"_s});
    d.accessLevel = role;
    return d;
}

CreatedToken TestResourceSession::createIn(const AccountSession::Ptr& session, const TokenDraft& draft)
{
    const Result<CreatedToken> created = Test::await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> done) { TokenOperations(session).create(draft, c, done); });
    if (!created)
        qWarning() << "create failed:" << created.error().message;
    return created ? created.value() : CreatedToken{};
}

void TestResourceSession::aResourceSessionSharesTheAccountButNotItsKeys()
{
    const Resource web = Test::ResourceWorld::project(*m_store, u"acme/platform/api"_s);
    const AccountSession::Ptr project = AccountSession::forResource(m_account, web);
    QVERIFY(project);
    QCOMPARE(project->parent(), m_account);
    QCOMPARE(project->resource(), std::optional<Resource>(web));
    QCOMPARE(project->state(), AccountSession::State::Connected);
    QCOMPARE(project->account()->userId, m_account->account()->userId);
    QCOMPARE(project->identity(), m_account->identity() + u"/project:"_s + QString::number(web.id));
    QVERIFY(project->label().contains(u"acme/platform/api"_s));
    QVERIFY(!project->isSignInToken(AccountSession::SelfId));

    // Its tokens are the project's: a token made there is not personal, and has the default role.
    const CreatedToken made = createIn(project, resourceDraft(u"deploy"_s, 30));
    QVERIFY(made.token.id > 0);
    QCOMPARE(made.token.accessLevel, AccessLevels::Maintainer);
    QVERIFY(made.token.userId != m_account->account()->userId);
    const Result<TokenPage> personal = Test::await<TokenPage>([&](QObject* c, Callback<TokenPage> done) {
        ListQuery all;
        all.state = ListQuery::State::All;
        m_account->backend()->list(all, c, done);
    });
    QVERIFY(personal.ok());
    for (const AccessToken& t : personal.value().tokens)
        QVERIFY(t.id != made.token.id);
}

void TestResourceSession::savedSecretsOfAProjectAndOfAPersonalTokenWithTheSameIdStayApart()
{
    const AccountSession::Ptr project =
        AccountSession::forResource(m_account, Test::ResourceWorld::project(*m_store, u"oss/docs"_s));
    QVERIFY(project);
    const CreatedToken projectToken = createIn(project, resourceDraft(u"docs-ci"_s, 30));
    QVERIFY(projectToken.token.id > 0);
    TokenOperations projectOps(project);
    TokenOperations personalOps(m_account);
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                projectOps.saveSecret(projectToken.token, projectToken.secret, std::nullopt, c, done);
            }).ok());
    // The same id under the account's own identity: saved apart, and each reads back its own secret.
    const Secret personalSecret(QByteArrayLiteral("personal-secret-with-the-same-id"));
    AccessToken sameId = projectToken.token;
    sameId.accessLevel = 0;
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                personalOps.saveSecret(sameId, personalSecret, std::nullopt, c, done);
            }).ok());
    QVERIFY(projectOps.isSaved(projectToken.token.id));
    QVERIFY(personalOps.isSaved(projectToken.token.id));
    const Result<Secret> fromProject = Test::await<Secret>(
        [&](QObject* c, Callback<Secret> done) { projectOps.loadSecret(projectToken.token.id, c, done); });
    const Result<Secret> fromPersonal = Test::await<Secret>(
        [&](QObject* c, Callback<Secret> done) { personalOps.loadSecret(projectToken.token.id, c, done); });
    QVERIFY(fromProject.ok() && fromPersonal.ok());
    QVERIFY(fromProject.value() == projectToken.secret);
    QVERIFY(fromPersonal.value() == personalSecret);

    // Forgetting one leaves the other.
    QVERIFY(Test::await<bool>([&](QObject* c, Callback<bool> done) {
                personalOps.forgetSecret(projectToken.token.id, c, done);
            }).ok());
    QVERIFY(projectOps.isSaved(projectToken.token.id));
    QVERIFY(!personalOps.isSaved(projectToken.token.id));
}

void TestResourceSession::aBackendWithoutResourcesGivesNoSession()
{
    QVERIFY(!AccountSession::forResource(nullptr, Resource{}));
    // A resource session's backend has no resources of its own.
    const AccountSession::Ptr project =
        AccountSession::forResource(m_account, Test::ResourceWorld::project(*m_store, u"oss/docs"_s));
    QVERIFY(project);
    QVERIFY(!AccountSession::forResource(project, Test::ResourceWorld::group(*m_store, u"acme"_s)));
}

void TestResourceSession::theOverviewListsWhatExpiresBeforeTheDateAcrossResources()
{
    struct Planned
    {
        QString path;
        ResourceRef::Kind kind;
        QString name;
        int days;
    };
    const QList<Planned> planned = {
        {u"acme"_s, ResourceRef::Kind::Group, u"acme-soon"_s, 5},
        {u"acme/platform"_s, ResourceRef::Kind::Group, u"platform-later"_s, 60},
        {u"acme/platform/api"_s, ResourceRef::Kind::Project, u"api-sooner"_s, 2},
        {u"oss/docs"_s, ResourceRef::Kind::Project, u"docs-soon"_s, 10},
        {u"oss/docs"_s, ResourceRef::Kind::Project, u"docs-revoked"_s, 3},
    };
    qint64 revokedId = 0;
    for (const Planned& p : planned) {
        const AccountSession::Ptr session =
            AccountSession::forResource(m_account, Test::ResourceWorld::at(*m_store, p.kind, p.path));
        QVERIFY2(session, qPrintable(p.path));
        const CreatedToken made = createIn(session, resourceDraft(p.name, p.days, AccessLevels::Developer));
        QVERIFY2(made.token.id > 0, qPrintable(p.name));
        if (p.name == u"docs-revoked"_s) {
            revokedId = made.token.id;
            QVERIFY(Test::await<TokenOperations::Revocation>([&](QObject* c,
                                                                 Callback<TokenOperations::Revocation> d) {
                        TokenOperations(session).revoke(revokedId, false, c, d);
                    }).ok());
        }
    }
    // A personal token expiring soon is not a resource's.
    QVERIFY(Test::await<CreatedToken>([&](QObject* c, Callback<CreatedToken> done) {
                TokenOperations(m_account).create(
                    Test::draft(u"mine"_s, QDate::currentDate().addDays(1), {u"api"_s}), c, done);
            }).ok());

    QList<std::pair<int, int>> progress;
    const Result<ResourceTokenOverview> overview =
        Test::await<ResourceTokenOverview>([&](QObject* c, Callback<ResourceTokenOverview> done) {
            ResourceOverview::read(m_account, ResourceTokenQuery{QDate::currentDate().addDays(30)}, c, done,
                                   [&progress](int n, int total) {
                                       progress.append({n, total});
                                   });
        });
    QVERIFY(overview.ok());
    QStringList seen;
    for (const ResourceToken& rt : overview.value().tokens)
        seen << rt.resource.fullPath + u':' + rt.token.name;
    // Soonest first, only active ones before the date, each with its resource.
    QCOMPARE(seen,
             (QStringList{u"acme/platform/api:api-sooner"_s, u"acme:acme-soon"_s, u"oss/docs:docs-soon"_s}));
    QCOMPARE(overview.value().tokens.first().token.accessLevel, AccessLevels::Developer);
    QVERIFY(overview.value().failures.isEmpty());
    const Result<QList<Resource>> resources = Test::await<QList<Resource>>(
        [&](QObject* c, Callback<QList<Resource>> done) { m_account->backend()->resources(c, done); });
    QVERIFY(resources.ok());
    QCOMPARE(overview.value().resourcesRead, resources.value().size());
    QCOMPARE(progress.size(), resources.value().size());
    QCOMPARE(progress.last(), std::make_pair(int(resources.value().size()), int(resources.value().size())));

    // Without a date: every active resource token.
    const Result<ResourceTokenOverview> all =
        Test::await<ResourceTokenOverview>([&](QObject* c, Callback<ResourceTokenOverview> done) {
            ResourceOverview::read(m_account, ResourceTokenQuery{}, c, done);
        });
    QVERIFY(all.ok());
    QCOMPARE(all.value().tokens.size(), 4);
    QCOMPARE(all.value().tokens.last().token.name, u"platform-later"_s);
}

void TestResourceSession::theOverviewReportsAResourceItCannotRead()
{
    // The user loses the Maintainer role on oss/docs after the resources were listed and before its
    // tokens are read: that resource is reported, the others are answered.
    const Resource docs = Test::ResourceWorld::project(*m_store, u"oss/docs"_s);
    const CreatedToken made =
        createIn(AccountSession::forResource(m_account, docs), resourceDraft(u"docs"_s, 5));
    QVERIFY(made.token.id > 0);
    m_store->setOperationDelayForTesting(50);
    std::optional<Result<ResourceTokenOverview>> answer;
    QObject context;
    ResourceOverview::read(m_account, ResourceTokenQuery{}, &context,
                           [&answer](Result<ResourceTokenOverview> r) { answer.emplace(std::move(r)); });
    // While the overview reads, the user's role on oss/docs is taken away.
    QVERIFY(m_store->setMembershipNow(ResourceRef::Kind::Project, docs.id, AccessLevels::Developer).ok());
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    m_store->setOperationDelayForTesting(0);
    QVERIFY(answer->ok());
    const ResourceTokenOverview& overview = answer->value();
    QCOMPARE(overview.failures.size(), 1);
    QCOMPARE(overview.failures.first().first.fullPath, u"oss/docs"_s);
    QCOMPARE(overview.failures.first().second.kind, BackendError::Kind::Permission);
    for (const ResourceToken& rt : overview.tokens)
        QVERIFY(rt.resource.fullPath != u"oss/docs"_s);
}

void TestResourceSession::theOverviewOfNoResourcesIsEmpty()
{
    QTemporaryDir dir;
    auto opened = LocalBackend::open(dir.filePath(u"empty.sqlite"_s), Clock::system());
    QVERIFY(opened.ok());
    const AccountSession::Ptr empty = AccountSession::forBackend(*opened.value(), m_vault.get());
    const Result<ResourceTokenOverview> overview =
        Test::await<ResourceTokenOverview>([&](QObject* c, Callback<ResourceTokenOverview> done) {
            ResourceOverview::read(empty, ResourceTokenQuery{}, c, done);
        });
    QVERIFY(overview.ok());
    QVERIFY(overview.value().tokens.isEmpty());
    QCOMPARE(overview.value().resourcesRead, 0);
}

void TestResourceSession::theOverviewKeepsTheSessionAliveUntilItAnswers()
{
    const AccountSession::Ptr project =
        AccountSession::forResource(m_account, Test::ResourceWorld::project(*m_store, u"oss/docs"_s));
    QVERIFY(createIn(project, resourceDraft(u"kept"_s, 3)).token.id > 0);
    std::weak_ptr<AccountSession> watch = m_account;
    std::optional<Result<ResourceTokenOverview>> answer;
    QObject context;
    ResourceOverview::read(m_account, ResourceTokenQuery{}, &context,
                           [&answer](Result<ResourceTokenOverview> r) { answer.emplace(std::move(r)); });
    m_account.reset(); // the window switched account meanwhile
    QVERIFY(!watch.expired());
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value().tokens.size(), 1);
    QCOMPARE(answer->value().tokens.first().token.name, u"kept"_s);
}

QTEST_GUILESS_MAIN(TestResourceSession)
#include "tst_ResourceSession.moc"
