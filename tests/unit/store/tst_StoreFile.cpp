#include "BulkInsert.h"
#include "LocalBackend.h"
#include "ManualClock.h"
#include "StoreSchema.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace TokenDesk;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList storeFiles(const QString& path)
{
    QStringList files;
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix))
            files << path + suffix;
    }
    return files;
}

} // namespace

class TestStoreFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void createsMissingFileAndFolder();
    void acceptsEmptyFile();
    void refusesNonSqliteFileUntouched();
    void refusesOtherApplicationsDatabaseUntouched();
    void refusesNewerSchema();
    void migratesVersion1KeepingData();
    void usesWalAndBusyTimeout();
    void twoBackendsShareOneFile();
    void concurrentWritersDoNotFail();
    void anotherProcessWritesAtTheSameTime();
    void noSecretReachesTheDisk();

private:
    QString freshPath(const QString& name) { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Test::ManualClock m_clock{utc("2026-03-01T12:00:00Z")};
};

void TestStoreFile::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestStoreFile::createsMissingFileAndFolder()
{
    const QString path = freshPath(u"deep/er/store.sqlite"_s);
    QVERIFY(!QFile::exists(path));
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(rawSql(path, {u"PRAGMA application_id"_s}).value(0).toLongLong(), StoreSchema::ApplicationId);
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), StoreSchema::CurrentVersion);
}

void TestStoreFile::acceptsEmptyFile()
{
    const QString path = freshPath(u"empty.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY(opened.value()->createNow(draft(u"first"_s, m_clock.todayUtc().addDays(3))).ok());
}

void TestStoreFile::refusesNonSqliteFileUntouched()
{
    const QString path = freshPath(u"notes.txt"_s);
    const QByteArray content = "These are my notes, not a database.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, BackendError::Kind::Store);
    QVERIFY(opened.error().message.contains(u"not a TokenDesk database"_s));
    QVERIFY(opened.error().message.contains(path));
    QCOMPARE(readAll(path), content);
    QCOMPARE(storeFiles(path), QStringList({path}));
}

void TestStoreFile::refusesOtherApplicationsDatabaseUntouched()
{
    for (const QString& journal : {u"DELETE"_s, u"WAL"_s}) {
        const QString path = freshPath(u"other-%1.sqlite"_s.arg(journal));
        rawSql(path, {u"PRAGMA journal_mode = %1"_s.arg(journal),
                      u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"_s,
                      u"INSERT INTO recipes (title) VALUES ('Soup')"_s});
        const QByteArray before = readAll(path);
        QVERIFY(before.startsWith("SQLite format 3"));

        auto opened = LocalBackend::open(path, m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, BackendError::Kind::Store);
        QVERIFY(opened.error().message.contains(u"not a TokenDesk database"_s));
        QCOMPARE(readAll(path), before);
        QCOMPARE(rawSql(path, {u"SELECT title FROM recipes"_s}), QVariantList({u"Soup"_s}));
    }
    // Another application's id, even with our table names.
    const QString path = freshPath(u"imposter.sqlite"_s);
    rawSql(path, {u"PRAGMA application_id = 1234"_s, u"PRAGMA user_version = 2"_s});
    const QByteArray before = readAll(path);
    QVERIFY(!LocalBackend::open(path, m_clock).ok());
    QCOMPARE(readAll(path), before);
}

void TestStoreFile::refusesNewerSchema()
{
    const QString path = freshPath(u"future.sqlite"_s);
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    rawSql(path, {u"PRAGMA user_version = 99"_s});
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, BackendError::Kind::Store);
    QVERIFY(opened.error().message.contains(u"newer TokenDesk"_s));
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), 99);
}

void TestStoreFile::migratesVersion1KeepingData()
{
    // A store as the first release wrote it, built by hand.
    const QString path = freshPath(u"v1.sqlite"_s);
    rawSql(path,
           {
               u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s,
               u"CREATE TABLE tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
               " scopes TEXT NOT NULL, created_at INTEGER NOT NULL, last_used_at INTEGER,"
               " expires_at TEXT, revoked INTEGER NOT NULL DEFAULT 0, secret_digest BLOB NOT NULL,"
               " user_id INTEGER NOT NULL DEFAULT 1)"_s,
               u"CREATE UNIQUE INDEX tokens_secret_digest ON tokens (secret_digest)"_s,
               u"INSERT INTO meta VALUES ('store_id', 'b1c2d3e4-0000-4000-8000-000000000001')"_s,
               u"INSERT INTO tokens (name, scopes, created_at, last_used_at, expires_at, revoked,"
               " secret_digest) VALUES ('Ärger Bot', 'api read_user', 1767225600000, NULL, '2026-06-01',"
               " 0, x'01')"_s,
               u"INSERT INTO tokens (name, scopes, created_at, last_used_at, expires_at, revoked,"
               " secret_digest) VALUES ('old laptop', 'read_repository', 1735689600000, 1740000000000,"
               " NULL, 1, x'02')"_s,
               u"PRAGMA application_id = %1"_s.arg(StoreSchema::ApplicationId),
               u"PRAGMA user_version = 1"_s,
           });

    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    LocalBackend& backend = *opened.value();
    QCOMPARE(backend.identity(), u"local:b1c2d3e4-0000-4000-8000-000000000001"_s);

    ListQuery all;
    all.state = ListQuery::State::All;
    all.sort = ListQuery::Sort::CreatedAsc;
    const TokenPage page = backend.listNow(all).value();
    QCOMPARE(page.total, 2);
    const AccessToken laptop = page.tokens.at(0);
    const AccessToken bot = page.tokens.at(1);
    QCOMPARE(laptop.name, u"old laptop"_s);
    QVERIFY(laptop.revoked);
    QVERIFY(laptop.expiresAt.isNull());
    QCOMPARE(laptop.lastUsedAt, QDateTime::fromMSecsSinceEpoch(1740000000000, Qt::UTC));
    QCOMPARE(bot.name, u"Ärger Bot"_s);
    QCOMPARE(bot.scopes, QStringList({u"api"_s, u"read_user"_s}));
    QCOMPARE(bot.createdAt, utc("2026-01-01T00:00:00Z"));
    QCOMPARE(bot.expiresAt, QDate(2026, 6, 1));
    QCOMPARE(bot.description, QString());
    QVERIFY(!bot.revoked);

    // Version 2's columns work on the old rows: case-folded search, families, revoked_at.
    ListQuery search;
    search.search = u"ärger"_s;
    QCOMPARE(backend.listNow(search).value().total, 1);
    auto rotated = backend.rotateNow(bot.id, std::nullopt);
    QVERIFY(rotated.ok());
    QVERIFY(backend.getNow(bot.id).value().revokedAt.isValid());
    QVERIFY(!backend.rotateNow(bot.id, std::nullopt).ok()); // reuse
    QVERIFY(backend.getNow(rotated.value().token.id).value().revoked);

    opened.value().reset();
    QCOMPARE(rawSql(path, {u"PRAGMA user_version"_s}).value(0).toInt(), StoreSchema::CurrentVersion);
    // Opening again changes nothing more.
    QVERIFY(LocalBackend::open(path, m_clock).ok());
    QCOMPARE(rawSql(path, {u"SELECT count(*) FROM tokens"_s}).value(0).toInt(), 3);
}

void TestStoreFile::usesWalAndBusyTimeout()
{
    const QString path = freshPath(u"wal.sqlite"_s);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    QCOMPARE(rawSql(path, {u"PRAGMA journal_mode"_s}).value(0).toString(), u"wal"_s);
}

void TestStoreFile::twoBackendsShareOneFile()
{
    const QString path = freshPath(u"shared.sqlite"_s);
    auto first = LocalBackend::open(path, m_clock);
    auto second = LocalBackend::open(path, m_clock);
    QVERIFY(first.ok() && second.ok());
    LocalBackend& a = *first.value();
    LocalBackend& b = *second.value();
    QCOMPARE(a.identity(), b.identity());

    const CreatedToken created = a.createNow(draft(u"made by a"_s, m_clock.todayUtc().addDays(9))).value();
    const auto seen =
        await<AccessToken>([&](QObject* ctx, Callback<AccessToken> cb) { b.get(created.token.id, ctx, cb); });
    QVERIFY(seen.ok());
    QCOMPARE(seen.value(), created.token);
    QVERIFY(b.identifyNow(created.secret).ok());

    QVERIFY(b.revokeNow(created.token.id).ok());
    QVERIFY(a.getNow(created.token.id).value().revoked);
    QCOMPARE(a.summaryNow().value().revoked, 1);

    // Interleaved writes from both.
    for (int i = 0; i < 10; ++i) {
        QVERIFY(a.createNow(draft(u"a %1"_s.arg(i), m_clock.todayUtc().addDays(5))).ok());
        QVERIFY(b.createNow(draft(u"b %1"_s.arg(i), m_clock.todayUtc().addDays(5))).ok());
    }
    QCOMPARE(a.listNow(ListQuery()).value().total, 20);
    QCOMPARE(b.listNow(ListQuery()).value().total, 20);
}

void TestStoreFile::concurrentWritersDoNotFail()
{
    const QString path = freshPath(u"busy.sqlite"_s);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    LocalBackend& mine = *opened.value();

    // Another writer on its own thread and connection, committing batches as fast as it can.
    std::atomic<int> failures{0};
    std::atomic<bool> started{false};
    std::thread other([&]() {
        auto theirs = LocalBackend::open(path, m_clock);
        if (!theirs.ok()) {
            ++failures;
            started = true;
            return;
        }
        started = true;
        for (int batch = 0; batch < 40; ++batch) {
            if (!Bench::BulkInsert::into(path, 50, m_clock).ok())
                ++failures;
        }
    });
    while (!started)
        std::this_thread::yield();
    int created = 0;
    for (int i = 0; i < 40; ++i) {
        auto r = mine.createNow(draft(u"mine %1"_s.arg(i), m_clock.todayUtc().addDays(5)));
        if (r.ok())
            ++created;
        else
            qWarning() << r.error().message;
    }
    other.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(created, 40);
    ListQuery all;
    all.state = ListQuery::State::All;
    QCOMPARE(mine.listNow(all).value().total, 40 * 50 + 40);
}

void TestStoreFile::anotherProcessWritesAtTheSameTime()
{
    const QString seeder = binaryPath(u"tokendesk-bench-seed"_s);
    if (!QFileInfo(seeder).isExecutable())
        QSKIP("tokendesk-bench-seed is not built (bench/seed is not part of this build)");
    const QString path = freshPath(u"processes.sqlite"_s);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    LocalBackend& mine = *opened.value();

    // The other process holds the write lock for one long transaction while this one keeps writing.
    QProcess other;
    other.start(seeder, {path, u"4000"_s});
    QVERIFY(other.waitForStarted());
    int created = 0;
    int failed = 0;
    while (other.state() != QProcess::NotRunning || created < 5) {
        auto r = mine.createNow(draft(u"mine %1"_s.arg(created), m_clock.todayUtc().addDays(5)));
        r.ok() ? ++created : ++failed;
        if (!r.ok())
            qWarning() << r.error().message;
        other.waitForFinished(1);
    }
    QCOMPARE(other.exitStatus(), QProcess::NormalExit);
    QCOMPARE(other.exitCode(), 0);
    QCOMPARE(failed, 0);
    ListQuery all;
    all.state = ListQuery::State::All;
    QCOMPARE(mine.listNow(all).value().total, 4000 + created);
}

void TestStoreFile::noSecretReachesTheDisk()
{
    const QString path = freshPath(u"secrets.sqlite"_s);
    auto opened = LocalBackend::open(path, m_clock);
    QVERIFY(opened.ok());
    LocalBackend& backend = *opened.value();
    QList<Secret> secrets;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        const CreatedToken c =
            backend.createNow(draft(u"findable-name-%1"_s.arg(i), m_clock.todayUtc().addDays(20))).value();
        secrets << c.secret;
        ids << c.token.id;
    }
    for (qint64 id : ids) {
        const CreatedToken r = backend.rotateNow(id, std::nullopt).value();
        secrets << r.secret;
        QVERIFY(backend.identifyNow(r.secret).ok());
    }

    const auto scan = [&](const QString& when) {
        const QStringList files = storeFiles(path);
        QByteArray bytes;
        for (const QString& file : files)
            bytes += readAll(file);
        // The scan sees what was written: names are stored in the clear.
        QVERIFY2(bytes.contains("findable-name-3"), qPrintable(when));
        for (const Secret& secret : secrets) {
            const QByteArray plain = secret.utf8();
            const QByteArray random = plain.mid(6); // without "glpat-"
            for (const QByteArray& form :
                 {plain, random, plain.toHex(), plain.toBase64(),
                  plain.toBase64(QByteArray::Base64UrlEncoding),
                  QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(plain).utf16()),
                             plain.size() * 2)}) {
                QVERIFY2(!bytes.contains(form), qPrintable(when + u": a secret is in the store files"_s));
            }
        }
    };
    QVERIFY(QFile::exists(path + u"-wal"_s));
    scan(u"while open"_s);
    opened.value().reset();
    scan(u"after close"_s);
}

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_StoreFile.moc"
