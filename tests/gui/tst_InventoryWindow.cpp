#include "AccountSession.h"
#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "GuiTestSupport.h"
#include "InventoryModel.h"
#include "InventoryWindow.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// "All users' tokens" on the GitLab test server: an administrator lists every user's tokens with their
// owners, selects several and revokes them with one confirmation; a regular user never sees it.
class TestInventoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void absentForRegularUsers();
    void administratorListsEveryUsersTokens();
    void revokeSelectedConfirmsOnceAndReportsFailures();
    void keyboardOnly();

private:
    bool showWindow(const char* secret);
    InventoryWindow* openInventory();
    int rowOf(const QString& name) const;
    QAction* allUsersAction() const { return m_window->findChild<QAction*>(u"allUsersAction"_s); }

    GitLabTestServer m_server;
    std::unique_ptr<GitLabBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QPointer<InventoryWindow> m_inventory;
};

void TestInventoryWindow::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestInventoryWindow::init()
{
    QVERIFY(m_server.reset());
    // Every test starts from the server's own users and tokens (earlier tests revoke some).
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
}

void TestInventoryWindow::cleanup()
{
    m_window.reset();
    m_backend.reset();
}

bool TestInventoryWindow::showWindow(const char* secret)
{
    m_backend = std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(secret)), Clock::system());
    m_window = std::make_unique<MainWindow>(*m_backend, Clock::system());
    m_window->resize(1200, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    // The account's role is known once whoami() answered, with the rest of the page.
    return QTest::qWaitFor([this] {
        return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
               m_server.count(u"GET"_s, u"/api/v4/user"_s) > 0;
    });
}

InventoryWindow* TestInventoryWindow::openInventory()
{
    allUsersAction()->trigger();
    m_inventory = waitForVisibleChild<InventoryWindow>(m_window.get(), u"inventoryWindow"_s);
    return m_inventory;
}

int TestInventoryWindow::rowOf(const QString& name) const
{
    for (int row = 0; row < m_inventory->model()->rowCount(); ++row) {
        if (m_inventory->model()->tokenAt(row).token.name == name)
            return row;
    }
    return -1;
}

void TestInventoryWindow::absentForRegularUsers()
{
    QVERIFY(showWindow(GitLabTestServer::AliceToken));
    QTest::qWait(200);
    QVERIFY(!allUsersAction()->isVisible());
    QVERIFY(!visibleChild<InventoryWindow>(m_window.get()));
}

void TestInventoryWindow::administratorListsEveryUsersTokens()
{
    QVERIFY(showWindow(GitLabTestServer::RootToken));
    QTRY_VERIFY(allUsersAction()->isVisible());
    QCOMPARE(allUsersAction()->text(), u"&All users' tokens…"_s);
    QVERIFY(openInventory());
    Test::child<QPushButton>(m_inventory, u"listButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy() && m_inventory->model()->rowCount() > 0, 20000);
    const int aliceRow = rowOf(u"alice-api"_s);
    const int bobRow = rowOf(u"bob-api"_s);
    QVERIFY(aliceRow >= 0 && bobRow >= 0);
    QVERIFY(rowOf(u"alice-revoked"_s) < 0); // active ones by default
    InventoryModel* model = m_inventory->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Owner"_s);
    QCOMPARE(model->index(aliceRow, 0).data().toString(), u"alice"_s);
    QCOMPARE(model->index(bobRow, 0).data().toString(), u"bob"_s);
    QVERIFY2(m_inventory->statusText().contains(u"of 3 user"_s), qPrintable(m_inventory->statusText()));

    // Owner and scope filters.
    Test::child<QLineEdit>(m_inventory, u"ownerLineEdit"_s)->setText(u"bob"_s);
    Test::child<QPushButton>(m_inventory, u"listButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy(), 20000);
    QTRY_COMPARE(m_inventory->model()->rowCount(), 1);
    QCOMPARE(m_inventory->model()->tokenAt(0).token.name, u"bob-api"_s);
    Test::child<QLineEdit>(m_inventory, u"ownerLineEdit"_s)->clear();
    Test::child<QLineEdit>(m_inventory, u"scopesLineEdit"_s)->setText(u"read_api"_s);
    Test::child<QPushButton>(m_inventory, u"listButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy(), 20000);
    QTRY_VERIFY(rowOf(u"alice-read"_s) >= 0);
    QCOMPARE(rowOf(u"alice-api"_s), -1);
}

void TestInventoryWindow::revokeSelectedConfirmsOnceAndReportsFailures()
{
    QVERIFY(showWindow(GitLabTestServer::RootToken));
    QTRY_VERIFY(allUsersAction()->isVisible());
    QVERIFY(openInventory());
    Test::child<QPushButton>(m_inventory, u"listButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy() && m_inventory->model()->rowCount() > 0, 20000);
    auto* view = Test::child<QTableView>(m_inventory, u"inventoryTableView"_s);
    const QStringList chosen = {u"alice-api"_s, u"alice-read"_s, u"bob-api"_s};
    for (const QString& name : chosen) {
        QVERIFY(rowOf(name) >= 0);
        view->selectionModel()->select(m_inventory->model()->index(rowOf(name), 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const qint64 bobId = m_inventory->model()->tokenAt(rowOf(u"bob-api"_s)).token.id;
    // The server fails bob's revoke.
    QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"server_error"_s},
                                          {u"method"_s, u"DELETE"_s},
                                          {u"path"_s, u"/api/v4/personal_access_tokens/%1"_s.arg(bobId)}}));
    auto* revokeSelected = Test::child<QPushButton>(m_inventory, u"revokeSelectedButton"_s);
    QVERIFY(revokeSelected->isEnabled());
    revokeSelected->click();
    auto* box = waitForVisibleChild<QMessageBox>(m_inventory, u"bulkRevokeConfirmation"_s);
    QVERIFY(box);
    // English plurals come from the translation the application installs.
    QVERIFY2(box->text().startsWith(u"Revoke 3 token"_s) && box->text().contains(u" of 2 user"_s),
             qPrintable(box->text()));
    QPushButton* confirm = visibleButtonNamed<QPushButton>(box, u"Revoke"_s);
    QVERIFY(confirm);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy(), 30000);
    QVERIFY2(m_inventory->statusText().contains(u"2 token"_s) &&
                 m_inventory->statusText().contains(u"1 not revoked"_s),
             qPrintable(m_inventory->statusText()));
    QVERIFY2(m_inventory->reportText().contains(u"\"bob-api\" of bob"_s),
             qPrintable(m_inventory->reportText()));
    QCOMPARE(m_inventory->model()->index(rowOf(u"alice-api"_s), int(InventoryModel::Column::State)).data(),
             QVariant(u"Revoked"_s));
    QCOMPARE(m_inventory->model()->index(rowOf(u"bob-api"_s), int(InventoryModel::Column::State)).data(),
             QVariant(u"Active"_s));
}

void TestInventoryWindow::keyboardOnly()
{
    QVERIFY(showWindow(GitLabTestServer::RootToken));
    QTRY_VERIFY(allUsersAction()->isVisible());
    QVERIFY(openInventory());
    QTRY_VERIFY(QTest::qWaitForWindowExposed(m_inventory.data()));
    m_inventory->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == m_inventory);
    // Alt+O: the owner; Return lists.
    QTest::keyClick(m_inventory, Qt::Key_O, Qt::AltModifier);
    auto* owner = Test::child<QLineEdit>(m_inventory, u"ownerLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), owner);
    QTest::keyClicks(owner, u"alice"_s);
    QTest::keyClick(owner, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_inventory->isBusy() && m_inventory->model()->rowCount() > 0, 20000);
    // Alt+K: the table; Ctrl+A selects every row.
    QTest::keyClick(m_inventory, Qt::Key_K, Qt::AltModifier);
    auto* view = Test::child<QTableView>(m_inventory, u"inventoryTableView"_s);
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), m_inventory->model()->rowCount());
    QTest::keyClick(m_inventory, Qt::Key_R, Qt::AltModifier);
    auto* box = waitForVisibleChild<QMessageBox>(m_inventory, u"bulkRevokeConfirmation"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u" of 1 user"_s), qPrintable(box->text()));
    // Escape: nothing revoked.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleChild<QMessageBox>(m_inventory));
    QCOMPARE(m_server.count(u"DELETE"_s), 0);

    // Every control is named after its label.
    for (const auto& [name, expected] :
         {std::pair{u"ownerLineEdit"_s, u"Owner"_s}, std::pair{u"scopesLineEdit"_s, u"Scopes"_s},
          std::pair{u"stateComboBox"_s, u"State"_s}, std::pair{u"inventoryTableView"_s, u"Tokens"_s},
          std::pair{u"listButton"_s, u"Show tokens"_s},
          std::pair{u"revokeSelectedButton"_s, u"Revoke selected"_s}, std::pair{u"closeButton"_s, u"Close"_s},
          std::pair{u"clearFiltersButton"_s, u"Clear filters"_s},
          std::pair{u"createdBeforeDateEdit"_s, u"Created before"_s}})
        QCOMPARE(Test::child<QWidget>(m_inventory, name)->accessibleName(), expected);
}

QTEST_MAIN(TestInventoryWindow)
#include "tst_InventoryWindow.moc"
