// The reminder rules every front end shares: which threshold a token has reached on a given UTC day, how
// the user's thresholds are read, and where they are kept.
#include "ExpiryReminder.h"
#include "ReminderSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class tst_ExpiryReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachedThreshold_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("expected"); // -1: none yet
        QTest::newRow("far away") << 45 << -1;
        QTest::newRow("a month ahead") << 30 << 30;
        QTest::newRow("three weeks") << 21 << 30;
        QTest::newRow("a week") << 7 << 7;
        QTest::newRow("five days") << 5 << 7;
        QTest::newRow("last working day") << 1 << 1;
        QTest::newRow("expired today") << 0 << 0;
        QTest::newRow("expired yesterday") << -1 << -1;
    }
    void reachedThreshold()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, expected);
        const std::optional<int> reached =
            TokenDesk::reachedThreshold(daysLeft, ReminderThresholds::defaults());
        QCOMPARE(reached.value_or(-1), expected);
    }

    void daysUntilExpiryCountsUtcDays()
    {
        AccessToken token;
        token.expiresAt = QDate(2026, 12, 10);
        QCOMPARE(daysUntilExpiry(token, QDate(2026, 12, 9)), std::optional<int>(1));
        QCOMPARE(daysUntilExpiry(token, QDate(2026, 12, 10)), std::optional<int>(0));
        QCOMPARE(daysUntilExpiry(token, QDate(2026, 11, 10)), std::optional<int>(30));
        token.expiresAt = QDate();
        QVERIFY(!daysUntilExpiry(token, QDate(2026, 12, 9)).has_value());
    }

    void parseThresholds()
    {
        QCOMPARE(ReminderThresholds::parse(QStringLiteral(" 7, 30,1 ,7,0")),
                 std::optional(QList<int>{30, 7, 1, 0}));
        QString why;
        QVERIFY(!ReminderThresholds::parse(QStringLiteral("30,soon"), &why));
        QVERIFY2(why.contains(QStringLiteral("soon")), qPrintable(why));
        QVERIFY(!ReminderThresholds::parse(QStringLiteral("400")));
        QVERIFY(!ReminderThresholds::parse(QStringLiteral(" , ")));
        QCOMPARE(ReminderThresholds::format({1, 30, 7}), QStringLiteral("30,7,1"));
    }

    void settingsRememberThresholds()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("reminders.conf"));
        QCOMPARE(ReminderSettings(file).thresholds(), ReminderThresholds::defaults());
        QCOMPARE(ReminderSettings(file).horizonDays(), 30);
        ReminderSettings(file).setThresholds({14, 3});
        QCOMPARE(ReminderSettings(file).thresholds(), (QList<int>{14, 3}));
        QCOMPARE(ReminderSettings(file).horizonDays(), 14);
    }

    void settingsFollowConfigDir()
    {
        QTemporaryDir dir;
        qputenv("TOKENDESK_CONFIG_DIR", dir.path().toUtf8());
        QCOMPARE(ReminderSettings::defaultFilePath(), dir.filePath(QStringLiteral("reminders.conf")));
        qunsetenv("TOKENDESK_CONFIG_DIR");
    }
};

QTEST_GUILESS_MAIN(tst_ExpiryReminder)
#include "tst_ExpiryReminder.moc"
