#include "Secret.h"
#include "TestSupport.h"

#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void holdsTheText();
    void copiesHoldTheSameText();
    void wipingOneCopyLeavesTheOthers();
    void copiesAreIndependentBuffers();
    void moveHandsTheBufferOver();
    void comparesByContent();
    void secureWipeZeroesTheBytes();
};

void TestSecret::holdsTheText()
{
    QVERIFY(Secret().isEmpty());
    QCOMPARE(Secret().toString(), QString());
    const Secret s = Secret::fromString(u"glpat-ÄÖÜ-🚀"_s);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.toString(), u"glpat-ÄÖÜ-🚀"_s);
    QCOMPARE(s.utf8(), u"glpat-ÄÖÜ-🚀"_s.toUtf8());
}

void TestSecret::copiesHoldTheSameText()
{
    QByteArray source = "glpat-abcdefghijklmnopqrst";
    const Secret a(source);
    source[6] = 'X'; // the secret took its own copy
    QCOMPARE(a.utf8(), QByteArray("glpat-abcdefghijklmnopqrst"));
    const Secret b = a;
    Secret c;
    c = b;
    QCOMPARE(b.utf8(), a.utf8());
    QCOMPARE(c.utf8(), a.utf8());
    QVERIFY(b == a && c == a);
}

void TestSecret::wipingOneCopyLeavesTheOthers()
{
    // The one-time dialog wipes its copy when it closes; the backend signing in with the same token and a
    // keychain save still waiting keep theirs.
    Secret shown = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    const Secret signsIn = shown;
    Secret toSave;
    toSave = shown;
    shown.wipe();
    QVERIFY(shown.isEmpty());
    QCOMPARE(shown.toString(), QString());
    QCOMPARE(signsIn.toString(), u"glpat-abcdefghijklmnopqrst"_s);
    QCOMPARE(toSave.utf8(), QByteArray("glpat-abcdefghijklmnopqrst"));
    shown.wipe(); // twice is harmless
    QVERIFY(shown.isEmpty());

    // Also the other way round: the copy going away does not reach the original.
    Secret original = Secret::fromString(u"glpat-original-0000000000"_s);
    {
        Secret copy(original);
        copy.wipe();
    }
    QCOMPARE(original.toString(), u"glpat-original-0000000000"_s);
}

void TestSecret::copiesAreIndependentBuffers()
{
    const Secret a = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    const Secret b = a;
    Secret c = a;
    c = b;
    QVERIFY(c == a);
    // Bytes from elsewhere are copied, never wiped in place.
    const QByteArray external = QByteArray::fromRawData("glpat-raw-bytes-000000000", 25);
    Secret fromRaw(external);
    fromRaw.wipe();
    QCOMPARE(external, QByteArray("glpat-raw-bytes-000000000"));
    QVERIFY(!c.isEmpty());
}

void TestSecret::moveHandsTheBufferOver()
{
    Secret a = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    Secret b = std::move(a);
    QCOMPARE(b.toString(), u"glpat-abcdefghijklmnopqrst"_s);
    Secret c;
    c = std::move(b);
    QCOMPARE(c.toString(), u"glpat-abcdefghijklmnopqrst"_s);
    c = Secret::fromString(u"glpat-another-0000000000000"_s);
    QCOMPARE(c.toString(), u"glpat-another-0000000000000"_s);
}

void TestSecret::comparesByContent()
{
    QVERIFY(Secret::fromString(u"glpat-one"_s) == Secret::fromString(u"glpat-one"_s));
    QVERIFY(!(Secret::fromString(u"glpat-one"_s) == Secret::fromString(u"glpat-two"_s)));
    QVERIFY(!(Secret::fromString(u"glpat-one"_s) == Secret::fromString(u"glpat-one-longer"_s)));
    QVERIFY(Secret() == Secret());
    QVERIFY(Secret() == Secret::fromString(QString()));
}

void TestSecret::secureWipeZeroesTheBytes()
{
    char buffer[] = "glpat-abcdefghijklmnopqrst";
    secureZero(buffer, sizeof(buffer));
    for (char ch : buffer)
        QCOMPARE(ch, '\0');

    QByteArray bytes("glpat-abcdefghijklmnopqrst");
    bytes.detach();
    secureWipe(bytes);
    QVERIFY(bytes.isEmpty());

    QString text = u"glpat-abcdefghijklmnopqrst"_s;
    text.detach();
    secureWipe(text);
    QVERIFY(text.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_Secret.moc"
