#include "AccessToken.h"
#include "Clock.h"
#include "ManualClock.h"
#include "TestSupport.h"
#include "Validation.h"

#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

// The rules of a new token and of expiry. CTest runs this executable three times: with TZ=UTC,
// TZ=Pacific/Kiritimati (UTC+14) and TZ=Pacific/Pago_Pago (UTC-11). Every answer must be the same in
// each, because GitLab decides in UTC.
class TestCoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void runsInTheZoneCTestAskedFor();
    void tokenExpiresAtUtcMidnight();
    void expiringWithinCountsUtcDays();
    void expiryWindowFollowsUtcDate_data();
    void expiryWindowFollowsUtcDate();
    void maximumLifetimeIsConfigurable();
    void defaultExpiryIsThirtyDaysCapped();
    void nameIsRequiredAndNotBlank();
    void nameLengthCountsCharacters();
    void nameRefusesControlCharacters();
    void descriptionIsOptionalAndLimited();
    void scopesNeedOneAndKnown();
    void validateReportsEachFieldOnceInFormOrder();

private:
    static QDateTime at(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }
};

void TestCoreRules::initTestCase()
{
    Test::isolateStandardPaths();
}

void TestCoreRules::runsInTheZoneCTestAskedFor()
{
    const QByteArray expected = qgetenv("TOKENDESK_EXPECT_UTC_OFFSET");
    if (expected.isEmpty())
        QSKIP("not started by CTest with a time zone");
    const QDateTime instant = at("2026-03-01T23:59:59Z");
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(instant), expected.toInt());
    QCOMPARE(instant.toLocalTime().offsetFromUtc(), expected.toInt());
    // Around midnight UTC the local date differs from the UTC date in both far zones, so a rule that
    // used the local date would give different answers below.
    if (expected.toInt() > 0)
        QCOMPARE(instant.toLocalTime().date(), QDate(2026, 3, 2));
    if (expected.toInt() < 0)
        QCOMPARE(at("2026-03-02T00:00:00Z").toLocalTime().date(), QDate(2026, 3, 1));
}

void TestCoreRules::tokenExpiresAtUtcMidnight()
{
    AccessToken token;
    token.expiresAt = QDate(2026, 3, 2);
    Test::ManualClock clock(at("2026-03-01T23:59:59Z"));
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 1));
    QVERIFY(token.isActive(clock.todayUtc()));
    QVERIFY(!token.isExpired(clock.todayUtc()));

    clock.set(at("2026-03-02T00:00:00Z"));
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 2));
    QVERIFY(!token.isActive(clock.todayUtc())); // its date is today in UTC: expired
    QVERIFY(token.isExpired(clock.todayUtc()));

    // A clock set from local time means the same instant.
    clock.set(at("2026-03-02T00:00:00Z").toLocalTime());
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 2));
    clock.set(at("2026-03-01T23:59:59Z").toLocalTime());
    QCOMPARE(clock.todayUtc(), QDate(2026, 3, 1));

    AccessToken never;
    QVERIFY(never.isActive(clock.todayUtc()));
    QVERIFY(!never.isExpired(clock.todayUtc()));
    AccessToken revoked;
    revoked.expiresAt = QDate(2027, 1, 1);
    revoked.revoked = true;
    QVERIFY(!revoked.isActive(clock.todayUtc()));
    QVERIFY(!revoked.isExpired(clock.todayUtc()));
}

void TestCoreRules::expiringWithinCountsUtcDays()
{
    const Test::ManualClock clock(at("2026-03-01T23:59:59Z"));
    AccessToken token;
    token.expiresAt = QDate(2026, 3, 15);
    QVERIFY(token.isExpiringWithin(clock.todayUtc(), 14));
    token.expiresAt = QDate(2026, 3, 16);
    QVERIFY(!token.isExpiringWithin(clock.todayUtc(), 14));
    token.expiresAt = QDate();
    QVERIFY(!token.isExpiringWithin(clock.todayUtc(), 14));
    token.expiresAt = QDate(2026, 3, 1);
    QVERIFY(!token.isExpiringWithin(clock.todayUtc(), 14)); // already expired
}

void TestCoreRules::expiryWindowFollowsUtcDate_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("valid");

    const QDateTime before = at("2026-03-01T23:59:59Z");
    const QDateTime after = at("2026-03-02T00:00:00Z");
    QTest::newRow("before: today") << before << QDate(2026, 3, 1) << false;
    QTest::newRow("before: tomorrow") << before << QDate(2026, 3, 2) << true;
    QTest::newRow("before: +365") << before << QDate(2027, 3, 1) << true;
    QTest::newRow("before: +366") << before << QDate(2027, 3, 2) << false;
    QTest::newRow("before: yesterday") << before << QDate(2026, 2, 28) << false;
    QTest::newRow("after: today") << after << QDate(2026, 3, 2) << false;
    QTest::newRow("after: tomorrow") << after << QDate(2026, 3, 3) << true;
    QTest::newRow("after: +365") << after << QDate(2027, 3, 2) << true;
    QTest::newRow("after: +366") << after << QDate(2027, 3, 3) << false;
    QTest::newRow("no date") << after << QDate() << false;
}

void TestCoreRules::expiryWindowFollowsUtcDate()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, expires);
    QFETCH(bool, valid);
    const Test::ManualClock clock(now);
    const std::optional<FieldError> error = Validation::validateExpiry(expires, clock.todayUtc());
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->field, Field::ExpiresAt);
        QVERIFY(!error->message.isEmpty());
    }
    QCOMPARE(Validation::earliestExpiry(clock.todayUtc()), now.toUTC().date().addDays(1));
}

void TestCoreRules::maximumLifetimeIsConfigurable()
{
    const QDate today = Test::ManualClock(at("2026-03-02T00:00:00Z")).todayUtc();
    QVERIFY(!Validation::validateExpiry(today.addDays(30), today, 30));
    QVERIFY(Validation::validateExpiry(today.addDays(31), today, 30));
    QVERIFY(!Validation::validateExpiry(today.addDays(400), today, 400));
    QVERIFY(Validation::validateExpiry(today.addDays(401), today, 400));
    QCOMPARE(Validation::latestExpiry(today, 30), today.addDays(30));
    const std::optional<FieldError> tooLate = Validation::validateExpiry(today.addDays(31), today, 30);
    QVERIFY(tooLate->message.contains(today.addDays(30).toString(Qt::ISODate)));
}

void TestCoreRules::defaultExpiryIsThirtyDaysCapped()
{
    const QDate today = Test::ManualClock(at("2026-03-01T23:59:59Z")).todayUtc();
    QCOMPARE(Validation::defaultExpiry(today), QDate(2026, 3, 31));
    QCOMPARE(Validation::defaultExpiry(today, 7), QDate(2026, 3, 8));
    QVERIFY(!Validation::validateExpiry(Validation::defaultExpiry(today), today));
}

void TestCoreRules::nameIsRequiredAndNotBlank()
{
    for (const QString& name : {QString(), u""_s, u"   "_s, u" \u00a0 "_s}) {
        const auto error = Validation::validateName(name);
        QVERIFY2(error.has_value(), qPrintable(u"accepted \"%1\""_s.arg(name)));
        QCOMPARE(error->field, Field::Name);
    }
    QVERIFY(!Validation::validateName(u"ci"_s));
    QVERIFY(!Validation::validateName(u"  padded  "_s));
}

void TestCoreRules::nameLengthCountsCharacters()
{
    QVERIFY(!Validation::validateName(u"n"_s.repeated(255)));
    QVERIFY(Validation::validateName(u"n"_s.repeated(256)));
    const QString rocket = u"🚀"_s; // two UTF-16 units, four UTF-8 bytes
    QCOMPARE(Validation::characterCount(rocket), 1);
    QVERIFY(!Validation::validateName(rocket.repeated(255)));
    QVERIFY(Validation::validateName(rocket.repeated(256)));
    QVERIFY(!Validation::validateName(u"é"_s.repeated(255)));
    const auto error = Validation::validateName(rocket.repeated(256));
    QVERIFY(error->message.contains(u"255"_s));
}

void TestCoreRules::nameRefusesControlCharacters()
{
    for (const QString& bad : {u"a\tb"_s, u"a\nb"_s, u"a\rb"_s, u"a\u0000b"_s, u"a\u007fb"_s, u"a\u0085b"_s,
                               u"a\u2028b"_s, u"a\u2029b"_s, u"\u001b[31mred"_s}) {
        const auto error = Validation::validateName(bad);
        QVERIFY2(error.has_value(), bad.toUtf8().toHex().constData());
        QCOMPARE(error->field, Field::Name);
    }
    QVERIFY(!Validation::validateName(u"Ärger – “quotes” 🚀"_s));
}

void TestCoreRules::descriptionIsOptionalAndLimited()
{
    QVERIFY(!Validation::validateDescription(QString()));
    QVERIFY(!Validation::validateDescription(u"d"_s.repeated(255)));
    QVERIFY(!Validation::validateDescription(u"🚀"_s.repeated(255)));
    const auto error = Validation::validateDescription(u"d"_s.repeated(256));
    QVERIFY(error.has_value());
    QCOMPARE(error->field, Field::Description);
    QVERIFY(Validation::validateDescription(u"🚀"_s.repeated(256)));
}

void TestCoreRules::scopesNeedOneAndKnown()
{
    const auto none = Validation::validateScopes({});
    QVERIFY(none.has_value());
    QCOMPARE(none->field, Field::Scopes);
    QVERIFY(!Validation::validateScopes({u"api"_s}));
    QVERIFY(!Validation::validateScopes({u"read_api"_s, u"self_rotate"_s, u"sudo"_s}));
    const auto unknown = Validation::validateScopes({u"api"_s, u"write_everything"_s});
    QVERIFY(unknown.has_value());
    QVERIFY(unknown->message.contains(u"write_everything"_s));
    QVERIFY(Validation::validateScopes({u"API"_s})); // names are case-sensitive, as GitLab's
}

void TestCoreRules::validateReportsEachFieldOnceInFormOrder()
{
    const QDate today = Test::ManualClock(at("2026-03-02T00:00:00Z")).todayUtc();
    TokenDraft draft;
    draft.name = u" "_s;
    draft.description = u"d"_s.repeated(300);
    draft.expiresAt = today;
    const QList<FieldError> errors = Validation::validate(draft, today);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.at(0).field, Field::Name);
    QCOMPARE(errors.at(1).field, Field::Description);
    QCOMPARE(errors.at(2).field, Field::ExpiresAt);
    QCOMPARE(errors.at(3).field, Field::Scopes);

    draft.name = u"deploy"_s;
    draft.description = QString();
    draft.expiresAt = today.addDays(1);
    draft.scopes = {u"read_repository"_s};
    QVERIFY(Validation::validate(draft, today).isEmpty());
    QCOMPARE(Validation::validate(draft, today.addDays(1)).size(), 1); // a day later, that date is today
}

QTEST_GUILESS_MAIN(TestCoreRules)
#include "tst_CoreRules.moc"
