#include "LocalBackend.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

// The tokendesk executable as a user (and the benchmark script) starts it.
class TestMainWindowApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensTheStoreGivenAndReportsFirstPaint();
    void storeFromTheEnvironment();
    void demoUsesItsOwnSeededStore();
    void refusesAFileThatIsNotAStore();
    void optionsAndHelp();

private:
    Test::ProcessResult run(const QStringList& arguments, const QStringList& environment = {});
    QStringList filesUnder(const QString& dir) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_environment;
};

void TestMainWindowApp::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY2(QFileInfo::exists(Test::binaryPath(u"tokendesk"_s)), "build the tokendesk target first");
}

void TestMainWindowApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The program's own data folder lives in this test's folder, never in the user's.
    m_environment = {u"HOME="_s + m_dir->filePath(u"home"_s),
                     u"XDG_DATA_HOME="_s + m_dir->filePath(u"data"_s),
                     u"XDG_CONFIG_HOME="_s + m_dir->filePath(u"config"_s), u"TOKENDESK_STORE"_s};
}

Test::ProcessResult TestMainWindowApp::run(const QStringList& arguments, const QStringList& environment)
{
    return Test::runProgram(u"tokendesk"_s, arguments, {}, m_environment + environment, 30000);
}

QStringList TestMainWindowApp::filesUnder(const QString& dir) const
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    return files;
}

void TestMainWindowApp::opensTheStoreGivenAndReportsFirstPaint()
{
    const QString store = m_dir->filePath(u"mine.sqlite"_s);
    const Test::ProcessResult result = run({u"--store"_s, store, u"--quit-after-first-paint"_s});
    QCOMPARE(result.exitCode, 0);
    bool isNumber = false;
    const int ms = result.out.trimmed().toInt(&isNumber);
    QVERIFY2(isNumber, result.out.constData());
    QVERIFY(ms > 0);
    QVERIFY(QFileInfo::exists(store));
    QVERIFY(!filesUnder(m_dir->filePath(u"data"_s)).contains(u"tokens.sqlite"_s));
}

void TestMainWindowApp::storeFromTheEnvironment()
{
    const QString store = m_dir->filePath(u"from-env.sqlite"_s);
    const Test::ProcessResult result = run({u"--quit-after-first-paint"_s}, {u"TOKENDESK_STORE="_s + store});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(store));

    // --store wins over the environment.
    const QString option = m_dir->filePath(u"option.sqlite"_s);
    QCOMPARE(
        run({u"--store"_s, option, u"--quit-after-first-paint"_s}, {u"TOKENDESK_STORE="_s + store}).exitCode,
        0);
    QVERIFY(QFileInfo::exists(option));
}

void TestMainWindowApp::demoUsesItsOwnSeededStore()
{
    const Test::ProcessResult result = run({u"--demo"_s, u"--quit-after-first-paint"_s});
    QCOMPARE(result.exitCode, 0);
    const QString data = m_dir->filePath(u"data"_s);
    QString demoPath;
    QDirIterator it(data, {u"demo.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        demoPath = it.next();
    QVERIFY2(!demoPath.isEmpty(), qPrintable(filesUnder(data).join(u", "_s)));
    QVERIFY(!filesUnder(data).contains(u"tokens.sqlite"_s));

    int seeded = 0;
    {
        auto demo = LocalBackend::open(demoPath, Clock::system());
        QVERIFY(demo);
        const Result<TokenSummary> summary = demo.value()->summaryNow();
        QVERIFY(summary);
        seeded = summary.value().active + summary.value().revoked + summary.value().expired;
        QVERIFY(seeded >= 5);
    }
    // Seeded once: a second start adds nothing.
    QCOMPARE(run({u"--demo"_s, u"--quit-after-first-paint"_s}).exitCode, 0);
    auto demo = LocalBackend::open(demoPath, Clock::system());
    QVERIFY(demo);
    const TokenSummary again = demo.value()->summaryNow().value();
    QCOMPARE(again.active + again.revoked + again.expired, seeded);
}

void TestMainWindowApp::refusesAFileThatIsNotAStore()
{
    const QString notAStore = m_dir->filePath(u"notes.txt"_s);
    const QByteArray content = "my notes, not a database\n";
    {
        QFile file(notAStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Test::ProcessResult result = run({u"--store"_s, notAStore, u"--quit-after-first-paint"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Could not open the token store"), result.err.constData());
    QVERIFY(result.err.contains(notAStore.toUtf8()));
    QFile file(notAStore);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestMainWindowApp::optionsAndHelp()
{
    const Test::ProcessResult help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--demo"));
    QVERIFY(help.out.contains("--store <path>"));
    QVERIFY(!help.out.contains("quit-after-first-paint"));

    const Test::ProcessResult version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("TokenDesk "), version.out.constData());

    const Test::ProcessResult both = run({u"--demo"_s, u"--store"_s, m_dir->filePath(u"x.sqlite"_s)});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains("--demo"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"x.sqlite"_s)));
}

QTEST_MAIN(TestMainWindowApp)
#include "tst_MainWindowApp.moc"
