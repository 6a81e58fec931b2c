// The table tokendesk-cli prints for people: columns line up in terminal columns (a Chinese or Japanese
// character or an emoji takes two), nothing a name holds can drive the terminal, no trailing spaces.
#include "TableFormatter.h"
#include "TestSupport.h"
#include "VisibleText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

class TestTableFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void columnsLineUp();
    void wideCharactersTakeTwoColumns();
    void controlCharactersAreEscaped();
    void emptyTable();
    void jsonKeepsValuesWithEscapes();
};

void TestTableFormatter::columnsLineUp()
{
    TableFormatter table({u"ID"_s, u"NAME"_s, u"STATUS"_s});
    table.addRow({u"1"_s, u"ci"_s, u"active"_s});
    table.addRow({u"22"_s, u"😀😀 café"_s, u"revoked"_s}); // two wide emoji (surrogate pairs): 9 columns
    table.addRow({u"333"_s, u"lone "_s + QChar(0xd800), QString()});
    QCOMPARE(table.toString(), u"ID   NAME       STATUS\n"
                               u"1    ci         active\n"
                               u"22   😀😀 café  revoked\n"
                               u"333  lone \xd800\n"_s);
}

void TestTableFormatter::wideCharactersTakeTwoColumns()
{
    // Japanese headers (as the ja translation prints them), a Chinese name, a combining accent.
    TableFormatter table({u"ID"_s, u"名前"_s, u"状態"_s});
    table.addRow({u"1"_s, u"部署トークン"_s, u"有効"_s});
    table.addRow({u"2"_s, u"cafe\u0301"_s, u"active"_s});
    table.addRow({u"3"_s, u"ＡＢ"_s, u"x"_s}); // fullwidth Latin
    QCOMPARE(table.toString(), u"ID  名前          状態\n"
                               u"1   部署トークン  有効\n"
                               u"2   cafe\u0301          active\n"
                               u"3   ＡＢ          x\n"_s);
}

void TestTableFormatter::controlCharactersAreEscaped()
{
    TableFormatter table({u"NAME"_s, u"DESCRIPTION"_s});
    table.addRow({u"a\x1b[31mred"_s, u"line\nbreak\u2028\t\u202e\u200b\u009b\r"_s});
    const QString text = table.toString();
    QVERIFY(!text.contains(QChar(0x1b)));
    QCOMPARE(text.count(u'\n'), 2);
    // Shown escaped, so that what the server sent is visible; the widths count the escapes.
    QCOMPARE(text, u"NAME          DESCRIPTION\n"
                   u"a\\x1b[31mred  line\\nbreak\\u2028\\t\\u202e\\u200b\\x9b\\r\n"_s);
    const QString plain = u"no control here"_s;
    QCOMPARE(TableFormatter::printable(plain), plain);
}

void TestTableFormatter::emptyTable()
{
    QCOMPARE(TableFormatter({u"ID"_s, u"NAME"_s}).toString(), u"ID  NAME\n"_s);
}

void TestTableFormatter::jsonKeepsValuesWithEscapes()
{
    // DEL, C1 CSI, a bidi override and isolate, zero-width characters, the BOM, a tag character
    // (outside the BMP), a line separator; and characters that must stay as they are.
    const QString hostile = u"a\x7f\u009b[2J\u202e\u2066\u200b\u200d\ufeff"_s +
                            QString::fromUcs4(U"\U000E0041") +
                            u"\u2028\x1b\r\t caf\u00e9 \u4e2d \U0001F600"_s;
    const QByteArray json = QJsonDocument(QJsonObject{{u"name"_s, hostile}}).toJson();
    const QByteArray safe = VisibleText::jsonSafe(json);
    QCOMPARE(QJsonDocument::fromJson(safe).object().value(u"name"_s).toString(), hostile);
    QVERIFY(!VisibleText::containsHidden(QByteArray(safe).replace('\n', ' ')));
    QVERIFY(safe.contains("\\u007f\\u009b[2J\\u202e\\u2066\\u200b\\u200d\\ufeff\\udb40\\udc41\\u2028"));
    QVERIFY(safe.contains("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80"));
    // Bytes that are not UTF-8 (a lone C1 byte, an overlong form) never pass raw.
    QCOMPARE(VisibleText::jsonSafe("x\x9by\xc0\xafz"), QByteArray("x\\ufffdy\\ufffd\\ufffdz"));
    QCOMPARE(VisibleText::escaped(QString::fromUcs4(U"\U000E0041")), u"\\U000e0041"_s);
}

QTEST_GUILESS_MAIN(TestTableFormatter)
#include "tst_TableFormatter.moc"
