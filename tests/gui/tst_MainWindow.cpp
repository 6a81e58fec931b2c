#include "AppSettings.h"
#include "BulkInsert.h"
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "RowActionsPanel.h"
#include "SecretDialog.h"
#include "SecureClipboard.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QStringList activeNames(const TokenTableModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->tokenAt(row).name;
    return names;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createFromKeyboardShowsSecretOnceAndCopiesIt();
    void badInputShowsMessageAndCreatesNothing();
    void backendFieldErrorsAppearInTheForm();
    void revokeAsksThenMovesRowToInactive();
    void revokeFromKeyboardOnTheTableRow();
    void rotateShowsNewSecretAndOldRowGoesInactive();
    void createSimilarPrefillsTheForm();
    void searchFiltersInTheBackend();
    void headerClickSortsInTheBackend();
    void summaryHeadingsAndStatusBar();
    void backendErrorsAreShownAndNothingIsLost();
    void refreshShortcutRereadsTheStore();
    void unreadableStoreShowsABannerAndKeepsTheRows();
    void largeStoreIsLoadedLazily();
    void setBackendShowsTheOtherBackendsTokens();
    void toolbarAndPreferencesShortcut();

private:
    bool showWindow();
    TokenTableModel* activeModel() const { return m_window->activeModel(); }
    TokenTableModel* inactiveModel() const { return m_window->inactiveModel(); }
    QPushButton* rowButton(const QString& panelName, const QString& accessibleName) const;
    QMessageBox* waitForMessageBox(const QString& objectName);

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    Test::isolateStandardPaths();
}

void TestMainWindow::init()
{
    m_clock.set(Now);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_backend = std::move(opened).value();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestMainWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock);
    m_window->resize(1200, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] { return activeModel()->hasLoaded() && inactiveModel()->hasLoaded(); });
}

QPushButton* TestMainWindow::rowButton(const QString& panelName, const QString& accessibleName) const
{
    return visibleButtonNamed<QPushButton>(Test::child<RowActionsPanel>(m_window.get(), panelName),
                                           accessibleName);
}

QMessageBox* TestMainWindow::waitForMessageBox(const QString& objectName)
{
    return waitForVisibleChild<QMessageBox>(m_window.get(), objectName);
}

void TestMainWindow::createFromKeyboardShowsSecretOnceAndCopiesIt()
{
    QVERIFY(showWindow());
    auto* form = Test::child<TokenForm>(m_window.get());
    QVERIFY(form);
    QVERIFY(!form->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(form->isVisible());
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"nameLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"deploy key"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"descriptionLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Pushes releases"_s);
    // Tab goes through the date's sections, then on to the first scope.
    for (int i = 0; i < 6 && !qobject_cast<QCheckBox*>(QApplication::focusWidget()); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* apiBox = qobject_cast<QCheckBox*>(QApplication::focusWidget());
    QVERIFY(apiBox);
    QCOMPARE(apiBox->text(), u"api"_s);
    QTest::keyClick(apiBox, Qt::Key_Space);
    QVERIFY(apiBox->isChecked());
    QTest::keyClick(apiBox, Qt::Key_Return);

    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    QTRY_VERIFY(!form->isVisible());
    auto* secretEdit = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s);
    QVERIFY(secretEdit);
    const QString secret = secretEdit->text();
    QVERIFY(secret.startsWith(u"glpat-"_s));

    auto* copyButton = Test::child<QPushButton>(dialog, u"copyButton"_s);
    QVERIFY(copyButton);
    copyButton->setFocus();
    QTest::keyClick(copyButton, Qt::Key_Space);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));

    auto* doneButton = Test::child<QPushButton>(dialog, u"doneButton"_s);
    QVERIFY(doneButton);
    QTest::mouseClick(doneButton, Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));

    QTRY_COMPARE(activeNames(activeModel()), QStringList{u"deploy key"_s});
    const AccessToken created = activeModel()->tokenAt(0);
    QCOMPARE(created.description, u"Pushes releases"_s);
    QCOMPARE(created.scopes, QStringList{u"api"_s});
    QCOMPARE(created.expiresAt, Now.date().addDays(30));
    QTRY_VERIFY(rowButton(u"activeActionsPanel"_s, u"Revoke deploy key"_s));
}

void TestMainWindow::badInputShowsMessageAndCreatesNothing()
{
    QVERIFY(showWindow());
    auto* form = Test::child<TokenForm>(m_window.get());
    QTest::mouseClick(Test::child<QPushButton>(m_window.get(), u"addTokenButton"_s), Qt::LeftButton);
    QTRY_VERIFY(form->isVisible());
    auto* nameEdit = Test::child<QLineEdit>(form, u"nameLineEdit"_s);
    QTest::keyClicks(nameEdit, u"   "_s);
    QTest::keyClick(nameEdit, Qt::Key_Return);

    auto* nameError = Test::child<QLabel>(form, u"nameErrorLabel"_s);
    auto* scopesError = Test::child<QLabel>(form, u"scopesErrorLabel"_s);
    QTRY_VERIFY(nameError->isVisible());
    QVERIFY(!nameError->text().isEmpty());
    QVERIFY(scopesError->isVisible());
    QCOMPARE(QApplication::focusWidget(), nameEdit);
    QTest::qWait(20);
    QVERIFY(!visibleChild<SecretDialog>(m_window.get()));
    QVERIFY(form->isVisible());
    const Result<TokenPage> all = m_backend->listNow([] {
        ListQuery q;
        q.state = ListQuery::State::All;
        return q;
    }());
    QVERIFY(all);
    QCOMPARE(all.value().total, 0);
}

void TestMainWindow::backendFieldErrorsAppearInTheForm()
{
    QVERIFY(showWindow());
    // The backend allows shorter lifetimes than the form was told: its own check answers.
    m_backend->setMaxLifetimeDays(10);
    auto* form = Test::child<TokenForm>(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(form->isVisible());
    Test::child<QCheckBox>(form, u"scopeCheckBox_read_api"_s)->setChecked(true);
    auto* nameEdit = Test::child<QLineEdit>(form, u"nameLineEdit"_s);
    QTest::keyClicks(nameEdit, u"too long-lived"_s);
    QTest::keyClick(nameEdit, Qt::Key_Return);

    auto* expiresError = Test::child<QLabel>(form, u"expiresErrorLabel"_s);
    QTRY_VERIFY(expiresError->isVisible());
    QVERIFY(!expiresError->text().isEmpty());
    QVERIFY(!form->isBusy());
    QVERIFY(!visibleChild<SecretDialog>(m_window.get()));
    QCOMPARE(activeModel()->rowCount(), 0);
    QCOMPARE(m_backend->summaryNow().value().active, 0);
}

void TestMainWindow::revokeAsksThenMovesRowToInactive()
{
    QVERIFY(m_backend->createNow(Test::draft(u"ci runner"_s, 20, {u"read_api"_s})));
    const Result<CreatedToken> laptop = m_backend->createNow(Test::draft(u"laptop"_s, 40, {u"read_api"_s}));
    QVERIFY(laptop);
    QVERIFY(showWindow());
    QCOMPARE(activeNames(activeModel()), QStringList({u"ci runner"_s, u"laptop"_s}));

    QPushButton* revoke = nullptr;
    QTRY_VERIFY((revoke = rowButton(u"activeActionsPanel"_s, u"Revoke laptop"_s)) != nullptr);
    QCOMPARE(revoke->text(), u"Revoke"_s);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Revoke the token 'laptop'?"_s);
    QVERIFY(box->isModal());
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    // Pending: the row's buttons are disabled until the backend answers.
    QVERIFY(!revoke->isEnabled());

    QTRY_COMPARE(activeNames(activeModel()), QStringList{u"ci runner"_s});
    QTRY_COMPARE(inactiveModel()->rowCount(), 1);
    QCOMPARE(inactiveModel()->tokenAt(0).id, laptop.value().token.id);
    QVERIFY(inactiveModel()->tokenAt(0).revoked);
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active personal access tokens (1)"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"inactiveHeadingLabel"_s)->text(),
             u"Inactive personal access tokens (1)"_s);
    QTRY_VERIFY(rowButton(u"inactiveActionsPanel"_s, u"Create similar laptop"_s));
    QTRY_VERIFY(!rowButton(u"activeActionsPanel"_s, u"Revoke laptop"_s));
}

void TestMainWindow::revokeFromKeyboardOnTheTableRow()
{
    QVERIFY(m_backend->createNow(Test::draft(u"first"_s, 20, {u"read_api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"second"_s, 40, {u"read_api"_s})));
    QVERIFY(showWindow());
    auto* view = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    view->setFocus();
    view->setCurrentIndex(activeModel()->index(1, 0));

    // Escape on the confirmation revokes nothing.
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox* box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Revoke the token 'second'?"_s);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleChild<QMessageBox>(m_window.get(), u"revokeConfirmation"_s));
    QTest::qWait(20);
    QCOMPARE(activeModel()->rowCount(), 2);

    // The menu key (Shift+F10) offers the row's actions, named after the token.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = visibleChild<QMenu>(m_window.get(), u"rowMenu"_s)) != nullptr);
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text();
    QCOMPARE(texts, QStringList({u"Rotate second"_s, u"Revoke second"_s}));
    menu->close();

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(activeNames(activeModel()), QStringList{u"first"_s});
    QTRY_COMPARE(inactiveModel()->rowCount(), 1);
}

void TestMainWindow::rotateShowsNewSecretAndOldRowGoesInactive()
{
    const Result<CreatedToken> old =
        m_backend->createNow(Test::draft(u"deployer"_s, 90, {u"api"_s}, u"CD pipeline"_s));
    QVERIFY(old);
    QVERIFY(showWindow());
    QPushButton* rotate = nullptr;
    QTRY_VERIFY((rotate = rowButton(u"activeActionsPanel"_s, u"Rotate deployer"_s)) != nullptr);
    QTest::mouseClick(rotate, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"rotateConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Rotate the token 'deployer'?"_s);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);

    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    const QString secret = Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text();
    QVERIFY(secret.startsWith(u"glpat-"_s));
    QVERIFY(Secret::fromString(secret) != old.value().secret);
    QCOMPARE(dialog->token().name, u"deployer"_s);
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    // Closing without copying asks first.
    QPushButton* closeAnyway = nullptr;
    QTRY_VERIFY((closeAnyway = visibleChild<QPushButton>(dialog, u"closeWithoutCopyingButton"_s)) != nullptr);
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));

    QTRY_COMPARE(inactiveModel()->rowCount(), 1);
    QCOMPARE(inactiveModel()->tokenAt(0).id, old.value().token.id);
    // The refresh replaces the old row with its successor: wait for the successor, not just one row.
    QTRY_VERIFY(activeModel()->rowCount() == 1 && activeModel()->tokenAt(0).id != old.value().token.id);
    const AccessToken successor = activeModel()->tokenAt(0);
    QCOMPARE(successor.name, u"deployer"_s);
    QCOMPARE(successor.description, u"CD pipeline"_s);
    QCOMPARE(successor.expiresAt, Now.date().addDays(7));
}

void TestMainWindow::createSimilarPrefillsTheForm()
{
    const Result<CreatedToken> old = m_backend->createNow(
        Test::draft(u"registry"_s, 30, {u"read_registry"_s, u"write_registry"_s}, u"Image pushes"_s));
    QVERIFY(old);
    QVERIFY(m_backend->revokeNow(old.value().token.id));
    QVERIFY(showWindow());
    auto* form = Test::child<TokenForm>(m_window.get());
    QVERIFY(!form->isVisible());
    QPushButton* similar = nullptr;
    QTRY_VERIFY((similar = rowButton(u"inactiveActionsPanel"_s, u"Create similar registry"_s)) != nullptr);
    QCOMPARE(similar->text(), u"Create similar"_s);
    QTest::mouseClick(similar, Qt::LeftButton);
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(Test::child<QLineEdit>(form, u"nameLineEdit"_s)->text(), u"registry"_s);
    QCOMPARE(Test::child<QLineEdit>(form, u"descriptionLineEdit"_s)->text(), u"Image pushes"_s);
    QVERIFY(Test::child<QCheckBox>(form, u"scopeCheckBox_read_registry"_s)->isChecked());
    QVERIFY(Test::child<QCheckBox>(form, u"scopeCheckBox_write_registry"_s)->isChecked());
    QVERIFY(!Test::child<QCheckBox>(form, u"scopeCheckBox_api"_s)->isChecked());
    QCOMPARE(form->draft().scopes, QStringList({u"read_registry"_s, u"write_registry"_s}));

    // From the keyboard: the inactive row's menu offers the same.
    form->reset();
    auto* view = Test::child<QTableView>(m_window.get(), u"inactiveTableView"_s);
    view->setFocus();
    view->setCurrentIndex(inactiveModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = visibleChild<QMenu>(m_window.get(), u"rowMenu"_s)) != nullptr);
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().first()->text(), u"Create similar registry"_s);
    menu->actions().first()->trigger();
    menu->close();
    QTRY_COMPARE(Test::child<QLineEdit>(form, u"nameLineEdit"_s)->text(), u"registry"_s);
    QCOMPARE(QApplication::focusWidget(), Test::child<QLineEdit>(form, u"nameLineEdit"_s));
}

void TestMainWindow::searchFiltersInTheBackend()
{
    for (const QString& name : {u"alpha"_s, u"beta"_s, u"Alphabet"_s, u"gamma"_s})
        QVERIFY(m_backend->createNow(Test::draft(name, 20, {u"read_api"_s})));
    QVERIFY(showWindow());
    QCOMPARE(activeModel()->rowCount(), 4);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = Test::child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"alpha"_s);
    QTRY_COMPARE(activeModel()->rowCount(), 2);
    QCOMPARE(activeModel()->search(), u"alpha"_s);
    QVERIFY(activeNames(activeModel()).contains(u"Alphabet"_s));
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active personal access tokens (2)"_s);

    search->clear();
    QTest::keyClicks(search, u"zzz"_s);
    QTRY_COMPARE(activeModel()->totalCount(), 0);
    auto* empty = Test::child<QLabel>(m_window.get(), u"activeEmptyLabel"_s);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No active token matches the search."_s);
}

void TestMainWindow::headerClickSortsInTheBackend()
{
    QVERIFY(m_backend->createNow(Test::draft(u"bravo"_s, 10, {u"read_api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"alpha"_s, 30, {u"read_api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"charlie"_s, 20, {u"read_api"_s})));
    QVERIFY(showWindow());
    QCOMPARE(activeModel()->sortOrder(), ListQuery::Sort::ExpiresAsc);
    QCOMPARE(activeNames(activeModel()), QStringList({u"bravo"_s, u"charlie"_s, u"alpha"_s}));

    auto* view = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    QHeaderView* header = view->horizontalHeader();
    const auto clickHeader = [header](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const int nameSection = activeModel()->sectionOf(TokenTableModel::Column::Name);
    clickHeader(nameSection);
    QTRY_COMPARE(activeNames(activeModel()), QStringList({u"alpha"_s, u"bravo"_s, u"charlie"_s}));
    QCOMPARE(header->sortIndicatorSection(), nameSection);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    clickHeader(nameSection);
    QTRY_COMPARE(activeNames(activeModel()), QStringList({u"charlie"_s, u"bravo"_s, u"alpha"_s}));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // Scopes have no backend order: the click changes nothing.
    clickHeader(activeModel()->sectionOf(TokenTableModel::Column::Scopes));
    QCOMPARE(activeModel()->sortOrder(), ListQuery::Sort::NameDesc);
    QCOMPARE(header->sortIndicatorSection(), nameSection);

    // The sort box (for keyboard users) follows and drives the same order.
    auto* sortBox = Test::child<QComboBox>(m_window.get(), u"sortComboBox"_s);
    QCOMPARE(sortBox->currentData().toInt(), static_cast<int>(ListQuery::Sort::NameDesc));
    sortBox->setFocus();
    const int expiresIndex = sortBox->findData(static_cast<int>(ListQuery::Sort::ExpiresAsc));
    while (sortBox->currentIndex() > expiresIndex)
        QTest::keyClick(sortBox, Qt::Key_Up);
    while (sortBox->currentIndex() < expiresIndex)
        QTest::keyClick(sortBox, Qt::Key_Down);
    QTRY_COMPARE(activeNames(activeModel()), QStringList({u"bravo"_s, u"charlie"_s, u"alpha"_s}));
    QCOMPARE(header->sortIndicatorSection(), activeModel()->sectionOf(TokenTableModel::Column::Expires));
}

void TestMainWindow::summaryHeadingsAndStatusBar()
{
    QVERIFY(m_backend->createNow(Test::draft(u"soon"_s, 3, {u"read_api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"later"_s, 200, {u"read_api"_s})));
    const Result<CreatedToken> gone = m_backend->createNow(Test::draft(u"gone"_s, 50, {u"read_api"_s}));
    QVERIFY(gone);
    QVERIFY(m_backend->revokeNow(gone.value().token.id));
    QVERIFY(m_backend->createNow(Test::draft(u"expiring today"_s, 1, {u"read_api"_s})));
    m_clock.advance(24 * 3600); // "expiring today" reaches its date: expired
    QVERIFY(showWindow());
    QTRY_COMPARE(Test::child<QPushButton>(m_window.get(), u"activeCountButton"_s)->text(), u"Active: 2"_s);
    QCOMPARE(Test::child<QPushButton>(m_window.get(), u"expiringCountButton"_s)->text(),
             u"Expiring within 2 weeks: 1"_s);
    QCOMPARE(Test::child<QPushButton>(m_window.get(), u"revokedCountButton"_s)->text(), u"Revoked: 1"_s);
    QCOMPARE(Test::child<QPushButton>(m_window.get(), u"expiredCountButton"_s)->text(), u"Expired: 1"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"headingLabel"_s)->text(), u"Personal access tokens"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
             u"Active personal access tokens (2)"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"inactiveHeadingLabel"_s)->text(),
             u"Inactive personal access tokens (2)"_s);
    auto* backendLabel = Test::child<QLabel>(m_window.get(), u"backendLabel"_s);
    QVERIFY(backendLabel->isVisible());
    QCOMPARE(backendLabel->text(), m_backend->displayName());
    QVERIFY(backendLabel->text().contains(m_dir->path()));

    // The soon-expiring row says so in words, not only by colour.
    const int expires = activeModel()->sectionOf(TokenTableModel::Column::Expires);
    QVERIFY(activeModel()->index(0, expires).data().toString().contains(u"expires soon"_s));
}

void TestMainWindow::backendErrorsAreShownAndNothingIsLost()
{
    const Result<CreatedToken> shared = m_backend->createNow(Test::draft(u"shared"_s, 20, {u"read_api"_s}));
    QVERIFY(shared);
    QVERIFY(showWindow());
    QTRY_VERIFY(rowButton(u"activeActionsPanel"_s, u"Revoke shared"_s));

    // Another process revokes it; this window still shows it as active.
    {
        auto other = LocalBackend::open(m_backend->path(), m_clock);
        QVERIFY(other);
        QVERIFY(other.value()->revokeNow(shared.value().token.id));
    }
    QTest::mouseClick(rowButton(u"activeActionsPanel"_s, u"Revoke shared"_s), Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QMessageBox* error = waitForMessageBox(u"errorMessage"_s);
    QVERIFY(error);
    QCOMPARE(error->text(), u"Could not revoke the token 'shared'."_s);
    QVERIFY(!error->informativeText().isEmpty());
    QTest::mouseClick(error->button(QMessageBox::Ok), Qt::LeftButton);
    // The window re-reads the store and shows the truth.
    QTRY_COMPARE(activeModel()->rowCount(), 0);
    QTRY_COMPARE(inactiveModel()->rowCount(), 1);
}

void TestMainWindow::refreshShortcutRereadsTheStore()
{
    QVERIFY(showWindow());
    QCOMPARE(activeModel()->rowCount(), 0);
    QTRY_VERIFY(Test::child<QLabel>(m_window.get(), u"activeEmptyLabel"_s)->isVisible());
    {
        auto other = LocalBackend::open(m_backend->path(), m_clock);
        QVERIFY(other);
        QVERIFY(other.value()->createNow(Test::draft(u"from the cli"_s, 20, {u"read_api"_s})));
    }
    QTest::qWait(20);
    QCOMPARE(activeModel()->rowCount(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(activeNames(activeModel()), QStringList{u"from the cli"_s});
    QTRY_VERIFY(Test::child<QTableView>(m_window.get(), u"activeTableView"_s)->isVisible());
    QVERIFY(!Test::child<QLabel>(m_window.get(), u"activeEmptyLabel"_s)->isVisible());
}

void TestMainWindow::unreadableStoreShowsABannerAndKeepsTheRows()
{
    QVERIFY(m_backend->createNow(Test::draft(u"one"_s, 20, {u"read_api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"two"_s, 30, {u"read_api"_s})));
    QVERIFY(showWindow());
    auto* banner = Test::child<QLabel>(m_window.get(), u"loadErrorLabel"_s);
    QVERIFY(!banner->isVisible());
    const auto renameTable = [this](const QString& from, const QString& to) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        db.setDatabaseName(m_backend->path());
        bool done = db.open() && QSqlQuery(db).exec(u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"saboteur"_s);
        return done;
    };
    QVERIFY(renameTable(u"tokens"_s, u"hidden_tokens"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"Could not read the tokens:"_s));
    QCOMPARE(banner->accessibleName(), banner->text());
    QCOMPARE(activeNames(activeModel()), QStringList({u"one"_s, u"two"_s}));

    QVERIFY(renameTable(u"hidden_tokens"_s, u"tokens"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(activeNames(activeModel()), QStringList({u"one"_s, u"two"_s}));
}

void TestMainWindow::largeStoreIsLoadedLazily()
{
    QVERIFY(Bench::BulkInsert::into(m_backend->path(), 2500, m_clock));
    const int active = m_backend->summaryNow().value().active;
    QVERIFY(showWindow());
    QCOMPARE(activeModel()->totalCount(), active);
    QVERIFY(activeModel()->rowCount() < active);
    const int firstPage = activeModel()->rowCount();
    QCOMPARE(firstPage, TokenTableModel::DefaultPageSize);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
             u"Active personal access tokens (%1)"_s.arg(active));

    // Only the visible rows have buttons.
    auto* panel = Test::child<RowActionsPanel>(m_window.get(), u"activeActionsPanel"_s);
    const auto visibleButtons = [panel] {
        int count = 0;
        for (QPushButton* button : panel->findChildren<QPushButton*>())
            count += button->isVisible() ? 1 : 0;
        return count;
    };
    QTRY_VERIFY(visibleButtons() > 0);
    QVERIFY(visibleButtons() < 100);

    // Scrolling to the end of what is loaded asks for the next page, not for everything.
    auto* view = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE(activeModel()->rowCount(), 2 * firstPage);
    QVERIFY(activeModel()->rowCount() < active);
    // The buttons follow the rows on screen.
    const int lastVisible = view->rowAt(view->viewport()->height() - 1);
    QVERIFY(lastVisible > 0);
    QTRY_VERIFY(!panel->buttonsForRow(lastVisible).isEmpty());
    QCOMPARE(panel->buttonsForRow(lastVisible).last()->accessibleName(),
             u"Revoke "_s + activeModel()->tokenAt(lastVisible).name);
    QVERIFY(panel->buttonsForRow(0).isEmpty());
}

void TestMainWindow::setBackendShowsTheOtherBackendsTokens()
{
    QVERIFY(m_backend->createNow(Test::draft(u"mine"_s, 20, {u"read_api"_s})));
    auto opened = LocalBackend::open(m_dir->filePath(u"other.sqlite"_s), m_clock);
    QVERIFY(opened);
    std::unique_ptr<LocalBackend> other = std::move(opened).value();
    QVERIFY(other->createNow(Test::draft(u"theirs"_s, 10, {u"read_api"_s})));
    QVERIFY(other->createNow(Test::draft(u"theirs too"_s, 30, {u"read_api"_s})));
    const Result<CreatedToken> gone = other->createNow(Test::draft(u"their old one"_s, 30, {u"read_api"_s}));
    QVERIFY(gone);
    QVERIFY(other->revokeNow(gone.value().token.id));
    QVERIFY(showWindow());
    QTRY_COMPARE(activeNames(activeModel()), QStringList{u"mine"_s});

    m_window->setBackend(*other);
    QCOMPARE(&m_window->backend(), other.get());
    QTRY_COMPARE(activeNames(activeModel()), QStringList({u"theirs"_s, u"theirs too"_s}));
    QTRY_COMPARE(inactiveModel()->rowCount(), 1);
    QCOMPARE(inactiveModel()->tokenAt(0).name, u"their old one"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"backendLabel"_s)->text(), other->displayName());
    QTRY_COMPARE(Test::child<QPushButton>(m_window.get(), u"activeCountButton"_s)->text(), u"Active: 2"_s);
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active personal access tokens (2)"_s);
    QTRY_VERIFY(rowButton(u"activeActionsPanel"_s, u"Revoke theirs too"_s));

    // What the window does from now on goes to the new backend.
    m_window->showTokenForm();
    Test::child<QLineEdit>(m_window->tokenForm(), u"nameLineEdit"_s)->setText(u"new here"_s);
    Test::child<QCheckBox>(m_window->tokenForm(), u"scopeCheckBox_read_api"_s)->setChecked(true);
    m_window->tokenForm()->submit();
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    Test::child<QPushButton>(dialog, u"copyButton"_s)->click();
    dialog->accept();
    QTRY_COMPARE(activeModel()->rowCount(), 3);
    QCOMPARE(other->summaryNow().value().active, 3);
    QCOMPARE(m_backend->summaryNow().value().active, 1);
    m_window.reset();
}

void TestMainWindow::toolbarAndPreferencesShortcut()
{
    QVERIFY(showWindow());
    QToolBar* toolBar = m_window->mainToolBar();
    QVERIFY(toolBar);
    QCOMPARE(toolBar->objectName(), u"mainToolBar"_s);
    QCOMPARE(Test::child<QToolBar>(m_window.get(), u"mainToolBar"_s), toolBar);
    auto* preferences = Test::child<QAction>(m_window.get(), u"preferencesAction"_s);
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcut().isEmpty());
    QTest::keySequence(m_window.get(), preferences->shortcut());
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<QDialog>(m_window.get(), u"preferencesDialog"_s)) != nullptr);
    // The clear delay chosen there is what the window's clipboard uses from then on.
    auto* delay = Test::child<QSpinBox>(dialog, u"clipboardDelaySpinBox"_s);
    QVERIFY(delay);
    delay->setValue(45);
    dialog->accept();
    QCOMPARE(m_window->clipboard()->clearDelay(), std::chrono::milliseconds(45000));
    AppSettings::setClipboardClearSeconds(AppSettings::DefaultClipboardClearSeconds);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
