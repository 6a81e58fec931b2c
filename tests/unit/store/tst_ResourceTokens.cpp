#include "Await.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "ResourceWorld.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// A group's or project's access tokens in the offline store, with GitLab's rules: who may manage them,
// which role and scopes a token may have, and that they never mix with personal tokens or another
// resource's.
class TestResourceTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsAProjectTokenWithItsOwnBotUser();
    void roleDefaultsToMaintainerAndMayNotExceedTheUsers();
    void refusesScopesResourceTokensCannotHave();
    void projectTokensNeedMaintainerGroupTokensOwner();
    void tokenIdsOfOtherResourcesAreNotFound();
    void personalListingsNeverShowBotTokens();
    void rotationKeepsTheBotAndRoleAndDetectsReuse();
    void listsAndCountsWithThePersonalRules();
    void identifiesOnlyTheResourcesOwnTokens();
    void identitiesNeverCollide();
    void changesAreAnnouncedByTheBackendThatMadeThem();

private:
    std::unique_ptr<TokenBackend> on(const QString& kindAndPath)
    {
        const auto kind =
            kindAndPath.startsWith(u"group:"_s) ? ResourceRef::Kind::Group : ResourceRef::Kind::Project;
        return m_backend->forResource(ResourceWorld::at(*m_backend, kind, kindAndPath.section(u':', 1)));
    }
    static Result<CreatedToken> create(TokenBackend& b, const TokenDraft& d)
    {
        return await<CreatedToken>(
            [&](QObject* context, Callback<CreatedToken> done) { b.create(d, context, std::move(done)); });
    }
    static Result<AccessToken> get(TokenBackend& b, qint64 id)
    {
        return await<AccessToken>(
            [&](QObject* context, Callback<AccessToken> done) { b.get(id, context, std::move(done)); });
    }
    static Result<AccessToken> revoke(TokenBackend& b, qint64 id)
    {
        return await<AccessToken>(
            [&](QObject* context, Callback<AccessToken> done) { b.revoke(id, context, std::move(done)); });
    }
    static Result<CreatedToken> rotate(TokenBackend& b, qint64 id,
                                       std::optional<QDate> expires = std::nullopt)
    {
        return await<CreatedToken>([&](QObject* context, Callback<CreatedToken> done) {
            b.rotate(id, expires, context, std::move(done));
        });
    }
    static Result<TokenPage> list(TokenBackend& b, const ListQuery& q)
    {
        return await<TokenPage>(
            [&](QObject* context, Callback<TokenPage> done) { b.list(q, context, std::move(done)); });
    }
    static Result<TokenSummary> summary(TokenBackend& b)
    {
        return await<TokenSummary>(
            [&](QObject* context, Callback<TokenSummary> done) { b.summary(context, std::move(done)); });
    }
    static Result<AccessToken> identify(TokenBackend& b, const Secret& s)
    {
        return await<AccessToken>(
            [&](QObject* context, Callback<AccessToken> done) { b.identify(s, context, std::move(done)); });
    }
    TokenDraft roleDraft(const QString& name, int role, const QStringList& scopes = {u"api"_s}) const
    {
        TokenDraft d = draft(name, m_clock.todayUtc().addDays(30), scopes);
        d.accessLevel = role;
        return d;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
    ResourceWorld m_world;
};

void TestResourceTokens::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestResourceTokens::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"resource-tokens-%1.sqlite"_s.arg(++n));
    auto opened = LocalBackend::open(m_path, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_backend = std::move(opened).value();
    m_world = ResourceWorld();
    QVERIFY(m_world.build(*m_backend));
}

void TestResourceTokens::cleanup()
{
    m_backend.reset();
}

void TestResourceTokens::createsAProjectTokenWithItsOwnBotUser()
{
    auto api = on(u"project:acme/platform/api"_s);
    const Result<CreatedToken> first = create(*api, roleDraft(u"deploy"_s, AccessLevels::Developer));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    const Result<CreatedToken> second = create(*api, roleDraft(u"deploy"_s, AccessLevels::Developer));
    QVERIFY(second.ok());
    const AccessToken token = first.value().token;
    QCOMPARE(token.name, u"deploy"_s);
    QCOMPARE(token.accessLevel, AccessLevels::Developer);
    QVERIFY(!first.value().secret.isEmpty());
    // Each token has a bot user of its own, never the local user.
    const qint64 me = m_backend->whoamiNow().value().userId;
    QVERIFY(token.userId != me);
    QVERIFY(second.value().token.userId != me);
    QVERIFY(token.userId != second.value().token.userId);
    QCOMPARE(get(*api, token.id).value(), token);
    const QVariantList bots =
        rawSql(m_path, {u"SELECT username FROM users WHERE id = %1"_s.arg(token.userId)});
    QVERIFY2(
        bots.value(0).toString().startsWith(u"project_%1_bot_"_s.arg(m_world.id(u"acme/platform/api"_s))),
        qPrintable(bots.value(0).toString()));
    // Only the digest of the secret is kept (SHA-256: 32 bytes).
    QCOMPARE(rawSql(m_path, {u"SELECT length(secret_digest) FROM tokens WHERE id = %1"_s.arg(token.id)})
                 .value(0)
                 .toInt(),
             32);
}

void TestResourceTokens::roleDefaultsToMaintainerAndMayNotExceedTheUsers()
{
    auto docs = on(u"project:oss/docs"_s); // the user is Maintainer there
    QCOMPARE(create(*docs, roleDraft(u"default"_s, 0)).value().token.accessLevel, AccessLevels::Maintainer);
    for (int level : {10, 15, 20, 30, 40})
        QCOMPARE(create(*docs, roleDraft(u"role"_s, level)).value().token.accessLevel, level);
    for (int level : {AccessLevels::Owner, 35, 60, -1}) {
        const Result<CreatedToken> refused = create(*docs, roleDraft(u"too much"_s, level));
        QVERIFY2(!refused.ok(), qPrintable(QString::number(level)));
        QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
        QCOMPARE(refused.error().fieldErrors.value(0).field, Field::AccessLevel);
    }
    const Result<CreatedToken> aboveMaintainer = create(*docs, roleDraft(u"owner"_s, AccessLevels::Owner));
    QVERIFY2(aboveMaintainer.error().message.contains(u"Owner"_s) &&
                 aboveMaintainer.error().message.contains(u"Maintainer"_s),
             qPrintable(aboveMaintainer.error().message));
    // An Owner may give the Owner role.
    auto acme = on(u"group:acme"_s);
    QCOMPARE(create(*acme, roleDraft(u"owner"_s, AccessLevels::Owner)).value().token.accessLevel,
             AccessLevels::Owner);
}

void TestResourceTokens::refusesScopesResourceTokensCannotHave()
{
    auto api = on(u"project:acme/platform/api"_s);
    for (const QString& scope : {u"read_user"_s, u"sudo"_s, u"admin_mode"_s}) {
        const Result<CreatedToken> refused = create(*api, roleDraft(u"t"_s, 0, {u"api"_s, scope}));
        QVERIFY2(!refused.ok(), qPrintable(scope));
        QCOMPARE(refused.error().kind, BackendError::Kind::Validation);
        QCOMPARE(refused.error().fieldErrors.value(0).field, Field::Scopes);
        QVERIFY(refused.error().message.contains(scope));
    }
    // The usual rules hold too: a name, a date in range, at least one scope.
    const Result<CreatedToken> late = create(*api, [&] {
        TokenDraft d = roleDraft(u"late"_s, 0);
        d.expiresAt = m_clock.todayUtc().addDays(400);
        return d;
    }());
    QCOMPARE(late.error().fieldErrors.value(0).field, Field::ExpiresAt);
    QVERIFY(create(*api, roleDraft(u"runner"_s, 0, {u"create_runner"_s, u"read_repository"_s})).ok());
    QCOMPARE(summary(*api).value().active, 1);
}

void TestResourceTokens::projectTokensNeedMaintainerGroupTokensOwner()
{
    // A project token made by its Maintainer, and a group token made by its Owner ...
    auto docs = on(u"project:oss/docs"_s);
    const qint64 docsToken = create(*docs, roleDraft(u"docs"_s, 0)).value().token.id;
    auto sub = on(u"group:guild/sub"_s);
    QVERIFY(create(*sub, roleDraft(u"sub"_s, 0)).ok());
    auto guild = on(u"group:guild"_s);     // Maintainer only
    auto site = on(u"project:oss/site"_s); // Developer only
    auto wiki = on(u"project:oss/wiki"_s); // no role

    const auto refusedFor = [](const auto& result, const QString& role) {
        if (result.ok() || result.error().kind != BackendError::Kind::Permission)
            return false;
        return result.error().message.contains(role);
    };
    for (TokenBackend* b : {guild.get(), site.get(), wiki.get()}) {
        const QString needed = b == guild.get() ? u"Owner"_s : u"Maintainer"_s;
        QVERIFY2(refusedFor(create(*b, roleDraft(u"x"_s, AccessLevels::Guest)), needed),
                 qPrintable(b->displayName()));
        QVERIFY(refusedFor(list(*b, ListQuery()), needed));
        QVERIFY(refusedFor(summary(*b), needed));
        QVERIFY(refusedFor(get(*b, docsToken), needed));
        QVERIFY(refusedFor(revoke(*b, docsToken), needed));
        QVERIFY(refusedFor(rotate(*b, docsToken), needed));
    }
    const Result<TokenPage> developer = list(*site, ListQuery());
    QVERIFY2(developer.error().message.contains(u"Developer"_s), qPrintable(developer.error().message));
    // ... and once the user loses the role, the refusals come for them too.
    QVERIFY(
        m_backend
            ->setMembershipNow(ResourceRef::Kind::Project, m_world.id(u"oss/docs"_s), AccessLevels::Developer)
            .ok());
    QCOMPARE(list(*docs, ListQuery()).error().kind, BackendError::Kind::Permission);
    QVERIFY(!get(*docs, docsToken).ok());
}

void TestResourceTokens::tokenIdsOfOtherResourcesAreNotFound()
{
    auto api = on(u"project:acme/platform/api"_s);
    auto icons = on(u"project:guild/icons"_s);
    auto acme = on(u"group:acme"_s);
    const qint64 apiToken = create(*api, roleDraft(u"api"_s, 0)).value().token.id;
    const qint64 personal =
        m_backend->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(9))).value().token.id;
    for (TokenBackend* b : {icons.get(), acme.get()}) {
        for (qint64 id : {apiToken, personal}) {
            QCOMPARE(get(*b, id).error().kind, BackendError::Kind::NotFound);
            QCOMPARE(revoke(*b, id).error().kind, BackendError::Kind::NotFound);
            QCOMPARE(rotate(*b, id).error().kind, BackendError::Kind::NotFound);
        }
    }
    QCOMPARE(get(*api, personal).error().kind, BackendError::Kind::NotFound);
    QVERIFY(get(*api, personal).error().message.contains(u"acme/platform/api"_s));
    // A personal operation never reaches a resource's token.
    QCOMPARE(m_backend->getNow(apiToken).error().kind, BackendError::Kind::NotFound);
    QCOMPARE(m_backend->revokeNow(apiToken).error().kind, BackendError::Kind::NotFound);
    QCOMPARE(m_backend->rotateNow(apiToken, std::nullopt).error().kind, BackendError::Kind::NotFound);
    // Nothing changed on the way.
    QVERIFY(get(*api, apiToken).value().isActive(m_clock.todayUtc()));
    QVERIFY(m_backend->getNow(personal).value().isActive(m_clock.todayUtc()));
    // A resource that is gone is NotFound.
    auto gone = m_backend->forResource(Resource{ResourceRef::Kind::Project, 987654, u"x/y"_s, u"Y"_s, 40});
    QCOMPARE(list(*gone, ListQuery()).error().kind, BackendError::Kind::NotFound);
}

void TestResourceTokens::personalListingsNeverShowBotTokens()
{
    auto api = on(u"project:acme/platform/api"_s);
    QVERIFY(m_backend->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(3))).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(create(*api, roleDraft(u"bot %1"_s.arg(i), 0)).ok());
    ListQuery all;
    all.state = ListQuery::State::All;
    const TokenPage personal = m_backend->listNow(all).value();
    QCOMPARE(personal.total, 1);
    QCOMPARE(personal.tokens.value(0).name, u"mine"_s);
    QCOMPARE(personal.tokens.value(0).accessLevel, 0);
    all.search = u"bot"_s;
    QCOMPARE(m_backend->listNow(all).value().total, 0);
    const TokenSummary counts = m_backend->summaryNow().value();
    QCOMPARE(counts.active, 1);
    QCOMPARE(counts.expiringSoon, 1);
    QCOMPARE(summary(*api).value().active, 3);
    QCOMPARE(summary(*api).value().expiringSoon, 0);
}

void TestResourceTokens::rotationKeepsTheBotAndRoleAndDetectsReuse()
{
    auto acme = on(u"group:acme"_s);
    const AccessToken old =
        create(*acme, roleDraft(u"runners"_s, AccessLevels::Reporter, {u"create_runner"_s})).value().token;
    const Result<CreatedToken> rotated = rotate(*acme, old.id);
    QVERIFY(rotated.ok());
    const AccessToken successor = rotated.value().token;
    QVERIFY(successor.id != old.id);
    QCOMPARE(successor.userId, old.userId);
    QCOMPARE(successor.accessLevel, AccessLevels::Reporter);
    QCOMPARE(successor.scopes, old.scopes);
    QCOMPARE(successor.expiresAt, m_clock.todayUtc().addDays(7));
    QVERIFY(get(*acme, old.id).value().revoked);
    // Rotating the revoked one again is reuse: the whole family goes.
    const Result<CreatedToken> reuse = rotate(*acme, old.id);
    QCOMPARE(reuse.error().kind, BackendError::Kind::Validation);
    QVERIFY(get(*acme, successor.id).value().revoked);
    QCOMPARE(revoke(*acme, successor.id).error().kind, BackendError::Kind::Validation);
    QCOMPARE(rotate(*acme, successor.id, m_clock.todayUtc().addDays(500)).error().kind,
             BackendError::Kind::Validation);
}

void TestResourceTokens::listsAndCountsWithThePersonalRules()
{
    auto api = on(u"project:acme/platform/api"_s);
    const QDate today = m_clock.todayUtc();
    for (int i = 0; i < 25; ++i)
        QVERIFY(create(*api,
                       [&] {
                           TokenDraft d = roleDraft(u"Token %1"_s.arg(i, 2, 10, QLatin1Char('0')), 0);
                           d.expiresAt = today.addDays(1 + i);
                           return d;
                       }())
                    .ok());
    const qint64 revokedId = list(*api, ListQuery()).value().tokens.value(0).id;
    QVERIFY(revoke(*api, revokedId).ok());
    m_clock.set(utc("2026-03-04T12:00:00Z")); // three more days: two tokens have expired
    ListQuery q;
    q.limit = 10;
    q.sort = ListQuery::Sort::NameDesc;
    QStringList names;
    for (q.offset = 0; q.offset < 40; q.offset += 10) {
        const TokenPage page = list(*api, q).value();
        QCOMPARE(page.total, 22);
        for (const AccessToken& t : page.tokens)
            names << t.name;
    }
    QCOMPARE(names.size(), 22);
    QCOMPARE(names.first(), u"Token 24"_s);
    QCOMPARE(names.last(), u"Token 03"_s);
    ListQuery inactive;
    inactive.state = ListQuery::State::Inactive;
    QCOMPARE(list(*api, inactive).value().total, 3);
    ListQuery search;
    search.search = u"token 1"_s;
    QCOMPARE(list(*api, search).value().total, 10);
    const TokenSummary s = summary(*api).value();
    QCOMPARE(s.active, 22);
    QCOMPARE(s.revoked, 1);
    QCOMPARE(s.expired, 2);
    QCOMPARE(s.expiringSoon, 14);
}

void TestResourceTokens::identifiesOnlyTheResourcesOwnTokens()
{
    auto api = on(u"project:acme/platform/api"_s);
    auto icons = on(u"project:guild/icons"_s);
    const CreatedToken made = create(*api, roleDraft(u"who"_s, 0)).value();
    const Result<AccessToken> known = identify(*api, made.secret);
    QVERIFY(known.ok());
    QCOMPARE(known.value().id, made.token.id);
    QCOMPARE(known.value().accessLevel, AccessLevels::Maintainer);
    QVERIFY(known.value().lastUsedAt.isValid());
    // A working token of another resource, or a personal one, is unknown to this resource: refused as
    // Authentication, as the GitLab backend answers it; a personal identify knows no bot's token.
    QCOMPARE(identify(*icons, made.secret).error().kind, BackendError::Kind::Authentication);
    QCOMPARE(m_backend->identifyNow(made.secret).error().kind, BackendError::Kind::Authentication);
    const CreatedToken mine = m_backend->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(9))).value();
    QCOMPARE(identify(*api, mine.secret).error().kind, BackendError::Kind::Authentication);
    QVERIFY(m_backend->identifyNow(mine.secret).ok());
    // Unknown, revoked and expired secrets are refused as such.
    QCOMPARE(identify(*api, Secret::fromString(u"glpat-unknownunknownunkno"_s)).error().kind,
             BackendError::Kind::Authentication);
    QVERIFY(revoke(*api, made.token.id).ok());
    QCOMPARE(identify(*api, made.secret).error().kind, BackendError::Kind::Authentication);
    // Without the role there, the token cannot be read.
    auto docs = on(u"project:oss/docs"_s);
    const CreatedToken docsToken = create(*docs, roleDraft(u"docs"_s, 0)).value();
    QVERIFY(
        m_backend
            ->setMembershipNow(ResourceRef::Kind::Project, m_world.id(u"oss/docs"_s), AccessLevels::Developer)
            .ok());
    QCOMPARE(identify(*docs, docsToken.secret).error().kind, BackendError::Kind::Permission);
}

void TestResourceTokens::identitiesNeverCollide()
{
    // Keychain entries and git mappings are keyed by a backend's identity and a token's id: a project
    // token and a personal token with the same id (as on a server, where they are numbered apart from
    // each other's resources) never share a key, because their backends' identities differ.
    auto api = on(u"project:acme/platform/api"_s);
    auto acme = on(u"group:acme"_s);
    const qint64 projectTokenId = create(*api, roleDraft(u"same"_s, 0)).value().token.id;
    const QString personalKey = m_backend->identity() + u"#"_s + QString::number(projectTokenId);
    const QString projectKey = api->identity() + u"#"_s + QString::number(projectTokenId);
    QVERIFY(personalKey != projectKey);
    QCOMPARE(m_backend->getNow(projectTokenId).error().kind, BackendError::Kind::NotFound);

    const QSet<QString> identities{m_backend->identity(), api->identity(), acme->identity(),
                                   on(u"project:guild/icons"_s)->identity()};
    QCOMPARE(identities.size(), 4);
    QCOMPARE(api->identity(),
             m_backend->identity() + u"/project:%1"_s.arg(m_world.id(u"acme/platform/api"_s)));
    QCOMPARE(acme->identity(), m_backend->identity() + u"/group:%1"_s.arg(m_world.id(u"acme"_s)));
    // A group and a project with the same number are still two identities.
    const Result<Resource> twinGroup = m_backend->addGroupNow(u"twin"_s, u"Twin"_s, 5000);
    const Result<Resource> twinProject = m_backend->addProjectNow(u"twin/twin"_s, u"Twin"_s, 5000);
    QVERIFY(twinGroup.ok() && twinProject.ok());
    QCOMPARE(twinGroup.value().id, twinProject.value().id);
    QVERIFY(m_backend->forResource(twinGroup.value())->identity() !=
            m_backend->forResource(twinProject.value())->identity());
}

void TestResourceTokens::changesAreAnnouncedByTheBackendThatMadeThem()
{
    auto api = on(u"project:acme/platform/api"_s);
    QSignalSpy resourceChanged(api.get(), &TokenBackend::tokensChanged);
    QSignalSpy personalChanged(m_backend.get(), &TokenBackend::tokensChanged);
    const qint64 id = create(*api, roleDraft(u"announced"_s, 0)).value().token.id;
    QTRY_COMPARE(resourceChanged.size(), 1);
    QVERIFY(rotate(*api, id).ok());
    QTRY_COMPARE(resourceChanged.size(), 2);
    QVERIFY(!get(*api, id).value().lastUsedAt.isValid());
    QVERIFY(list(*api, ListQuery()).ok());
    QTest::qWait(50);
    QCOMPARE(resourceChanged.size(), 2);
    QCOMPARE(personalChanged.size(), 0);
}

QTEST_GUILESS_MAIN(TestResourceTokens)
#include "tst_ResourceTokens.moc"
