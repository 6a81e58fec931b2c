#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// LocalBackend runs its store on a worker thread: the caller's event loop keeps running while the store
// works, operations keep the order they were asked in, and a backend deleted with work in flight
// finishes its changes and drops its answers.
class TestLocalBackendWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void callerKeepsRunningWhileASlowStoreAnswers();
    void operationsKeepTheirOrder();
    void answersComeOnTheCallersThreadAndChangesAreAnnounced();
    void answersOnlyReachLivingContexts();
    void deletingWithWorkInFlightFinishesChangesAndDropsAnswers();
    void aCallbackMayDeleteTheBackend();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
    std::unique_ptr<LocalBackend> m_backend;
};

void TestLocalBackendWorker::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestLocalBackendWorker::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"worker-%1.sqlite"_s.arg(++n));
    auto opened = LocalBackend::open(m_path, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_backend = std::move(opened).value();
}

void TestLocalBackendWorker::cleanup()
{
    m_backend.reset();
}

void TestLocalBackendWorker::callerKeepsRunningWhileASlowStoreAnswers()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_backend->createNow(draft(u"token %1"_s.arg(i), m_clock.todayUtc().addDays(10 + i))).ok());
    m_backend->setOperationDelayForTesting(200); // a disk that takes 200 ms per query

    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&ticks]() { ++ticks; });
    timer.start();

    std::optional<Result<TokenPage>> page;
    int ticksAtAnswer = -1;
    QObject context;
    m_backend->list(ListQuery(), &context, [&](Result<TokenPage> r) {
        ticksAtAnswer = ticks;
        page = std::move(r);
    });
    QVERIFY(!page); // asked, not answered: the store works elsewhere
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10000);
    QVERIFY(page->ok());
    QCOMPARE(page->value().tokens.size(), 3);
    // The caller's timer kept firing while the store worked: its thread was never blocked. A store on
    // the caller's thread would let it fire at most once, after the answer.
    QVERIFY2(ticksAtAnswer >= 3, qPrintable(u"%1 ticks"_s.arg(ticksAtAnswer)));
}

void TestLocalBackendWorker::operationsKeepTheirOrder()
{
    m_backend->setOperationDelayForTesting(20);
    QObject context;
    std::optional<Result<CreatedToken>> created;
    std::optional<Result<TokenPage>> listed;
    std::optional<Result<AccessToken>> revoked;
    std::optional<Result<TokenPage>> inactive;
    QStringList order;
    m_backend->create(draft(u"first"_s, m_clock.todayUtc().addDays(5)), &context,
                      [&](Result<CreatedToken> r) {
                          order << u"create"_s;
                          created = std::move(r);
                      });
    m_backend->list(ListQuery(), &context, [&](Result<TokenPage> r) {
        order << u"list"_s;
        listed = std::move(r);
    });
    // The id of the first token of a new store is 1.
    m_backend->revoke(1, &context, [&](Result<AccessToken> r) {
        order << u"revoke"_s;
        revoked = std::move(r);
    });
    ListQuery q;
    q.state = ListQuery::State::Inactive;
    m_backend->list(q, &context, [&](Result<TokenPage> r) {
        order << u"list inactive"_s;
        inactive = std::move(r);
    });
    // An answer-at-once call waits for everything asked before it.
    const Result<TokenSummary> summary = m_backend->summaryNow();
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().revoked, 1);

    QTRY_VERIFY(inactive.has_value());
    QCOMPARE(order, (QStringList{u"create"_s, u"list"_s, u"revoke"_s, u"list inactive"_s}));
    QVERIFY(created->ok());
    QCOMPARE(created->value().token.id, 1);
    QCOMPARE(listed->value().tokens.size(), 1);
    QCOMPARE(listed->value().tokens.first().name, u"first"_s);
    QVERIFY(revoked->ok());
    QCOMPARE(inactive->value().tokens.size(), 1);
}

void TestLocalBackendWorker::answersComeOnTheCallersThreadAndChangesAreAnnounced()
{
    QThread* mine = QThread::currentThread();
    QThread* answeredOn = nullptr;
    QThread* announcedOn = nullptr;
    int announced = 0;
    connect(m_backend.get(), &TokenBackend::tokensChanged, this, [&]() {
        announcedOn = QThread::currentThread();
        ++announced;
    });
    bool answered = false;
    QObject context;
    m_backend->create(draft(u"made"_s, m_clock.todayUtc().addDays(5)), &context, [&](Result<CreatedToken> r) {
        answeredOn = QThread::currentThread();
        answered = r.ok();
    });
    QTRY_VERIFY(answered);
    QTRY_COMPARE(announced, 1);
    QCOMPARE(answeredOn, mine);
    QCOMPARE(announcedOn, mine);

    // Reads and refusals change nothing and announce nothing.
    QVERIFY(m_backend->listNow(ListQuery()).ok());
    QVERIFY(!m_backend->createNow(draft(QString(), m_clock.todayUtc().addDays(5))).ok());
    QTest::qWait(50);
    QCOMPARE(announced, 1);
}

void TestLocalBackendWorker::answersOnlyReachLivingContexts()
{
    m_backend->setOperationDelayForTesting(50);
    bool called = false;
    {
        QObject context;
        m_backend->create(draft(u"made anyway"_s, m_clock.todayUtc().addDays(5)), &context,
                          [&](Result<CreatedToken>) { called = true; });
    }
    QSignalSpy changed(m_backend.get(), &TokenBackend::tokensChanged);
    QTRY_COMPARE(changed.count(), 1); // the change was made...
    QVERIFY(!called);                 // ...but nobody was left to hear the answer
    QCOMPARE(m_backend->listNow(ListQuery()).value().total, 1);
}

void TestLocalBackendWorker::deletingWithWorkInFlightFinishesChangesAndDropsAnswers()
{
    m_backend->setOperationDelayForTesting(50);
    int answers = 0;
    QObject context;
    for (int i = 0; i < 4; ++i) {
        m_backend->create(draft(u"in flight %1"_s.arg(i), m_clock.todayUtc().addDays(5)), &context,
                          [&](Result<CreatedToken>) { ++answers; });
        m_backend->list(ListQuery(), &context, [&](Result<TokenPage>) { ++answers; });
    }
    m_backend.reset(); // while the worker is still on the first of them
    QTest::qWait(100);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);

    auto reopened = LocalBackend::open(m_path, m_clock);
    QVERIFY(reopened.ok());
    ListQuery all;
    all.state = ListQuery::State::All;
    const Result<TokenPage> page = reopened.value()->listNow(all);
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 4); // every change asked for was made, none half-way
}

void TestLocalBackendWorker::aCallbackMayDeleteTheBackend()
{
    // As an account switch does when an answer arrives: the backend goes away inside its own answer.
    bool answered = false;
    QObject context;
    m_backend->create(draft(u"last words"_s, m_clock.todayUtc().addDays(5)), &context,
                      [&](Result<CreatedToken> r) {
                          answered = r.ok();
                          m_backend.reset();
                      });
    m_backend->list(ListQuery(), &context, [](Result<TokenPage>) {});
    QTRY_VERIFY(answered);
    QVERIFY(!m_backend);
    QTest::qWait(20);

    auto reopened = LocalBackend::open(m_path, m_clock);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->listNow(ListQuery()).value().total, 1);
}

QTEST_GUILESS_MAIN(TestLocalBackendWorker)
#include "tst_LocalBackendWorker.moc"
