#include "AccountBook.h"
#include "AccountRegistry.h"
#include "ConnectionCheck.h"
#include "GitCredentialMap.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

// Every identity derived from an instance URL (the account id in the registry, the keychain key of its
// credential and of its tokens' secrets): two different instances never share one, the same instance
// written differently always gets the same one, and IPv6 hosts keep their brackets.
class TestAccountIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void differentInstancesNeverShare_data();
    void differentInstancesNeverShare();
    void sameInstanceWrittenDifferentlyShares_data();
    void sameInstanceWrittenDifferentlyShares();
    void ipv6HostsKeepTheirBrackets();
    void manyInstancesGiveManyKeys();
    void accountBookKeepsEveryInstanceApart();
    void gitHostsKeepIpv6BracketsAndNeverShare();
};

namespace {

QUrl url(const char* text)
{
    return QUrl(QString::fromUtf8(text), QUrl::StrictMode);
}

QString credentialKey(const QUrl& instance, const QString& user = u"alice"_s)
{
    return SecretVault::accountCredentialKey(ConnectionCheck::accountKey(instance, user));
}

const char* const distinctInstances[] = {
    "https://gitlab.example.com",
    "https://gitlab.example.com:8443",
    "https://gitlab.example.com:8444",
    "https://gitlab.example.com/gitlab",
    "https://gitlab.example.com/gitlab2",
    "https://gitlab.example.com/GitLab",
    "https://gitlab.example.com/gitlab/sub",
    "https://gitlab.example.com:8443/gitlab",
    "https://gitlab.example.org",
    "https://gitlab.example.com.evil.test",
    "http://localhost",
    "https://localhost",
    "http://localhost:8080",
    "https://localhost:8080",
    "http://127.0.0.1:8080",
    "https://127.0.0.1:8080",
    "https://[::1]",
    "https://[::1]:8443",
    "https://[::1:8443]",
    "https://[::1:8443]:8443",
    "http://[::1]:8080",
    "https://[::ffff:127.0.0.1]:8080",
    "https://[2001:db8::1]",
    "https://[2001:db8::1:443]",
    "https://[2001:db8::1]:8443/gitlab",
};

} // namespace

void TestAccountIdentity::differentInstancesNeverShare_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::newRow("scheme, default ports") << url("http://localhost") << url("https://localhost");
    QTest::newRow("scheme, same port") << url("http://localhost:8443") << url("https://localhost:8443");
    QTest::newRow("port") << url("https://gitlab.example.com:8443") << url("https://gitlab.example.com");
    QTest::newRow("other port") << url("https://gitlab.example.com:8443")
                                << url("https://gitlab.example.com:8444");
    QTest::newRow("path prefix") << url("https://gitlab.example.com/gitlab")
                                 << url("https://gitlab.example.com");
    QTest::newRow("longer path") << url("https://gitlab.example.com/gitlab/sub")
                                 << url("https://gitlab.example.com/gitlab");
    QTest::newRow("path case") << url("https://gitlab.example.com/GitLab")
                               << url("https://gitlab.example.com/gitlab");
    QTest::newRow("ipv6 port or address") << url("https://[::1]:8443") << url("https://[::1:8443]");
    QTest::newRow("ipv6 with and without port") << url("https://[::1]:8443") << url("https://[::1]");
    QTest::newRow("ipv6 address with port-like tail")
        << url("https://[2001:db8::1]:443") << url("https://[2001:db8::1:443]");
    QTest::newRow("ipv4 and mapped ipv6")
        << url("https://127.0.0.1:8080") << url("https://[::ffff:127.0.0.1]:8080");
    QTest::newRow("ipv6 and path that looks like it")
        << url("https://[::1]:8443/a") << url("https://[::1]:8443/a:b");
}

void TestAccountIdentity::differentInstancesNeverShare()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY2(ConnectionCheck::instanceKey(a) != ConnectionCheck::instanceKey(b),
             qPrintable(ConnectionCheck::instanceKey(a)));
    QVERIFY2(ConnectionCheck::accountKey(a, u"alice"_s) != ConnectionCheck::accountKey(b, u"alice"_s),
             qPrintable(ConnectionCheck::accountKey(a, u"alice"_s)));
    QVERIFY(credentialKey(a) != credentialKey(b));
    QVERIFY(SecretVault::tokenKey(ConnectionCheck::accountKey(a, u"alice"_s), 7) !=
            SecretVault::tokenKey(ConnectionCheck::accountKey(b, u"alice"_s), 7));
}

void TestAccountIdentity::sameInstanceWrittenDifferentlyShares_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::newRow("host case") << url("https://GitLab.Example.COM") << url("https://gitlab.example.com");
    QTest::newRow("scheme case") << url("HTTPS://gitlab.example.com") << url("https://gitlab.example.com");
    QTest::newRow("https default port")
        << url("https://gitlab.example.com:443") << url("https://gitlab.example.com");
    QTest::newRow("http default port") << url("http://localhost:80") << url("http://localhost");
    QTest::newRow("trailing slash") << url("https://gitlab.example.com/gitlab/")
                                    << url("https://gitlab.example.com/gitlab");
    QTest::newRow("api suffix") << url("https://gitlab.example.com/gitlab/api/v4")
                                << url("https://gitlab.example.com/gitlab");
    QTest::newRow("query and fragment")
        << url("https://gitlab.example.com/?a=1#top") << url("https://gitlab.example.com");
    QTest::newRow("ipv6 hex case") << url("https://[2001:DB8::A]:8443") << url("https://[2001:db8::a]:8443");
    QTest::newRow("ipv6 long form") << url("https://[0:0:0:0:0:0:0:1]:8443") << url("https://[::1]:8443");
    QTest::newRow("ipv6 default port") << url("https://[::1]:443") << url("https://[::1]");
}

void TestAccountIdentity::sameInstanceWrittenDifferentlyShares()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QVERIFY(a.isValid() && b.isValid());
    QCOMPARE(ConnectionCheck::instanceKey(a), ConnectionCheck::instanceKey(b));
    QCOMPARE(ConnectionCheck::accountKey(a, u"alice"_s), ConnectionCheck::accountKey(b, u"alice"_s));
}

void TestAccountIdentity::ipv6HostsKeepTheirBrackets()
{
    QCOMPARE(ConnectionCheck::instanceKey(url("https://[::1]:8443")), u"gitlab:[::1]:8443"_s);
    QCOMPARE(ConnectionCheck::accountKey(url("https://[::1]:8443"), u"alice"_s),
             u"gitlab:[::1]:8443:alice"_s);
    QCOMPARE(ConnectionCheck::accountKey(url("https://[2001:db8::1:8443]"), u"alice"_s),
             u"gitlab:[2001:db8::1:8443]:alice"_s);
    QCOMPARE(credentialKey(url("https://[2001:db8::1]/gitlab")),
             u"gitlab:[2001:db8::1]/gitlab:alice/credential"_s);
    // Unchanged for the usual https instance.
    QCOMPARE(ConnectionCheck::accountKey(url("https://gitlab.com"), u"alice"_s),
             u"gitlab:gitlab.com:alice"_s);

    GitLabAccount account;
    account.instanceUrl = url("https://[::1]:8443/gitlab");
    account.username = u"alice"_s;
    QCOMPARE(account.host(), u"[::1]:8443/gitlab"_s);
    QCOMPARE(account.label(), u"alice @ [::1]:8443/gitlab"_s);
}

void TestAccountIdentity::manyInstancesGiveManyKeys()
{
    QSet<QString> instanceKeys;
    QSet<QString> credentialKeys;
    int count = 0;
    for (const char* text : distinctInstances) {
        const QUrl instance = url(text);
        QVERIFY2(instance.isValid(), text);
        instanceKeys.insert(ConnectionCheck::instanceKey(instance));
        for (const QString& user : {u"alice"_s, u"bob"_s}) {
            credentialKeys.insert(credentialKey(instance, user));
            ++count;
        }
    }
    QCOMPARE(instanceKeys.size(), static_cast<qsizetype>(std::size(distinctInstances)));
    QCOMPARE(credentialKeys.size(), count);
}

void TestAccountIdentity::accountBookKeepsEveryInstanceApart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AccountBook book(dir.filePath(u"keychain.conf"_s));
    for (const char* text : distinctInstances) {
        AccountRecord record;
        record.instanceUrl = url(text);
        record.username = u"alice"_s;
        record.key = ConnectionCheck::accountKey(record.instanceUrl, record.username);
        book.save(record);
    }
    const QList<AccountRecord> all = book.all();
    QCOMPARE(all.size(), static_cast<qsizetype>(std::size(distinctInstances)));
    for (const char* text : distinctInstances) {
        const QUrl instance = url(text);
        const QString key = ConnectionCheck::accountKey(instance, u"alice"_s);
        const std::optional<AccountRecord> found = book.find(key);
        QVERIFY2(found, text);
        QCOMPARE(found->username, u"alice"_s);
        QCOMPARE(found->instanceUrl, instance);
        QCOMPARE(book.usersOf(ConnectionCheck::instanceKey(instance)), QStringList{u"alice"_s});
    }
}

void TestAccountIdentity::gitHostsKeepIpv6BracketsAndNeverShare()
{
    // git sends the host as in the remote's URL; the map keeps one spelling per host.
    QCOMPARE(GitCredentialMap::normalizeHost(u"[::1]:8443"_s), u"[::1]:8443"_s);
    QCOMPARE(GitCredentialMap::normalizeHost(u"[2001:db8::1:8443]"_s), u"[2001:db8::1:8443]"_s);
    QCOMPARE(GitCredentialMap::normalizeHost(u"[2001:DB8::A]:443"_s), u"[2001:db8::a]"_s);
    QCOMPARE(GitCredentialMap::normalizeHost(u"GitLab.Example.com:443"_s), u"gitlab.example.com"_s);
    const QStringList distinct{
        u"gitlab.example.com"_s, u"gitlab.example.com:8443"_s, u"[::1]"_s, u"[::1]:8443"_s, u"[::1:8443]"_s,
        u"127.0.0.1:8443"_s,     u"[::ffff:127.0.0.1]:8443"_s};
    QSet<QString> normalized;
    for (const QString& host : distinct) {
        const QString one = GitCredentialMap::normalizeHost(host);
        QVERIFY2(!one.isEmpty(), qPrintable(host));
        normalized.insert(one);
    }
    QCOMPARE(normalized.size(), distinct.size());
}

QTEST_GUILESS_MAIN(TestAccountIdentity)
#include "tst_AccountIdentity.moc"
