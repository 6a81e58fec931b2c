#include "TestSupport.h"
#include "Translations.h"
#include "Validation.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
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

    void localeNamesChooseAShippedLanguage_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("locale"); // QLocale::name() of the answer, "C" for none
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringList{u"de_DE.UTF-8"_s} << u"de_DE"_s << u"de"_s;
        QTest::newRow("Austrian German keeps its territory")
            << QStringList{u"de_AT.UTF-8@euro"_s} << u"de_AT"_s << u"de"_s;
        QTest::newRow("zh_CN") << QStringList{u"zh_CN.UTF-8"_s} << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("zh_SG is Simplified") << QStringList{u"zh_SG"_s} << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("zh_TW is not shipped") << QStringList{u"zh_TW"_s} << u"C"_s << u"en"_s;
        QTest::newRow("Arabic") << QStringList{u"ar"_s} << u"ar_EG"_s << u"ar"_s;
        QTest::newRow("first shipped entry")
            << QStringList{u"eo"_s, u"pt_BR"_s, u"ja_JP"_s, u"fr"_s} << u"ja_JP"_s << u"ja"_s;
        QTest::newRow("English by name") << QStringList{u"en_GB.UTF-8"_s, u"de"_s} << u"en_GB"_s << u"en"_s;
        QTest::newRow("C stops the list") << QStringList{u"pt_BR"_s, u"C"_s, u"de"_s} << u"C"_s << u"en"_s;
        QTest::newRow("nothing shipped") << QStringList{u"pt_BR"_s, u"nonsense"_s} << u"C"_s << u"en"_s;
    }

    void localeNamesChooseAShippedLanguage()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, locale);
        QFETCH(QString, code);
        const QLocale chosen = shippedLocaleFor(names);
        QCOMPARE(chosen.name(), locale);
        QCOMPARE(shippedLanguageCode(chosen), code);
    }

    // gettext's precedence, and the Preferences override over it.
    void uiLocaleFollowsTheEnvironmentAndTheOverride()
    {
        const auto with = [](const QByteArray& language, const QByteArray& all, const QByteArray& messages,
                             const QByteArray& lang) {
            const std::pair<const char*, QByteArray> variables[] = {
                {"LANGUAGE", language}, {"LC_ALL", all}, {"LC_MESSAGES", messages}, {"LANG", lang}};
            for (const auto& [name, value] : variables) {
                if (value.isEmpty())
                    qunsetenv(name);
                else
                    qputenv(name, value);
            }
            return uiLocale().name();
        };
        QCOMPARE(with({}, {}, {}, {}), u"C"_s);
        QCOMPARE(with({}, {}, {}, "fr_FR.UTF-8"), u"fr_FR"_s);
        QCOMPARE(with({}, {}, "ja_JP.UTF-8", "fr_FR.UTF-8"), u"ja_JP"_s);
        QCOMPARE(with({}, "de_CH.UTF-8", "ja_JP.UTF-8", "fr_FR.UTF-8"), u"de_CH"_s);
        QCOMPARE(with("ar:de", "de_CH.UTF-8", {}, {}), u"ar_EG"_s);
        QCOMPARE(with("de", {}, {}, "de_AT.UTF-8"), u"de_AT"_s); // German with the locale's own formats
        QCOMPARE(with("de", {}, {}, "C"), u"C"_s);
        QCOMPARE(with("de", "POSIX", {}, "fr_FR.UTF-8"), u"C"_s);
        QCOMPARE(with("de", {}, {}, "C.UTF-8"), u"de_DE"_s);
        QCOMPARE(with("eo", {}, {}, "fr_FR.UTF-8"), u"C"_s);
        QCOMPARE(with("de", {}, {}, {}), u"de_DE"_s); // LANGUAGE alone, no locale set at all
        {
            // A translation tried out from TOKENDESK_TRANSLATION_DIR counts as shipped.
            QTemporaryDir tryOut;
            QFile qm(tryOut.filePath(u"tokendesk_eo.qm"_s));
            QVERIFY(qm.open(QIODevice::WriteOnly));
            qm.close();
            qputenv("TOKENDESK_TRANSLATION_DIR", QFile::encodeName(tryOut.path()));
            QCOMPARE(QLocale::languageToCode(QLocale(with("eo", {}, {}, "fr_FR.UTF-8")).language()), u"eo"_s);
            qunsetenv("TOKENDESK_TRANSLATION_DIR");
        }

        QSettings settings(u"TokenDesk"_s, u"TokenDesk"_s);
        settings.setValue(QLatin1StringView(LanguageSettingKey), u"zh_CN"_s);
        settings.sync();
        QCOMPARE(languageOverride(), u"zh_CN"_s);
        QCOMPARE(with({}, {}, {}, "de_DE.UTF-8"), u"zh_CN"_s);
        settings.setValue(QLatin1StringView(LanguageSettingKey), u"de"_s);
        settings.sync();
        QCOMPARE(with({}, {}, {}, "de_AT.UTF-8"), u"de_AT"_s);
        QCOMPARE(with({}, {}, {}, "C"), u"de_DE"_s);
        settings.setValue(QLatin1StringView(LanguageSettingKey), u"tlh"_s); // not shipped: ignored
        settings.sync();
        QCOMPARE(languageOverride(), QString());
        QCOMPARE(with({}, {}, {}, "ja_JP.UTF-8"), u"ja_JP"_s);
        settings.remove(QLatin1StringView(LanguageSettingKey));
        qputenv("LANG", "en_US.UTF-8");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
