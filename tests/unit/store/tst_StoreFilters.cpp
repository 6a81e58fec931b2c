#include "Await.h"
#include "BulkInsert.h"
#include "ListSql.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// GitLab's date and revoked filters in the store: they agree with TokenDateFilters::matches on every kind
// of token (day boundaries, no expiry, never used, revoked, every state and sort, paged and continued),
// for personal tokens and a group's, and each reads an index, whether it matches few tokens or many.
class TestStoreFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dateFiltersMatchTheReference();
    void dateFiltersOfAResourceMatchTheReference();
    void filteredListingsWalkAnIndex();
    void manyMatchesWalkTheSortIndexWithTheSameResults();
    void filteredPagesContinueWithTheSameFilters();

private:
    // A store of varied tokens: created over 40 days, expiring or not, used or not, some revoked.
    void seedVaried(const std::optional<Resource>& resource = std::nullopt);
    QList<AccessToken> all(TokenBackend& backend, const ListQuery& base);

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
    int m_count = 0;
};

void TestStoreFilters::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreFilters::init()
{
    m_clock.set(utc("2026-03-01T12:00:00Z"));
    auto opened = LocalBackend::open(m_dir.filePath(u"filters-%1.sqlite"_s.arg(++m_count)), m_clock);
    QVERIFY(opened.ok());
    m_backend = std::move(opened).value();
}

void TestStoreFilters::cleanup()
{
    m_backend.reset();
}

void TestStoreFilters::seedVaried(const std::optional<Resource>& resource)
{
    std::unique_ptr<TokenBackend> scoped = resource ? m_backend->forResource(*resource) : nullptr;
    TokenBackend& target = scoped ? *scoped : *m_backend;
    const QDateTime start = m_clock.nowUtc();
    for (int i = 0; i < 40; ++i) {
        // Created at 12:00 or 23:59 of day i, the day boundaries the filters care about.
        m_clock.set(start.addDays(i - 40).addSecs(i % 2 ? 0 : 43140));
        TokenDraft d = draft(u"t%1"_s.arg(i), m_clock.todayUtc().addDays(1 + (i * 7) % 60));
        if (resource)
            d.accessLevel = AccessLevels::Developer;
        const Result<CreatedToken> created = await<CreatedToken>(
            [&](QObject* c, Callback<CreatedToken> cb) { target.create(d, c, std::move(cb)); });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        if (i % 3 == 0) {
            m_clock.advance(3600LL * (i % 5));
            QVERIFY(await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
                        target.identify(created.value().secret, c, std::move(cb));
                    }).ok());
        }
        if (i % 4 == 1)
            QVERIFY(await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) {
                        target.revoke(created.value().token.id, c, std::move(cb));
                    }).ok());
    }
    m_clock.set(start);
    // No expiry at all (as old stores and service accounts have).
    if (!resource)
        rawSql(m_backend->path(),
               {u"UPDATE tokens SET expires_at = NULL WHERE name IN ('t5', 't6', 't12')"_s});
}

QList<AccessToken> TestStoreFilters::all(TokenBackend& backend, const ListQuery& base)
{
    QList<AccessToken> out;
    ListQuery q = base;
    q.limit = 7; // several pages, so continuations carry the filters too
    for (q.offset = 0;; q.offset += q.limit) {
        const Result<TokenPage> page =
            await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { backend.list(q, c, std::move(cb)); });
        if (!page)
            return {};
        out << page.value().tokens;
        if (page.value().tokens.size() < q.limit)
            break;
    }
    return out;
}

namespace {

QList<TokenDateFilters> filterCases(QDate today)
{
    QList<TokenDateFilters> cases;
    for (int day : {-41, -40, -30, -21, -20, -1, 0, 1, 20, 45, 70}) {
        const QDate d = today.addDays(day);
        TokenDateFilters f;
        f.createdBefore = d;
        cases << f;
        f = {};
        f.createdAfter = d;
        cases << f;
        f = {};
        f.expiresBefore = d;
        cases << f;
        f = {};
        f.expiresAfter = d;
        cases << f;
        f = {};
        f.lastUsedBefore = d;
        cases << f;
        f = {};
        f.lastUsedAfter = d;
        cases << f;
        f = {};
        f.createdAfter = d;
        f.createdBefore = d.addDays(10);
        f.expiresAfter = today;
        cases << f;
        f = {};
        f.lastUsedAfter = d.addDays(-5);
        f.expiresBefore = d.addDays(30);
        cases << f;
    }
    return cases;
}

} // namespace

void TestStoreFilters::dateFiltersMatchTheReference()
{
    seedVaried();
    ListQuery everything;
    everything.state = ListQuery::State::All;
    const QList<AccessToken> tokens = all(*m_backend, everything);
    QCOMPARE(tokens.size(), 40);
    int nonEmpty = 0;
    for (const TokenDateFilters& f : filterCases(m_clock.todayUtc())) {
        for (ListQuery::State state :
             {ListQuery::State::All, ListQuery::State::Active, ListQuery::State::Inactive}) {
            for (std::optional<bool> revoked :
                 {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
                for (ListQuery::Sort sort : {ListQuery::Sort::ExpiresAsc, ListQuery::Sort::LastUsedDesc}) {
                    ListQuery q;
                    q.state = state;
                    q.dates = f;
                    q.revoked = revoked;
                    q.sort = sort;
                    QStringList expected;
                    for (const AccessToken& t : tokens) {
                        const bool inState =
                            state == ListQuery::State::All ||
                            (state == ListQuery::State::Active) == t.isActive(m_clock.todayUtc());
                        if (inState && f.matches(t) && (!revoked || *revoked == t.revoked))
                            expected << t.name;
                    }
                    QStringList got;
                    for (const AccessToken& t : all(*m_backend, q))
                        got << t.name;
                    const int total = m_backend->listNow(q).value().total;
                    std::sort(expected.begin(), expected.end());
                    std::sort(got.begin(), got.end());
                    QCOMPARE(got, expected);
                    QCOMPARE(total, expected.size());
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
    }
    QVERIFY(nonEmpty > 300); // the cases are not trivially empty
}

void TestStoreFilters::dateFiltersOfAResourceMatchTheReference()
{
    const Resource group = m_backend->addGroupNow(u"acme"_s, u"Acme"_s).value();
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, group.id, AccessLevels::Owner).ok());
    const Resource known = m_backend->resolveResourceNow(ResourceRef::group(u"acme"_s)).value();
    seedVaried(known);
    auto scoped = m_backend->forResource(known);
    ListQuery everything;
    everything.state = ListQuery::State::All;
    const QList<AccessToken> tokens = all(*scoped, everything);
    QCOMPARE(tokens.size(), 40);
    // The personal listing does not see them.
    QCOMPARE(m_backend->listNow(everything).value().total, 0);
    for (const TokenDateFilters& f : filterCases(m_clock.todayUtc())) {
        ListQuery q = everything;
        q.dates = f;
        q.revoked = false;
        QStringList expected;
        for (const AccessToken& t : tokens) {
            if (f.matches(t) && !t.revoked)
                expected << t.name;
        }
        QStringList got;
        for (const AccessToken& t : all(*scoped, q))
            got << t.name;
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }
}

void TestStoreFilters::filteredListingsWalkAnIndex()
{
    auto opened = TokenStore::open(m_backend->path(), m_clock);
    QVERIFY(opened.ok());
    const QDate today = m_clock.todayUtc();
    QList<ListQuery> queries;
    ListQuery q;
    q.dates.createdAfter = today.addDays(-3);
    queries << q;
    q = {};
    q.dates.lastUsedBefore = today.addDays(-90);
    q.sort = ListQuery::Sort::LastUsedAsc;
    queries << q;
    q = {};
    q.state = ListQuery::State::All;
    q.dates.expiresBefore = today.addDays(7);
    q.dates.expiresAfter = today;
    queries << q;
    q = {};
    q.state = ListQuery::State::All;
    q.revoked = true;
    queries << q;
    for (const ListQuery& query : queries) {
        const Result<QStringList> plan = opened.value()->listQueryPlanForTesting(query);
        QVERIFY(plan.ok());
        for (const QString& line : plan.value()) {
            // Every step reads an index range (SEARCH) or walks an index; never the whole table.
            QVERIFY2(!line.contains(u"SCAN tokens"_s) || line.contains(u"INDEX"_s),
                     qPrintable(plan.value().join(u'\n')));
        }
    }
}

// Over ListSql::FewMatches matches a page walks the sort index and tests each row, and later pages
// continue from the last key: the same tokens as the reference, in the sort's order, in every sort.
void TestStoreFilters::manyMatchesWalkTheSortIndexWithTheSameResults()
{
    const QString path = m_dir.filePath(u"many.sqlite"_s);
    QCOMPARE(Bench::BulkInsert::into(path, 6000, m_clock).value(), 6000);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    LocalBackend& many = *opened.value();
    ListQuery everything;
    everything.state = ListQuery::State::All;
    everything.limit = 0;
    const QList<AccessToken> tokens = many.listNow(everything).value().tokens;
    QCOMPARE(tokens.size(), 6000);
    const QDate today = m_clock.todayUtc();
    QList<TokenDateFilters> cases;
    TokenDateFilters f;
    f.lastUsedBefore = today.addDays(-90);
    cases << f;
    f = {};
    f.expiresAfter = today.addDays(30);
    f.createdBefore = today.addDays(-100);
    cases << f;
    f = {};
    f.createdAfter = today.addDays(-300);
    f.lastUsedAfter = today.addDays(-200);
    cases << f;
    f = {};
    f.expiresBefore = today.addDays(200);
    cases << f;
    int walked = 0;
    for (const TokenDateFilters& dates : cases) {
        for (std::optional<bool> revoked : {std::optional<bool>(), std::optional<bool>(false)}) {
            for (ListQuery::Sort sort :
                 {ListQuery::Sort::ExpiresAsc, ListQuery::Sort::ExpiresDesc, ListQuery::Sort::LastUsedAsc,
                  ListQuery::Sort::LastUsedDesc, ListQuery::Sort::CreatedAsc, ListQuery::Sort::CreatedDesc,
                  ListQuery::Sort::NameAsc}) {
                ListQuery q;
                q.state = ListQuery::State::All;
                q.dates = dates;
                q.revoked = revoked;
                q.sort = sort;
                ListQuery plain = everything;
                plain.sort = sort;
                QList<qint64> expected;
                for (const AccessToken& t : many.listNow(plain).value().tokens) {
                    if (dates.matches(t) && (!revoked || *revoked == t.revoked))
                        expected << t.id;
                }
                QList<qint64> got;
                q.limit = 700;
                for (q.offset = 0;; q.offset += q.limit) {
                    const TokenPage page = many.listNow(q).value();
                    QCOMPARE(page.total, expected.size());
                    for (const AccessToken& t : page.tokens)
                        got << t.id;
                    if (page.tokens.size() < q.limit)
                        break;
                }
                QCOMPARE(got, expected); // the same order as the unfiltered listing's
                walked += expected.size() > ListSql::FewMatches ? 1 : 0;
            }
        }
    }
    QVERIFY(walked >= 28);
}

void TestStoreFilters::filteredPagesContinueWithTheSameFilters()
{
    seedVaried();
    ListQuery q;
    q.state = ListQuery::State::All;
    q.limit = 5;
    const QList<AccessToken> first = m_backend->listNow(q).value().tokens;
    // The next page of another filter is not the continuation of the first one's.
    q.offset = 5;
    q.dates.expiresAfter = m_clock.todayUtc().addDays(30);
    const TokenPage filtered = m_backend->listNow(q).value();
    for (const AccessToken& t : filtered.tokens)
        QVERIFY2(q.dates.matches(t), qPrintable(t.name));
    q.revoked = true;
    for (const AccessToken& t : m_backend->listNow(q).value().tokens)
        QVERIFY(t.revoked);
    QCOMPARE(first.size(), 5);
}

QTEST_GUILESS_MAIN(TestStoreFilters)
#include "tst_StoreFilters.moc"
