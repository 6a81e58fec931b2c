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
    void copiesShareOneBuffer();
    void wipeClearsEveryCopy();
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

void TestSecret::copiesShareOneBuffer()
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

void TestSecret::wipeClearsEveryCopy()
{
    Secret a = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    const Secret b = a;
    const Secret c = b;
    a.wipe();
    QVERIFY(a.isEmpty());
    QVERIFY(b.isEmpty());
    QVERIFY(c.isEmpty());
    QCOMPARE(b.toString(), QString());
    QCOMPARE(c.utf8(), QByteArray());
    a.wipe(); // twice is harmless
    QVERIFY(a.isEmpty());
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
