// Which language tokendesk-cli and git-credential-tokendesk speak, from the environment as gettext reads
// it: the real binaries started with LANGUAGE, LC_ALL, LC_MESSAGES and LANG set as a user's session would.
// Qt's own texts (qtbase_<lang>.qm: "Aufruf:" for "Usage:") show the language before TokenDesk's own
// translations exist; marked test translations ("[de] ...", through TOKENDESK_TRANSLATION_DIR) show which
// of TokenDesk's catalogs was chosen.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

// The language variables all unset first; entries without '=' remove a variable.
QStringList languageEnvironment(const QStringList& set)
{
    return QStringList{u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s,
                       u"TOKENDESK_TRANSLATION_DIR="_s +
                           qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS")} +
           set;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpFollowsTheEnvironment_data();
    void helpFollowsTheEnvironment();
    void gitHelperFollowsTheEnvironment();
    void tablesKeepIsoDates();
};

void TestCliLanguage::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(!qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS").isEmpty(), "run through ctest");
}

void TestCliLanguage::helpFollowsTheEnvironment_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("qtUsage"); // Qt's "Usage:" in the language expected
    QTest::addColumn<QString>("marker");  // the test translation's mark, empty for English

    QTest::newRow("nothing set") << QStringList{} << u"Usage:"_s << QString();
    QTest::newRow("LANG=C") << QStringList{u"LANG=C"_s} << u"Usage:"_s << QString();
    QTest::newRow("LANG=de_DE.UTF-8") << QStringList{u"LANG=de_DE.UTF-8"_s} << u"Aufruf:"_s << u"[de] "_s;
    QTest::newRow("LANG=de_AT.UTF-8: German")
        << QStringList{u"LANG=de_AT.UTF-8"_s} << u"Aufruf:"_s << u"[de] "_s;
    QTest::newRow("LANG=zh_CN.UTF-8") << QStringList{u"LANG=zh_CN.UTF-8"_s} << u"用法"_s << u"[zh_CN] "_s;
    QTest::newRow("LANG=zh_SG.UTF-8: Simplified Chinese")
        << QStringList{u"LANG=zh_SG.UTF-8"_s} << u"用法"_s << u"[zh_CN] "_s;
    // Qt alone would take qtbase_zh_TW and qtbase_pt_BR: half the texts in a language TokenDesk lacks.
    QTest::newRow("LANG=zh_TW.UTF-8: not shipped")
        << QStringList{u"LANG=zh_TW.UTF-8"_s} << u"Usage:"_s << QString();
    QTest::newRow("LANG=pt_BR.UTF-8: not shipped")
        << QStringList{u"LANG=pt_BR.UTF-8"_s} << u"Usage:"_s << QString();
    QTest::newRow("LC_MESSAGES over LANG")
        << QStringList{u"LC_MESSAGES=ja_JP.UTF-8"_s, u"LANG=de_DE.UTF-8"_s} << u"使い方"_s << QString();
    QTest::newRow("LC_ALL over LC_MESSAGES and LANG")
        << QStringList{u"LC_ALL=fr_FR.UTF-8"_s, u"LC_MESSAGES=ja_JP.UTF-8"_s, u"LANG=de_DE.UTF-8"_s}
        << u"Utilisation"_s << QString();
    QTest::newRow("LANGUAGE over the locale")
        << QStringList{u"LANGUAGE=de"_s, u"LANG=fr_FR.UTF-8"_s} << u"Aufruf:"_s << u"[de] "_s;
    QTest::newRow("LANGUAGE over LC_ALL")
        << QStringList{u"LANGUAGE=zh_CN:de"_s, u"LC_ALL=fr_FR.UTF-8"_s} << u"用法"_s << u"[zh_CN] "_s;
    QTest::newRow("LANGUAGE's first shipped entry")
        << QStringList{u"LANGUAGE=eo:zh_TW:ar:de"_s, u"LANG=en_US.UTF-8"_s} << u"الاستخدام"_s << u"[ar] "_s;
    QTest::newRow("LANGUAGE with nothing shipped: English")
        << QStringList{u"LANGUAGE=eo:pt_BR"_s, u"LANG=de_DE.UTF-8"_s} << u"Usage:"_s << QString();
    QTest::newRow("LANGUAGE=en first")
        << QStringList{u"LANGUAGE=en:de"_s, u"LANG=de_DE.UTF-8"_s} << u"Usage:"_s << QString();
    QTest::newRow("LANGUAGE under C.UTF-8")
        << QStringList{u"LANGUAGE=de"_s, u"LANG=C.UTF-8"_s} << u"Aufruf:"_s << u"[de] "_s;
    // gettext ignores LANGUAGE in the C locale; Qt's QLocale::system().uiLanguages() does not.
    QTest::newRow("LANGUAGE ignored under LANG=C")
        << QStringList{u"LANGUAGE=de"_s, u"LANG=C"_s} << u"Usage:"_s << QString();
    QTest::newRow("LANGUAGE ignored under LC_ALL=POSIX")
        << QStringList{u"LANGUAGE=de"_s, u"LC_ALL=POSIX"_s, u"LANG=de_DE.UTF-8"_s} << u"Usage:"_s
        << QString();
    // With no locale variable at all (a bare container), LANGUAGE alone still chooses.
    QTest::newRow("LANGUAGE without a locale") << QStringList{u"LANGUAGE=de"_s} << u"Aufruf:"_s << u"[de] "_s;
}

void TestCliLanguage::helpFollowsTheEnvironment()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, qtUsage);
    QFETCH(QString, marker);
    const ProcessResult result = CliRunner().runBare({u"--help"_s}, {}, languageEnvironment(environment));
    QCOMPARE(result.exitCode, 0);
    const QString help = QString::fromUtf8(result.out);
    QVERIFY2(help.contains(qtUsage), qPrintable(help.left(300)));
    if (marker.isEmpty())
        QVERIFY2(!help.contains(u"[de] "_s) && !help.contains(u"[ar] "_s) && !help.contains(u"[zh_CN] "_s),
                 qPrintable(help.left(300)));
    else
        QVERIFY2(help.contains(marker), qPrintable(help.left(300)));
}

void TestCliLanguage::gitHelperFollowsTheEnvironment()
{
    const auto usage = [](const QStringList& environment) {
        const ProcessResult result =
            runProgram(u"git-credential-tokendesk"_s, {}, {}, languageEnvironment(environment));
        return std::pair{result.exitCode, QString::fromUtf8(result.err)};
    };
    const auto [englishCode, english] = usage({u"LANG=C.UTF-8"_s});
    QCOMPARE(englishCode, 2);
    QVERIFY2(english.startsWith(u"usage: git-credential-tokendesk get|store|erase"_s), qPrintable(english));
    const auto [germanCode, german] = usage({u"LANGUAGE=de"_s, u"LANG=en_US.UTF-8"_s});
    QCOMPARE(germanCode, 2);
    QVERIFY2(german.startsWith(u"[de] usage: git-credential-tokendesk"_s), qPrintable(german));
    const auto [posixCode, posix] = usage({u"LANGUAGE=de"_s, u"LANG=POSIX"_s});
    QCOMPARE(posixCode, 2);
    QCOMPARE(posix, english);
}

// The CLI's tables speak German but write dates as ISO does, whatever the language.
void TestCliLanguage::tablesKeepIsoDates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CliRunner cli;
    cli.setEnvironment({u"HOME="_s + dir.path(), u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s),
                        u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
                        u"TOKENDESK_CONFIG_DIR="_s + dir.filePath(u"config"_s)});
    static const QRegularExpression iso(u"\\b20\\d\\d-\\d\\d-\\d\\d\\b"_s);
    static const QRegularExpression localized(u"\\b\\d\\d?[./]\\d\\d?[./]\\d\\d"_s);
    for (const QString& language : {u"de"_s, u"ar"_s, u"zh_CN"_s}) {
        const QStringList environment =
            languageEnvironment({u"LANGUAGE="_s + language, u"LANG=en_US.UTF-8"_s});
        for (const QStringList& arguments :
             {QStringList{u"--demo"_s, u"list"_s, u"--state"_s, u"all"_s},
              QStringList{u"--demo"_s, u"remind"_s, u"--within"_s, u"400"_s}}) {
            const ProcessResult result = cli.runBare(arguments, {}, environment);
            QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
            const QString table = QString::fromUtf8(result.out);
            QVERIFY2(table.contains(u"[%1] "_s.arg(language)), qPrintable(table));
            QVERIFY2(table.contains(iso), qPrintable(table));
            QVERIFY2(!table.contains(localized), qPrintable(table));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_CliLanguage.moc"
