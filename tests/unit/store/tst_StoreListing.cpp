#include "BulkInsert.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// Listings of large stores (bench/seed's bulk insert): the plans SQLite picks, counts that agree with
// the rows, and pages read one after another.
class TestStoreListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pageQueriesUseIndexes();
    void countsAgreeWithTheRows();
    void pagesReadOneAfterAnotherMatchOneListing();
    void resourceListingsStayFastAmongThousandsOfTokens();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
};

void TestStoreListing::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreListing::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"listing-%1.sqlite"_s.arg(++n));
    m_clock.set(utc("2026-03-01T12:00:00Z"));
    auto opened = LocalBackend::open(m_path, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_backend = std::move(opened).value();
}

void TestStoreListing::cleanup()
{
    m_backend.reset();
}

void TestStoreListing::pageQueriesUseIndexes()
{
    QCOMPARE(Bench::BulkInsert::into(m_path, 3000, m_clock).value(), 3000);
    // The plans are those of the store's own connection, read through the test seam.
    auto opened = TokenStore::open(m_path, m_clock);
    QVERIFY(opened.ok());
    const TokenStore& store = *opened.value();
    for (const QString& sortName : ListQuery::sortNames()) {
        for (ListQuery::State state :
             {ListQuery::State::Active, ListQuery::State::Inactive, ListQuery::State::All}) {
            ListQuery q;
            q.sort = *ListQuery::sortFromName(sortName);
            q.state = state;
            const QStringList plan = store.listQueryPlanForTesting(q).value();
            const QString label = sortName + u" "_s + ListQuery::stateName(state) + u": "_s;
            const QString page = plan.filter(u"page: "_s).join(u" | ");
            const QString count = plan.filter(u"count: "_s).join(u" | ");
            // A page walks the index of its sort order; it never sorts all matching rows.
            QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(label + page));
            QVERIFY2(page.contains(u"USING INDEX"_s), qPrintable(label + page));
            // The total comes from an index alone.
            QVERIFY2(count.contains(u"COVERING INDEX"_s), qPrintable(label + count));

            // A search reads the name index, then only the rows that match, and sorts those.
            q.search = u"bot 1"_s;
            const QStringList searchPlan = store.listQueryPlanForTesting(q).value();
            for (const QString& prefix : {u"page: "_s, u"count: "_s}) {
                const QString part = searchPlan.filter(prefix).join(u" | ");
                QVERIFY2(part.contains(u"COVERING INDEX tokens_name"_s), qPrintable(label + part));
                QVERIFY2(!part.contains(u"SCAN tokens |"_s) && !part.endsWith(u"SCAN tokens"_s),
                         qPrintable(label + part));
            }
        }
    }
}

void TestStoreListing::countsAgreeWithTheRows()
{
    QVERIFY(Bench::BulkInsert::into(m_path, 1500, m_clock).ok());
    const CreatedToken rotated =
        m_backend->createNow(draft(u"rotated"_s, m_clock.todayUtc().addDays(10))).value();
    QVERIFY(m_backend->rotateNow(rotated.token.id, std::nullopt).ok());
    for (const char* when : {"2026-03-01T12:00:00Z", "2026-04-15T00:00:00Z", "2026-12-31T23:59:59Z"}) {
        m_clock.set(utc(when));
        const QDate today = m_clock.todayUtc();
        ListQuery all;
        all.state = ListQuery::State::All;
        all.limit = 0;
        const TokenPage everything = m_backend->listNow(all).value();
        TokenSummary expected;
        for (const AccessToken& t : everything.tokens) {
            expected.active += t.isActive(today) ? 1 : 0;
            expected.expiringSoon += t.isExpiringWithin(today, TokenSummary::ExpiringSoonDays) ? 1 : 0;
            expected.revoked += t.revoked ? 1 : 0;
            expected.expired += !t.revoked && t.isExpired(today) ? 1 : 0;
        }
        const TokenSummary summary = m_backend->summaryNow().value();
        QCOMPARE(summary.active, expected.active);
        QCOMPARE(summary.expiringSoon, expected.expiringSoon);
        QCOMPARE(summary.revoked, expected.revoked);
        QCOMPARE(summary.expired, expected.expired);
        QVERIFY(expected.revoked > 0 && expected.expired > 0 && expected.active > 0);

        ListQuery active;
        active.state = ListQuery::State::Active;
        active.limit = 1;
        QCOMPARE(m_backend->listNow(active).value().total, expected.active);
        ListQuery inactive;
        inactive.state = ListQuery::State::Inactive;
        inactive.limit = 1;
        QCOMPARE(m_backend->listNow(inactive).value().total, everything.total - expected.active);
        QCOMPARE(everything.total, 1502);
    }
}

void TestStoreListing::pagesReadOneAfterAnotherMatchOneListing()
{
    QVERIFY(Bench::BulkInsert::into(m_path, 700, m_clock).ok());
    // Tokens without an expiration date (older stores have them) and ties in every sort key.
    rawSql(
        m_path,
        {u"UPDATE tokens SET expires_at = NULL WHERE id % 37 = 0"_s,
         u"UPDATE tokens SET created_at = (SELECT created_at FROM tokens WHERE id = 1) WHERE id % 11 = 0"_s,
         u"UPDATE tokens SET expires_at = '2026-06-01' WHERE id % 13 = 0"_s});
    auto opened = TokenStore::open(m_path, m_clock);
    QVERIFY(opened.ok());
    TokenStore& store = *opened.value();
    const auto ids = [](const QList<AccessToken>& tokens) {
        QList<qint64> out;
        for (const AccessToken& t : tokens)
            out << t.id;
        return out;
    };
    for (const QString& sortName : ListQuery::sortNames()) {
        for (ListQuery::State state :
             {ListQuery::State::All, ListQuery::State::Active, ListQuery::State::Inactive}) {
            ListQuery q;
            q.sort = *ListQuery::sortFromName(sortName);
            q.state = state;
            q.limit = 0;
            const TokenPage whole = store.list(q).value();
            QList<AccessToken> paged;
            q.limit = 47;
            for (q.offset = 0; q.offset < whole.total + q.limit; q.offset += q.limit) {
                if (q.offset == 5 * q.limit) // a change between pages: the next one starts afresh
                    QVERIFY(store.setLocalAdministrator(false).ok());
                const TokenPage page = store.list(q).value();
                QCOMPARE(page.total, whole.total);
                paged << page.tokens;
            }
            const QString label = sortName + u" "_s + ListQuery::stateName(state);
            QVERIFY2(ids(paged) == ids(whole.tokens), qPrintable(label));
        }
    }
}

void TestStoreListing::resourceListingsStayFastAmongThousandsOfTokens()
{
    QVERIFY(Bench::BulkInsert::into(m_path, 2000, m_clock).ok());
    auto opened = TokenStore::open(m_path, m_clock);
    QVERIFY(opened.ok());
    TokenStore& store = *opened.value();
    const Resource group = store.addGroup(u"big"_s, u"Big"_s).value();
    QVERIFY(store.setMembership(ResourceRef::Kind::Group, group.id, AccessLevels::Owner).ok());
    QList<Resource> projects;
    for (int i = 1; i <= 40; ++i)
        projects << store.addProject(u"big/p%1"_s.arg(i), u"P%1"_s.arg(i)).value();
    // 4,000 project tokens and 400 group tokens, each with its own bot user id, some revoked or expired.
    rawSql(m_path,
           {uR"(INSERT INTO tokens (name, name_folded, scopes, created_at, expires_at, revoked, secret_digest,
                user_id, resource_kind, resource_id, access_level)
                WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 4400)
                SELECT 'bot ' || n, 'bot ' || n, 'api', 1767225600000 + n * 1000,
                       date('2026-02-20', '+' || (n % 300) || ' days'), n % 9 = 0, randomblob(32), 1000 + n,
                       CASE WHEN n > 4000 THEN 1 ELSE 2 END,
                       CASE WHEN n > 4000 THEN %1 ELSE %2 + n % 40 END, 30 FROM c)"_s.arg(group.id)
                .arg(projects.first().id),
            u"UPDATE tokens SET family_id = id WHERE family_id IS NULL"_s});

    const Resource project = projects.at(6);
    for (const std::optional<Resource>& scope :
         {std::optional<Resource>(), std::optional<Resource>(project)}) {
        for (const QString& sortName : ListQuery::sortNames()) {
            for (ListQuery::State state :
                 {ListQuery::State::Active, ListQuery::State::Inactive, ListQuery::State::All}) {
                ListQuery q;
                q.sort = *ListQuery::sortFromName(sortName);
                q.state = state;
                const QStringList plan = store.listQueryPlanForTesting(q, scope).value();
                const QString label = (scope ? scope->fullPath : u"personal"_s) + u" "_s + sortName + u" "_s +
                                      ListQuery::stateName(state) + u": "_s;
                const QString page = plan.filter(u"page: "_s).join(u" | ");
                const QString count = plan.filter(u"count: "_s).join(u" | ");
                // One resource's rows (or the personal ones) are a range of an index in the page's order.
                QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(label + page));
                QVERIFY2(page.contains(u"USING INDEX"_s) && page.contains(u"resource_kind=?"_s),
                         qPrintable(label + page));
                QVERIFY2(count.contains(u"COVERING INDEX"_s), qPrintable(label + count));
            }
        }
    }

    // The project's own hundred tokens, page after page, agree with one listing and with the summary.
    ListQuery q;
    q.state = ListQuery::State::All;
    q.limit = 0;
    const TokenPage whole = store.list(project, q).value();
    QCOMPARE(whole.total, 100);
    QList<qint64> paged;
    q.limit = 15;
    for (q.offset = 0; q.offset < whole.total; q.offset += q.limit) {
        const TokenPage page = store.list(project, q).value();
        QCOMPARE(page.total, 100);
        for (const AccessToken& t : page.tokens) {
            QCOMPARE(t.accessLevel, 30);
            paged << t.id;
        }
    }
    QList<qint64> wholeIds;
    for (const AccessToken& t : whole.tokens)
        wholeIds << t.id;
    QCOMPARE(paged, wholeIds);
    const TokenSummary summary = store.summary(project).value();
    QCOMPARE(summary.active + summary.revoked + summary.expired, 100);
    QCOMPARE(store.summary(group).value().active + store.summary(group).value().revoked +
                 store.summary(group).value().expired,
             400);
    // The personal listing still holds its own 2,000 alone.
    q.limit = 1;
    QCOMPARE(store.list(q).value().total, 2000);
    QCOMPARE(store.resources().value().size(), 41);
}

QTEST_GUILESS_MAIN(TestStoreListing)
#include "tst_StoreListing.moc"
