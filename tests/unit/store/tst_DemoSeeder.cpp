#include "DemoSeeder.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "ScopeCatalog.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsARealisticHandful();
    void seedsOnlyOnce();
    void leavesAStoreWithTokensAlone();

private:
    QList<AccessToken> everything(LocalBackend& backend)
    {
        ListQuery all;
        all.state = ListQuery::State::All;
        all.limit = 0;
        return backend.listNow(all).value().tokens;
    }

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T23:30:00Z")};
};

void TestDemoSeeder::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestDemoSeeder::seedsARealisticHandful()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"demo.sqlite"_s), m_clock, LocalBackend::Mode::Demo);
    QVERIFY(opened.ok());
    LocalBackend& backend = *opened.value();
    auto seeded = DemoSeeder::seedIfEmpty(backend);
    QVERIFY(seeded.ok());
    QVERIFY(seeded.value());

    const QDate today = m_clock.todayUtc();
    const QDateTime now = m_clock.nowUtc();
    const QList<AccessToken> tokens = everything(backend);
    QVERIFY(tokens.size() >= 6);
    const auto any = [&](auto predicate) { return std::any_of(tokens.cbegin(), tokens.cend(), predicate); };

    QVERIFY(any([&](const AccessToken& t) { return t.isActive(today) && t.expiresAt == today.addDays(3); }));
    QVERIFY(
        any([&](const AccessToken& t) { return !t.revoked && t.expiresAt == today && !t.isActive(today); }));
    QVERIFY(any([&](const AccessToken& t) { return t.revoked && t.revokedAt.isValid(); }));
    QVERIFY(any([&](const AccessToken& t) { return t.isActive(today) && !t.lastUsedAt.isValid(); }));
    QVERIFY(any([&](const AccessToken& t) {
        return t.lastUsedAt.isValid() && t.lastUsedAt.secsTo(now) >= 3600 && t.lastUsedAt.secsTo(now) < 86400;
    }));
    QSet<QString> scopes;
    for (const AccessToken& t : tokens) {
        QVERIFY(!t.name.isEmpty());
        QVERIFY(!t.scopes.isEmpty());
        QVERIFY(t.createdAt <= now);
        QVERIFY(!t.lastUsedAt.isValid() || t.lastUsedAt >= t.createdAt);
        for (const QString& s : t.scopes) {
            QVERIFY(ScopeCatalog::isKnown(s));
            scopes.insert(s);
        }
    }
    QVERIFY(scopes.size() >= 5);

    const TokenSummary summary = backend.summaryNow().value();
    QVERIFY(summary.active >= 4);
    QVERIFY(summary.expiringSoon >= 1);
    QVERIFY(summary.revoked >= 1);
    QVERIFY(summary.expired >= 1);

    // The demo's secrets are not known to anyone: no seeded token can be used.
    QVERIFY(!backend.identifyNow(Secret::fromString(u"glpat-00000000000000000000"_s)).ok());
}

void TestDemoSeeder::seedsOnlyOnce()
{
    const QString path = m_dir.filePath(u"once.sqlite"_s);
    {
        auto opened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
        QVERIFY(opened.ok());
        QVERIFY(DemoSeeder::seedIfEmpty(*opened.value()).value());
        const int count = everything(*opened.value()).size();
        QCOMPARE(DemoSeeder::seedIfEmpty(*opened.value()).value(), false);
        QCOMPARE(everything(*opened.value()).size(), count);
    }
    // Emptied by the user: the demo does not come back, not even after reopening.
    rawSql(path, {u"DELETE FROM tokens"_s});
    auto reopened = LocalBackend::open(path, m_clock, LocalBackend::Mode::Demo);
    QVERIFY(reopened.ok());
    QCOMPARE(DemoSeeder::seedIfEmpty(*reopened.value()).value(), false);
    QCOMPARE(everything(*reopened.value()).size(), 0);
}

void TestDemoSeeder::leavesAStoreWithTokensAlone()
{
    auto opened = LocalBackend::open(m_dir.filePath(u"used.sqlite"_s), m_clock);
    QVERIFY(opened.ok());
    QVERIFY(opened.value()->createNow(draft(u"mine"_s, m_clock.todayUtc().addDays(4))).ok());
    QCOMPARE(DemoSeeder::seedIfEmpty(*opened.value()).value(), false);
    QCOMPARE(everything(*opened.value()).size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_DemoSeeder.moc"
