#include "Await.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// A group's or project's backend runs on its store's worker, in one queue with the personal tokens'
// backend and on its connection, and keeps LocalBackend's rules for answers and shutdown.
class TestLocalResourceBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sharesTheQueueAndTheConnection();
    void answersLaterOnlyToLivingContexts();
    void deletingWithWorkInFlightFinishesChangesAndDropsAnswers();
    void aCallbackMayDeleteIt();
    void itMayOutliveThePersonalBackend();

private:
    TokenDraft projectDraft(const QString& name) const
    {
        return draft(name, m_clock.todayUtc().addDays(20), {u"read_api"_s});
    }
    int storeConnections() const
    {
        return static_cast<int>(QSqlDatabase::connectionNames().filter(u"tokendesk-store-"_s).size());
    }
    int projectTokens()
    {
        auto opened = LocalBackend::open(m_path, m_clock);
        if (!opened)
            return -1;
        auto scoped = opened.value()->forResource(m_project);
        ListQuery all;
        all.state = ListQuery::State::All;
        const Result<TokenPage> page = await<TokenPage>(
            [&](QObject* context, Callback<TokenPage> done) { scoped->list(all, context, std::move(done)); });
        return page ? page.value().total : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
    Resource m_project;
};

void TestLocalResourceBackend::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestLocalResourceBackend::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"scoped-%1.sqlite"_s.arg(++n));
    auto opened = LocalBackend::open(m_path, m_clock);
    QVERIFY(opened.ok());
    m_backend = std::move(opened).value();
    const Resource group = m_backend->addGroupNow(u"acme"_s, u"Acme"_s).value();
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, group.id, AccessLevels::Maintainer).ok());
    m_project = m_backend->addProjectNow(u"acme/web"_s, u"Web"_s).value();
    QCOMPARE(m_project.accessLevel, AccessLevels::Maintainer);
}

void TestLocalResourceBackend::cleanup()
{
    m_backend.reset();
}

void TestLocalResourceBackend::sharesTheQueueAndTheConnection()
{
    const int before = storeConnections();
    auto scoped = m_backend->forResource(m_project);
    QCOMPARE(storeConnections(), before); // no second connection
    m_backend->setOperationDelayForTesting(30);

    // Asked alternately of both backends, the operations run in the order they were asked.
    QStringList order;
    QObject context;
    for (int i = 0; i < 3; ++i) {
        m_backend->create(draft(u"personal %1"_s.arg(i), m_clock.todayUtc().addDays(5)), &context,
                          [&order, i](Result<CreatedToken> r) {
                              order << u"personal %1 %2"_s.arg(i).arg(r.ok() ? r.value().token.id : -1);
                          });
        scoped->create(projectDraft(u"project %1"_s.arg(i)), &context, [&order, i](Result<CreatedToken> r) {
            order << u"project %1 %2"_s.arg(i).arg(r.ok() ? r.value().token.id : -1);
        });
    }
    QTRY_COMPARE(order.size(), 6);
    // One queue: ids were handed out in the order asked, alternating between the two.
    QCOMPARE(order, QStringList({u"personal 0 1"_s, u"project 0 2"_s, u"personal 1 3"_s, u"project 1 4"_s,
                                 u"personal 2 5"_s, u"project 2 6"_s}));
}

void TestLocalResourceBackend::answersLaterOnlyToLivingContexts()
{
    auto scoped = m_backend->forResource(m_project);
    bool later = false;
    const Result<TokenSummary> summary = await<TokenSummary>(
        [&](QObject* context, Callback<TokenSummary> done) { scoped->summary(context, std::move(done)); },
        30000, &later);
    QVERIFY(summary.ok());
    QVERIFY(later);

    m_backend->setOperationDelayForTesting(50);
    QSignalSpy changed(scoped.get(), &TokenBackend::tokensChanged);
    bool called = false;
    {
        QObject context;
        scoped->create(projectDraft(u"made anyway"_s), &context,
                       [&](Result<CreatedToken>) { called = true; });
    }
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!called);
}

void TestLocalResourceBackend::deletingWithWorkInFlightFinishesChangesAndDropsAnswers()
{
    auto scoped = m_backend->forResource(m_project);
    m_backend->setOperationDelayForTesting(50);
    int answers = 0;
    QObject context;
    for (int i = 0; i < 4; ++i) {
        scoped->create(projectDraft(u"in flight %1"_s.arg(i)), &context,
                       [&](Result<CreatedToken>) { ++answers; });
        scoped->list(ListQuery(), &context, [&](Result<TokenPage>) { ++answers; });
    }
    scoped.reset();
    QTest::qWait(100);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
    // The personal backend goes on as before.
    m_backend->setOperationDelayForTesting(0);
    QVERIFY(m_backend->createNow(draft(u"after"_s, m_clock.todayUtc().addDays(5))).ok());
    m_backend.reset();
    QCOMPARE(projectTokens(), 4);
}

void TestLocalResourceBackend::aCallbackMayDeleteIt()
{
    std::unique_ptr<TokenBackend> scoped = m_backend->forResource(m_project);
    bool answered = false;
    QObject context;
    scoped->create(projectDraft(u"last words"_s), &context, [&](Result<CreatedToken> r) {
        answered = r.ok();
        scoped.reset();
    });
    scoped->list(ListQuery(), &context, [](Result<TokenPage>) {});
    QTRY_VERIFY(answered);
    QVERIFY(!scoped);
    QTest::qWait(20);
    m_backend.reset();
    QCOMPARE(projectTokens(), 1);
}

void TestLocalResourceBackend::itMayOutliveThePersonalBackend()
{
    auto scoped = m_backend->forResource(m_project);
    const QString identity = scoped->identity();
    m_backend.reset();
    const Result<CreatedToken> created =
        await<CreatedToken>([&](QObject* context, Callback<CreatedToken> done) {
            scoped->create(projectDraft(u"still here"_s), context, std::move(done));
        });
    QVERIFY(created.ok());
    QCOMPARE(scoped->identity(), identity);
    scoped.reset();
    QCOMPARE(storeConnections(), 0);
    QCOMPARE(projectTokens(), 1);
}

QTEST_GUILESS_MAIN(TestLocalResourceBackend)
#include "tst_LocalResourceBackend.moc"
