#include "CredentialHelper.h"
#include "GitCredentialRequest.h"
#include "TestSupport.h"

#include <QTest>

using namespace TokenDesk;

// What git writes to a credential helper (git-credential(1)), read the way git means it.
class TestGitCredentialRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void readsTheAttributes();
    void stopsAtTheBlankLine();
    void valuesMayContainEqualsSigns();
    void urlStandsForItsParts();
    void urlWithEncodedLineBreaksIsIgnored();
    void toleratesCarriageReturnsAndJunk();
    void boundedInput();
    void aLineCutByTheBoundDoesNotCount();
    void duplicatesAndNulAreMalformed();
    void hostileJunkIsHarmless();
    void actions();
};

void TestGitCredentialRequest::readsTheAttributes()
{
    const auto request =
        GitCredentialRequest::parse("protocol=https\nhost=gitlab.example.com:8443\npath=group/"
                                    "repo.git\nusername=alice\npassword=glpat-abc\n"
                                    "capability[]=authtype\nwwwauth[]=Basic realm=\"x\"\n\n");
    QCOMPARE(request.protocol(), QStringLiteral("https"));
    QVERIFY(request.isHttps());
    QCOMPARE(request.host(), QStringLiteral("gitlab.example.com:8443"));
    QCOMPARE(request.path(), QStringLiteral("group/repo.git"));
    QCOMPARE(request.username(), QStringLiteral("alice"));
    QVERIFY(request.password() == Secret(QByteArrayLiteral("glpat-abc")));
    QCOMPARE(request.otherKeys(),
             (QList<QString>{QStringLiteral("capability[]"), QStringLiteral("wwwauth[]")}));
}

void TestGitCredentialRequest::stopsAtTheBlankLine()
{
    const auto request = GitCredentialRequest::parse("protocol=https\nhost=a.test\n\nhost=b.test\n");
    QCOMPARE(request.host(), QStringLiteral("a.test"));
    QVERIFY(GitCredentialRequest::parse("").host().isEmpty());
    QVERIFY(!GitCredentialRequest::parse("protocol=http\nhost=a.test").isHttps());
    QVERIFY(GitCredentialRequest::parse("protocol=HTTPS\n").isHttps());
}

void TestGitCredentialRequest::valuesMayContainEqualsSigns()
{
    const auto request = GitCredentialRequest::parse("password=a=b==\nusername=x=y\n");
    QVERIFY(request.password() == Secret(QByteArrayLiteral("a=b==")));
    QCOMPARE(request.username(), QStringLiteral("x=y"));
}

void TestGitCredentialRequest::urlStandsForItsParts()
{
    const auto request =
        GitCredentialRequest::parse("host=ignored.test\nurl=https://bob@GitLab.example.com:8443/g/r.git\n");
    QCOMPARE(request.protocol(), QStringLiteral("https"));
    QCOMPARE(request.host(), QStringLiteral("gitlab.example.com:8443"));
    QCOMPARE(request.path(), QStringLiteral("g/r.git"));
    QCOMPARE(request.username(), QStringLiteral("bob"));
    QVERIFY(request.password().isEmpty());

    QCOMPARE(GitCredentialRequest::parse("url=https://[::1]:8443/r.git\n").host(),
             QStringLiteral("[::1]:8443"));
    QCOMPARE(GitCredentialRequest::parse("url=https://[::1]/r.git\n").host(), QStringLiteral("[::1]"));
}

void TestGitCredentialRequest::urlWithEncodedLineBreaksIsIgnored()
{
    // Decoded, these would put a line break (a new "key=value" line) or a NUL into what the helper
    // looks up and answers: the whole URL is refused, as git itself refuses it.
    for (const QByteArray url :
         {"https://b%0Aob@gitlab.example.com/r.git", "https://gitlab.example.com/g%0D%0Ahost=evil.test/r.git",
          "https://gitlab.example.com/r%00.git"}) {
        const auto request = GitCredentialRequest::parse("url=" + url + "\n");
        QVERIFY2(request.host().isEmpty(), url.constData());
        QVERIFY2(request.path().isEmpty(), url.constData());
        QVERIFY2(request.username().isEmpty(), url.constData());
    }
}

void TestGitCredentialRequest::toleratesCarriageReturnsAndJunk()
{
    const auto request =
        GitCredentialRequest::parse("protocol=https\r\nno equals sign\n=novalue\nhost=a.test\r\n");
    QCOMPARE(request.protocol(), QStringLiteral("https"));
    QCOMPARE(request.host(), QStringLiteral("a.test"));
}

void TestGitCredentialRequest::boundedInput()
{
    QByteArray huge = "protocol=https\nhost=a.test\n";
    huge += "path=" + QByteArray(GitCredentialRequest::MaxInputBytes, 'x') + "\nusername=late\n";
    const auto request = GitCredentialRequest::parse(huge);
    QCOMPARE(request.host(), QStringLiteral("a.test"));
    QVERIFY(request.username().isEmpty());
}

void TestGitCredentialRequest::aLineCutByTheBoundDoesNotCount()
{
    // The bound falls inside "host=a.test.evil.example": a shorter host must not come out of it.
    QByteArray input =
        "protocol=https\npath=" + QByteArray(GitCredentialRequest::MaxInputBytes - 32, 'p') + "\nhost=a.test";
    input += QByteArray(GitCredentialRequest::MaxInputBytes - input.size(), '.') + ".evil.example\n";
    const auto request = GitCredentialRequest::parse(input);
    QCOMPARE(request.protocol(), QStringLiteral("https"));
    QVERIFY2(request.host().isEmpty(), qPrintable(request.host()));

    QByteArray password = "protocol=https\nhost=a.test\npassword=";
    password += QByteArray(GitCredentialRequest::MaxInputBytes - password.size(), 's') + "tail\n";
    QVERIFY(GitCredentialRequest::parse(password).password().isEmpty());
}

void TestGitCredentialRequest::duplicatesAndNulAreMalformed()
{
    QVERIFY(
        !GitCredentialRequest::parse("protocol=https\nhost=a.test\nusername=x\npassword=y\n").isMalformed());
    for (const QByteArray& input :
         {QByteArray("protocol=https\nhost=a.test\nhost=b.test\n"),
          QByteArray("protocol=https\nprotocol=http\n"),
          QByteArray("url=https://a.test/\nurl=https://b.test/\n"),
          QByteArray("host=a.test\npassword=x\npassword=y\n"),
          QByteArray("protocol=https\nhost=a.test") + QByteArray(1, '\0') + QByteArray("b.test\n"),
          QByteArray("protocol=https\n") + QByteArray(1, '\0') + QByteArray("\nhost=a.test\n")}) {
        const auto request = GitCredentialRequest::parse(input);
        QVERIFY2(request.isMalformed(), input.toPercentEncoding().constData());
        QVERIFY(request.password().isEmpty());
    }
}

void TestGitCredentialRequest::hostileJunkIsHarmless()
{
    QByteArray junk;
    for (int i = 0; i < 5000; ++i)
        junk += "capability[]=" + QByteArray::number(i) + "\n=\n==\nx\n\r\n";
    const auto request = GitCredentialRequest::parse(junk + "host=a.test\n");
    QVERIFY(request.otherKeys().size() <= GitCredentialRequest::MaxOtherKeys);
    const auto longLine = GitCredentialRequest::parse(QByteArray(1 << 20, '=') + "\nhost=a.test\n");
    QVERIFY(longLine.host().isEmpty());
    QVERIFY(GitCredentialRequest::parse("url=https://[::1\n").host().isEmpty() ||
            !GitCredentialRequest::parse("url=https://[::1\n").isHttps());
    QVERIFY(GitCredentialRequest::parse("url=\xff\xfe://\x01\n").host().isEmpty());
}

void TestGitCredentialRequest::actions()
{
    QCOMPARE(CredentialHelper::parseAction(QStringLiteral("get")), CredentialHelper::Action::Get);
    QCOMPARE(CredentialHelper::parseAction(QStringLiteral("store")), CredentialHelper::Action::Store);
    QCOMPARE(CredentialHelper::parseAction(QStringLiteral("erase")), CredentialHelper::Action::Erase);
    QCOMPARE(CredentialHelper::parseAction(QStringLiteral("GET")), CredentialHelper::Action::Unknown);
    QCOMPARE(CredentialHelper::parseAction(QStringLiteral("capabilities")),
             CredentialHelper::Action::Unknown);
}

QTEST_GUILESS_MAIN(TestGitCredentialRequest)
#include "tst_GitCredentialRequest.moc"
