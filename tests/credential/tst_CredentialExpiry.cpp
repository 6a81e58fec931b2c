#include "GitCredentialMap.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;
using namespace Qt::StringLiterals;

// What git learns about a mapped token's expiry: the helper's own answer carries password_expiry_utc
// (Debian 12's git 2.39 drops it, so the answer is read directly), and real git shows the helper's warning
// to its user when the token expires within a week. "Now" is set through TOKENDESK_TEST_NOW, the
// programs' only clock seam.
class TestCredentialExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theAnswerCarriesTheExpiryTime();
    void mappingsWithoutAnExpiryDateAnswerAsBefore();
    void gitShowsAWarningInTheLastWeek_data();
    void gitShowsAWarningInTheLastWeek();
    void rotationMovesTheExpiryGitIsTold();

private:
    using Run = TokenDesk::Test::ProcessResult;
    QProcessEnvironment environment(const QString& now) const;
    Run git(const QStringList& arguments, const QByteArray& input, const QString& now);
    Run helper(const QByteArray& input, const QString& now);
    Run cli(const QStringList& arguments, const QString& now);

    QTemporaryDir m_dir;
    QString m_binDir;
    std::unique_ptr<SecretVault> m_vault;
    QString m_identity;
    QByteArray m_secret;
};

namespace {

const QString Host = u"git.example.test"_s;
const QDate Expiry(2026, 12, 20);
// 2026-12-20T00:00:00Z, worked out apart from the code under test.
constexpr qint64 ExpiryUnixTime = 1797724800;

} // namespace

void TestCredentialExpiry::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"git"_s).isEmpty(), "git is needed");
    const QString helperPath = TokenDesk::Test::binaryPath(u"git-credential-tokendesk"_s);
    QVERIFY2(QFileInfo(helperPath).isExecutable(), qPrintable(helperPath));
    m_binDir = QFileInfo(helperPath).absolutePath();
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"config"_s)));
    QFile config(m_dir.filePath(u"home/gitconfig"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[credential \"https://git.example.test\"]\n\thelper = tokendesk\n");
    config.close();

    m_vault = std::make_unique<SecretVault>(m_dir.filePath(u"config/keychain.conf"_s));
    m_identity = u"local:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secret = randomToken();
    QVERIFY(Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
                m_vault->save(m_identity, 12, Secret(m_secret), ctx, std::move(done));
            }).ok());
}

void TestCredentialExpiry::init()
{
    QVERIFY(GitCredentialMap(m_vault->settingsFile())
                .set(Host, m_identity, 12, u"alice"_s, GitCredentialMap::TokenFacts{u"deploy"_s, Expiry}));
}

QProcessEnvironment TestCredentialExpiry::environment(const QString& now) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, m_dir.filePath(u"home/gitconfig"_s));
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.remove(u"GIT_ASKPASS"_s);
    env.remove(u"SSH_ASKPASS"_s);
    env.remove(u"TOKENDESK_STORE"_s);
    env.insert(u"TOKENDESK_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
    env.insert(u"TOKENDESK_TEST_NOW"_s, now);
    env.insert(u"PATH"_s, m_binDir + u':' + env.value(u"PATH"_s));
    return env;
}

TestCredentialExpiry::Run TestCredentialExpiry::git(const QStringList& arguments, const QByteArray& input,
                                                    const QString& now)
{
    QProcess process;
    process.setProcessEnvironment(environment(now));
    process.setWorkingDirectory(m_dir.filePath(u"home"_s));
    return TokenDesk::Test::runProcess(process, u"git"_s, arguments, input, 30000);
}

TestCredentialExpiry::Run TestCredentialExpiry::helper(const QByteArray& input, const QString& now)
{
    QProcess process;
    process.setProcessEnvironment(environment(now));
    return TokenDesk::Test::runProcess(process, TokenDesk::Test::binaryPath(u"git-credential-tokendesk"_s),
                                       {u"get"_s}, input, 30000);
}

TestCredentialExpiry::Run TestCredentialExpiry::cli(const QStringList& arguments, const QString& now)
{
    QProcess process;
    process.setProcessEnvironment(environment(now));
    return TokenDesk::Test::runProcess(
        process, TokenDesk::Test::binaryPath(u"tokendesk-cli"_s),
        QStringList{u"--store"_s, m_dir.filePath(u"tokens.sqlite"_s)} + arguments, {}, 60000);
}

void TestCredentialExpiry::theAnswerCarriesTheExpiryTime()
{
    const Run run = helper("protocol=https\nhost=git.example.test\n\n", u"2026-11-01T10:00:00Z"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, "username=alice\npassword=" + m_secret +
                          "\npassword_expiry_utc=" + QByteArray::number(ExpiryUnixTime) + '\n');
    // Seven weeks ahead: nothing to warn about.
    QCOMPARE(run.err, QByteArray());
}

void TestCredentialExpiry::mappingsWithoutAnExpiryDateAnswerAsBefore()
{
    // As written before TokenDesk kept the token's facts with the mapping (or for a token that never
    // expires): no expiry time, no warning.
    QVERIFY(GitCredentialMap(m_vault->settingsFile()).set(Host, m_identity, 12, u"alice"_s));
    const Run run = helper("protocol=https\nhost=git.example.test\n\n", u"2026-12-19T10:00:00Z"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, "username=alice\npassword=" + m_secret + '\n');
    QCOMPARE(run.err, QByteArray());
}

void TestCredentialExpiry::gitShowsAWarningInTheLastWeek_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QByteArray>("expected"); // empty: no warning
    QTest::newRow("eight days ahead") << u"2026-12-12T23:59:59Z"_s << QByteArray();
    QTest::newRow("seven days ahead")
        << u"2026-12-13T00:00:00Z"_s << QByteArray("expires on 2026-12-20 (at 00:00 UTC), in 7 days;");
    QTest::newRow("last working day")
        << u"2026-12-19T18:00:00Z"_s << QByteArray("expires on 2026-12-20 (at 00:00 UTC), in 1 day;");
    QTest::newRow("expired today") << u"2026-12-20T00:00:01Z"_s << QByteArray("expired on 2026-12-20");
    QTest::newRow("expired last week") << u"2026-12-27T12:00:00Z"_s << QByteArray("expired on 2026-12-20");
}

void TestCredentialExpiry::gitShowsAWarningInTheLastWeek()
{
    QFETCH(QString, now);
    QFETCH(QByteArray, expected);
    const Run run = git({u"credential"_s, u"fill"_s}, "protocol=https\nhost=git.example.test\n\n", now);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("password=" + m_secret + '\n'));
    if (expected.isEmpty()) {
        QCOMPARE(run.err, QByteArray());
        return;
    }
    // One line, naming the token and the date.
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(run.err.startsWith("git-credential-tokendesk: warning: "), run.err.constData());
    QVERIFY2(run.err.contains("“deploy”"), run.err.constData());
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY2(run.err.contains(Host.toUtf8()), run.err.constData());
    QVERIFY(!run.err.contains(m_secret));
}

void TestCredentialExpiry::rotationMovesTheExpiryGitIsTold()
{
    // The whole path through tokendesk-cli: create and save, git-use, rotate and replace.
    const QString now = u"2026-12-15T09:00:00Z"_s;
    const Run created = cli({u"--json"_s, u"create"_s, u"--name"_s, u"rotating"_s, u"--scope"_s,
                             u"read_api"_s, u"--expires"_s, u"2026-12-18"_s, u"--keychain"_s},
                            now);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const qint64 oldId = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
    const Run used = cli({u"git-use"_s, QString::number(oldId), u"--host"_s, Host}, now);
    QVERIFY2(used.exitCode == 0, used.err.constData());

    Run asked = helper("protocol=https\nhost=git.example.test\n\n", now);
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    // 2026-12-18T00:00:00Z
    QVERIFY2(asked.out.endsWith("\npassword_expiry_utc=1797552000\n"), asked.out.constData());
    QVERIFY2(asked.err.contains("“rotating”") && asked.err.contains("2026-12-18"), asked.err.constData());

    const Run rotated = cli(
        {u"--json"_s, u"rotate"_s, QString::number(oldId), u"--expires"_s, u"2027-03-01"_s, u"--keychain"_s},
        now);
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    const QJsonObject successor = QJsonDocument::fromJson(rotated.out).object();
    const QByteArray newSecret = successor.value(u"token"_s).toString().toUtf8();
    QVERIFY(!newSecret.isEmpty());

    asked = helper("protocol=https\nhost=git.example.test\n\n", now);
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    // 2027-03-01T00:00:00Z; far enough ahead that git is not warned any more.
    QVERIFY2(asked.out.contains("password=" + newSecret + '\n'), asked.out.constData());
    QVERIFY2(asked.out.endsWith("\npassword_expiry_utc=1803859200\n"), asked.out.constData());
    QCOMPARE(asked.err, QByteArray());
    const std::optional<GitCredentialMap::Entry> entry = GitCredentialMap(m_vault->settingsFile()).get(Host);
    QVERIFY(entry);
    QCOMPARE(entry->tokenId, successor.value(u"id"_s).toInteger());
    QCOMPARE(entry->token.expiresAt, QDate(2027, 3, 1));
    QCOMPARE(entry->token.name, u"rotating"_s);
}

QTEST_GUILESS_MAIN(TestCredentialExpiry)
#include "tst_CredentialExpiry.moc"
