#include "GitCredentialMap.h"
#include "SavedSecretIndex.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

// The settings that say which token git may use for a host, and which tokens have a saved secret.
class TestGitCredentialMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void normalizeHost_data();
    void normalizeHost();
    void setGetRemove();
    void hostsWithPortsAreDistinct();
    void identitiesWithSlashesAndColonsSurvive();
    void retargetAndRemoveToken();
    void tokenFactsFollowTheMapping();
    void savedSecretIndexPerIdentity();

private:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestGitCredentialMap::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    QVERIFY(m_dir.isValid());
}

void TestGitCredentialMap::normalizeHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "gitlab.example.com"
                           << "gitlab.example.com";
    QTest::newRow("case") << "GitLab.Example.COM"
                          << "gitlab.example.com";
    QTest::newRow("default port") << "gitlab.example.com:443"
                                  << "gitlab.example.com";
    QTest::newRow("other port") << "gitlab.example.com:8443"
                                << "gitlab.example.com:8443";
    QTest::newRow("spaces") << "  gitlab.com "
                            << "gitlab.com";
    QTest::newRow("ipv6") << "[::1]:8443"
                          << "[::1]:8443";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("url, not host") << "https://gitlab.com/x"
                                   << "";
    QTest::newRow("user info") << "alice@gitlab.com"
                               << "";
    QTest::newRow("bad port") << "gitlab.com:http"
                              << "";
}

void TestGitCredentialMap::normalizeHost()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(GitCredentialMap::normalizeHost(input), expected);
}

void TestGitCredentialMap::setGetRemove()
{
    GitCredentialMap map(file(QStringLiteral("a.conf")));
    QVERIFY(!map.get(QStringLiteral("gitlab.example.com")));
    QVERIFY(
        map.set(QStringLiteral("GitLab.example.com"), QStringLiteral("local:1"), 5, QStringLiteral("alice")));

    // Another process (the helper) reads the same file.
    const auto entry =
        GitCredentialMap(file(QStringLiteral("a.conf"))).get(QStringLiteral("gitlab.example.com:443"));
    QVERIFY(entry);
    QCOMPARE(entry->host, QStringLiteral("gitlab.example.com"));
    QCOMPARE(entry->identity, QStringLiteral("local:1"));
    QCOMPARE(entry->tokenId, 5);
    QCOMPARE(entry->username, QStringLiteral("alice"));

    // A new mapping replaces the old one; a blank username becomes one GitLab accepts.
    QVERIFY(map.set(QStringLiteral("gitlab.example.com"), QStringLiteral("local:1"), 6, QStringLiteral(" ")));
    QCOMPARE(map.get(QStringLiteral("gitlab.example.com"))->tokenId, 6);
    QCOMPARE(map.get(QStringLiteral("gitlab.example.com"))->username, QStringLiteral("oauth2"));
    QCOMPARE(map.entries().size(), 1);

    QVERIFY(!map.set(QStringLiteral("not a host/"), QStringLiteral("local:1"), 6, {}));
    QVERIFY(map.remove(QStringLiteral("gitlab.example.com")));
    QVERIFY(!map.remove(QStringLiteral("gitlab.example.com")));
    QVERIFY(!map.get(QStringLiteral("gitlab.example.com")));
    QVERIFY(map.entries().isEmpty());
}

void TestGitCredentialMap::hostsWithPortsAreDistinct()
{
    GitCredentialMap map(file(QStringLiteral("b.conf")));
    QVERIFY(map.set(QStringLiteral("git.example.test"), QStringLiteral("local:1"), 1, {}));
    QVERIFY(map.set(QStringLiteral("git.example.test:8443"), QStringLiteral("local:1"), 2, {}));
    QCOMPARE(map.get(QStringLiteral("git.example.test"))->tokenId, 1);
    QCOMPARE(map.get(QStringLiteral("git.example.test:8443"))->tokenId, 2);
    QVERIFY(!map.get(QStringLiteral("git.example.test:9000")));
    QVERIFY(!map.get(QStringLiteral("example.test")));
    QCOMPARE(map.entries().size(), 2);
}

void TestGitCredentialMap::identitiesWithSlashesAndColonsSurvive()
{
    GitCredentialMap map(file(QStringLiteral("c.conf")));
    const QString identity = QStringLiteral("gitlab:gitlab.example.com/sub:alice");
    QVERIFY(map.set(QStringLiteral("gitlab.example.com"), identity, 9, QStringLiteral("alice")));
    QCOMPARE(map.get(QStringLiteral("gitlab.example.com"))->identity, identity);

    SavedSecretIndex index(file(QStringLiteral("c.conf")));
    index.insert(identity, 9);
    QVERIFY(index.contains(identity, 9));
    QVERIFY(!index.contains(QStringLiteral("gitlab:gitlab.example.com"), 9));
}

void TestGitCredentialMap::retargetAndRemoveToken()
{
    GitCredentialMap map(file(QStringLiteral("d.conf")));
    QVERIFY(map.set(QStringLiteral("one.test"), QStringLiteral("local:1"), 3, QStringLiteral("u1")));
    QVERIFY(map.set(QStringLiteral("two.test"), QStringLiteral("local:1"), 3, QStringLiteral("u2")));
    QVERIFY(map.set(QStringLiteral("three.test"), QStringLiteral("local:2"), 3, {}));

    QCOMPARE(map.entriesFor(QStringLiteral("local:1"), 3).size(), 2);
    QCOMPARE(map.retarget(QStringLiteral("local:1"), 3, 4), 2);
    QCOMPARE(map.get(QStringLiteral("one.test"))->tokenId, 4);
    QCOMPARE(map.get(QStringLiteral("two.test"))->username, QStringLiteral("u2"));
    QCOMPARE(map.get(QStringLiteral("three.test"))->tokenId, 3); // other store untouched

    QCOMPARE(map.removeToken(QStringLiteral("local:1"), 4), 2);
    QVERIFY(!map.get(QStringLiteral("one.test")));
    QVERIFY(map.get(QStringLiteral("three.test")));
}

void TestGitCredentialMap::tokenFactsFollowTheMapping()
{
    const QString path = file(QStringLiteral("f.conf"));
    GitCredentialMap map(path);
    const GitCredentialMap::TokenFacts deploy{QStringLiteral("deploy"), QDate(2026, 12, 20)};
    QVERIFY(map.set(QStringLiteral("one.test"), QStringLiteral("local:1"), 3, QStringLiteral("u1"), deploy));
    QCOMPARE(GitCredentialMap(path).get(QStringLiteral("one.test"))->token, deploy);

    // A rotation with the successor's facts: its date replaces the old one.
    const GitCredentialMap::TokenFacts successor{QStringLiteral("deploy"), QDate(2027, 3, 1)};
    QCOMPARE(map.retarget(QStringLiteral("local:1"), 3, 4, successor), 1);
    QCOMPARE(map.get(QStringLiteral("one.test"))->token, successor);
    QCOMPARE(map.get(QStringLiteral("one.test"))->username, QStringLiteral("u1"));

    // Without them, the old date is not carried over to a token it does not describe.
    QCOMPARE(map.retarget(QStringLiteral("local:1"), 4, 5), 1);
    QCOMPARE(map.get(QStringLiteral("one.test"))->token.name, QStringLiteral("deploy"));
    QVERIFY(map.get(QStringLiteral("one.test"))->token.expiresAt.isNull());

    // Setting a mapping again without facts forgets the earlier ones.
    QVERIFY(map.set(QStringLiteral("one.test"), QStringLiteral("local:1"), 5, QStringLiteral("u1"), deploy));
    QVERIFY(map.set(QStringLiteral("one.test"), QStringLiteral("local:1"), 6, QStringLiteral("u1")));
    QCOMPARE(map.get(QStringLiteral("one.test"))->token, GitCredentialMap::TokenFacts());
}

void TestGitCredentialMap::savedSecretIndexPerIdentity()
{
    SavedSecretIndex index(file(QStringLiteral("e.conf")));
    index.insert(QStringLiteral("local:a"), 1);
    index.insert(QStringLiteral("local:a"), 2);
    index.insert(QStringLiteral("local:b"), 1);
    QCOMPARE(index.tokenIds(QStringLiteral("local:a")), (QSet<qint64>{1, 2}));
    QCOMPARE(SavedSecretIndex(file(QStringLiteral("e.conf"))).tokenIds(QStringLiteral("local:b")),
             QSet<qint64>{1});
    index.remove(QStringLiteral("local:a"), 1);
    QCOMPARE(index.tokenIds(QStringLiteral("local:a")), QSet<qint64>{2});
    QVERIFY(index.tokenIds(QStringLiteral("local:c")).isEmpty());
}

QTEST_GUILESS_MAIN(TestGitCredentialMap)
#include "tst_GitCredentialMap.moc"
