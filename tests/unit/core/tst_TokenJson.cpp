#include "AccessToken.h"
#include "TestSupport.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestTokenJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void usesGitLabsFieldNames();
    void nullsForNeverUsedAndNoExpiry();
    void activeFollowsTheUtcDate();
    void secretOnlyInTheCreatedForm();
    void timestampsAreUtcWithMilliseconds();
    void listIsAnArrayInOrder();

private:
    static AccessToken sample()
    {
        AccessToken t;
        t.id = 42;
        t.name = u"CI deploy"_s;
        t.description = u"staging"_s;
        t.scopes = {u"api"_s, u"read_repository"_s};
        t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        t.lastUsedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        t.expiresAt = QDate(2026, 3, 2);
        t.userId = 7;
        return t;
    }
};

void TestTokenJson::usesGitLabsFieldNames()
{
    const QJsonObject o = TokenJson::toJson(sample(), QDate(2026, 3, 1));
    const QStringList keys = o.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             QSet<QString>({u"id"_s, u"name"_s, u"description"_s, u"scopes"_s, u"created_at"_s,
                            u"last_used_at"_s, u"expires_at"_s, u"revoked"_s, u"active"_s, u"user_id"_s}));
    QCOMPARE(o.value(u"id"_s).toInteger(), 42);
    QCOMPARE(o.value(u"name"_s).toString(), u"CI deploy"_s);
    QCOMPARE(o.value(u"description"_s).toString(), u"staging"_s);
    QCOMPARE(o.value(u"scopes"_s).toArray(), QJsonArray({u"api"_s, u"read_repository"_s}));
    QCOMPARE(o.value(u"created_at"_s).toString(), u"2026-01-02T03:04:05.678Z"_s);
    QCOMPARE(o.value(u"last_used_at"_s).toString(), u"2026-02-01T10:00:00.000Z"_s);
    QCOMPARE(o.value(u"expires_at"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(o.value(u"revoked"_s).toBool(), false);
    QCOMPARE(o.value(u"user_id"_s).toInteger(), 7);
}

void TestTokenJson::nullsForNeverUsedAndNoExpiry()
{
    AccessToken t = sample();
    t.lastUsedAt = QDateTime();
    t.expiresAt = QDate();
    const QJsonObject o = TokenJson::toJson(t, QDate(2026, 3, 1));
    QVERIFY(o.contains(u"last_used_at"_s));
    QVERIFY(o.value(u"last_used_at"_s).isNull());
    QVERIFY(o.contains(u"expires_at"_s));
    QVERIFY(o.value(u"expires_at"_s).isNull());
    QCOMPARE(o.value(u"active"_s).toBool(), true);
}

void TestTokenJson::activeFollowsTheUtcDate()
{
    QCOMPARE(TokenJson::toJson(sample(), QDate(2026, 3, 1)).value(u"active"_s).toBool(), true);
    QCOMPARE(TokenJson::toJson(sample(), QDate(2026, 3, 2)).value(u"active"_s).toBool(), false);
    AccessToken revoked = sample();
    revoked.revoked = true;
    const QJsonObject o = TokenJson::toJson(revoked, QDate(2026, 3, 1));
    QCOMPARE(o.value(u"revoked"_s).toBool(), true);
    QCOMPARE(o.value(u"active"_s).toBool(), false);
}

void TestTokenJson::secretOnlyInTheCreatedForm()
{
    const QDate today(2026, 3, 1);
    const Secret secret = Secret::fromString(u"glpat-abcdefghijklmnopqrst"_s);
    QVERIFY(!TokenJson::toJson(sample(), today).contains(u"token"_s));
    const QJsonObject created = TokenJson::toJson(CreatedToken{sample(), secret}, today);
    QCOMPARE(created.value(u"token"_s).toString(), u"glpat-abcdefghijklmnopqrst"_s);
    QCOMPARE(created.value(u"id"_s).toInteger(), 42);
    QVERIFY(!TokenJson::toJson(QList<AccessToken>{sample()}, today).at(0).toObject().contains(u"token"_s));
}

void TestTokenJson::timestampsAreUtcWithMilliseconds()
{
    QCOMPARE(TokenJson::formatTimestamp(QDateTime()), QString());
    const QDateTime inKiritimati(QDate(2026, 3, 2), QTime(13, 59, 59), QTimeZone("Pacific/Kiritimati"));
    QCOMPARE(TokenJson::formatTimestamp(inKiritimati), u"2026-03-01T23:59:59.000Z"_s);
    const QDateTime withOffset(QDate(2026, 3, 1), QTime(13, 0), Qt::OffsetFromUTC, -11 * 3600);
    QCOMPARE(TokenJson::formatTimestamp(withOffset), u"2026-03-02T00:00:00.000Z"_s);
}

void TestTokenJson::listIsAnArrayInOrder()
{
    AccessToken second = sample();
    second.id = 43;
    const QJsonArray a = TokenJson::toJson(QList<AccessToken>{sample(), second}, QDate(2026, 3, 1));
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value(u"id"_s).toInteger(), 42);
    QCOMPARE(a.at(1).toObject().value(u"id"_s).toInteger(), 43);
    QCOMPARE(TokenJson::toJson(QList<AccessToken>{}, QDate(2026, 3, 1)), QJsonArray());
}

QTEST_GUILESS_MAIN(TestTokenJson)
#include "tst_TokenJson.moc"
