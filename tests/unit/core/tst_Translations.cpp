#include "TestSupport.h"
#include "Translations.h"
#include "Validation.h"

#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateStandardPaths();
        installTranslations(*QCoreApplication::instance());
    }

    void englishPluralsReadNaturally()
    {
        const QDate today(2026, 3, 1);
        const auto many = Validation::validateExpiry(today.addDays(400), today, 365);
        QVERIFY(many);
        QVERIFY2(many->message.contains(u"at most 365 days ahead"_s), qPrintable(many->message));
        const auto one = Validation::validateExpiry(today.addDays(5), today, 1);
        QVERIFY(one);
        QVERIFY2(one->message.contains(u"at most 1 day ahead"_s), qPrintable(one->message));
        QVERIFY(!one->message.contains(u"(s)"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
