#include "BackendCalls.h"
#include "ContractFixture.h"
#include "GitLabTestServer.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// One set of scenarios, run against every backend: the embedded store (LocalBackend on a SQLite file)
// and GitLab (GitLabBackend over the GitLab API test server). Each scenario states GitLab's behaviour
// once; every backend must answer the same inputs with the same results and the same kinds of error.
class TestBackendContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void createAnswersTheTokenAndItsSecretOnce_data() { backends(); }
    void createAnswersTheTokenAndItsSecretOnce();
    void listFiltersByState_data() { backends(); }
    void listFiltersByState();
    void listSorts_data();
    void listSorts();
    void listSearchesNamesIgnoringCase_data() { backends(); }
    void listSearchesNamesIgnoringCase();
    void listPagesByOffsetAndLimit_data() { backends(); }
    void listPagesByOffsetAndLimit();
    void getAnswersTheToken_data() { backends(); }
    void getAnswersTheToken();
    void revokeAnswersTheRevokedToken_data() { backends(); }
    void revokeAnswersTheRevokedToken();
    void revokingARevokedTokenIsAValidationError_data() { backends(); }
    void revokingARevokedTokenIsAValidationError();
    void rotateIssuesASuccessor_data() { backends(); }
    void rotateIssuesASuccessor();
    void rotateTakesAnExpiryDate_data() { backends(); }
    void rotateTakesAnExpiryDate();
    void rotatingARevokedTokenRevokesItsFamily_data() { backends(); }
    void rotatingARevokedTokenRevokesItsFamily();
    void identifyKnowsOnlyUsableSecrets_data() { backends(); }
    void identifyKnowsOnlyUsableSecrets();
    void identifyingARotatedSecretKeepsItsSuccessor_data() { backends(); }
    void identifyingARotatedSecretKeepsItsSuccessor();
    void createRefusesEachBadField_data();
    void createRefusesEachBadField();
    void unknownIdsAreNotFound_data() { backends(); }
    void unknownIdsAreNotFound();
    void expiredTokensAreInactive_data() { backends(); }
    void expiredTokensAreInactive();
    void administratorScopesNeedAnAdministrator_data() { backends(); }
    void administratorScopesNeedAnAdministrator();

private:
    static void backends();
    TokenBackend& backend() { return m_fixture->backend(); }
    TokenDraft draft(const QString& name, int days = 30, QStringList scopes = {u"api"_s},
                     const QString& description = u"made by the contract"_s) const;
    CreatedToken mustCreate(const QString& name, int days = 30);

    std::unique_ptr<ContractFixture> m_fixture;
};

namespace {

template<typename T>
using Operation = std::function<void(QObject*, Callback<T>)>;

// The names of a page, without the baseline token every account starts with.
QStringList namesOf(const TokenPage& page)
{
    QStringList out;
    for (const AccessToken& t : page.tokens) {
        if (t.name != QLatin1String(ContractFixture::BaselineName))
            out << t.name;
    }
    return out;
}

ListQuery query(ListQuery::State state, ListQuery::Sort sort = ListQuery::Sort::NameAsc)
{
    ListQuery q;
    q.state = state;
    q.sort = sort;
    return q;
}

} // namespace

void TestBackendContract::initTestCase()
{
    isolateStandardPaths();
}

void TestBackendContract::cleanupTestCase()
{
    ContractFixture::stopServers();
}

void TestBackendContract::backends()
{
    ContractFixture::addBackendRows();
}

void TestBackendContract::init()
{
    QFETCH(QString, kind);
    m_fixture = ContractFixture::make(kind);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    // What setting up announced (tokensChanged of the baseline) is over before a scenario listens.
    QCoreApplication::processEvents();
}

void TestBackendContract::cleanup()
{
    m_fixture.reset();
}

TokenDraft TestBackendContract::draft(const QString& name, int days, QStringList scopes,
                                      const QString& description) const
{
    // Dated from the fixture's clock, which each backend's run sets on its own.
    return Test::draft(name, m_fixture->today().addDays(days), scopes, description);
}

CreatedToken TestBackendContract::mustCreate(const QString& name, int days)
{
    m_fixture->advanceSeconds(1);
    Result<CreatedToken> r = createOf(backend(), draft(name, days));
    if (!r.ok())
        qWarning("create %s failed: %s", qPrintable(name), qPrintable(describe(r.error())));
    return r.ok() ? r.value() : CreatedToken{};
}

void TestBackendContract::createAnswersTheTokenAndItsSecretOnce()
{
    QSignalSpy changed(&backend(), &TokenBackend::tokensChanged);
    const TokenDraft d = draft(u"deploy"_s, 30, {u"api"_s, u"read_user"_s}, u"CD pipeline"_s);
    const Result<CreatedToken> created = createOf(backend(), d);
    VERIFY_OK(created);
    const AccessToken& t = created.value().token;
    QVERIFY(t.id > 0);
    QCOMPARE(t.name, u"deploy"_s);
    QCOMPARE(t.description, u"CD pipeline"_s);
    QCOMPARE(t.scopes, (QStringList{u"api"_s, u"read_user"_s}));
    QCOMPARE(t.expiresAt, m_fixture->today().addDays(30));
    QVERIFY(!t.revoked);
    QVERIFY(t.isActive(m_fixture->today()));
    QVERIFY(!t.lastUsedAt.isValid());
    QVERIFY(!created.value().secret.isEmpty());
    QTRY_COMPARE(changed.count(), 1);

    const Result<AccessToken> fetched = getOf(backend(), t.id);
    VERIFY_OK(fetched);
    QCOMPARE(fetched.value().name, t.name);
    QCOMPARE(fetched.value().description, t.description);
    QCOMPARE(fetched.value().scopes, t.scopes);
    QCOMPARE(fetched.value().expiresAt, t.expiresAt);
    QCOMPARE(fetched.value().createdAt, t.createdAt);
    // The secret is answered once: the token found again carries none, but the secret identifies it.
    const Result<AccessToken> who = identifyOf(backend(), created.value().secret);
    VERIFY_OK(who);
    QCOMPARE(who.value().id, t.id);
}

void TestBackendContract::listFiltersByState()
{
    mustCreate(u"alpha"_s, 20);
    const CreatedToken bravo = mustCreate(u"bravo"_s, 20);
    mustCreate(u"charlie"_s, 1);
    mustCreate(u"delta"_s, 40);
    VERIFY_OK(revokeOf(backend(), bravo.token.id));
    QVERIFY(m_fixture->advanceDays(1)); // charlie expires today

    const Result<TokenPage> active = listOf(backend(), query(ListQuery::State::Active));
    VERIFY_OK(active);
    QCOMPARE(namesOf(active.value()), (QStringList{u"alpha"_s, u"delta"_s}));
    QCOMPARE(active.value().total, 3); // with the baseline
    const Result<TokenPage> inactive = listOf(backend(), query(ListQuery::State::Inactive));
    VERIFY_OK(inactive);
    QCOMPARE(namesOf(inactive.value()), (QStringList{u"bravo"_s, u"charlie"_s}));
    QCOMPARE(inactive.value().total, 2);
    const Result<TokenPage> all = listOf(backend(), query(ListQuery::State::All));
    VERIFY_OK(all);
    QCOMPARE(namesOf(all.value()), (QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s}));
    QCOMPARE(all.value().total, 5);
}

void TestBackendContract::listSorts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ListQuery::Sort>("sort");
    QTest::addColumn<QStringList>("expected");
    // Created (and ids) in the order bravo, Alpha, delta, charlie; expiring in 30, 10, 50, 20 days;
    // used in the order Alpha then delta (bravo and charlie never; ties fall to the id, which agrees).
    const QList<std::tuple<const char*, ListQuery::Sort, QStringList>> sorts{
        {"created asc", ListQuery::Sort::CreatedAsc, {u"bravo"_s, u"Alpha"_s, u"delta"_s, u"charlie"_s}},
        {"created desc", ListQuery::Sort::CreatedDesc, {u"charlie"_s, u"delta"_s, u"Alpha"_s, u"bravo"_s}},
        {"expires asc", ListQuery::Sort::ExpiresAsc, {u"Alpha"_s, u"charlie"_s, u"bravo"_s, u"delta"_s}},
        {"expires desc", ListQuery::Sort::ExpiresDesc, {u"delta"_s, u"bravo"_s, u"charlie"_s, u"Alpha"_s}},
        {"last used asc", ListQuery::Sort::LastUsedAsc, {u"bravo"_s, u"charlie"_s, u"Alpha"_s, u"delta"_s}},
        {"last used desc", ListQuery::Sort::LastUsedDesc, {u"delta"_s, u"Alpha"_s, u"charlie"_s, u"bravo"_s}},
        {"name asc", ListQuery::Sort::NameAsc, {u"Alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s}},
        {"name desc", ListQuery::Sort::NameDesc, {u"delta"_s, u"charlie"_s, u"bravo"_s, u"Alpha"_s}},
    };
    for (const char* kind : {"local", "gitlab"}) {
        for (const auto& [name, sort, expected] : sorts)
            QTest::addRow("%s %s", kind, name) << QString::fromLatin1(kind) << sort << expected;
    }
}

void TestBackendContract::listSorts()
{
    QFETCH(ListQuery::Sort, sort);
    QFETCH(QStringList, expected);
    mustCreate(u"bravo"_s, 30);
    const CreatedToken alpha = mustCreate(u"Alpha"_s, 10);
    const CreatedToken delta = mustCreate(u"delta"_s, 50);
    mustCreate(u"charlie"_s, 20);
    m_fixture->advanceSeconds(1);
    VERIFY_OK(identifyOf(backend(), alpha.secret));
    m_fixture->advanceSeconds(1);
    VERIFY_OK(identifyOf(backend(), delta.secret));

    const Result<TokenPage> page = listOf(backend(), query(ListQuery::State::Active, sort));
    VERIFY_OK(page);
    QCOMPARE(namesOf(page.value()), expected);
}

void TestBackendContract::listSearchesNamesIgnoringCase()
{
    mustCreate(u"deploy prod"_s);
    mustCreate(u"Deploy staging"_s);
    mustCreate(u"laptop"_s);
    mustCreate(u"50% off_line"_s);
    ListQuery q = query(ListQuery::State::All);
    q.search = u"DEPLOY"_s;
    Result<TokenPage> found = listOf(backend(), q);
    VERIFY_OK(found);
    QCOMPARE(namesOf(found.value()), (QStringList{u"deploy prod"_s, u"Deploy staging"_s}));
    QCOMPARE(found.value().total, 2);

    q.search = u"y p"_s;
    QCOMPARE(namesOf(listOf(backend(), q).value()), QStringList{u"deploy prod"_s});
    q.search = u"% off_"_s; // taken literally, not as a pattern
    QCOMPARE(namesOf(listOf(backend(), q).value()), QStringList{u"50% off_line"_s});
    q.search = u"_"_s;
    QCOMPARE(namesOf(listOf(backend(), q).value()), QStringList{u"50% off_line"_s});
    q.search = u"nothing like it"_s;
    found = listOf(backend(), q);
    VERIFY_OK(found);
    QVERIFY(found.value().tokens.isEmpty());
    QCOMPARE(found.value().total, 0);
}

void TestBackendContract::listPagesByOffsetAndLimit()
{
    QStringList all{QString::fromLatin1(ContractFixture::BaselineName)};
    for (const QString& name : {u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t5"_s, u"t6"_s, u"t7"_s}) {
        mustCreate(name);
        all << name;
    }
    all.sort();
    const QList<std::pair<int, int>> pages{{0, 3}, {3, 3}, {6, 3}, {2, 3}, {8, 3}, {0, 100}, {5, 1}};
    for (const auto& [offset, limit] : pages) {
        ListQuery q = query(ListQuery::State::Active);
        q.offset = offset;
        q.limit = limit;
        const Result<TokenPage> page = listOf(backend(), q);
        VERIFY_OK(page);
        QStringList names;
        for (const AccessToken& t : page.value().tokens)
            names << t.name;
        QCOMPARE(names, all.mid(offset, limit));
        QCOMPARE(page.value().total, all.size());
    }
}

void TestBackendContract::getAnswersTheToken()
{
    const CreatedToken made = mustCreate(u"laptop"_s, 12);
    const Result<AccessToken> got = getOf(backend(), made.token.id);
    VERIFY_OK(got);
    QCOMPARE(got.value().id, made.token.id);
    QCOMPARE(got.value().name, u"laptop"_s);
    QCOMPARE(got.value().expiresAt, m_fixture->today().addDays(12));
    QVERIFY(got.value().isActive(m_fixture->today()));
}

void TestBackendContract::revokeAnswersTheRevokedToken()
{
    const CreatedToken made = mustCreate(u"old laptop"_s);
    QSignalSpy changed(&backend(), &TokenBackend::tokensChanged);
    const Result<AccessToken> revoked = revokeOf(backend(), made.token.id);
    VERIFY_OK(revoked);
    QCOMPARE(revoked.value().id, made.token.id);
    QCOMPARE(revoked.value().name, u"old laptop"_s);
    QVERIFY(revoked.value().revoked);
    QVERIFY(!revoked.value().isActive(m_fixture->today()));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(getOf(backend(), made.token.id).value().revoked);
    QVERIFY(namesOf(listOf(backend(), query(ListQuery::State::Active)).value()).isEmpty());
    QCOMPARE(namesOf(listOf(backend(), query(ListQuery::State::Inactive)).value()),
             QStringList{u"old laptop"_s});
}

void TestBackendContract::revokingARevokedTokenIsAValidationError()
{
    const CreatedToken made = mustCreate(u"twice"_s);
    VERIFY_OK(revokeOf(backend(), made.token.id));
    const Result<AccessToken> again = revokeOf(backend(), made.token.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, BackendError::Kind::Validation);
    QVERIFY(getOf(backend(), made.token.id).value().revoked);
}

void TestBackendContract::rotateIssuesASuccessor()
{
    const CreatedToken made = mustCreate(u"ci runner"_s, 20);
    const Result<CreatedToken> rotated = rotateOf(backend(), made.token.id);
    VERIFY_OK(rotated);
    const AccessToken& next = rotated.value().token;
    QVERIFY(next.id != made.token.id);
    QCOMPARE(next.name, made.token.name);
    QCOMPARE(next.description, made.token.description);
    QCOMPARE(next.scopes, made.token.scopes);
    QCOMPARE(next.expiresAt, m_fixture->today().addDays(7)); // the default: a week ahead
    QVERIFY(!next.revoked);
    QVERIFY(!rotated.value().secret.isEmpty());
    QVERIFY(rotated.value().secret.utf8() != made.secret.utf8());
    QVERIFY(getOf(backend(), made.token.id).value().revoked);
    QCOMPARE(identifyOf(backend(), rotated.value().secret).value().id, next.id);
    QCOMPARE(namesOf(listOf(backend(), query(ListQuery::State::Active)).value()),
             QStringList{u"ci runner"_s});
}

void TestBackendContract::rotateTakesAnExpiryDate()
{
    const CreatedToken made = mustCreate(u"dated"_s, 20);
    for (int days : {0, -1, 366}) {
        const Result<CreatedToken> bad = rotateOf(backend(), made.token.id, m_fixture->today().addDays(days));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, BackendError::Kind::Validation);
        QCOMPARE(bad.error().fieldErrors.size(), 1);
        QCOMPARE(bad.error().fieldErrors.first().field, Field::ExpiresAt);
    }
    QVERIFY(!getOf(backend(), made.token.id).value().revoked); // refused: nothing changed
    const Result<CreatedToken> rotated = rotateOf(backend(), made.token.id, m_fixture->today().addDays(45));
    VERIFY_OK(rotated);
    QCOMPARE(rotated.value().token.expiresAt, m_fixture->today().addDays(45));
}

void TestBackendContract::rotatingARevokedTokenRevokesItsFamily()
{
    const CreatedToken first = mustCreate(u"family"_s);
    const CreatedToken bystander = mustCreate(u"bystander"_s);
    const Result<CreatedToken> second = rotateOf(backend(), first.token.id);
    VERIFY_OK(second);
    QVERIFY(!getOf(backend(), second.value().token.id).value().revoked);

    const Result<CreatedToken> reuse = rotateOf(backend(), first.token.id);
    QVERIFY(!reuse.ok());
    QCOMPARE(reuse.error().kind, BackendError::Kind::Validation);
    QVERIFY2(reuse.error().message.contains(u"revoked"_s), qPrintable(reuse.error().message));
    // Reuse detection: the active successor is revoked too; other tokens stay as they were.
    QVERIFY(getOf(backend(), second.value().token.id).value().revoked);
    QVERIFY(!getOf(backend(), bystander.token.id).value().revoked);
    QCOMPARE(namesOf(listOf(backend(), query(ListQuery::State::Active)).value()),
             QStringList{u"bystander"_s});
}

void TestBackendContract::identifyKnowsOnlyUsableSecrets()
{
    const CreatedToken known = mustCreate(u"known"_s, 1);
    const CreatedToken gone = mustCreate(u"gone"_s);
    VERIFY_OK(revokeOf(backend(), gone.token.id));

    const Result<AccessToken> who = identifyOf(backend(), known.secret);
    VERIFY_OK(who);
    QCOMPARE(who.value().id, known.token.id);
    QCOMPARE(who.value().name, u"known"_s);
    QVERIFY(getOf(backend(), known.token.id).value().lastUsedAt.isValid());

    const Result<AccessToken> unknown =
        identifyOf(backend(), Secret(QByteArray("glpat-nobody-has-this-one-0")));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, BackendError::Kind::Authentication);
    QVERIFY(!unknown.error().message.contains(u"glpat-nobody"_s));

    const Result<AccessToken> revoked = identifyOf(backend(), gone.secret);
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().kind, BackendError::Kind::Authentication);

    QVERIFY(m_fixture->advanceDays(1));
    const Result<AccessToken> expired = identifyOf(backend(), known.secret);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().kind, BackendError::Kind::Authentication);
}

void TestBackendContract::identifyingARotatedSecretKeepsItsSuccessor()
{
    const CreatedToken first = mustCreate(u"rotated"_s);
    const Result<CreatedToken> second = rotateOf(backend(), first.token.id);
    VERIFY_OK(second);
    const Result<AccessToken> old = identifyOf(backend(), first.secret);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, BackendError::Kind::Authentication);
    // Reuse detection belongs to rotate (GitLab limited it to the rotation API): the successor stays.
    QVERIFY(!getOf(backend(), second.value().token.id).value().revoked);
    VERIFY_OK(identifyOf(backend(), second.value().secret));
}

void TestBackendContract::createRefusesEachBadField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("days");
    QTest::addColumn<Field>("field");
    const QString longText(256, u'x');
    for (const char* kind : {"local", "gitlab"}) {
        const QString k = QString::fromLatin1(kind);
        QTest::addRow("%s name missing", kind)
            << k << QString() << QString() << QStringList{u"api"_s} << 30 << Field::Name;
        QTest::addRow("%s name blank", kind)
            << k << u"   "_s << QString() << QStringList{u"api"_s} << 30 << Field::Name;
        QTest::addRow("%s name too long", kind)
            << k << longText << QString() << QStringList{u"api"_s} << 30 << Field::Name;
        QTest::addRow("%s description too long", kind)
            << k << u"n"_s << longText << QStringList{u"api"_s} << 30 << Field::Description;
        QTest::addRow("%s no scopes", kind)
            << k << u"n"_s << QString() << QStringList{} << 30 << Field::Scopes;
        QTest::addRow("%s unknown scope", kind)
            << k << u"n"_s << QString() << QStringList{u"api"_s, u"no_such_scope"_s} << 30 << Field::Scopes;
        QTest::addRow("%s expires today", kind)
            << k << u"n"_s << QString() << QStringList{u"api"_s} << 0 << Field::ExpiresAt;
        QTest::addRow("%s expires in the past", kind)
            << k << u"n"_s << QString() << QStringList{u"api"_s} << -3 << Field::ExpiresAt;
        QTest::addRow("%s expires too far", kind)
            << k << u"n"_s << QString() << QStringList{u"api"_s} << 366 << Field::ExpiresAt;
    }
}

void TestBackendContract::createRefusesEachBadField()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QStringList, scopes);
    QFETCH(int, days);
    QFETCH(Field, field);
    const Result<CreatedToken> r = createOf(backend(), draft(name, days, scopes, description));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Validation);
    QCOMPARE(r.error().fieldErrors.size(), 1);
    QCOMPARE(r.error().fieldErrors.first().field, field);
    QVERIFY(!r.error().fieldErrors.first().message.isEmpty());
    const Result<TokenPage> all = listOf(backend(), query(ListQuery::State::All));
    QCOMPARE(all.value().total, 1); // nothing was created
}

void TestBackendContract::unknownIdsAreNotFound()
{
    const qint64 unknown = 987654;
    const Result<AccessToken> got = getOf(backend(), unknown);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, BackendError::Kind::NotFound);
    const Result<AccessToken> revoked = revokeOf(backend(), unknown);
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().kind, BackendError::Kind::NotFound);
    const Result<CreatedToken> rotated = rotateOf(backend(), unknown);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().kind, BackendError::Kind::NotFound);
    QCOMPARE(listOf(backend(), query(ListQuery::State::All)).value().total, 1);
}

void TestBackendContract::expiredTokensAreInactive()
{
    const CreatedToken soon = mustCreate(u"soon"_s, 2);
    mustCreate(u"later"_s, 30);
    QVERIFY(m_fixture->advanceDays(1));
    QVERIFY(getOf(backend(), soon.token.id).value().isActive(m_fixture->today()));
    QVERIFY(m_fixture->advanceDays(1)); // its date is today: expired at 00:00 UTC

    const Result<AccessToken> got = getOf(backend(), soon.token.id);
    VERIFY_OK(got);
    QVERIFY(!got.value().revoked);
    QVERIFY(!got.value().isActive(m_fixture->today()));
    QCOMPARE(namesOf(listOf(backend(), query(ListQuery::State::Active)).value()), QStringList{u"later"_s});
    QCOMPARE(namesOf(listOf(backend(), query(ListQuery::State::Inactive)).value()), QStringList{u"soon"_s});
    const Result<TokenSummary> summary =
        await<TokenSummary>([&](QObject* c, Callback<TokenSummary> cb) { backend().summary(c, cb); });
    VERIFY_OK(summary);
    QCOMPARE(summary.value().active, 2); // later and the baseline
    QCOMPARE(summary.value().expired, 1);
    QCOMPARE(summary.value().revoked, 0);

    // An expired token can still be revoked.
    const Result<AccessToken> revoked = revokeOf(backend(), soon.token.id);
    VERIFY_OK(revoked);
    QVERIFY(revoked.value().revoked);
}

void TestBackendContract::administratorScopesNeedAnAdministrator()
{
    TokenBackend& regular = m_fixture->regularUser();
    const Result<CreatedToken> refused = createOf(regular, draft(u"impersonate"_s, 30, {u"sudo"_s}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, BackendError::Kind::Permission);
    const Result<TokenPage> theirs = listOf(regular, query(ListQuery::State::All));
    VERIFY_OK(theirs);
    QVERIFY(!namesOf(theirs.value()).contains(u"impersonate"_s));

    const Result<CreatedToken> admin =
        createOf(backend(), draft(u"impersonate"_s, 30, {u"api"_s, u"sudo"_s}));
    VERIFY_OK(admin);
    QCOMPARE(admin.value().token.scopes, (QStringList{u"api"_s, u"sudo"_s}));
}

QTEST_GUILESS_MAIN(TestBackendContract)
#include "tst_BackendContract.moc"
