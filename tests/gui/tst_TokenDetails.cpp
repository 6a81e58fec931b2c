#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "OptionalDateEdit.h"
#include "ScopeCatalog.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenDetailsPane.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QStringList names(const TokenTableModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->tokenAt(row).name;
    out.sort();
    return out;
}

} // namespace

// The details pane of the selected token, the date filters and the summary counts as filters, on the
// window over a real store in a temp folder.
class TestTokenDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detailsFollowTheSelection();
    void detailsAreReachedByKeyboard();
    void summaryCountsFilterTheTables();
    void summaryCountsWorkFromTheKeyboard();
    void dateFiltersChangeTheRows();

private:
    bool showWindow();
    QPushButton* button(const QString& name) const { return Test::child<QPushButton>(m_window.get(), name); }
    TokenDetailsPane* pane() const { return Test::child<TokenDetailsPane>(m_window.get(), u"detailsPane"_s); }
    bool settled() const;

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestTokenDetails::initTestCase()
{
    Test::isolateStandardPaths();
}

void TestTokenDetails::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    m_backend = std::move(opened).value();
    // Created 20 days ago, expired 10 days later.
    m_clock.set(Now.addDays(-20));
    QVERIFY(m_backend->createNow(Test::draft(u"lapsed"_s, Now.date().addDays(-10), {u"read_user"_s})));
    m_clock.set(Now);
    QVERIFY(m_backend->createNow(
        Test::draft(u"ci runner"_s, 5, {u"read_api"_s, u"read_repository"_s}, u"Used by ci runner"_s)));
    QVERIFY(m_backend->createNow(Test::draft(u"laptop"_s, 40, {u"api"_s}, u"Used by laptop"_s)));
    const Result<CreatedToken> old = m_backend->createNow(Test::draft(u"old script"_s, 60, {u"read_api"_s}));
    QVERIFY(old);
    QVERIFY(m_backend->revokeNow(old.value().token.id));
}

void TestTokenDetails::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestTokenDetails::settled() const
{
    return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
           !m_window->activeModel()->isLoading() && !m_window->inactiveModel()->isLoading();
}

bool TestTokenDetails::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock);
    m_window->resize(1300, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] { return settled() && button(u"activeCountButton"_s)->isEnabled(); });
}

void TestTokenDetails::detailsFollowTheSelection()
{
    QVERIFY(showWindow());
    QCOMPARE(pane()->text(), u"Select a token to see its details."_s);
    QCOMPARE(accessibleName(pane()->textEdit()), u"Details"_s);

    auto* active = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    const int ciRow = m_window->activeModel()->rowOfToken(m_window->activeModel()->tokenAt(0).id);
    QCOMPARE(m_window->activeModel()->tokenAt(ciRow).name, u"ci runner"_s); // soonest expiry first
    QTest::mouseClick(active->viewport(), Qt::LeftButton, {},
                      active->visualRect(active->model()->index(0, 0)).center());
    QTRY_VERIFY(pane()->text().contains(u"Name: ci runner"_s));
    const AccessToken ci = m_window->activeModel()->tokenAt(0);
    const QString text = pane()->text();
    QVERIFY2(text.contains(u"Description: Used by ci runner"_s), qPrintable(text));
    QVERIFY(text.contains(u"read_api: "_s + ScopeCatalog::describe(u"read_api"_s)));
    QVERIFY(text.contains(u"read_repository: "_s + ScopeCatalog::describe(u"read_repository"_s)));
    QVERIFY(
        text.contains(u"Created: "_s + QLocale().toString(ci.createdAt.toLocalTime(), QLocale::LongFormat)));
    QVERIFY(text.contains(u"Last used: Never"_s));
    QVERIFY(text.contains(u"Last used from: Not recorded"_s));
    QVERIFY(text.contains(u"Expires: "_s + QLocale().toString(Now.date().addDays(5), QLocale::LongFormat)));
    QVERIFY(text.contains(u"State: Active"_s));
    QVERIFY(text.contains(u"Revoked: No"_s));
    QVERIFY(!text.contains(u"Role:"_s)); // a personal token has none
    QVERIFY(pane()->textEdit()->isReadOnly());
    QVERIFY(pane()->textEdit()->textInteractionFlags() & Qt::TextSelectableByKeyboard);

    // The arrow keys move the selection; the pane follows.
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Down);
    QTRY_VERIFY(pane()->text().contains(u"Name: laptop"_s));
    QVERIFY(pane()->text().contains(u"api: "_s + ScopeCatalog::describe(u"api"_s)));

    // A row of the inactive table.
    auto* inactive = Test::child<QTableView>(m_window.get(), u"inactiveTableView"_s);
    const int oldRow =
        m_window->inactiveModel()->rowOfToken(m_window->inactiveModel()->tokenAt(0).name == u"old script"_s
                                                  ? m_window->inactiveModel()->tokenAt(0).id
                                                  : m_window->inactiveModel()->tokenAt(1).id);
    QTest::mouseClick(inactive->viewport(), Qt::LeftButton, {},
                      inactive->visualRect(inactive->model()->index(oldRow, 0)).center());
    QTRY_VERIFY(pane()->text().contains(u"Name: old script"_s));
    QVERIFY(pane()->text().contains(u"State: Revoked"_s));
    QVERIFY(pane()->text().contains(u"Revoked: Yes"_s));

    // Back in the active table, its current row shows again.
    active->setFocus();
    QTRY_VERIFY(pane()->text().contains(u"Name: laptop"_s));
}

void TestTokenDetails::detailsAreReachedByKeyboard()
{
    QVERIFY(showWindow());
    auto* active = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Down);
    QTRY_VERIFY(pane()->text().contains(u"Name: "_s));
    // The label's mnemonic (Alt+A) takes the focus into the text, which the keyboard can select.
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), pane()->textEdit());
    QTest::keyClick(pane()->textEdit(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(pane()->textEdit()->textCursor().selectedText().contains(u"Name: "_s));
}

void TestTokenDetails::summaryCountsFilterTheTables()
{
    QVERIFY(showWindow());
    auto* activeSection = Test::child<QWidget>(m_window.get(), u"activeSection"_s);
    auto* inactiveSection = Test::child<QWidget>(m_window.get(), u"inactiveSection"_s);
    QCOMPARE(button(u"expiringCountButton"_s)->text(), u"Expiring within 2 weeks: 1"_s);
    QCOMPARE(accessibleName(button(u"expiringCountButton"_s)), u"Expiring within 2 weeks: 1"_s);
    QCOMPARE(names(m_window->activeModel()), QStringList({u"ci runner"_s, u"laptop"_s}));

    QTest::mouseClick(button(u"expiringCountButton"_s), Qt::LeftButton);
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"ci runner"_s});
    QVERIFY(activeSection->isVisible());
    QVERIFY(!inactiveSection->isVisible());
    QVERIFY(button(u"expiringCountButton"_s)->isChecked());
    auto* expiresBefore = Test::child<OptionalDateEdit>(m_window.get(), u"expiresBeforeDateEdit"_s);
    QCOMPARE(expiresBefore->chosenDate(), Now.date().addDays(TokenSummary::ExpiringSoonDays + 1));

    QTest::mouseClick(button(u"revokedCountButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!activeSection->isVisible());
    QVERIFY(inactiveSection->isVisible());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"old script"_s});

    QTest::mouseClick(button(u"expiredCountButton"_s), Qt::LeftButton);
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"lapsed"_s});
    QVERIFY(!button(u"revokedCountButton"_s)->isChecked());
    QVERIFY(button(u"expiredCountButton"_s)->isChecked());

    // "Clear filters" shows everything again, the expiry filter set by "Expiring" included.
    QTest::mouseClick(button(u"clearFiltersButton"_s), Qt::LeftButton);
    QTRY_VERIFY(activeSection->isVisible() && inactiveSection->isVisible());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->activeModel()), QStringList({u"ci runner"_s, u"laptop"_s}));
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList({u"lapsed"_s, u"old script"_s}));
    QVERIFY(expiresBefore->chosenDate().isNull());

    QTest::mouseClick(button(u"activeCountButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!inactiveSection->isVisible());
    QCOMPARE(names(m_window->activeModel()), QStringList({u"ci runner"_s, u"laptop"_s}));
    // Clicking the chosen count again drops its filter.
    QTest::mouseClick(button(u"activeCountButton"_s), Qt::LeftButton);
    QTRY_VERIFY(inactiveSection->isVisible());
}

void TestTokenDetails::summaryCountsWorkFromTheKeyboard()
{
    QVERIFY(showWindow());
    QPushButton* revoked = button(u"revokedCountButton"_s);
    QVERIFY(revoked->focusPolicy() & Qt::TabFocus);
    auto* activeCount = button(u"activeCountButton"_s);
    activeCount->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), activeCount);
    QTest::keyClick(activeCount, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), revoked);
    QTest::keyClick(revoked, Qt::Key_Space);
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"old script"_s});
    QVERIFY(!Test::child<QWidget>(m_window.get(), u"activeSection"_s)->isVisible());

    // Clear filters has a mnemonic: Alt+I.
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(Test::child<QWidget>(m_window.get(), u"activeSection"_s)->isVisible());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList({u"lapsed"_s, u"old script"_s}));
}

void TestTokenDetails::dateFiltersChangeTheRows()
{
    QVERIFY(showWindow());
    auto* createdAfter = Test::child<OptionalDateEdit>(m_window.get(), u"createdAfterDateEdit"_s);
    QVERIFY(createdAfter->chosenDate().isNull());
    QCOMPARE(createdAfter->text(), u"Any"_s);
    QCOMPARE(accessibleName(createdAfter), u"Created after"_s);
    // From "Any", an arrow key starts at today.
    createdAfter->setFocus();
    QTest::keyClick(createdAfter, Qt::Key_Up);
    QCOMPARE(createdAfter->chosenDate(), Now.date());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"old script"_s});
    QCOMPARE(names(m_window->activeModel()), QStringList({u"ci runner"_s, u"laptop"_s}));
    QCOMPARE(m_window->inactiveModel()->dates().createdAfter, Now.date());

    // Ctrl+Delete goes back to "Any".
    QTest::keyClick(createdAfter, Qt::Key_Delete, Qt::ControlModifier);
    QVERIFY(createdAfter->chosenDate().isNull());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList({u"lapsed"_s, u"old script"_s}));

    auto* createdBefore = Test::child<OptionalDateEdit>(m_window.get(), u"createdBeforeDateEdit"_s);
    createdBefore->setChosenDate(Now.date());
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"lapsed"_s});
    QTRY_COMPARE(names(m_window->activeModel()), QStringList());
    createdBefore->setChosenDate({});

    auto* expiresAfter = Test::child<OptionalDateEdit>(m_window.get(), u"expiresAfterDateEdit"_s);
    expiresAfter->setChosenDate(Now.date().addDays(10));
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"laptop"_s});

    auto* lastUsedAfter = Test::child<OptionalDateEdit>(m_window.get(), u"lastUsedAfterDateEdit"_s);
    lastUsedAfter->setChosenDate(Now.date().addDays(-30));
    QTRY_VERIFY(settled());
    QTRY_COMPARE(names(m_window->activeModel()), QStringList()); // never used: no match

    auto* lastUsedBefore = Test::child<OptionalDateEdit>(m_window.get(), u"lastUsedBeforeDateEdit"_s);
    QCOMPARE(accessibleName(lastUsedBefore), u"Last used before"_s);
    auto* expiresBefore = Test::child<OptionalDateEdit>(m_window.get(), u"expiresBeforeDateEdit"_s);
    QCOMPARE(accessibleName(expiresBefore), u"Expires before"_s);
}

QTEST_MAIN(TestTokenDetails)
#include "tst_TokenDetails.moc"
