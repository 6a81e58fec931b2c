#include "StoreLocation.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultAndDemoLiveInAppData();
    void optionWinsOverEnvironment();
    void environmentWinsOverDefault();
    void defaultWhenNothingGiven();
    void createsParentFolder();

private:
    QTemporaryDir m_dir;
    QString m_appData;
};

void TestStoreLocation::initTestCase()
{
    Test::isolateStandardPaths();
    QCoreApplication::setApplicationName(u"tokendesk-location-test"_s);
    QVERIFY(m_dir.isValid());
    m_appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(m_appData.contains(u"qttest"_s)); // test mode: never the user's own folder
}

void TestStoreLocation::init()
{
    qunsetenv("TOKENDESK_STORE");
}

void TestStoreLocation::defaultAndDemoLiveInAppData()
{
    const QString real = StoreLocation::defaultPath();
    const QString demo = StoreLocation::demoPath();
    QCOMPARE(real, QDir(m_appData).filePath(u"tokens.sqlite"_s));
    QCOMPARE(demo, QDir(m_appData).filePath(u"demo.sqlite"_s));
    QVERIFY(real != demo);
    QVERIFY(QFileInfo(m_appData).isDir());
}

void TestStoreLocation::optionWinsOverEnvironment()
{
    qputenv("TOKENDESK_STORE", m_dir.filePath(u"from-env.sqlite"_s).toUtf8());
    QCOMPARE(StoreLocation::resolve(m_dir.filePath(u"from-option.sqlite"_s)),
             m_dir.filePath(u"from-option.sqlite"_s));
}

void TestStoreLocation::environmentWinsOverDefault()
{
    qputenv("TOKENDESK_STORE", m_dir.filePath(u"from-env.sqlite"_s).toUtf8());
    QCOMPARE(StoreLocation::resolve(), m_dir.filePath(u"from-env.sqlite"_s));
    QCOMPARE(StoreLocation::resolve(QString()), m_dir.filePath(u"from-env.sqlite"_s));
}

void TestStoreLocation::defaultWhenNothingGiven()
{
    QCOMPARE(StoreLocation::resolve(), StoreLocation::defaultPath());
    qputenv("TOKENDESK_STORE", "");
    QCOMPARE(StoreLocation::resolve(), StoreLocation::defaultPath());
}

void TestStoreLocation::createsParentFolder()
{
    const QString nested = m_dir.filePath(u"a/b/c/store.sqlite"_s);
    QCOMPARE(StoreLocation::resolve(nested), nested);
    QVERIFY(QFileInfo(m_dir.filePath(u"a/b/c"_s)).isDir());
    QVERIFY(!QFileInfo::exists(nested));

    // A relative option is taken relative to the working directory, and answered absolute.
    QVERIFY(QDir::setCurrent(m_dir.path()));
    QCOMPARE(StoreLocation::resolve(u"rel/store.sqlite"_s), m_dir.filePath(u"rel/store.sqlite"_s));
    QVERIFY(QFileInfo(m_dir.filePath(u"rel"_s)).isDir());
}

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_StoreLocation.moc"
