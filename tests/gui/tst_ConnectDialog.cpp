#include "AccountRegistry.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "GitLabTestServer.h"
#include "ManualClock.h"
#include "SecretVault.h"
#include "TestSupport.h"
#include "Translations.h"

#include "../unit/keychain/KeychainTestSupport.h"
#include "GuiTestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using TokenDesk::Test::GitLabTestServer;

// "Connect to GitLab…" against the GitLab API test server on loopback, saving into the real Secret Service
// of tests/support/isolated-run.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fieldsHaveTheirLabelsAsNames();
    void createTokenLinkOpensPrefilledPage();
    void httpToRemoteHostIsRefusedBeforeAnyRequest();
    void unreachableServerShownNextToUrl();
    void untrustedCertificateShownNextToUrl();
    void unauthorizedTokenShowsClearMessageAndSavesNothing();
    void closingWhileConnectingSavesNothing();
    void connectShowsAccountAndSavesTokenOnlyInKeychain();
    void administratorIsShown();
    void warnsWhenTokenLacksApi();
    void warnsWhenTokenExpiresWithinTwoWeeks();

private:
    void makeDialog(const Clock& clock, GitLabOptions options = {});
    void fillIn(const QString& url, const QString& token);
    QLabel* label(const char* name) const { return Test::child<QLabel>(m_dialog.get(), QLatin1String(name)); }

    GitLabTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<ConnectDialog> m_dialog;
    std::unique_ptr<Test::ManualClock> m_clock;
    QList<QUrl> m_opened;
};

void TestConnectDialog::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    installTranslations(*QCoreApplication::instance());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestConnectDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("TOKENDESK_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
    m_vault = std::make_unique<SecretVault>(m_dir->filePath(u"config/keychain.conf"_s));
    m_registry = std::make_unique<AccountRegistry>(*m_vault);
    QCOMPARE(m_registry->settingsFile(), m_dir->filePath(u"config/keychain.conf"_s));
    m_opened.clear();
    QVERIFY(m_server.reset());
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
    m_registry.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestConnectDialog::makeDialog(const Clock& clock, GitLabOptions options)
{
    m_dialog = std::make_unique<ConnectDialog>(*m_registry, clock, options);
    m_dialog->setUrlOpener([this](const QUrl& url) { m_opened << url; });
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectDialog::fillIn(const QString& url, const QString& token)
{
    auto* urlEdit = Test::child<QLineEdit>(m_dialog.get(), u"instanceUrlLineEdit"_s);
    auto* tokenEdit = Test::child<QLineEdit>(m_dialog.get(), u"accessTokenLineEdit"_s);
    urlEdit->setFocus();
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClick(urlEdit, Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(tokenEdit));
    QTest::keyClicks(tokenEdit, token);
}

void TestConnectDialog::fieldsHaveTheirLabelsAsNames()
{
    makeDialog(Clock::system());
    auto* urlEdit = Test::child<QLineEdit>(m_dialog.get(), u"instanceUrlLineEdit"_s);
    auto* tokenEdit = Test::child<QLineEdit>(m_dialog.get(), u"accessTokenLineEdit"_s);
    QCOMPARE(urlEdit->text(), u"https://gitlab.com"_s);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(accessibleName(urlEdit), withoutMnemonic(label("instanceUrlLabel")->text()));
    QCOMPARE(accessibleName(tokenEdit), withoutMnemonic(label("accessTokenLabel")->text()));
    auto* link = Test::child<QPushButton>(m_dialog.get(), u"createTokenButton"_s);
    QCOMPARE(link->text(), u"Create a token for TokenDesk"_s);
    QCOMPARE(accessibleName(link), link->text());
    QCOMPARE(accessibleName(m_dialog->connectButton()), u"Connect"_s);
    QVERIFY(m_dialog->connectButton()->isDefault());
    QVERIFY(!Test::child<QGroupBox>(m_dialog.get(), u"accountGroupBox"_s)->isVisible());
}

void TestConnectDialog::createTokenLinkOpensPrefilledPage()
{
    makeDialog(Clock::system());
    fillIn(u"https://gitlab.example.com/"_s, {});
    auto* link = Test::child<QPushButton>(m_dialog.get(), u"createTokenButton"_s);
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Space);
    QCOMPARE(m_opened.size(), 1);
    const QUrl opened = m_opened.first();
    QCOMPARE(opened.host(), u"gitlab.example.com"_s);
    QCOMPARE(opened.path(), u"/-/user_settings/personal_access_tokens"_s);
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(u"name"_s), u"TokenDesk"_s);
    QCOMPARE(query.queryItemValue(u"scopes"_s), u"api"_s);
}

void TestConnectDialog::httpToRemoteHostIsRefusedBeforeAnyRequest()
{
    makeDialog(Clock::system());
    fillIn(u"http://gitlab.example.com"_s, QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QLabel* urlError = label("urlErrorLabel");
    QVERIFY(urlError->isVisible());
    QVERIFY2(urlError->text().contains(u"http://"_s), qPrintable(urlError->text()));
    QVERIFY(!label("tokenErrorLabel")->isVisible());
    QVERIFY(hasKeyboardFocus(Test::child<QLineEdit>(m_dialog.get(), u"instanceUrlLineEdit"_s)));
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(!urlError->text().contains(QLatin1String(GitLabTestServer::AliceToken)));
}

void TestConnectDialog::unreachableServerShownNextToUrl()
{
    GitLabOptions options;
    options.maxGetAttempts = 1;
    makeDialog(Clock::system(), options);
    // A loopback port nobody listens on: the server was stopped right after it had been chosen.
    GitLabTestServer closed;
    QVERIFY(closed.start());
    const QString url = closed.url().toString();
    closed.stop();
    fillIn(url, QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QLabel* urlError = label("urlErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(urlError->isVisible(), 20000);
    QVERIFY(!urlError->text().isEmpty());
    QVERIFY(!label("tokenErrorLabel")->isVisible());
    QVERIFY(m_dialog->connectButton()->isEnabled());
    QVERIFY(m_registry->accounts().isEmpty());
}

void TestConnectDialog::untrustedCertificateShownNextToUrl()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(u"cert.pem"_s), key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");
    GitLabTestServer tls;
    QVERIFY(tls.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}));

    GitLabOptions options;
    options.maxGetAttempts = 1;
    makeDialog(Clock::system(), options);
    fillIn(u"https://127.0.0.1:%1"_s.arg(tls.port()), QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QLabel* urlError = label("urlErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(urlError->isVisible(), 20000);
    QVERIFY2(urlError->text().contains(u"certificate"_s), qPrintable(urlError->text()));
    QVERIFY(!label("tokenErrorLabel")->isVisible());
    QVERIFY(m_registry->accounts().isEmpty());
}

void TestConnectDialog::unauthorizedTokenShowsClearMessageAndSavesNothing()
{
    makeDialog(Clock::system());
    const QByteArray wrong = TokenDesk::Test::Keychain::randomToken();
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::accountConnected);
    fillIn(m_server.url().toString(), QString::fromLatin1(wrong));
    QTest::keyClick(Test::child<QLineEdit>(m_dialog.get(), u"accessTokenLineEdit"_s), Qt::Key_Return);
    QLabel* tokenError = label("tokenErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(tokenError->isVisible(), 20000);
    QVERIFY2(tokenError->text().contains(u"invalid, expired or revoked"_s), qPrintable(tokenError->text()));
    QVERIFY(!tokenError->text().contains(QString::fromLatin1(wrong)));
    QVERIFY(!label("urlErrorLabel")->isVisible());
    QVERIFY(hasKeyboardFocus(Test::child<QLineEdit>(m_dialog.get(), u"accessTokenLineEdit"_s)));
    QCOMPARE(connected.count(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(!QFile::exists(m_registry->settingsFile()) ||
            !TokenDesk::Test::fileContains(m_registry->settingsFile(), "127.0.0.1"));
    if (TokenDesk::Test::Keychain::isIsolated())
        QVERIFY(!TokenDesk::Test::Keychain::searchAll().contains(wrong));
}

void TestConnectDialog::closingWhileConnectingSavesNothing()
{
    QVERIFY(m_server.control(QJsonObject{{u"latency_ms"_s, 300}}));
    auto* dialog = new ConnectDialog(*m_registry, Clock::system());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectDialog> guard(dialog);
    QSignalSpy connected(dialog, &ConnectDialog::accountConnected);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* urlEdit = Test::child<QLineEdit>(dialog, u"instanceUrlLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, m_server.url().toString());
    QTest::keyClicks(Test::child<QLineEdit>(dialog, u"accessTokenLineEdit"_s),
                     QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    QTest::qWait(700);
    QCOMPARE(connected.count(), 0);
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(m_server.reset());
}

void TestConnectDialog::connectShowsAccountAndSavesTokenOnlyInKeychain()
{
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    makeDialog(Clock::system());
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::accountConnected);
    fillIn(m_server.url().toString(), QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);

    QVERIFY(Test::child<QGroupBox>(m_dialog.get(), u"accountGroupBox"_s)->isVisible());
    QVERIFY2(label("usernameValueLabel")->text().startsWith(u"alice"_s),
             qPrintable(label("usernameValueLabel")->text()));
    QCOMPARE(label("administratorValueLabel")->text(), u"No"_s);
    QCOMPARE(label("scopesValueLabel")->text(), u"api"_s);
    QVERIFY2(label("expiresValueLabel")->text().contains(u"(in 3 months)"_s),
             qPrintable(label("expiresValueLabel")->text()));
    QVERIFY(!label("warningLabel")->isVisible());
    QVERIFY(!label("tokenErrorLabel")->isVisible());
    QVERIFY(Test::child<QLineEdit>(m_dialog.get(), u"accessTokenLineEdit"_s)->text().isEmpty());

    const QString key = connected.first().first().toString();
    QCOMPARE(key, u"gitlab:http://127.0.0.1:%1:alice"_s.arg(m_server.port()));
    const std::optional<GitLabAccount> account = m_registry->account(key);
    QVERIFY(account);
    QCOMPARE(account->username, u"alice"_s);
    QCOMPARE(account->instanceUrl, m_server.url());

    const auto outside = TokenDesk::Test::Keychain::lookup(SecretVault::accountCredentialKey(key));
    QCOMPARE(outside.exitCode, 0);
    QCOMPARE(outside.out, QByteArray(GitLabTestServer::AliceToken));
    QVERIFY(TokenDesk::Test::fileContains(m_registry->settingsFile(), "alice"));
    QCOMPARE(TokenDesk::Test::Keychain::filesContaining(m_dir->path(), GitLabTestServer::AliceToken),
             QStringList());

    m_registry->removeAccount(key, this, [](Result<bool>) {});
    QTRY_VERIFY(m_registry->accounts().isEmpty());
    QTRY_VERIFY(TokenDesk::Test::Keychain::lookup(SecretVault::accountCredentialKey(key)).exitCode != 0);
}

void TestConnectDialog::administratorIsShown()
{
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    makeDialog(Clock::system());
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::accountConnected);
    fillIn(m_server.url().toString(), QLatin1String(GitLabTestServer::RootToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    QVERIFY(label("usernameValueLabel")->text().startsWith(u"root"_s));
    QCOMPARE(label("administratorValueLabel")->text(), u"Yes"_s);
    m_registry->removeAccount(connected.first().first().toString(), this, [](Result<bool>) {});
    QTRY_VERIFY(m_registry->accounts().isEmpty());
}

void TestConnectDialog::warnsWhenTokenLacksApi()
{
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    makeDialog(Clock::system());
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::accountConnected);
    fillIn(m_server.url().toString(), QLatin1String(GitLabTestServer::AliceReadToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    QCOMPARE(label("scopesValueLabel")->text(), u"read_api"_s);
    QLabel* warning = label("warningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"lacks the api scope"_s), qPrintable(warning->text()));
    QVERIFY(!warning->text().contains(u"expires"_s));
    m_registry->removeAccount(connected.first().first().toString(), this, [](Result<bool>) {});
    QTRY_VERIFY(m_registry->accounts().isEmpty());
}

void TestConnectDialog::warnsWhenTokenExpiresWithinTwoWeeks()
{
    if (!TokenDesk::Test::Keychain::isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run");
    // The test server's tokens expire 90 days after its today; stand 80 days later.
    m_clock = std::make_unique<Test::ManualClock>(QDateTime::currentDateTimeUtc().addDays(80));
    makeDialog(*m_clock);
    QSignalSpy connected(m_dialog.get(), &ConnectDialog::accountConnected);
    fillIn(m_server.url().toString(), QLatin1String(GitLabTestServer::AliceToken));
    QTest::mouseClick(m_dialog->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 20000);
    QLabel* warning = label("warningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"expires in 10 days"_s), qPrintable(warning->text()));
    QVERIFY(!warning->text().contains(u"lacks"_s));
    m_registry->removeAccount(connected.first().first().toString(), this, [](Result<bool>) {});
    QTRY_VERIFY(m_registry->accounts().isEmpty());
}

QTEST_MAIN(TestConnectDialog)
#include "WidgetLookup.h"
#include "tst_ConnectDialog.moc"
