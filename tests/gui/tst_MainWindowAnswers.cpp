#include "Clock.h"
#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "PasteTokenDialog.h"
#include "SecretDialog.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;
using TokenDesk::Test::GitLabTestServer;

// The window applies the backends' answers to its own changes: a revoke, rotate or create moves or adds
// rows and adjusts the summary without listing again. Against the local store and the GitLab API test
// server (whose log counts the requests a change costs), with real widgets.
class TestMainWindowAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void revokeOnGitLabCostsTheDeleteAndOneRead();
    void rotateOnGitLabCostsTheRotateAndAtMostOneRead();
    void createOnGitLabCostsThePostAlone();
    void tokenPastedBackFromGitLabsPageJoinsTheTable();
    void revokeInTheStoreMovesTheRowInOrder();
    void rotatePutsTheSuccessorWhereTheOrderSays();
    void createRespectsTheSearchAndTheOrder();
    void changesFromElsewhereShowOnRefresh();

private:
    bool showWindow(TokenBackend& backend, const Clock& clock);
    QPushButton* rowButton(const QString& panelName, const QString& accessibleName) const;
    void confirm(const QString& panelName, const QString& button, const QString& confirmation);
    void closeSecretDialog();
    // Waits until the tables read nothing more, with time for a re-listing to have started.
    void settle();
    QString label(const QString& objectName) const;
    // The number a summary label shows ("Active: 3").
    int count(const QString& objectName) const { return label(objectName).section(u' ', -1).toInt(); }
    std::unique_ptr<GitLabBackend> signedIn(const char* secret);
    // GET requests other than a single token's (listings and summary counts).
    int listingRequests();
    // The store's own listing, in the table's order and with its search.
    QList<qint64> storeIds(ListQuery::State state, ListQuery::Sort sort, const QString& search = {}) const;

    GitLabTestServer m_server;
    Test::ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_store;
    std::unique_ptr<MainWindow> m_window;
    QList<QSignalSpy*> m_pageSpies;
};

namespace {

QList<qint64> ids(const TokenTableModel* model)
{
    QList<qint64> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->tokenAt(row).id;
    return out;
}

QStringList names(const TokenTableModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->tokenAt(row).name;
    return out;
}

} // namespace

void TestMainWindowAnswers::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestMainWindowAnswers::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    m_store = std::move(opened).value();
    QVERIFY(m_server.reset());
}

void TestMainWindowAnswers::cleanup()
{
    qDeleteAll(m_pageSpies);
    m_pageSpies.clear();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestMainWindowAnswers::showWindow(TokenBackend& backend, const Clock& clock)
{
    m_window = std::make_unique<MainWindow>(backend, clock);
    m_window->resize(1200, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    const bool loaded = QTest::qWaitFor([this] {
        return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
               !m_window->activeModel()->isLoading() && !m_window->inactiveModel()->isLoading() &&
               !label(u"activeCountButton"_s).isEmpty();
    });
    for (TokenTableModel* model : {m_window->activeModel(), m_window->inactiveModel()})
        m_pageSpies << new QSignalSpy(model, &TokenTableModel::pageLoaded);
    return loaded;
}

QPushButton* TestMainWindowAnswers::rowButton(const QString& panelName, const QString& accessibleName) const
{
    return visibleButtonNamed<QPushButton>(Test::child<QWidget>(m_window.get(), panelName), accessibleName);
}

void TestMainWindowAnswers::confirm(const QString& panelName, const QString& button,
                                    const QString& confirmation)
{
    QPushButton* pressed = nullptr;
    QTRY_VERIFY((pressed = rowButton(panelName, button)) != nullptr);
    QTest::mouseClick(pressed, Qt::LeftButton);
    auto* box = waitForVisibleChild<QMessageBox>(m_window.get(), confirmation);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
}

void TestMainWindowAnswers::closeSecretDialog()
{
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr, 20000);
    Test::child<QPushButton>(dialog, u"copyButton"_s)->click();
    Test::child<QPushButton>(dialog, u"doneButton"_s)->click();
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));
}

void TestMainWindowAnswers::settle()
{
    QTest::qWait(100);
    QTRY_VERIFY(!m_window->activeModel()->isLoading() && !m_window->inactiveModel()->isLoading());
}

QString TestMainWindowAnswers::label(const QString& objectName) const
{
    // The summary counts are buttons (they filter the tables), the headings labels.
    if (auto* button = m_window->findChild<QAbstractButton*>(objectName))
        return button->text();
    auto* found = m_window->findChild<QLabel*>(objectName);
    return found ? found->text() : QString();
}

std::unique_ptr<GitLabBackend> TestMainWindowAnswers::signedIn(const char* secret)
{
    auto backend =
        std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(secret)), Clock::system());
    auto who = Test::await<Account>(
        [&](QObject* ctx, Callback<Account> done) { backend->whoami(ctx, std::move(done)); });
    return who ? std::move(backend) : nullptr;
}

int TestMainWindowAnswers::listingRequests()
{
    return m_server.count(u"GET"_s) - m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens/"_s);
}

QList<qint64> TestMainWindowAnswers::storeIds(ListQuery::State state, ListQuery::Sort sort,
                                              const QString& search) const
{
    ListQuery query;
    query.state = state;
    query.sort = sort;
    query.search = search;
    query.limit = 0;
    const Result<TokenPage> page = m_store->listNow(query);
    QList<qint64> out;
    if (page) {
        for (const AccessToken& token : page.value().tokens)
            out << token.id;
    }
    return out;
}

void TestMainWindowAnswers::revokeOnGitLabCostsTheDeleteAndOneRead()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(alice);
    QVERIFY(showWindow(*alice, Clock::system()));
    const int activeBefore = count(u"activeCountButton"_s);
    const int revokedBefore = count(u"revokedCountButton"_s);
    const int activeRows = m_window->activeModel()->rowCount();
    const int inactiveRows = m_window->inactiveModel()->rowCount();
    const int row = static_cast<int>(names(m_window->activeModel()).indexOf(u"alice-read"_s));
    QVERIFY(row >= 0);
    const qint64 id = m_window->activeModel()->tokenAt(row).id;
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    confirm(u"activeActionsPanel"_s, u"Revoke alice-read"_s, u"revokeConfirmation"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->inactiveModel()->rowOfToken(id) >= 0, 20000);
    settle();

    QCOMPARE(m_server.count(u"DELETE"_s), 1);
    QVERIFY2(m_server.count(u"GET"_s) <= 1, qPrintable(QString::number(m_server.count(u"GET"_s))));
    QCOMPARE(listingRequests(), 0);
    QCOMPARE(m_server.log().size(), 1 + m_server.count(u"GET"_s));

    QCOMPARE(m_window->activeModel()->rowCount(), activeRows - 1);
    QCOMPARE(m_window->activeModel()->rowOfToken(id), -1);
    QVERIFY(m_window->inactiveModel()->tokenAt(m_window->inactiveModel()->rowOfToken(id)).revoked);
    QCOMPARE(label(u"revokedCountButton"_s), u"Revoked: %1"_s.arg(revokedBefore + 1));
    QCOMPARE(label(u"activeCountButton"_s), u"Active: %1"_s.arg(activeBefore - 1));
    QCOMPARE(m_window->inactiveModel()->rowCount(), inactiveRows + 1);
    QCOMPARE(label(u"inactiveHeadingLabel"_s),
             u"Inactive personal access tokens (%1)"_s.arg(inactiveRows + 1));
    for (QSignalSpy* spy : std::as_const(m_pageSpies))
        QCOMPARE(spy->count(), 0);

    // What F5 reads shows the same.
    const QList<qint64> activeIds = ids(m_window->activeModel());
    const QList<qint64> inactiveIds = ids(m_window->inactiveModel());
    const QString revokedCount = label(u"revokedCountButton"_s);
    const QString activeCount = label(u"activeCountButton"_s);
    m_window->refresh(); // F5
    QTRY_VERIFY(m_pageSpies.at(0)->count() > 0 && m_pageSpies.at(1)->count() > 0);
    settle();
    QCOMPARE(ids(m_window->activeModel()), activeIds);
    QCOMPARE(ids(m_window->inactiveModel()), inactiveIds);
    QTRY_COMPARE(label(u"revokedCountButton"_s), revokedCount);
    QCOMPARE(label(u"activeCountButton"_s), activeCount);
}

void TestMainWindowAnswers::rotateOnGitLabCostsTheRotateAndAtMostOneRead()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(alice);
    QVERIFY(showWindow(*alice, Clock::system()));
    const QString activeBefore = label(u"activeCountButton"_s);
    const int revokedBefore = count(u"revokedCountButton"_s);
    const int activeRows = m_window->activeModel()->rowCount();
    const int inactiveRows = m_window->inactiveModel()->rowCount();
    const int row = static_cast<int>(names(m_window->activeModel()).indexOf(u"alice-registry"_s));
    QVERIFY(row >= 0);
    const qint64 oldId = m_window->activeModel()->tokenAt(row).id;
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    confirm(u"activeActionsPanel"_s, u"Rotate alice-registry"_s, u"rotateConfirmation"_s);
    closeSecretDialog();
    settle();

    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(m_server.count(u"POST"_s, u"/api/v4/personal_access_tokens/"_s), 1);
    QCOMPARE(listingRequests(), 0);
    // The backend may read which token it signs in with (GET .../self) before its first rotate.
    QVERIFY(m_server.count(u"GET"_s) <= 1);
    QCOMPARE(m_server.log().size(), 1 + m_server.count(u"GET"_s));

    // The successor takes the old token's place; the old one is inactive.
    QCOMPARE(m_window->activeModel()->rowCount(), activeRows);
    QCOMPARE(names(m_window->activeModel()).count(u"alice-registry"_s), 1);
    QCOMPARE(m_window->activeModel()->rowOfToken(oldId), -1);
    QCOMPARE(m_window->inactiveModel()->rowCount(), inactiveRows + 1);
    QVERIFY(m_window->inactiveModel()->tokenAt(m_window->inactiveModel()->rowOfToken(oldId)).revoked);
    QCOMPARE(label(u"activeCountButton"_s), activeBefore);
    QCOMPARE(label(u"revokedCountButton"_s), u"Revoked: %1"_s.arg(revokedBefore + 1));
    for (QSignalSpy* spy : std::as_const(m_pageSpies))
        QCOMPARE(spy->count(), 0);

    const QList<qint64> activeIds = ids(m_window->activeModel());
    const QList<qint64> inactiveIds = ids(m_window->inactiveModel());
    m_window->refresh(); // F5
    QTRY_VERIFY(m_pageSpies.at(0)->count() > 0 && m_pageSpies.at(1)->count() > 0);
    settle();
    QCOMPARE(ids(m_window->activeModel()), activeIds);
    QCOMPARE(ids(m_window->inactiveModel()), inactiveIds);
}

void TestMainWindowAnswers::createOnGitLabCostsThePostAlone()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    QVERIFY(alice);
    QVERIFY(showWindow(*alice, Clock::system()));
    const int activeBefore = count(u"activeCountButton"_s);
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    m_window->showTokenForm();
    m_window->tokenForm()->prefill(u"made in the window"_s, u"applied, not re-read"_s, {u"self_rotate"_s});
    m_window->tokenForm()->submit();
    closeSecretDialog();
    settle();

    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(listingRequests(), 0);
    QCOMPARE(m_server.log().size(), 1);
    QVERIFY(names(m_window->activeModel()).contains(u"made in the window"_s));
    QCOMPARE(label(u"activeCountButton"_s), u"Active: %1"_s.arg(activeBefore + 1));
    QCOMPARE(label(u"activeHeadingLabel"_s), u"Active personal access tokens (%1)"_s.arg(activeBefore + 1));

    const QList<qint64> activeIds = ids(m_window->activeModel());
    m_window->refresh(); // F5
    QTRY_VERIFY(m_pageSpies.at(0)->count() > 0);
    settle();
    QCOMPARE(ids(m_window->activeModel()), activeIds);
}

void TestMainWindowAnswers::tokenPastedBackFromGitLabsPageJoinsTheTable()
{
    auto alice = signedIn(GitLabTestServer::AliceToken);
    auto root = signedIn(GitLabTestServer::RootToken);
    QVERIFY(alice && root);
    QVERIFY(showWindow(*alice, Clock::system()));
    const int activeBefore = count(u"activeCountButton"_s);
    // GitLab does not let a regular user create this over the API: the window offers its page.
    m_window->showTokenForm();
    m_window->tokenForm()->prefill(u"made on the page"_s, {}, {u"api"_s});
    m_window->tokenForm()->submit();
    PasteTokenDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<PasteTokenDialog>(m_window.get())) != nullptr, 20000);
    TokenDraft draft;
    draft.name = u"made on the page"_s;
    draft.scopes = {u"api"_s};
    draft.expiresAt = Clock::system().todayUtc().addDays(30);
    const auto made = Test::await<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> done) {
        root->createForUser(alice->account()->userId, draft, ctx, std::move(done));
    });
    QVERIFY(made);
    settle();
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    auto* paste = Test::child<QLineEdit>(dialog, u"pastedTokenLineEdit"_s);
    QTest::keyClicks(paste, QString::fromLatin1(made.value().secret.utf8()));
    QTest::keyClick(paste, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->activeModel()->rowOfToken(made.value().token.id) >= 0, 20000);
    dialog->close();
    settle();
    QCOMPARE(listingRequests(), 0);
    QCOMPARE(label(u"activeCountButton"_s), u"Active: %1"_s.arg(activeBefore + 1));
    QVERIFY(!m_window->tokenForm()->isVisible());
}

void TestMainWindowAnswers::revokeInTheStoreMovesTheRowInOrder()
{
    const QDate today = m_clock.todayUtc();
    // Inactive rows are listed newest first: the revoked token belongs between the two inactive ones.
    for (const auto& [name, days] :
         {std::pair{u"oldest"_s, 5}, {u"middle"_s, 10}, {u"newest"_s, 3}, {u"soon"_s, 2}}) {
        TokenDraft draft;
        draft.name = name;
        draft.expiresAt = today.addDays(days);
        draft.scopes = {u"api"_s};
        QVERIFY(m_store->createNow(draft));
        m_clock.advance(3600);
    }
    const QList<qint64> created = storeIds(ListQuery::State::Active, ListQuery::Sort::CreatedAsc);
    QVERIFY(m_store->revokeNow(created.at(0)));
    QVERIFY(m_store->revokeNow(created.at(2)));
    QVERIFY(showWindow(*m_store, m_clock));
    QCOMPARE(names(m_window->activeModel()), QStringList({u"soon"_s, u"middle"_s}));
    QCOMPARE(names(m_window->inactiveModel()), QStringList({u"newest"_s, u"oldest"_s}));
    QCOMPARE(label(u"expiringCountButton"_s), u"Expiring within 2 weeks: 2"_s);

    confirm(u"activeActionsPanel"_s, u"Revoke middle"_s, u"revokeConfirmation"_s);
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList({u"newest"_s, u"middle"_s, u"oldest"_s}));
    settle();
    QCOMPARE(names(m_window->activeModel()), QStringList{u"soon"_s});
    QCOMPARE(ids(m_window->inactiveModel()),
             storeIds(ListQuery::State::Inactive, ListQuery::Sort::CreatedDesc));
    QCOMPARE(label(u"activeCountButton"_s), u"Active: 1"_s);
    QCOMPARE(label(u"expiringCountButton"_s), u"Expiring within 2 weeks: 1"_s);
    QCOMPARE(label(u"revokedCountButton"_s), u"Revoked: 3"_s);
    QCOMPARE(label(u"activeHeadingLabel"_s), u"Active personal access tokens (1)"_s);
    QCOMPARE(label(u"inactiveHeadingLabel"_s), u"Inactive personal access tokens (3)"_s);
    for (QSignalSpy* spy : std::as_const(m_pageSpies))
        QCOMPARE(spy->count(), 0);
}

void TestMainWindowAnswers::rotatePutsTheSuccessorWhereTheOrderSays()
{
    const QDate today = m_clock.todayUtc();
    // Active rows are listed by expiry, soonest first; a successor expires in 7 days.
    for (const auto& [name, days] :
         {std::pair{u"in 3 days"_s, 3}, {u"in 10 days"_s, 10}, {u"in 60 days"_s, 60}}) {
        TokenDraft draft;
        draft.name = name;
        draft.expiresAt = today.addDays(days);
        draft.scopes = {u"api"_s};
        QVERIFY(m_store->createNow(draft));
    }
    QVERIFY(showWindow(*m_store, m_clock));
    QCOMPARE(label(u"expiringCountButton"_s), u"Expiring within 2 weeks: 2"_s);

    confirm(u"activeActionsPanel"_s, u"Rotate in 60 days"_s, u"rotateConfirmation"_s);
    closeSecretDialog();
    settle();
    QCOMPARE(names(m_window->activeModel()), QStringList({u"in 3 days"_s, u"in 60 days"_s, u"in 10 days"_s}));
    QCOMPARE(m_window->activeModel()->tokenAt(1).expiresAt, today.addDays(7));
    QCOMPARE(ids(m_window->activeModel()), storeIds(ListQuery::State::Active, ListQuery::Sort::ExpiresAsc));
    QCOMPARE(names(m_window->inactiveModel()), QStringList{u"in 60 days"_s});
    QVERIFY(m_window->inactiveModel()->tokenAt(0).revoked);
    QCOMPARE(label(u"activeCountButton"_s), u"Active: 3"_s);
    QCOMPARE(label(u"expiringCountButton"_s), u"Expiring within 2 weeks: 3"_s);
    QCOMPARE(label(u"revokedCountButton"_s), u"Revoked: 1"_s);
    QCOMPARE(label(u"inactiveHeadingLabel"_s), u"Inactive personal access tokens (1)"_s);
    for (QSignalSpy* spy : std::as_const(m_pageSpies))
        QCOMPARE(spy->count(), 0);
}

void TestMainWindowAnswers::createRespectsTheSearchAndTheOrder()
{
    const QDate today = m_clock.todayUtc();
    for (const QString& name : {u"deploy alpha"_s, u"deploy charlie"_s, u"laptop"_s}) {
        TokenDraft draft;
        draft.name = name;
        draft.expiresAt = today.addDays(30);
        draft.scopes = {u"api"_s};
        QVERIFY(m_store->createNow(draft));
    }
    QVERIFY(showWindow(*m_store, m_clock));
    m_window->activeModel()->setSortOrder(ListQuery::Sort::NameAsc);
    auto* search = Test::child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->setText(u"Deploy"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(names(m_window->activeModel()), QStringList({u"deploy alpha"_s, u"deploy charlie"_s}));
    settle();
    m_pageSpies.at(0)->clear();
    m_pageSpies.at(1)->clear();

    const auto create = [this](const QString& name) {
        m_window->showTokenForm();
        m_window->tokenForm()->prefill(name, {}, {u"read_api"_s});
        m_window->tokenForm()->submit();
        closeSecretDialog();
    };
    create(u"deploy bravo"_s);
    QTRY_COMPARE(names(m_window->activeModel()),
                 QStringList({u"deploy alpha"_s, u"deploy bravo"_s, u"deploy charlie"_s}));
    create(u"printer"_s);
    settle();
    // Not matching the search: counted in the summary, not shown in the table.
    QCOMPARE(names(m_window->activeModel()),
             QStringList({u"deploy alpha"_s, u"deploy bravo"_s, u"deploy charlie"_s}));
    QCOMPARE(ids(m_window->activeModel()),
             storeIds(ListQuery::State::Active, ListQuery::Sort::NameAsc, u"deploy"_s));
    QCOMPARE(label(u"activeHeadingLabel"_s), u"Active personal access tokens (3)"_s);
    QCOMPARE(label(u"activeCountButton"_s), u"Active: 5"_s);
    for (QSignalSpy* spy : std::as_const(m_pageSpies))
        QCOMPARE(spy->count(), 0);
}

void TestMainWindowAnswers::changesFromElsewhereShowOnRefresh()
{
    TokenDraft draft;
    draft.name = u"mine"_s;
    draft.expiresAt = m_clock.todayUtc().addDays(30);
    draft.scopes = {u"api"_s};
    QVERIFY(m_store->createNow(draft));
    QVERIFY(showWindow(*m_store, m_clock));

    // Another process (here: another connection to the same file) adds a token.
    auto other = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(other);
    draft.name = u"from the cli"_s;
    QVERIFY(other.value()->createNow(draft));

    // A change made in the window applies its own answer and does not list again...
    confirm(u"activeActionsPanel"_s, u"Revoke mine"_s, u"revokeConfirmation"_s);
    QTRY_COMPARE(names(m_window->inactiveModel()), QStringList{u"mine"_s});
    settle();
    QCOMPARE(names(m_window->activeModel()), QStringList{});
    QCOMPARE(label(u"activeCountButton"_s), u"Active: 0"_s);

    // ...and F5 reads everything again.
    m_window->refresh(); // F5
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"from the cli"_s});
    QTRY_COMPARE(label(u"activeCountButton"_s), u"Active: 1"_s);
    QCOMPARE(label(u"revokedCountButton"_s), u"Revoked: 1"_s);
}

QTEST_MAIN(TestMainWindowAnswers)
#include "tst_MainWindowAnswers.moc"
