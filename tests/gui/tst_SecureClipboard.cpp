#include "Secret.h"
#include "SecureClipboard.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace TokenDesk;

class TestSecureClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void init() { QGuiApplication::clipboard()->clear(); }

    void copyPutsTextMarkedAsSecret();
    void clearsAfterDelayWhileStillOurs();
    void leavesClipboardAloneWhenReplaced();
    void clearsOnDestruction();
    void destructionLeavesSomeoneElsesText();
    void defaultDelayIsThirtySeconds();
    void clearsWhenTheApplicationQuits(); // last: it runs and ends the application's event loop

private:
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }
    const QString m_secretText = u"glpat-Xy7_clipboardTest0123456789"_s;
};

void TestSecureClipboard::copyPutsTextMarkedAsSecret()
{
    SecureClipboard clipboard;
    QSignalSpy copied(&clipboard, &SecureClipboard::copied);
    clipboard.copy(Secret::fromString(m_secretText));

    QCOMPARE(copied.count(), 1);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime != nullptr);
    QCOMPARE(mime->text(), m_secretText);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(clipboard.holdsOurSecret());
}

void TestSecureClipboard::clearsAfterDelayWhileStillOurs()
{
    SecureClipboard clipboard;
    clipboard.setClearDelay(200ms);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.copy(Secret::fromString(m_secretText));
    QCOMPARE(clipboardText(), m_secretText);

    QTRY_COMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
}

void TestSecureClipboard::leavesClipboardAloneWhenReplaced()
{
    SecureClipboard clipboard;
    clipboard.setClearDelay(200ms);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.copy(Secret::fromString(m_secretText));
    QGuiApplication::clipboard()->setText(u"a shopping list"_s);

    QTRY_VERIFY(!clipboard.isClearPending());
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboardText(), u"a shopping list"_s);
}

void TestSecureClipboard::clearsOnDestruction()
{
    auto clipboard = std::make_unique<SecureClipboard>();
    clipboard->copy(Secret::fromString(m_secretText));
    QCOMPARE(clipboardText(), m_secretText);

    clipboard.reset();
    QVERIFY(clipboardText().isEmpty());
}

void TestSecureClipboard::destructionLeavesSomeoneElsesText()
{
    auto clipboard = std::make_unique<SecureClipboard>();
    clipboard->copy(Secret::fromString(m_secretText));
    QGuiApplication::clipboard()->setText(u"copied by someone else"_s);

    clipboard.reset();
    QCOMPARE(clipboardText(), u"copied by someone else"_s);
}

void TestSecureClipboard::defaultDelayIsThirtySeconds()
{
    SecureClipboard clipboard;
    QCOMPARE(clipboard.clearDelay(), std::chrono::milliseconds(30s));
    clipboard.copy(Secret::fromString(m_secretText));
    QVERIFY(clipboard.isClearPending());
    clipboard.clearIfOurs();
    QVERIFY(clipboardText().isEmpty());
}

void TestSecureClipboard::clearsWhenTheApplicationQuits()
{
    SecureClipboard clipboard;
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    QTimer::singleShot(0, &clipboard, [&] {
        clipboard.copy(Secret::fromString(m_secretText));
        QCOMPARE(clipboardText(), m_secretText);
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
}

QTEST_MAIN(TestSecureClipboard)
#include "tst_SecureClipboard.moc"
