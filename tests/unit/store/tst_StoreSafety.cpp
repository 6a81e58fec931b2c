// The store's safety promises, each against a real SQLite file in a temporary folder: verifying a
// secret only identifies it, files at rest are owner-only, commits are durable before a secret is
// shown, and the newer-schema check holds under the write lock.
#include "LocalBackend.h"
#include "ManualClock.h"
#include "PrivateFiles.h"
#include "StoreSchema.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "TokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// The permission bits of a file or folder, or -1 when it is missing.
int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString octal(int mode)
{
    return u"%1"_s.arg(mode, 4, 8, QLatin1Char('0'));
}

// The store's own connection (TokenStore names them "tokendesk-store-<uuid>"), opened on this thread.
QSqlDatabase storeConnection()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"tokendesk-store-"_s))
            return QSqlDatabase::database(name, false);
    }
    return {};
}

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyingARotatedSecretLeavesItsSuccessorAlone();
    void rotatingARevokedTokenStillRevokesItsFamily();
    void freshStoreIsOwnerOnlyWhateverTheUmask();
    void looseStoreIsTightenedWithAWarning();
    void commitsAreDurableAgainstPowerLoss();
    void rotateIsOneTransaction();
    void newerSchemaWrittenWhileWaitingForTheLockIsRefused();
    void openersRacingOnAFreshStoreMigrateOnce();

private:
    QString freshPath(const QString& name) { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
};

void TestStoreSafety::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    ::umask(022); // a usual umask: files 0644 and folders 0755 unless the program asks for less
}

void TestStoreSafety::verifyingARotatedSecretLeavesItsSuccessorAlone()
{
    auto opened = LocalBackend::open(freshPath(u"verify.sqlite"_s), m_clock);
    QVERIFY(opened.ok());
    LocalBackend& store = *opened.value();
    const CreatedToken first = store.createNow(draft(u"ci"_s, m_clock.todayUtc().addDays(30))).value();
    const CreatedToken second = store.rotateNow(first.token.id, std::nullopt).value();

    // Someone checks which token an old copy of the secret was: it is refused as revoked...
    const Result<AccessToken> old = store.identifyNow(first.secret);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, BackendError::Kind::Authentication);
    QVERIFY2(old.error().message.contains(u"revoked"_s), qPrintable(old.error().message));
    // ...and the token that replaced it keeps working.
    QVERIFY(!store.getNow(second.token.id).value().revoked);
    const Result<AccessToken> current = store.identifyNow(second.secret);
    QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().message));
    QCOMPARE(current.value().id, second.token.id);
}

void TestStoreSafety::rotatingARevokedTokenStillRevokesItsFamily()
{
    auto opened = LocalBackend::open(freshPath(u"reuse.sqlite"_s), m_clock);
    QVERIFY(opened.ok());
    LocalBackend& store = *opened.value();
    const CreatedToken first = store.createNow(draft(u"ci"_s, m_clock.todayUtc().addDays(30))).value();
    const CreatedToken second = store.rotateNow(first.token.id, std::nullopt).value();
    QVERIFY(!store.identifyNow(first.secret).ok());
    QVERIFY(!store.rotateNow(first.token.id, std::nullopt).ok()); // reuse: the family goes
    QVERIFY(store.getNow(second.token.id).value().revoked);
}

void TestStoreSafety::freshStoreIsOwnerOnlyWhateverTheUmask()
{
    const QString folder = freshPath(u"private/tokens"_s);
    const QString path = folder + u"/store.sqlite"_s;
    auto opened = TokenStore::open(path, m_clock);
    QVERIFY(opened.ok());
    QVERIFY(opened.value()->create(draft(u"ci"_s, m_clock.todayUtc().addDays(3))).ok());
    // The store is open: its WAL and shared-memory files exist now.
    for (const QString& file : {path, path + u"-wal"_s, path + u"-shm"_s})
        QVERIFY2(modeOf(file) == 0600, qPrintable(file + u": "_s + octal(modeOf(file))));
    QVERIFY2(modeOf(folder) == 0700, qPrintable(octal(modeOf(folder))));
    QVERIFY2(modeOf(freshPath(u"private"_s)) == 0700, qPrintable(octal(modeOf(freshPath(u"private"_s)))));
}

void TestStoreSafety::looseStoreIsTightenedWithAWarning()
{
    const QString path = freshPath(u"loose.sqlite"_s);
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    PrivateFiles::takeWarnings();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable or writable by other users"_s));
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    QCOMPARE(octal(modeOf(path)), octal(0600));
    const QStringList warnings = PrivateFiles::takeWarnings();
    QVERIFY2(!warnings.isEmpty(), "no warning");
    QVERIFY2(warnings.first().contains(path) && warnings.first().contains(u"0644"_s),
             qPrintable(warnings.first()));
    // Once private, opening again says nothing.
    opened.value().reset();
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    QVERIFY(PrivateFiles::takeWarnings().isEmpty());
}

void TestStoreSafety::commitsAreDurableAgainstPowerLoss()
{
    auto opened = TokenStore::open(freshPath(u"durable.sqlite"_s), m_clock);
    QVERIFY(opened.ok());
    QSqlQuery q(storeConnection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    // In WAL mode, NORMAL (1) may lose the last commits on power loss; FULL (2) syncs the WAL at
    // each commit, so a secret shown after create or rotate returned is on the disk.
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QVERIFY2(q.value(0).toInt() >= 2, qPrintable(q.value(0).toString()));
}

void TestStoreSafety::rotateIsOneTransaction()
{
    const QString path = freshPath(u"atomic.sqlite"_s);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    const CreatedToken first =
        opened.value()->createNow(draft(u"ci"_s, m_clock.todayUtc().addDays(30))).value();
    // Make the successor's insert fail half-way: the old token must not stay revoked alone.
    rawSql(path,
           {u"CREATE TRIGGER refuse_new BEFORE INSERT ON tokens BEGIN SELECT RAISE(ABORT, 'full'); END"_s});
    QVERIFY(!opened.value()->rotateNow(first.token.id, std::nullopt).ok());
    QVERIFY(!opened.value()->getNow(first.token.id).value().revoked);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM tokens"_s}).value(0).toInt(), 1);
}

void TestStoreSafety::newerSchemaWrittenWhileWaitingForTheLockIsRefused()
{
    // The opener reads an empty file, decides to create the schema, and waits for the write lock;
    // meanwhile a newer TokenDesk prepares the file. Under the lock the opener must see that.
    const QString path = freshPath(u"raced.sqlite"_s);
    StoreSchema::setBeforeWriteLockForTesting([path] {
        rawSql(path, {u"PRAGMA application_id = %1"_s.arg(StoreSchema::ApplicationId),
                      u"PRAGMA user_version = %1"_s.arg(StoreSchema::CurrentVersion + 1),
                      u"CREATE TABLE future (x)"_s});
    });
    auto opened = TokenStore::open(path, m_clock);
    StoreSchema::setBeforeWriteLockForTesting({});
    QVERIFY2(!opened.ok(), "a store of a newer schema was opened");
    QCOMPARE(opened.error().kind, BackendError::Kind::Store);
    QVERIFY2(opened.error().message.contains(u"newer TokenDesk"_s), qPrintable(opened.error().message));
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), StoreSchema::CurrentVersion + 1);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM sqlite_master WHERE name = 'tokens'"_s}).value(0).toInt(),
             0);
}

void TestStoreSafety::openersRacingOnAFreshStoreMigrateOnce()
{
    const QString path = freshPath(u"fresh-race.sqlite"_s);
    constexpr int Openers = 6;
    std::vector<std::thread> threads;
    QList<bool> ok(Openers, false);
    QStringList identities(Openers);
    for (int i = 0; i < Openers; ++i) {
        threads.emplace_back([&, i] {
            auto opened = TokenStore::open(path, m_clock);
            if (opened.ok()) {
                ok[i] = true;
                identities[i] = opened.value()->identity();
            } else {
                identities[i] = opened.error().message;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    for (int i = 0; i < Openers; ++i)
        QVERIFY2(ok.at(i), qPrintable(u"opener %1 failed: %2"_s.arg(i).arg(identities.at(i))));
    identities.removeDuplicates();
    QCOMPARE(identities.size(), 1); // one store id: the schema was created once
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), StoreSchema::CurrentVersion);
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM meta WHERE key = 'store_id'"_s}).value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_StoreSafety.moc"
