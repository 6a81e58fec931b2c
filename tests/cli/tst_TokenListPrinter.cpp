// tokendesk-cli list writes its listing page by page as the backend answers: the JSON must be the very
// document one QJsonDocument of every token gives, whatever the page sizes, and the table keeps its
// columns (widths from the first page; a wider cell later keeps two spaces before the next column).
#include "CliContext.h"
#include "ManualClock.h"
#include "TableFormatter.h"
#include "TestSupport.h"
#include "TokenJson.h"
#include "TokenListPrinter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

AccessToken makeToken(qint64 id, const QString& name)
{
    AccessToken t;
    t.id = id;
    t.name = name;
    t.description = u"for \"%1\"\n"_s.arg(name);
    t.scopes = {u"api"_s, u"read_user"_s};
    t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    t.expiresAt = id % 3 ? QDate(2027, 1, 1) : QDate(2026, 11, 1);
    t.revoked = id % 5 == 0;
    t.userId = 7;
    return t;
}

QList<AccessToken> manyTokens(int count)
{
    QList<AccessToken> tokens;
    for (int i = 1; i <= count; ++i)
        tokens << makeToken(i, u"token-%1 ü 😀"_s.arg(i));
    return tokens;
}

// What `list` printed when it held the whole listing.
QByteArray wholeJson(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain)
{
    QJsonArray array;
    for (const AccessToken& t : tokens) {
        QJsonObject object = TokenJson::toJson(t, Now.date());
        object.insert(u"in_keychain"_s, inKeychain.contains(t.id));
        object.insert(u"last_used_ips"_s, QJsonArray::fromStringList(t.lastUsedIps));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray printed(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain, bool json, int pageSize)
{
    Test::ManualClock clock(Now);
    QBuffer in;
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliContext context(clock, &in, &out, &err);
    context.setJson(json);
    TokenListPrinter printer(context, inKeychain);
    for (qsizetype at = 0; at < tokens.size(); at += pageSize)
        printer.add(tokens.mid(at, pageSize));
    printer.finish();
    return out.data();
}

} // namespace

class TestTokenListPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void jsonInPagesIsTheWholeDocument_data();
    void jsonInPagesIsTheWholeDocument();
    void tableInOnePageIsTheWholeTable();
    void laterWiderCellsKeepTheColumnsApart();
    void emptyListing();
};

void TestTokenListPrinter::jsonInPagesIsTheWholeDocument_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 25 << 1000;
    QTest::newRow("pages of one") << 25 << 1;
    QTest::newRow("uneven pages") << 250 << 7;
    QTest::newRow("exact pages") << 300 << 100;
}

void TestTokenListPrinter::jsonInPagesIsTheWholeDocument()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    const QList<AccessToken> tokens = manyTokens(count);
    const QSet<qint64> inKeychain{2, 3, 99, 250};
    const QByteArray expected = wholeJson(tokens, inKeychain);
    QCOMPARE(printed(tokens, inKeychain, true, pageSize), expected);
    QVERIFY(!QJsonDocument::fromJson(expected).array().isEmpty());
}

void TestTokenListPrinter::tableInOnePageIsTheWholeTable()
{
    const QList<AccessToken> tokens = manyTokens(12);
    const QByteArray table = printed(tokens, {4}, false, 1000);
    const QList<QByteArray> lines = table.split('\n');
    QCOMPARE(lines.size(), 12 + 2); // header, rows, and the empty piece after the last newline
    QVERIFY(lines.first().startsWith("ID  NAME "));
    QVERIFY(lines.at(1).startsWith("1   token-1 ü 😀   api,read_user  2027-01-01  never      active"));
    QVERIFY(lines.at(4).endsWith("yes"));
    for (const QByteArray& line : lines)
        QVERIFY(!line.endsWith(' '));
    // The same table in pages of one row differs only where later rows are wider (ids 10 to 12 here).
    const QByteArray paged = printed(tokens, {4}, false, 1);
    QCOMPARE(paged.split('\n').size(), lines.size());
}

void TestTokenListPrinter::laterWiderCellsKeepTheColumnsApart()
{
    QList<AccessToken> tokens = manyTokens(2);
    tokens << makeToken(3, u"a much longer name than the first page had"_s);
    const QList<QByteArray> lines = printed(tokens, {}, false, 2).split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(3).startsWith("3   a much longer name than the first page had  api,read_user"),
             lines.at(3).constData());
}

void TestTokenListPrinter::emptyListing()
{
    QCOMPARE(printed({}, {}, true, 10), QByteArray("[\n]\n"));
    QCOMPARE(printed({}, {}, false, 10), QByteArray("No tokens.\n"));
}

QTEST_GUILESS_MAIN(TestTokenListPrinter)
#include "tst_TokenListPrinter.moc"
