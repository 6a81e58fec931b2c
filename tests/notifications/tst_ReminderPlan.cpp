// Which desktop notifications a run of the reminders posts: one per token at a threshold it was not told
// of, never twice, snoozed tokens later, a group when many are due at once, and one for the places that
// could not be read. Pure: the plan and the ledger, no bus.
#include "ReminderLedger.h"
#include "ReminderPlan.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WindowProcess.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 7);
const QList<int> Defaults{30, 7, 1, 0};
const QLocale English(QLocale::English, QLocale::UnitedKingdom);

ReminderSource alice()
{
    return {u"https://gitlab.example.com#alice"_s, u"alice @ gitlab.example.com"_s,
            QUrl(u"https://gitlab.example.com"_s)};
}

ReminderSource store()
{
    return {u"store:/home/alice/tokens.db"_s, u"Local store"_s, {}};
}

DueToken due(qint64 id, const QString& name, int daysLeft, const ReminderSource& source = alice())
{
    DueToken token;
    token.token.id = id;
    token.token.name = name;
    token.token.expiresAt = Today.addDays(daysLeft);
    token.source = source;
    token.identity = source.key;
    token.daysLeft = daysLeft;
    return token;
}

ExpiryCheck::Report reportOf(QList<DueToken> tokens, QList<ReminderSource> read = {alice(), store()})
{
    ExpiryCheck::Report report;
    report.due = std::move(tokens);
    report.read = std::move(read);
    return report;
}

QStringList summaries(const QList<PlannedNotification>& plan)
{
    QStringList result;
    for (const PlannedNotification& notification : plan)
        result << notification.summary;
    return result;
}

QStringList actionLabels(const PlannedNotification& notification)
{
    QStringList result;
    for (const PlannedNotification::Action& action : notification.actions)
        result << action.label;
    return result;
}

// Records every token notification of the plan, as a run does once they are posted.
void recordAll(ReminderLedger& ledger, const QList<PlannedNotification>& plan)
{
    for (const PlannedNotification& notification : plan) {
        for (qsizetype i = 0; i < notification.tokens.size(); ++i)
            ledger.recordSent(notification.tokens.at(i), notification.thresholds.at(i));
    }
}

} // namespace

class tst_ReminderPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ReminderLedger emptyLedger() const { return ReminderLedger(m_dir.filePath(u"none.json"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateStandardPaths();
        installTranslations(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
    }

    void oneNotificationPerTokenAtItsThreshold()
    {
        const auto plan = ReminderPlan::make(reportOf({due(1, u"deploy"_s, 7), due(2, u"ci"_s, 1),
                                                       due(3, u"later"_s, 45), due(4, u"old"_s, 0)}),
                                             Defaults, emptyLedger(), Today, English);
        QCOMPARE(summaries(plan),
                 (QStringList{u"Token “deploy” expires in 7 days"_s, u"Token “ci” expires tomorrow"_s,
                              u"Token “old” expired today"_s}));
        QCOMPARE(plan.at(0).kind, PlannedNotification::Kind::Token);
        QCOMPARE(plan.at(0).thresholds, QList<int>{7});
        QCOMPARE(plan.at(1).thresholds, QList<int>{1});
        QCOMPARE(plan.at(2).thresholds, QList<int>{0});
        QCOMPARE(plan.at(0).urgency, PlannedNotification::Urgency::Normal);
        QCOMPARE(plan.at(1).urgency, PlannedNotification::Urgency::Critical);
    }

    void pluralsAndTheDayCountAfterAMissedRun()
    {
        // Nothing ran the day threshold 30 was reached: the count says how many days are really left.
        const auto plan = ReminderPlan::make(reportOf({due(1, u"a"_s, 25), due(2, u"b"_s, 2)}), Defaults,
                                             emptyLedger(), Today, English);
        QCOMPARE(summaries(plan),
                 (QStringList{u"Token “a” expires in 25 days"_s, u"Token “b” expires in 2 days"_s}));
        QCOMPARE(plan.at(0).thresholds, QList<int>{30});
        QCOMPARE(plan.at(1).thresholds, QList<int>{7});
    }

    void bodyNamesThePlaceAndTheDateInTheLocale()
    {
        DueToken token = due(9, u"deploy"_s, 7);
        token.resource = Resource{ResourceRef::Kind::Project, 42, u"acme/web"_s, u"Web"_s, 40};
        const auto plan = ReminderPlan::make(reportOf({token}), Defaults, emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 1);
        const QString body = plan.first().body;
        QVERIFY2(body.contains(u"alice @ gitlab.example.com, project acme/web"_s), qPrintable(body));
        QVERIFY2(body.contains(English.toString(QDate(2026, 12, 14), QLocale::LongFormat)), qPrintable(body));
        QVERIFY2(body.contains(u"14 December 2026"_s), qPrintable(body));
        const QLocale german(QLocale::German, QLocale::Germany);
        QVERIFY(ReminderPlan::tokenBody(token, german).contains(u"14. Dezember 2026"_s));
    }

    void actionsOfActiveAndExpiredTokens()
    {
        const auto plan = ReminderPlan::make(reportOf({due(1, u"soon"_s, 3), due(2, u"gone"_s, 0)}), Defaults,
                                             emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(actionLabels(plan.at(0)),
                 (QStringList{u"Rotate now"_s, u"Open"_s, u"Remind me tomorrow"_s}));
        // GitLab cannot rotate a token that has expired, and tomorrow it is no longer reminded of.
        QCOMPARE(actionLabels(plan.at(1)), QStringList{u"Open"_s});
        QCOMPARE(plan.at(0).actions.first().key, ReminderPlan::rotateAction());
    }

    void neverTheSameThresholdTwice()
    {
        ReminderLedger ledger = emptyLedger();
        const auto first =
            ReminderPlan::make(reportOf({due(1, u"deploy"_s, 7)}), Defaults, ledger, Today, English);
        QCOMPARE(first.size(), 1);
        recordAll(ledger, first);
        QVERIFY(ReminderPlan::make(reportOf({due(1, u"deploy"_s, 7)}), Defaults, ledger, Today, English)
                    .isEmpty());
        // The next days stay at threshold 7: still nothing.
        QVERIFY(ReminderPlan::make(reportOf({due(1, u"deploy"_s, 3)}), Defaults, ledger, Today.addDays(4),
                                   English)
                    .isEmpty());
        // Its last working day reaches threshold 1.
        const auto lastDay = ReminderPlan::make(reportOf({due(1, u"deploy"_s, 1)}), Defaults, ledger,
                                                Today.addDays(6), English);
        QCOMPARE(summaries(lastDay), QStringList{u"Token “deploy” expires tomorrow"_s});
    }

    void theLedgerRemembersAcrossRuns()
    {
        const QString file = m_dir.filePath(u"ledger-runs.json"_s);
        {
            ReminderLedger ledger(file);
            QVERIFY(ledger.load());
            recordAll(ledger, ReminderPlan::make(reportOf({due(1, u"deploy"_s, 7)}), Defaults, ledger, Today,
                                                 English));
            QVERIFY(ledger.save());
        }
        ReminderLedger again(file);
        QVERIFY(again.load());
        QCOMPARE(again.sentThresholds(due(1, u"deploy"_s, 7).stableKey()), QList<int>{7});
        QVERIFY(ReminderPlan::make(reportOf({due(1, u"deploy"_s, 7)}), Defaults, again, Today, English)
                    .isEmpty());
        QVERIFY(!Test::fileContains(file, "deploy")); // keys and dates only
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
    }

    void aSnoozedTokenComesBackTomorrow()
    {
        ReminderLedger ledger = emptyLedger();
        const DueToken token = due(1, u"deploy"_s, 7);
        recordAll(ledger, ReminderPlan::make(reportOf({token}), Defaults, ledger, Today, English));
        ledger.snooze(token, Today.addDays(1));
        QVERIFY(ReminderPlan::make(reportOf({token}), Defaults, ledger, Today, English).isEmpty());
        // Tomorrow: reminded again although threshold 7 was told.
        const auto tomorrow = ReminderPlan::make(reportOf({due(1, u"deploy"_s, 6)}), Defaults, ledger,
                                                 Today.addDays(1), English);
        QCOMPARE(summaries(tomorrow), QStringList{u"Token “deploy” expires in 6 days"_s});
        recordAll(ledger, tomorrow);
        QVERIFY(!ledger.snoozedUntil(token.stableKey()).isValid());
        QVERIFY(ReminderPlan::make(reportOf({due(1, u"deploy"_s, 6)}), Defaults, ledger, Today.addDays(1),
                                   English)
                    .isEmpty());
    }

    void manyAtOnceAreGrouped()
    {
        QList<DueToken> tokens;
        for (int i = 1; i <= 4; ++i)
            tokens << due(i, u"t%1"_s.arg(i), i);
        const auto plan = ReminderPlan::make(reportOf(tokens), Defaults, emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 1);
        const PlannedNotification& group = plan.first();
        QCOMPARE(group.kind, PlannedNotification::Kind::Group);
        QCOMPARE(group.summary, u"4 tokens expire soon"_s);
        QCOMPARE(group.tokens.size(), 4);
        QCOMPARE(group.thresholds, (QList<int>{1, 7, 7, 7}));
        QVERIFY2(group.body.contains(u"“t1” (alice @ gitlab.example.com) expires tomorrow"_s),
                 qPrintable(group.body));
        QVERIFY2(group.body.contains(u"“t4” (alice @ gitlab.example.com) expires in 4 days"_s),
                 qPrintable(group.body));
        QCOMPARE(actionLabels(group), (QStringList{u"Open"_s, u"Remind me tomorrow"_s}));
        QCOMPARE(group.urgency, PlannedNotification::Urgency::Critical);

        // Three are not a crowd.
        tokens.removeLast();
        QCOMPARE(ReminderPlan::make(reportOf(tokens), Defaults, emptyLedger(), Today, English).size(), 3);
    }

    void aLargeGroupCountsTheRest()
    {
        QList<DueToken> tokens;
        for (int i = 1; i <= 12; ++i)
            tokens << due(i, u"t%1"_s.arg(i), 5);
        tokens << due(20, u"gone"_s, 0);
        const auto plan = ReminderPlan::make(reportOf(tokens), Defaults, emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().summary, u"13 tokens expired or expire soon"_s);
        QVERIFY2(plan.first().body.endsWith(u"and 5 more"_s), qPrintable(plan.first().body));
    }

    void onlyTheTokensNotYetToldCount()
    {
        ReminderLedger ledger = emptyLedger();
        QList<DueToken> tokens{due(1, u"a"_s, 7), due(2, u"b"_s, 7), due(3, u"c"_s, 7)};
        recordAll(ledger, ReminderPlan::make(reportOf(tokens), Defaults, ledger, Today, English));
        tokens << due(4, u"d"_s, 20) << due(5, u"e"_s, 20);
        const auto plan = ReminderPlan::make(reportOf(tokens), Defaults, ledger, Today, English);
        QCOMPARE(summaries(plan),
                 (QStringList{u"Token “d” expires in 20 days"_s, u"Token “e” expires in 20 days"_s}));
    }

    void placesThatCouldNotBeReadAreNamed()
    {
        ExpiryCheck::Report report = reportOf({due(1, u"deploy"_s, 7, store())}, {store()});
        report.failures.append({alice(), BackendError::make(BackendError::Kind::Authentication,
                                                            u"GitLab refused the access token (401)."_s)});
        const auto plan = ReminderPlan::make(report, Defaults, emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 2);
        const PlannedNotification& failure = plan.last();
        QCOMPARE(failure.kind, PlannedNotification::Kind::Failures);
        QCOMPARE(failure.summary, u"TokenDesk could not check the tokens of alice @ gitlab.example.com"_s);
        QVERIFY2(
            failure.body.contains(u"alice @ gitlab.example.com: GitLab refused the access token (401)."_s),
            qPrintable(failure.body));
        QVERIFY(failure.tokens.isEmpty());

        report.failures.append(
            {store(), BackendError::make(BackendError::Kind::Keychain, u"The keyring is locked."_s)});
        const auto two = ReminderPlan::make(report, Defaults, emptyLedger(), Today, English);
        QCOMPARE(two.last().summary, u"TokenDesk could not check the tokens of 2 places"_s);
        QVERIFY(two.last().body.contains(u"Local store: The keyring is locked."_s));
        // A failure is told on every run (it is not remembered): silence would hide the tokens there.
        ReminderLedger ledger = emptyLedger();
        recordAll(ledger, two);
        QCOMPARE(ReminderPlan::make(report, Defaults, ledger, Today, English).last().kind,
                 PlannedNotification::Kind::Failures);
    }

    void thresholdsComeFromTheSettings()
    {
        const auto plan = ReminderPlan::make(reportOf({due(1, u"a"_s, 14), due(2, u"b"_s, 20)}), {14, 3},
                                             emptyLedger(), Today, English);
        QCOMPARE(summaries(plan), QStringList{u"Token “a” expires in 14 days"_s});
        QCOMPARE(plan.first().thresholds, QList<int>{14});
    }

    void hostileNamesStayOnOneLine()
    {
        const auto plan = ReminderPlan::make(reportOf({due(1, u"evil\n\u202Eecalp"_s, 7)}), Defaults,
                                             emptyLedger(), Today, English);
        QCOMPARE(plan.size(), 1);
        QVERIFY(!plan.first().summary.contains(u'\n'));
        QVERIFY(!plan.first().summary.contains(QChar(0x202E)));
    }

    void revokedOrRotatedTokensAreForgotten()
    {
        ReminderLedger ledger = emptyLedger();
        const DueToken kept = due(1, u"kept"_s, 7);
        const DueToken rotated = due(2, u"rotated"_s, 7);
        const DueToken elsewhere = due(3, u"elsewhere"_s, 7, store());
        const DueToken farAway = due(4, u"far"_s, 30);
        for (const DueToken& token : {kept, rotated, elsewhere, farAway})
            ledger.recordSent(token, 7);
        // The account was read without the rotated token; the store could not be read; --within 10 did
        // not look as far as the fourth.
        ExpiryCheck::Report report = reportOf({kept}, {alice()});
        ledger.prune(report, Today, 10);
        QStringList remembered{kept.stableKey(), elsewhere.stableKey(), farAway.stableKey()};
        remembered.sort();
        QCOMPARE(ledger.tokenKeys(), remembered);
        // Once past their date, every token is forgotten.
        ledger.prune(reportOf({}, {}), Today.addDays(31), 30);
        QVERIFY(ledger.isEmpty());
    }

    void anUnreadableLedgerSaysSo()
    {
        const QString file = m_dir.filePath(u"broken.json"_s);
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        ReminderLedger ledger(file);
        QString error;
        QVERIFY(!ledger.load(&error));
        QVERIFY2(error.contains(u"broken.json"_s), qPrintable(error));
        QVERIFY(ledger.isEmpty());
    }

    void actionsOpenTheWindowAsTheLaunchContractSays()
    {
        DueToken token = due(17, u"deploy"_s, 7);
        token.resource = Resource{ResourceRef::Kind::Group, 5, u"acme"_s, u"Acme"_s, 50};
        QCOMPARE(WindowProcess::rotateArguments(token),
                 (QStringList{u"--account"_s, alice().key, u"--rotate"_s, u"17"_s, u"--resource"_s,
                              u"group:5"_s}));
        const DueToken stored = due(3, u"ci"_s, 1, store());
        QCOMPARE(WindowProcess::selectArguments(stored),
                 (QStringList{u"--store"_s, u"/home/alice/tokens.db"_s, u"--account"_s, u"offline"_s,
                              u"--select"_s, u"3"_s}));
    }

    void theLedgerLivesNextToTheSettings()
    {
        qputenv("TOKENDESK_CONFIG_DIR", m_dir.path().toUtf8());
        QCOMPARE(ReminderLedger::defaultFilePath(), m_dir.filePath(u"reminders-sent.json"_s));
        qunsetenv("TOKENDESK_CONFIG_DIR");
    }
};

QTEST_GUILESS_MAIN(tst_ReminderPlan)
#include "tst_ReminderPlan.moc"
