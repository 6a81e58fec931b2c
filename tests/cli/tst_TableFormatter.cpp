// The table tokendesk-cli prints for people: columns line up by characters (a character outside the
// Basic Multilingual Plane counts once), nothing a name holds can drive the terminal, no trailing spaces.
#include "TableFormatter.h"
#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

class TestTableFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void columnsLineUp();
    void controlCharactersAreEscaped();
    void emptyTable();
};

void TestTableFormatter::columnsLineUp()
{
    TableFormatter table({u"ID"_s, u"NAME"_s, u"STATUS"_s});
    table.addRow({u"1"_s, u"ci"_s, u"active"_s});
    table.addRow({u"22"_s, u"😀😀 café"_s, u"revoked"_s}); // two surrogate pairs: 7 characters
    table.addRow({u"333"_s, u"lone "_s + QChar(0xd800), QString()});
    QCOMPARE(table.toString(), u"ID   NAME     STATUS\n"
                               u"1    ci       active\n"
                               u"22   😀😀 café  revoked\n"
                               u"333  lone \xd800\n"_s);
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

QTEST_GUILESS_MAIN(TestTableFormatter)
#include "tst_TableFormatter.moc"
