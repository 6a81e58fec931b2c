#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

class TestLocalBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answersLaterNeverReentrant();
    void identityAndDisplayName();
    void whoamiIsTheLocalUser();
    void createIssuesSecretOnce();
    void createRefusesBadInputAndWritesNothing();
    void createRefusesAdminScopesForRegularUser();
    void maxLifetimeIsConfigurable();
    void revokeMarksRevoked();
    void revokeAlreadyRevokedOrUnknown();
    void rotateIssuesSuccessor();
    void rotateWithDateValidatesIt();
    void rotatingRevokedMemberRevokesFamily();
    void identifyMatchesAndRecordsUse();
    void identifyRefusesRevokedAndExpired();
    void identifyingARevokedFamilyMemberLeavesTheFamily();
    void tokensChangedAfterChanges();
    void listFiltersByState();
    void listSearchIsCaseInsensitiveAndLiteral();
    void listSortsAllWays_data();
    void listSortsAllWays();
    void listPagesWithTotal();
    void summaryCounts();

private:
    CreatedToken mustCreate(const QString& name, int daysAhead = 30, QStringList scopes = {u"api"_s});

    QTemporaryDir m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<LocalBackend> m_backend;
    QString m_path;
};

void TestLocalBackend::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestLocalBackend::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++n));
    m_clock = std::make_unique<Test::ManualClock>(utc("2026-03-01T12:00:00Z"));
    auto opened = LocalBackend::open(m_path, *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_backend = std::move(opened).value();
}

void TestLocalBackend::cleanup()
{
    m_backend.reset();
}

CreatedToken TestLocalBackend::mustCreate(const QString& name, int daysAhead, QStringList scopes)
{
    auto created = m_backend->createNow(draft(name, m_clock->todayUtc().addDays(daysAhead), scopes));
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error().message));
    return created.value();
}

void TestLocalBackend::answersLaterNeverReentrant()
{
    bool later = false;
    auto created = await<CreatedToken>(
        [&](QObject* ctx, Callback<CreatedToken> cb) {
            m_backend->create(draft(u"async"_s, m_clock->todayUtc().addDays(5)), ctx, cb);
        },
        30000, &later);
    QVERIFY(later);
    QVERIFY(created.ok());

    auto listed = await<TokenPage>(
        [&](QObject* ctx, Callback<TokenPage> cb) { m_backend->list(ListQuery(), ctx, cb); }, 30000, &later);
    QVERIFY(later);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().tokens.size(), 1);

    // No answer reaches a context that is gone.
    bool called = false;
    {
        QObject context;
        m_backend->get(created.value().token.id, &context, [&](Result<AccessToken>) { called = true; });
    }
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestLocalBackend::identityAndDisplayName()
{
    QVERIFY(m_backend->identity().startsWith(u"local:"));
    QVERIFY(m_backend->identity().size() > 20);
    QCOMPARE(m_backend->displayName(), u"Offline store · "_s + QFileInfo(m_path).absoluteFilePath());
    const QString identity = m_backend->identity();
    m_backend.reset();
    auto demo = LocalBackend::open(m_path, *m_clock, LocalBackend::Mode::Demo);
    QVERIFY(demo.ok());
    QCOMPARE(demo.value()->identity(), identity);
    QCOMPARE(demo.value()->displayName(), u"Offline demo · "_s + QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(demo.value()->kind(), TokenBackend::Kind::Local);
}

void TestLocalBackend::whoamiIsTheLocalUser()
{
    auto me = await<Account>([&](QObject* ctx, Callback<Account> cb) { m_backend->whoami(ctx, cb); });
    QVERIFY(me.ok());
    QCOMPARE(me.value().userId, 1);
    const QString user = qEnvironmentVariable("USER");
    QCOMPARE(me.value().username, user.isEmpty() ? u"local"_s : user);
    QVERIFY(!me.value().isAdmin);
    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    QVERIFY(m_backend->whoamiNow().value().isAdmin);
}

void TestLocalBackend::createIssuesSecretOnce()
{
    const QDate expires = m_clock->todayUtc().addDays(30);
    auto created = m_backend->createNow(
        draft(u"CI deploy"_s, expires, {u"api"_s, u"read_repository"_s}, u"staging deploys"_s));
    QVERIFY(created.ok());
    const CreatedToken& c = created.value();
    QVERIFY(QRegularExpression(u"^glpat-[A-Za-z0-9_-]{20,}$"_s).match(c.secret.toString()).hasMatch());
    QVERIFY(c.token.id > 0);
    QCOMPARE(c.token.name, u"CI deploy"_s);
    QCOMPARE(c.token.description, u"staging deploys"_s);
    QCOMPARE(c.token.scopes, QStringList({u"api"_s, u"read_repository"_s}));
    QCOMPARE(c.token.expiresAt, expires);
    QCOMPARE(c.token.createdAt, m_clock->nowUtc());
    QCOMPARE(c.token.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(!c.token.lastUsedAt.isValid());
    QVERIFY(!c.token.revoked);
    QCOMPARE(c.token.userId, 1);

    auto fetched = m_backend->getNow(c.token.id);
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value(), c.token);

    const CreatedToken other = mustCreate(u"other"_s);
    QVERIFY(!(other.secret == c.secret));
}

void TestLocalBackend::createRefusesBadInputAndWritesNothing()
{
    const QDate today = m_clock->todayUtc();
    struct Case
    {
        TokenDraft draft;
        Field field;
    };
    const QList<Case> cases = {
        {draft(u"   "_s, today.addDays(3)), Field::Name},
        {draft(u"x"_s.repeated(256), today.addDays(3)), Field::Name},
        {draft(u"tab\tname"_s, today.addDays(3)), Field::Name},
        {draft(u"ok"_s, today.addDays(3), {u"api"_s}, u"d"_s.repeated(256)), Field::Description},
        {draft(u"ok"_s, today), Field::ExpiresAt},
        {draft(u"ok"_s, today.addDays(366)), Field::ExpiresAt},
        {draft(u"ok"_s, QDate()), Field::ExpiresAt},
        {draft(u"ok"_s, today.addDays(3), {}), Field::Scopes},
        {draft(u"ok"_s, today.addDays(3), {u"write_everything"_s}), Field::Scopes},
    };
    for (const Case& c : cases) {
        auto created = m_backend->createNow(c.draft);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, BackendError::Kind::Validation);
        QCOMPARE(created.error().fieldErrors.size(), 1);
        QCOMPARE(created.error().fieldErrors.first().field, c.field);
        QVERIFY(!created.error().message.isEmpty());
    }
    ListQuery all;
    all.state = ListQuery::State::All;
    QCOMPARE(m_backend->listNow(all).value().total, 0);
}

void TestLocalBackend::createRefusesAdminScopesForRegularUser()
{
    const QDate expires = m_clock->todayUtc().addDays(10);
    for (const QString& scope : {u"sudo"_s, u"admin_mode"_s, u"read_service_ping"_s}) {
        auto created = m_backend->createNow(draft(u"admin"_s, expires, {u"api"_s, scope}));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, BackendError::Kind::Permission);
        QVERIFY(created.error().message.contains(scope));
    }
    ListQuery all;
    all.state = ListQuery::State::All;
    QCOMPARE(m_backend->listNow(all).value().total, 0);

    QVERIFY(m_backend->setLocalAdministrator(true).ok());
    QVERIFY(m_backend->createNow(draft(u"admin"_s, expires, {u"sudo"_s})).ok());
}

void TestLocalBackend::maxLifetimeIsConfigurable()
{
    QCOMPARE(m_backend->maxLifetimeDays(), 365);
    const QDate today = m_clock->todayUtc();
    QVERIFY(m_backend->createNow(draft(u"a"_s, today.addDays(365))).ok());
    m_backend->setMaxLifetimeDays(30);
    QCOMPARE(m_backend->maxLifetimeDays(), 30);
    QVERIFY(m_backend->createNow(draft(u"b"_s, today.addDays(30))).ok());
    auto tooLate = m_backend->createNow(draft(u"c"_s, today.addDays(31)));
    QVERIFY(!tooLate.ok());
    QCOMPARE(tooLate.error().fieldErrors.first().field, Field::ExpiresAt);
}

void TestLocalBackend::revokeMarksRevoked()
{
    const CreatedToken c = mustCreate(u"to revoke"_s);
    m_clock->advance(60);
    auto revoked = await<AccessToken>(
        [&](QObject* ctx, Callback<AccessToken> cb) { m_backend->revoke(c.token.id, ctx, cb); });
    QVERIFY(revoked.ok());
    QVERIFY(revoked.value().revoked);
    QCOMPARE(revoked.value().revokedAt, m_clock->nowUtc());
    QCOMPARE(m_backend->getNow(c.token.id).value(), revoked.value());
    QCOMPARE(m_backend->listNow(ListQuery()).value().total, 0);
    ListQuery inactive;
    inactive.state = ListQuery::State::Inactive;
    QCOMPARE(m_backend->listNow(inactive).value().tokens.first().id, c.token.id);
}

void TestLocalBackend::revokeAlreadyRevokedOrUnknown()
{
    const CreatedToken c = mustCreate(u"twice"_s);
    QVERIFY(m_backend->revokeNow(c.token.id).ok());
    auto again = m_backend->revokeNow(c.token.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, BackendError::Kind::Validation);
    QVERIFY(again.error().message.contains(u"already revoked"_s));

    auto unknown =
        await<AccessToken>([&](QObject* ctx, Callback<AccessToken> cb) { m_backend->revoke(4242, ctx, cb); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, BackendError::Kind::NotFound);
    QCOMPARE(m_backend->getNow(4242).error().kind, BackendError::Kind::NotFound);
}

void TestLocalBackend::rotateIssuesSuccessor()
{
    auto created = m_backend->createNow(
        draft(u"rotate me"_s, m_clock->todayUtc().addDays(100), {u"read_api"_s, u"read_user"_s}, u"desc"_s));
    QVERIFY(created.ok());
    const CreatedToken old = created.value();
    m_clock->advance(3600);
    auto rotated = await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> cb) {
        m_backend->rotate(old.token.id, std::nullopt, ctx, cb);
    });
    QVERIFY(rotated.ok());
    const CreatedToken& fresh = rotated.value();
    QVERIFY(fresh.token.id != old.token.id);
    QVERIFY(!(fresh.secret == old.secret));
    QVERIFY(fresh.secret.toString().startsWith(u"glpat-"));
    QCOMPARE(fresh.token.name, old.token.name);
    QCOMPARE(fresh.token.description, old.token.description);
    QCOMPARE(fresh.token.scopes, old.token.scopes);
    QCOMPARE(fresh.token.expiresAt, m_clock->todayUtc().addDays(7));
    QCOMPARE(fresh.token.createdAt, m_clock->nowUtc());
    QVERIFY(!fresh.token.revoked);
    QCOMPARE(m_backend->getNow(fresh.token.id).value(), fresh.token);
    const AccessToken oldNow = m_backend->getNow(old.token.id).value();
    QVERIFY(oldNow.revoked);
    QCOMPARE(oldNow.revokedAt, m_clock->nowUtc());

    QCOMPARE(m_backend->rotateNow(999, std::nullopt).error().kind, BackendError::Kind::NotFound);
}

void TestLocalBackend::rotateWithDateValidatesIt()
{
    const CreatedToken c = mustCreate(u"dated"_s);
    const QDate today = m_clock->todayUtc();
    for (QDate bad : {today, today.addDays(-1), today.addDays(366)}) {
        auto r = m_backend->rotateNow(c.token.id, bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, BackendError::Kind::Validation);
        QCOMPARE(r.error().fieldErrors.first().field, Field::ExpiresAt);
    }
    QVERIFY(!m_backend->getNow(c.token.id).value().revoked);
    auto r = m_backend->rotateNow(c.token.id, today.addDays(1));
    QVERIFY(r.ok());
    QCOMPARE(r.value().token.expiresAt, today.addDays(1));

    // An expired token can still be rotated; the new date counts from the new today.
    m_clock->set(utc("2026-03-02T00:00:00Z"));
    QVERIFY(!m_backend->getNow(r.value().token.id).value().isActive(m_clock->todayUtc()));
    auto renewed = m_backend->rotateNow(r.value().token.id, std::nullopt);
    QVERIFY(renewed.ok());
    QCOMPARE(renewed.value().token.expiresAt, QDate(2026, 3, 9));
}

void TestLocalBackend::rotatingRevokedMemberRevokesFamily()
{
    const CreatedToken a = mustCreate(u"family"_s);
    const CreatedToken bystander = mustCreate(u"bystander"_s);
    const CreatedToken b = m_backend->rotateNow(a.token.id, std::nullopt).value();
    const CreatedToken c = m_backend->rotateNow(b.token.id, std::nullopt).value();
    QVERIFY(!m_backend->getNow(c.token.id).value().revoked);
    QCoreApplication::processEvents(); // the signals of the changes above

    QSignalSpy changed(m_backend.get(), &TokenBackend::tokensChanged);
    auto reuse = await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> cb) {
        m_backend->rotate(a.token.id, std::nullopt, ctx, cb);
    });
    QVERIFY(!reuse.ok());
    // GitLab's answer (400 "Token already revoked"): a Validation error, no longer Permission.
    QCOMPARE(reuse.error().kind, BackendError::Kind::Validation);
    QVERIFY(reuse.error().message.contains(u"already revoked"_s));
    QVERIFY(reuse.error().message.contains(u"reuse"_s));
    QVERIFY(m_backend->getNow(c.token.id).value().revoked);
    QVERIFY(!m_backend->getNow(bystander.token.id).value().revoked);
    QTRY_COMPARE(changed.count(), 1);

    const QList<AccessToken> active = m_backend->listNow(ListQuery()).value().tokens;
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().id, bystander.token.id);
}

void TestLocalBackend::identifyMatchesAndRecordsUse()
{
    const CreatedToken c = mustCreate(u"who"_s);
    mustCreate(u"someone else"_s);
    m_clock->advance(5 * 3600);
    auto who = await<AccessToken>(
        [&](QObject* ctx, Callback<AccessToken> cb) { m_backend->identify(c.secret, ctx, cb); });
    QVERIFY(who.ok());
    QCOMPARE(who.value().id, c.token.id);
    QCOMPARE(who.value().lastUsedAt, m_clock->nowUtc());
    QCOMPARE(m_backend->getNow(c.token.id).value().lastUsedAt, m_clock->nowUtc());

    auto nobody = m_backend->identifyNow(Secret::fromString(u"glpat-AAAAAAAAAAAAAAAAAAAA"_s));
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().kind, BackendError::Kind::Authentication);
    QVERIFY(!nobody.error().message.contains(u"glpat-"_s));
}

void TestLocalBackend::identifyRefusesRevokedAndExpired()
{
    const CreatedToken revoked = mustCreate(u"revoked"_s);
    const CreatedToken expiring = mustCreate(u"expiring"_s, 1);
    QVERIFY(m_backend->revokeNow(revoked.token.id).ok());
    auto r = m_backend->identifyNow(revoked.secret);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Authentication);

    QVERIFY(m_backend->identifyNow(expiring.secret).ok());
    // Its date (tomorrow) arrives at 00:00 UTC.
    m_clock->set(utc("2026-03-01T23:59:59Z"));
    QVERIFY(m_backend->identifyNow(expiring.secret).ok());
    m_clock->set(utc("2026-03-02T00:00:00Z"));
    auto expired = m_backend->identifyNow(expiring.secret);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().kind, BackendError::Kind::Authentication);
    QCOMPARE(m_backend->getNow(expiring.token.id).value().lastUsedAt, utc("2026-03-01T23:59:59Z"));
}

void TestLocalBackend::identifyingARevokedFamilyMemberLeavesTheFamily()
{
    const CreatedToken a = mustCreate(u"family"_s);
    const CreatedToken b = m_backend->rotateNow(a.token.id, std::nullopt).value();
    QVERIFY(m_backend->identifyNow(b.secret).ok());
    auto old = m_backend->identifyNow(a.secret);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, BackendError::Kind::Authentication);
    // Identifying only identifies: the successor stays (reuse detection is rotate's).
    QVERIFY(!m_backend->getNow(b.token.id).value().revoked);
    QVERIFY(m_backend->identifyNow(b.secret).ok());
}

void TestLocalBackend::tokensChangedAfterChanges()
{
    QSignalSpy changed(m_backend.get(), &TokenBackend::tokensChanged);
    const CreatedToken c = mustCreate(u"signal"_s);
    QVERIFY(changed.isEmpty()); // never emitted re-entrantly
    QTRY_COMPARE(changed.count(), 1);
    auto rotated = await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> cb) {
        m_backend->rotate(c.token.id, std::nullopt, ctx, cb);
    });
    QVERIFY(rotated.ok());
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(m_backend->revokeNow(rotated.value().token.id).ok());
    QTRY_COMPARE(changed.count(), 3);

    m_backend->listNow(ListQuery());
    m_backend->revokeNow(rotated.value().token.id); // refused: nothing changes
    m_backend->createNow(draft(QString(), m_clock->todayUtc().addDays(3)));
    QTest::qWait(20);
    QCOMPARE(changed.count(), 3);
}

void TestLocalBackend::listFiltersByState()
{
    const CreatedToken active = mustCreate(u"active"_s, 30);
    const CreatedToken revoked = mustCreate(u"revoked"_s, 30);
    const CreatedToken expires = mustCreate(u"expires"_s, 1);
    QVERIFY(m_backend->revokeNow(revoked.token.id).ok());

    const auto ids = [&](ListQuery::State state) {
        ListQuery q;
        q.state = state;
        q.sort = ListQuery::Sort::CreatedAsc;
        QList<qint64> result;
        const TokenPage page = m_backend->listNow(q).value();
        for (const AccessToken& t : page.tokens)
            result << t.id;
        return result;
    };
    QCOMPARE(ids(ListQuery::State::Active), QList<qint64>({active.token.id, expires.token.id}));
    QCOMPARE(ids(ListQuery::State::Inactive), QList<qint64>({revoked.token.id}));

    m_clock->set(utc("2026-03-02T00:00:00Z"));
    QCOMPARE(ids(ListQuery::State::Active), QList<qint64>({active.token.id}));
    QCOMPARE(ids(ListQuery::State::Inactive), QList<qint64>({revoked.token.id, expires.token.id}));
    QCOMPARE(ids(ListQuery::State::All),
             QList<qint64>({active.token.id, revoked.token.id, expires.token.id}));
}

void TestLocalBackend::listSearchIsCaseInsensitiveAndLiteral()
{
    const qint64 percent = mustCreate(u"Deploy 100% bot"_s).token.id;
    const qint64 underscore = mustCreate(u"deploy_x"_s).token.id;
    const qint64 upper = mustCreate(u"DEPLOY key"_s).token.id;
    const qint64 umlaut = mustCreate(u"Ärger ÜBER Straße"_s).token.id;
    const qint64 backslash = mustCreate(u"back\\slash"_s).token.id;

    const auto found = [&](const QString& search) {
        ListQuery q;
        q.search = search;
        q.sort = ListQuery::Sort::CreatedAsc;
        const TokenPage page = m_backend->listNow(q).value();
        QList<qint64> result;
        for (const AccessToken& t : page.tokens)
            result << t.id;
        if (page.total != result.size())
            result << -1;
        return result;
    };
    QCOMPARE(found(u"deploy"_s), QList<qint64>({percent, underscore, upper}));
    QCOMPARE(found(u"%"_s), QList<qint64>({percent}));
    QCOMPARE(found(u"_"_s), QList<qint64>({underscore}));
    QCOMPARE(found(u"y_"_s), QList<qint64>({underscore}));
    QCOMPARE(found(u"\\"_s), QList<qint64>({backslash}));
    QCOMPARE(found(u"ärger über"_s), QList<qint64>({umlaut}));
    QCOMPARE(found(u"ÄRGER"_s), QList<qint64>({umlaut}));
    QCOMPARE(found(u"strasse"_s), QList<qint64>());
    QCOMPARE(found(u"nothing like it"_s), QList<qint64>());
}

void TestLocalBackend::listSortsAllWays_data()
{
    QTest::addColumn<QString>("sort");
    for (const QString& name : ListQuery::sortNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestLocalBackend::listSortsAllWays()
{
    QFETCH(QString, sort);
    // Ties on every key (same name, same date, same creation time) and tokens without a date.
    const QList<std::pair<QString, int>> specs = {{u"beta"_s, 10},  {u"Alpha"_s, 20}, {u"gamma"_s, 10},
                                                  {u"alpha"_s, 5},  {u"delta"_s, 20}, {u"beta"_s, 30},
                                                  {u"epsilon"_s, 5}};
    QList<qint64> ids;
    for (int i = 0; i < specs.size(); ++i) {
        if (i % 3 != 2)
            m_clock->advance(60);
        ids << mustCreate(specs[i].first, specs[i].second).token.id;
    }
    m_clock->advance(60);
    ids << mustCreate(u"no date"_s).token.id << mustCreate(u"No date either"_s).token.id;
    rawSql(m_path, {u"UPDATE tokens SET expires_at = NULL WHERE id IN (%1, %2)"_s.arg(ids[7]).arg(ids[8])});
    // Used at distinct and at equal times; the rest never used.
    rawSql(m_path, {u"UPDATE tokens SET last_used_at = 1000 WHERE id IN (%1, %2)"_s.arg(ids[1]).arg(ids[4]),
                    u"UPDATE tokens SET last_used_at = 2000 WHERE id = %1"_s.arg(ids[6])});

    ListQuery all;
    all.state = ListQuery::State::All;
    all.limit = 0;
    all.sort = ListQuery::Sort::CreatedAsc;
    QList<AccessToken> expected = m_backend->listNow(all).value().tokens;
    QCOMPARE(expected.size(), 9);

    const ListQuery::Sort s = *ListQuery::sortFromName(sort);
    const bool descending = sort.endsWith(u"_desc");
    const auto key = [&](const AccessToken& t) -> QString {
        switch (s) {
        case ListQuery::Sort::CreatedAsc:
        case ListQuery::Sort::CreatedDesc:
            return QString::number(t.createdAt.toMSecsSinceEpoch()).rightJustified(20, u'0');
        case ListQuery::Sort::ExpiresAsc:
        case ListQuery::Sort::ExpiresDesc:
            return t.expiresAt.isNull() ? QString() : t.expiresAt.toString(Qt::ISODate);
        case ListQuery::Sort::LastUsedAsc:
        case ListQuery::Sort::LastUsedDesc:
            return t.lastUsedAt.isValid()
                       ? QString::number(t.lastUsedAt.toMSecsSinceEpoch()).rightJustified(20, u'0')
                       : QString();
        case ListQuery::Sort::NameAsc:
        case ListQuery::Sort::NameDesc:
            break;
        }
        return t.name.toCaseFolded();
    };
    const bool nullsLast = s == ListQuery::Sort::ExpiresAsc || s == ListQuery::Sort::ExpiresDesc;
    std::sort(expected.begin(), expected.end(), [&](const AccessToken& a, const AccessToken& b) {
        const QString ka = key(a);
        const QString kb = key(b);
        if (nullsLast && ka.isEmpty() != kb.isEmpty())
            return kb.isEmpty();
        if (ka != kb)
            return descending ? ka > kb : ka < kb;
        return descending ? a.id > b.id : a.id < b.id;
    });

    ListQuery q = all;
    q.sort = s;
    const QList<AccessToken> actual = m_backend->listNow(q).value().tokens;
    QList<qint64> expectedIds;
    QList<qint64> actualIds;
    for (const AccessToken& t : expected)
        expectedIds << t.id;
    for (const AccessToken& t : actual)
        actualIds << t.id;
    QCOMPARE(actualIds, expectedIds);

    // Pages of the same sort put together give the whole list.
    QList<qint64> paged;
    for (int offset = 0; offset < 9; offset += 2) {
        q.offset = offset;
        q.limit = 2;
        const TokenPage page = m_backend->listNow(q).value();
        for (const AccessToken& t : page.tokens)
            paged << t.id;
    }
    QCOMPARE(paged, expectedIds);
}

void TestLocalBackend::listPagesWithTotal()
{
    for (int i = 0; i < 25; ++i)
        mustCreate(u"token %1"_s.arg(i, 2, 10, QChar(u'0')));
    for (int i = 0; i < 4; ++i)
        mustCreate(u"other %1"_s.arg(i));
    ListQuery q;
    q.search = u"token"_s;
    q.sort = ListQuery::Sort::NameAsc;
    q.limit = 10;
    q.offset = 20;
    auto page = await<TokenPage>([&](QObject* ctx, Callback<TokenPage> cb) { m_backend->list(q, ctx, cb); });
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 25);
    QCOMPARE(page.value().tokens.size(), 5);
    QCOMPARE(page.value().tokens.first().name, u"token 20"_s);
    QCOMPARE(page.value().tokens.last().name, u"token 24"_s);

    q.offset = 100;
    QCOMPARE(m_backend->listNow(q).value().tokens.size(), 0);
    QCOMPARE(m_backend->listNow(q).value().total, 25);
    q = ListQuery();
    q.limit = 0;
    QCOMPARE(m_backend->listNow(q).value().tokens.size(), 29);
}

void TestLocalBackend::summaryCounts()
{
    mustCreate(u"far"_s, 100);
    mustCreate(u"soon"_s, 14);
    mustCreate(u"not so soon"_s, 15);
    const qint64 expiring = mustCreate(u"tomorrow"_s, 1).token.id;
    const qint64 revoked = mustCreate(u"revoked"_s, 1).token.id;
    QVERIFY(m_backend->revokeNow(revoked).ok());
    m_clock->set(utc("2026-03-02T00:00:00Z"));
    Q_UNUSED(expiring);
    auto summary =
        await<TokenSummary>([&](QObject* ctx, Callback<TokenSummary> cb) { m_backend->summary(ctx, cb); });
    QVERIFY(summary.ok());
    // Today is 2026-03-02: "soon" (03-15) is within 14 days, "not so soon" (03-16) too, "tomorrow"
    // (03-02) has expired, "revoked" is revoked and not counted as expired.
    QCOMPARE(summary.value().active, 3);
    QCOMPARE(summary.value().expiringSoon, 2);
    QCOMPARE(summary.value().revoked, 1);
    QCOMPARE(summary.value().expired, 1);
}

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_LocalBackend.moc"
