#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"

#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;
namespace Keychain = TokenDesk::Test::Keychain;

// The window against a GitLab that stalls, drips, cuts replies mid-body, loses them, or answers 401,
// 403, 429 and 5xx, while a person creates, rotates and revokes tokens and switches account: the window
// never crashes or hangs (each action ends with a message in front of the person), a change is never
// sent twice, and a change whose reply went missing is re-read and told as done or not done.
class TestWindowUnderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void changesUnderFaults_data();
    void changesUnderFaults();
    void switchingAccountUnderFaults_data();
    void switchingAccountUnderFaults();

private:
    bool showWindow();
    bool selectAccount(const GitLabAccount& account);
    bool tablesLoaded() const;
    // The message box of a failed action, once one is shown.
    QMessageBox* errorBox() const;
    QString bannerText() const;
    int tokensNamed(const QString& name);

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<LocalBackend> m_offline;
    std::unique_ptr<MainWindow> m_window;
    AccountSelector* m_selector = nullptr;
    GitLabAccount m_alice;
    GitLabAccount m_bob;
    int m_switches = 0;
};

namespace {

QJsonObject fault(const QString& kind, const QJsonObject& extra = {})
{
    QJsonObject f{{u"kind"_s, kind}, {u"count"_s, -1}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.insert(it.key(), it.value());
    return f;
}

// The faults of a server in trouble, each answering every request it applies to.
QList<std::pair<QByteArray, QJsonObject>> serverFaults()
{
    return {
        {"stalling", fault(u"stall"_s, {{u"seconds"_s, 30}})},
        {"dripping", fault(u"drip"_s, {{u"interval_ms"_s, 200}})},
        {"reply cut mid-body", fault(u"truncate"_s)},
        {"reply lost", fault(u"lose_reply"_s)},
        {"401", fault(u"server_error"_s, {{u"status"_s, 401}})},
        {"403", fault(u"server_error"_s, {{u"status"_s, 403}})},
        {"429", fault(u"rate_limit"_s, {{u"retry_after"_s, 120}, {u"json"_s, true}})},
        {"500", fault(u"server_error"_s, {{u"status"_s, 500}})},
        {"502", fault(u"server_error"_s, {{u"status"_s, 502}})},
        {"503", fault(u"server_error"_s, {{u"status"_s, 503}})},
    };
}

} // namespace

void TestWindowUnderFaults::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    AppSettings::setAutoSaveToKeychain(false);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestWindowUnderFaults::init()
{
    QVERIFY(m_server.control(QJsonObject{{u"reseed"_s, true}}));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>();
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), Clock::system());
    QVERIFY(opened);
    m_offline = std::move(opened).value();
    m_switches = 0;
    m_alice = addTestAccount(*m_registry, m_server, u"alice"_s, GitLabTestServer::AliceToken);
    m_bob = addTestAccount(*m_registry, m_server, u"bob"_s, GitLabTestServer::BobToken);
    QVERIFY(!m_alice.key.isEmpty() && !m_bob.key.isEmpty());
    QVERIFY(showWindow());
}

void TestWindowUnderFaults::cleanup()
{
    m_window.reset();
    m_selector = nullptr;
    if (m_registry)
        QVERIFY(GuiTest::forgetTestAccounts(*m_registry));
    m_registry.reset();
    m_vault.reset();
    m_offline.reset();
    m_dir.reset();
}

bool TestWindowUnderFaults::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_offline, Clock::system(), m_vault.get());
    GitLabOptions options;
    options.timeoutMs = 1500; // the deadline of each request
    options.retryDelayMs = 10;
    options.maxGetAttempts = 2;
    options.maxRateLimitWaitMs = 1000;
    m_selector = new AccountSelector(*m_registry, *m_offline, Clock::system(), options);
    m_selector->attach(*m_window);
    connect(m_selector, &AccountSelector::backendChanged, this, [this](TokenBackend&) { ++m_switches; });
    m_window->resize(1200, 900);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) && selectAccount(m_alice) &&
           QTest::qWaitFor([this] { return tablesLoaded(); }, 20000);
}

bool TestWindowUnderFaults::selectAccount(const GitLabAccount& account)
{
    const int before = m_switches;
    m_selector->selectAccount(account.key);
    return QTest::qWaitFor([&] { return m_switches > before; }, 20000) &&
           m_window->backend().identity() == account.key;
}

bool TestWindowUnderFaults::tablesLoaded() const
{
    return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
           !m_window->activeModel()->isLoading() && !m_window->inactiveModel()->isLoading();
}

QMessageBox* TestWindowUnderFaults::errorBox() const
{
    return visibleChild<QMessageBox>(m_window.get(), u"errorMessage"_s);
}

QString TestWindowUnderFaults::bannerText() const
{
    auto* banner = m_window->findChild<QWidget*>(u"loadErrorBanner"_s);
    auto* label = m_window->findChild<QLabel*>(u"loadErrorLabel"_s);
    return banner && label && banner->isVisible() ? label->text() : QString();
}

int TestWindowUnderFaults::tokensNamed(const QString& name)
{
    int n = 0;
    for (const QJsonValue& t : m_server.tokens())
        n += t.toObject().value(u"name"_s).toString() == name ? 1 : 0;
    return n;
}

void TestWindowUnderFaults::changesUnderFaults_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("told"); // what the message says

    // What the re-reading after a missing reply finds, for each change.
    const QHash<QString, std::pair<QString, QString>> reread{
        {u"create"_s, {u"now exists"_s, u"was not created"_s}},
        {u"rotate"_s, {u"was rotated"_s, u"was not rotated"_s}},
        {u"revoke"_s, {u"now revoked"_s, u"was not revoked"_s}},
    };
    for (const QString& action : {u"create"_s, u"rotate"_s, u"revoke"_s}) {
        for (const auto& [name, f] : serverFaults()) {
            QString told;
            const QString kind = f.value(u"kind"_s).toString();
            if (kind == u"stall"_s)
                told = reread[action].second; // stalled before applying it
            else if (kind == u"drip"_s || kind == u"truncate"_s || kind == u"lose_reply"_s)
                told = reread[action].first;
            else if (kind == u"rate_limit"_s)
                told = u"nothing was changed"_s;
            else if (f.value(u"status"_s).toInt() >= 500)
                told = reread[action].second;
            else if (f.value(u"status"_s).toInt() == 401)
                told = u"refused"_s;
            else
                told = QString::number(f.value(u"status"_s).toInt());
            QTest::addRow("%s, %s", qPrintable(action), name.constData()) << action << f << told;
        }
    }
}

void TestWindowUnderFaults::changesUnderFaults()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, fault);
    QFETCH(QString, told);
    const QString method = action == u"revoke"_s ? u"DELETE"_s : u"POST"_s;
    const QString target = action == u"rotate"_s ? u"alice-registry"_s : u"alice-read"_s;
    const QString created = u"made in trouble"_s;
    AccessToken token;
    for (int row = 0; row < m_window->activeModel()->rowCount(); ++row) {
        if (m_window->activeModel()->tokenAt(row).name == target)
            token = m_window->activeModel()->tokenAt(row);
    }
    QVERIFY(token.id > 0);
    // A refused access token is refused for every request; other faults hit the change alone.
    if (fault.value(u"status"_s).toInt() != 401)
        fault.insert(u"method"_s, method);
    QVERIFY(m_server.addFault(fault));
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));

    if (action == u"create"_s) {
        m_window->showTokenForm();
        m_window->tokenForm()->prefill(created, QString(), {u"self_rotate"_s});
        m_window->tokenForm()->submit();
    } else {
        if (action == u"rotate"_s)
            m_window->confirmRotate(token);
        else
            m_window->confirmRevoke(token);
        auto* box = waitForVisibleChild<QMessageBox>(m_window.get(), action + u"Confirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    }

    // No hang: the action ends in a message in front of the person, saying what became of it.
    QMessageBox* box = nullptr;
    QVERIFY2(QTest::qWaitFor([&] { return (box = errorBox()) != nullptr; }, 30000),
             "the action never ended with a message");
    const QString message = box->text() + u' ' + box->informativeText();
    QVERIFY2(message.contains(told), qPrintable(message));
    QVERIFY2(!message.contains(u'<'), qPrintable(message)); // no HTML page of the proxy
    QVERIFY(!visibleChild<SecretDialog>(m_window.get()));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!errorBox());
    // Never sent twice, whatever came back.
    QCOMPARE(m_server.count(method), 1);
    QVERIFY(m_server.control(QJsonObject{{u"reset_faults"_s, true}}));
    if (action == u"create"_s)
        QCOMPARE(tokensNamed(created), told == u"now exists"_s ? 1 : 0);

    // Once the server recovers, the window works on.
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(tablesLoaded(), 20000);
    QTRY_COMPARE(bannerText(), QString());
    QVERIFY(m_window->activeModel()->rowCount() > 0);
}

void TestWindowUnderFaults::switchingAccountUnderFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    for (const auto& [name, f] : serverFaults())
        QTest::newRow(name.constData()) << f;
}

// Switching to another account while every read fails: the switch ends either way, with a message saying
// why bob could not be shown (the window keeps alice's tokens), and works once the server recovers.
void TestWindowUnderFaults::switchingAccountUnderFaults()
{
    QFETCH(QJsonObject, fault);
    fault.insert(u"method"_s, u"GET"_s);
    QVERIFY(m_server.addFault(fault));

    const int before = m_switches;
    m_selector->selectAccount(m_bob.key);
    const auto problemBox = [this] {
        return visibleChild<QMessageBox>(m_window.get(), u"accountProblemMessageBox"_s);
    };
    QVERIFY2(QTest::qWaitFor([&] { return problemBox() || errorBox() || !bannerText().isEmpty(); }, 30000),
             "the switch never ended with a message");
    QMessageBox* box = problemBox() ? problemBox() : errorBox();
    const QString message = box ? box->text() + u' ' + box->informativeText() : bannerText();
    QVERIFY(!message.trimmed().isEmpty());
    QVERIFY2(!message.contains(u'<'), qPrintable(message));
    if (m_switches == before) // not switched: the window still shows alice
        QCOMPARE(m_window->backend().identity(), m_alice.key);

    QVERIFY(m_server.control(QJsonObject{{u"reset_faults"_s, true}}));
    for (const QString& name : {u"accountProblemMessageBox"_s, u"errorMessage"_s}) {
        while (QPointer<QMessageBox> open = visibleChild<QMessageBox>(m_window.get(), name)) {
            open->reject();
            QTRY_VERIFY(!open || !open->isVisible());
        }
    }
    if (m_window->backend().identity() != m_bob.key)
        QVERIFY(selectAccount(m_bob));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(tablesLoaded() && bannerText().isEmpty(), 30000);
    bool bobShown = false;
    for (int row = 0; row < m_window->activeModel()->rowCount(); ++row)
        bobShown = bobShown || m_window->activeModel()->tokenAt(row).name == u"bob-api"_s;
    QVERIFY(bobShown);
    QVERIFY(selectAccount(m_alice));
    QTRY_VERIFY_WITH_TIMEOUT(tablesLoaded() && bannerText().isEmpty(), 30000);
}

QTEST_MAIN(TestWindowUnderFaults)
#include "WidgetLookup.h"
#include "tst_WindowUnderFaults.moc"
