#include "SecretGenerator.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestSecretGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void secretsHaveGitLabsFormat();
    void secretsNeverRepeatAndUseTheWholeAlphabet();
    void digestIsSha256OfTheSecret();
};

void TestSecretGenerator::secretsHaveGitLabsFormat()
{
    const QRegularExpression format(u"^glpat-[A-Za-z0-9_-]{20,}$"_s);
    for (int i = 0; i < 100; ++i) {
        const Secret s = SecretGenerator::generate();
        QVERIFY(format.match(s.toString()).hasMatch());
        QCOMPARE(s.utf8().size(), 6 + SecretGenerator::RandomCharacters);
    }
}

void TestSecretGenerator::secretsNeverRepeatAndUseTheWholeAlphabet()
{
    QSet<QByteArray> seen;
    QSet<char> characters;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray s = SecretGenerator::generate().utf8();
        QVERIFY(!seen.contains(s));
        seen.insert(s);
        for (char c : s.mid(6))
            characters.insert(c);
    }
    // 40,000 draws from 64 symbols: a missing symbol would mean a biased or broken generator.
    QCOMPARE(characters.size(), 64);
}

void TestSecretGenerator::digestIsSha256OfTheSecret()
{
    const Secret s = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    QCOMPARE(SecretGenerator::digest(s),
             QCryptographicHash::hash("glpat-abcdefghijklmnopqrst", QCryptographicHash::Sha256));
    QCOMPARE(SecretGenerator::digest(s).size(), 32);
    QVERIFY(SecretGenerator::digest(s) != SecretGenerator::digest(Secret::fromString(u"glpat-other"_s)));
    QVERIFY(!s.isEmpty()); // digesting leaves the secret as it was
}

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "tst_SecretGenerator.moc"
