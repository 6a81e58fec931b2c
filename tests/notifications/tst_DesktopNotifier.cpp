// The notifier against a real notification server: Debian's dunst on the test's own session bus and X
// server (tests/support/own-display and a11y-session: a bus that starts no service by itself). What dunst
// received is read back with dunstctl; its actions are invoked from its context menu, whose dmenu is a
// script of the test's, so ActionInvoked comes over the bus as it does when a user picks an action.
#include "DesktopNotifier.h"
#include "TestSupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 30000;

PlannedNotification planned(const QString& summary)
{
    PlannedNotification notification;
    notification.summary = summary;
    notification.body = u"alice @ gitlab.example.com\nIt stops working on 14 December 2026 (00:00 UTC)."_s;
    notification.actions = {{u"rotate"_s, u"Rotate now"_s}, {u"remind-tomorrow"_s, u"Remind me tomorrow"_s}};
    notification.urgency = PlannedNotification::Urgency::Critical;
    return notification;
}

QByteArray dunstctl(const QStringList& arguments)
{
    QProcess process;
    process.start(u"dunstctl"_s, arguments);
    if (!process.waitForFinished(WaitMs) || process.exitCode() != 0)
        qWarning() << "dunstctl" << arguments << "failed:" << process.readAllStandardError();
    return process.readAllStandardOutput();
}

// What dunst's history holds (notifications move there once closed), newest first.
QList<QJsonObject> history()
{
    QList<QJsonObject> entries;
    const QJsonArray all =
        QJsonDocument::fromJson(dunstctl({u"history"_s})).object().value(u"data"_s).toArray();
    for (const QJsonValue& entry : all.first().toArray()) {
        QJsonObject flat;
        const QJsonObject object = entry.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flat.insert(it.key(), it.value().toObject().value(u"data"_s));
        entries.append(flat);
    }
    return entries;
}

} // namespace

class tst_DesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_dunst;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Opens dunst's context menu and picks the entry holding `choice`; returns what it offered.
    QString pickFromMenu(const QString& choice)
    {
        QFile file(path(u"choice"_s));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(choice.toUtf8());
        file.close();
        QFile::remove(path(u"menu"_s));
        dunstctl({u"context"_s});
        QFile menu(path(u"menu"_s));
        if (!QTest::qWaitFor([&] { return menu.exists() && menu.size() > 0; }, WaitMs))
            return {};
        if (!menu.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(menu.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateStandardPaths();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under tests/support/a11y-session");
        const QString dmenu = path(u"dmenu"_s);
        QFile script(dmenu);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(u"#!/bin/sh\n"
                     "cat > '%1.part'\n"
                     "mv '%1.part' '%1'\n"
                     "grep -m1 -F -e \"$(cat '%2')\" '%1'\n"_s.arg(path(u"menu"_s), path(u"choice"_s))
                         .toUtf8());
        script.close();
        QVERIFY(
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QFile rc(path(u"dunstrc"_s));
        QVERIFY(rc.open(QIODevice::WriteOnly));
        rc.write(u"[global]\n    dmenu = %1\n    markup = full\n[urgency_normal]\n    timeout = 0\n"
                 "[urgency_critical]\n    timeout = 0\n"_s.arg(dmenu)
                     .toUtf8());
        rc.close();
    }

    void noServiceIsSaidClearly()
    {
        // The test's bus starts no service by itself, and dunst is not running yet.
        DesktopNotifier notifier;
        QString error = u"(no answer)"_s;
        bool answered = false;
        notifier.probe([&](const QString& why) {
            error = why;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, WaitMs);
        QVERIFY2(error.contains(u"No desktop notification service"_s), qPrintable(error));
    }

    void startDunst()
    {
        m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_dunst.start(u"dunst"_s, {u"-config"_s, path(u"dunstrc"_s)});
        QVERIFY2(m_dunst.waitForStarted(WaitMs), qPrintable(m_dunst.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                     u"org.freedesktop.Notifications"_s),
                                 WaitMs);
    }

    void postedTextsAndActionsReachTheServer()
    {
        DesktopNotifier notifier;
        bool probed = false;
        notifier.probe([&](const QString& error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            probed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(probed, WaitMs);
        QVERIFY(notifier.supportsActions());

        std::optional<uint> id;
        notifier.post(planned(u"Token “deploy” expires in 7 days"_s),
                      [&](std::optional<uint> posted, const QString& error) {
                          QVERIFY2(posted, qPrintable(error));
                          id = posted;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), WaitMs);
        const QString menu = pickFromMenu(u"nothing matches this"_s);
        QVERIFY2(menu.contains(u"#Rotate now (Token “deploy” expires in 7 days) [%1,rotate]"_s.arg(*id)),
                 qPrintable(menu));
        QVERIFY2(
            menu.contains(
                u"#Remind me tomorrow (Token “deploy” expires in 7 days) [%1,remind-tomorrow]"_s.arg(*id)),
            qPrintable(menu));

        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        dunstctl({u"close-all"_s});
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
        QCOMPARE(closed.first().at(0).toUInt(), *id);
        QCOMPARE(closed.first().at(1).value<DesktopNotifier::CloseReason>(),
                 DesktopNotifier::CloseReason::Dismissed);
        const QList<QJsonObject> entries = history();
        QVERIFY(!entries.isEmpty());
        const QJsonObject shown = entries.first();
        QCOMPARE(shown.value(u"summary"_s).toString(), u"Token “deploy” expires in 7 days"_s);
        QCOMPARE(shown.value(u"appname"_s).toString(), u"TokenDesk"_s);
        QCOMPARE(shown.value(u"body"_s).toString(),
                 u"alice @ gitlab.example.com\nIt stops working on 14 December 2026 (00:00 UTC)."_s);
        QCOMPARE(shown.value(u"category"_s).toString(), u"x-tokendesk.expiry"_s);
    }

    void bodyMarkupIsShownAsText()
    {
        DesktopNotifier notifier;
        bool probed = false;
        notifier.probe([&](const QString&) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, WaitMs);
        QVERIFY(notifier.supportsBodyMarkup());
        PlannedNotification notification = planned(u"Token “<b>bold</b>” expires tomorrow"_s);
        notification.body = u"acme & co <i>web</i>"_s;
        bool posted = false;
        notifier.post(notification, [&](std::optional<uint> id, const QString&) { posted = id.has_value(); });
        QTRY_VERIFY_WITH_TIMEOUT(posted, WaitMs);
        dunstctl({u"close-all"_s});
        // dunst keeps the body as received: escaped, so that it shows the text rather than italics.
        QTRY_VERIFY_WITH_TIMEOUT(!history().isEmpty() && history().first().value(u"body"_s).toString() ==
                                                             u"acme &amp; co &lt;i&gt;web&lt;/i&gt;"_s,
                                 WaitMs);
    }

    void anActionComesBackThroughTheBus()
    {
        DesktopNotifier notifier;
        bool probed = false;
        notifier.probe([&](const QString&) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, WaitMs);
        std::optional<uint> id;
        notifier.post(planned(u"Token “ci” expires tomorrow"_s),
                      [&](std::optional<uint> posted, const QString&) { id = posted; });
        QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), WaitMs);

        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        pickFromMenu(u"#Remind me tomorrow (Token “ci”"_s);
        QTRY_COMPARE_WITH_TIMEOUT(invoked.size(), 1, WaitMs);
        QCOMPARE(invoked.first().at(0).toUInt(), *id);
        QCOMPARE(invoked.first().at(1).toString(), u"remind-tomorrow"_s);
    }

    void otherApplicationsAnswersAreIgnored()
    {
        DesktopNotifier notifier;
        bool probed = false;
        notifier.probe([&](const QString&) { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, WaitMs);
        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        dunstctl({u"close-all"_s});
        QTRY_VERIFY_WITH_TIMEOUT(dunstctl({u"count"_s, u"displayed"_s}).trimmed() == "0", WaitMs);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        // Another program's notification, answered and closed.
        QProcess other;
        other.start(u"dunstify"_s, {u"-A"_s, u"rotate,Rotate now"_s, u"Someone else"_s, u"not ours"_s});
        QVERIFY(other.waitForStarted(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(dunstctl({u"count"_s, u"displayed"_s}).trimmed() == "1", WaitMs);
        pickFromMenu(u"(Someone else)"_s);
        QVERIFY(other.waitForFinished(WaitMs));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("rotate"));
        // Then one of ours: the only answer the notifier reports is ours, and it comes after the other's.
        std::optional<uint> id;
        notifier.post(planned(u"Token “mine” expires tomorrow"_s),
                      [&](std::optional<uint> posted, const QString&) { id = posted; });
        QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), WaitMs);
        pickFromMenu(u"#Rotate now (Token “mine”"_s);
        QTRY_COMPARE_WITH_TIMEOUT(invoked.size(), 1, WaitMs);
        QCOMPARE(invoked.first().at(0).toUInt(), *id);
        dunstctl({u"close-all"_s});
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, WaitMs);
        QCOMPARE(closed.first().at(0).toUInt(), *id);
    }

    void cleanupTestCase()
    {
        if (m_dunst.state() != QProcess::NotRunning) {
            m_dunst.terminate();
            m_dunst.waitForFinished(WaitMs);
        }
    }
};

QTEST_GUILESS_MAIN(tst_DesktopNotifier)
#include "tst_DesktopNotifier.moc"
