// tokendesk-cli --json list writes its array with TokenJsonWriter, straight into bytes: scripts must get
// exactly the document QJsonDocument prints for the same tokens, whatever their names hold.
#include "ResourceJson.h"
#include "TestSupport.h"
#include "TokenJson.h"
#include "TokenJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

const QDate Today(2026, 11, 30);

AccessToken makeToken(qint64 id, const QString& name)
{
    AccessToken t;
    t.id = id;
    t.name = name;
    t.description = u"description of "_s + name;
    t.scopes = {u"api"_s, u"read_repository"_s};
    t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    t.expiresAt = QDate(2027, 1, 1);
    t.userId = 42;
    if (id % 3 == 0)
        t.lastUsedIps = {u"192.0.2.7"_s, u"2001:db8::1"_s};
    return t;
}

QByteArray viaQJsonDocument(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain)
{
    QJsonArray array;
    for (const AccessToken& t : tokens) {
        QJsonObject object = ResourceJson::token(t, Today, false);
        object.insert(u"in_keychain"_s, inKeychain.contains(t.id));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray viaWriter(const QList<AccessToken>& tokens, const QSet<qint64>& inKeychain, bool takeEachToken)
{
    TokenJsonWriter writer(Today);
    QByteArray out;
    for (const AccessToken& t : tokens) {
        writer.add(t, inKeychain.contains(t.id));
        if (takeEachToken)
            out += writer.take();
    }
    writer.finish();
    return out + writer.take();
}

// A group's or project's tokens: GitLab's fields with "access_level", and in the overview "resource".
QByteArray resourceTokensViaQJsonDocument(const QList<ResourceToken>& tokens, bool withResource)
{
    QJsonArray array;
    for (const ResourceToken& item : tokens) {
        QJsonObject object = ResourceJson::token(item.token, Today, true);
        object.insert(u"in_keychain"_s, item.token.id % 2 == 0);
        if (withResource)
            object.insert(u"resource"_s, ResourceJson::reference(item.resource));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray resourceTokensViaWriter(const QList<ResourceToken>& tokens, bool withResource)
{
    TokenJsonWriter writer(Today, true);
    for (const ResourceToken& item : tokens)
        writer.add(item.token, item.token.id % 2 == 0, withResource ? &item.resource : nullptr);
    writer.finish();
    return writer.take();
}

} // namespace

class TestTokenJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void emptyListing();
    void resourceTokens();
};

void TestTokenJsonWriter::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QList<AccessToken>>("tokens");

    QTest::newRow("plain") << QList<AccessToken>{makeToken(1, u"ci"_s), makeToken(2, u"deploy"_s)};

    AccessToken quoted = makeToken(3, u"say \"hi\" \\ back/slash"_s);
    quoted.description = u"tab\there, newline\nthere, \r\b\f, bell \x07, unit sep \x1f, del \x7f"_s;
    QTest::newRow("escapes") << QList<AccessToken>{quoted};

    AccessToken unicode = makeToken(4, u"café 漢字 😀 𝄞"_s);
    unicode.description = u"Grüße, ‮right-to-left‬"_s;
    QTest::newRow("unicode") << QList<AccessToken>{unicode};

    AccessToken broken = makeToken(5, QString());
    broken.name =
        u"lone high "_s + QChar(0xd83d) + u" lone low "_s + QChar(0xde00) + u" end "_s + QChar(0xd800);
    QTest::newRow("lone surrogates") << QList<AccessToken>{broken};

    AccessToken bare = makeToken(6, u"bare"_s);
    bare.description.clear();
    bare.scopes.clear();
    bare.createdAt = QDateTime();
    bare.expiresAt = QDate();
    bare.revoked = true;
    bare.userId = 0;
    QTest::newRow("empty scopes, null dates, revoked") << QList<AccessToken>{bare};

    AccessToken zoned = makeToken(7, u"zoned"_s);
    zoned.createdAt = QDateTime(QDate(2026, 3, 4), QTime(23, 59, 58, 999), Qt::OffsetFromUTC, -5 * 3600);
    zoned.lastUsedAt = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC);
    zoned.expiresAt = Today; // expired today: not active
    zoned.id = 9007199254740991;
    QTest::newRow("time zones, expired today, big id") << QList<AccessToken>{zoned};

    AccessToken ancient = makeToken(8, u"year 12345"_s);
    ancient.expiresAt = QDate(12345, 1, 1);
    ancient.createdAt = QDateTime(QDate(999, 5, 6), QTime(7, 8, 9), Qt::UTC);
    QTest::newRow("years beyond four digits") << QList<AccessToken>{ancient};

    QList<AccessToken> many;
    for (int i = 0; i < 300; ++i)
        many << makeToken(100 + i, u"bulk-%1"_s.arg(i));
    QTest::newRow("300 tokens") << many;
}

void TestTokenJsonWriter::sameBytesAsQJsonDocument()
{
    QFETCH(QList<AccessToken>, tokens);
    const QSet<qint64> inKeychain{2, 4, 150};
    const QByteArray expected = viaQJsonDocument(tokens, inKeychain);
    QCOMPARE(viaWriter(tokens, inKeychain, false), expected);
    QCOMPARE(viaWriter(tokens, inKeychain, true), expected);
}

void TestTokenJsonWriter::emptyListing()
{
    QCOMPARE(viaWriter({}, {}, false), viaQJsonDocument({}, {}));
    QCOMPARE(viaWriter({}, {}, false), QByteArray("[\n]\n"));
}

void TestTokenJsonWriter::resourceTokens()
{
    const Resource project{ResourceRef::Kind::Project, 42, u"acme/web \"app\""_s, u"Web"_s, 40};
    const Resource group{ResourceRef::Kind::Group, 7, u"acme/plätform"_s, u"Platform"_s, 50};
    QList<ResourceToken> tokens;
    int i = 0;
    for (int level : {10, 15, 20, 30, 40, 50, 0, 35}) {
        AccessToken token = makeToken(10 + i, u"bot-%1"_s.arg(i));
        token.accessLevel = level;
        tokens << ResourceToken{i % 2 ? group : project, token};
        ++i;
    }
    for (bool withResource : {false, true}) {
        const QByteArray written = resourceTokensViaWriter(tokens, withResource);
        QCOMPARE(written, resourceTokensViaQJsonDocument(tokens, withResource));
        const QJsonArray array = QJsonDocument::fromJson(written).array();
        QCOMPARE(array.size(), tokens.size());
        QCOMPARE(array.at(0).toObject().value(u"access_level"_s).toInt(), 10);
        QCOMPARE(array.at(4).toObject().value(u"access_level"_s).toInt(), 40);
        QCOMPARE(array.at(0).toObject().contains(u"resource"_s), withResource);
        if (withResource) {
            const QJsonObject resource = array.at(1).toObject().value(u"resource"_s).toObject();
            QCOMPARE(resource.value(u"kind"_s).toString(), u"group"_s);
            QCOMPARE(resource.value(u"id"_s).toInteger(), 7);
            QCOMPARE(resource.value(u"full_path"_s).toString(), u"acme/plätform"_s);
            QCOMPARE(resource.size(), 3);
        }
    }
    // Personal tokens keep their fields: no access_level.
    TokenJsonWriter personal(Today);
    personal.add(tokens.first().token, false);
    personal.finish();
    QVERIFY(!personal.take().contains("access_level"));
}

QTEST_GUILESS_MAIN(TestTokenJsonWriter)
#include "tst_TokenJsonWriter.moc"
