#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TokenDetailsPane.h"
#include "TokenTableModel.h"

#include <QJsonObject>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace TokenDesk::Test;
using namespace Qt::StringLiterals;

// The details pane on GitLab: the addresses a token was last used from, as the server recorded them.
class TestGitLabDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailsShowTheAddressesGitLabRecorded();

private:
    GitLabTestServer m_server;
};

void TestGitLabDetails::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
}

void TestGitLabDetails::detailsShowTheAddressesGitLabRecorded()
{
    // The window signs in with alice-api: the server records this address for it.
    GitLabBackend backend(m_server.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    MainWindow window(backend, Clock::system());
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TokenTableModel* model = window.activeModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && !model->isLoading(), 20000);
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->tokenAt(i).name == u"alice-api"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    auto* view = Test::child<QTableView>(&window, u"activeTableView"_s);
    view->setFocus();
    view->setCurrentIndex(model->index(row, 0));
    auto* pane = Test::child<TokenDetailsPane>(&window, u"detailsPane"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(u"Last used from: 127.0.0.1"_s), 20000);
    QVERIFY2(pane->text().contains(u"Name: alice-api"_s), qPrintable(pane->text()));
    QVERIFY(!pane->text().contains(u"Last used: Never"_s));
}

QTEST_MAIN(TestGitLabDetails)
#include "tst_GitLabDetails.moc"
