#include "GitCredentialMap.h"
#include "KeychainTestSupport.h"
#include "SecretVault.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TokenDesk;
using namespace TokenDesk::Test::Keychain;

// Real git runs git-credential-tokendesk (from the build's bin folder) in a throwaway HOME; the secret
// comes from the real Secret Service of the isolated session. Mappings and secrets are seeded through
// the keychain library, as `tokendesk-cli git-use` and the window will.
class TestCredentialGit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillForTheMappedHostAnswersFromTheKeychain();
    void fillByUrlAndDefaultPort();
    void fillForAnotherHostGetsNothingFromUs();
    void fillOverPlainHttpGetsNothing();
    void approveSavesNothing();
    void rejectOfSomeoneElsesPasswordKeepsTheMapping();
    void rejectOfOurPasswordDropsTheMappingKeepsTheSecret();
    void noKeychainSaysWhyAndAnswersNothing();
    void rejectWithoutAPasswordKeepsTheMapping();
    void rejectWhileTheKeychainIsMissingKeepsTheMapping();
    void valuesWithLineBreaksOrNulAreNeverGivenToGit();
    void malformedRequestsGetNothing();
    void gitSetupWorksFromAnOddInstallPath();
    void usageAndUnknownActions();
    void noSecretInAnyFile();

private:
    using Run = TokenDesk::Test::ProcessResult;
    Run git(const QStringList& arguments, const QByteArray& input, const QString& globalConfig);
    Run helper(const QStringList& arguments, const QByteArray& input, const QStringList& extraEnv = {});
    QProcessEnvironment environment(const QString& globalConfig) const;
    void writeConfig(const QString& path, const QByteArray& text);
    void seed();

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_helperPath;
    QString m_byNameConfig;    // credential.https://git.example.test.helper = tokendesk (found on PATH)
    QString m_everyHostConfig; // credential.helper = <absolute path>, for every host
    std::unique_ptr<SecretVault> m_vault;
    QString m_identity;
    QByteArray m_secret;
};

void TestCredentialGit::initTestCase()
{
    TokenDesk::Test::isolateStandardPaths();
    if (!isIsolated())
        QSKIP("Writes to the Secret Service: run under tests/support/isolated-run, never against your own "
              "keyring");
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(), "git is needed");
    m_helperPath = TokenDesk::Test::binaryPath(QStringLiteral("git-credential-tokendesk"));
    QVERIFY2(QFileInfo(m_helperPath).isExecutable(), qPrintable(m_helperPath));
    m_binDir = QFileInfo(m_helperPath).absolutePath();
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("config")));

    m_byNameConfig = m_dir.filePath(QStringLiteral("home/by-name.gitconfig"));
    writeConfig(m_byNameConfig, "[credential \"https://git.example.test\"]\n\thelper = tokendesk\n");
    m_everyHostConfig = m_dir.filePath(QStringLiteral("home/every-host.gitconfig"));
    writeConfig(m_everyHostConfig, "[credential]\n\thelper = " + m_helperPath.toUtf8() + "\n");

    m_vault = std::make_unique<SecretVault>(m_dir.filePath(QStringLiteral("config/keychain.conf")));
    m_identity = QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secret = randomToken();
    seed();
}

void TestCredentialGit::writeConfig(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void TestCredentialGit::seed()
{
    auto saved = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
        m_vault->save(m_identity, 12, Secret(m_secret), ctx, std::move(done));
    });
    QVERIFY(saved.ok());
    QVERIFY(GitCredentialMap(m_vault->settingsFile())
                .set(QStringLiteral("git.example.test"), m_identity, 12, QStringLiteral("alice")));
}

QProcessEnvironment TestCredentialGit::environment(const QString& globalConfig) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), globalConfig);
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    env.insert(QStringLiteral("TOKENDESK_CONFIG_DIR"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PATH"), m_binDir + u':' + env.value(QStringLiteral("PATH")));
    return env;
}

TestCredentialGit::Run TestCredentialGit::git(const QStringList& arguments, const QByteArray& input,
                                              const QString& globalConfig)
{
    QProcess process;
    process.setProcessEnvironment(environment(globalConfig));
    process.setWorkingDirectory(m_dir.filePath(QStringLiteral("home")));
    return TokenDesk::Test::runProcess(process, QStringLiteral("git"), arguments, input, 30000);
}

TestCredentialGit::Run TestCredentialGit::helper(const QStringList& arguments, const QByteArray& input,
                                                 const QStringList& extraEnv)
{
    QStringList env{QStringLiteral("TOKENDESK_CONFIG_DIR=") + m_dir.filePath(QStringLiteral("config"))};
    env += extraEnv;
    return TokenDesk::Test::runProgram(QStringLiteral("git-credential-tokendesk"), arguments, input, env,
                                       30000);
}

void TestCredentialGit::fillForTheMappedHostAnswersFromTheKeychain()
{
    const Run run = git({QStringLiteral("credential"), QStringLiteral("fill")},
                        "protocol=https\nhost=git.example.test\n\n", m_byNameConfig);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("username=alice\n"));
    QVERIFY(run.out.contains("password=" + m_secret + '\n'));
}

void TestCredentialGit::fillByUrlAndDefaultPort()
{
    Run run = git({QStringLiteral("credential"), QStringLiteral("fill")},
                  "url=https://git.example.test:443/group/project.git\n\n", m_everyHostConfig);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("password=" + m_secret + '\n'));

    // A user name in the URL is kept; git still gets our password.
    run = git({QStringLiteral("credential"), QStringLiteral("fill")}, "url=https://bob@git.example.test/\n\n",
              m_everyHostConfig);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("username=bob\n"));
    QVERIFY(run.out.contains("password=" + m_secret + '\n'));

    // Another port is another host.
    run = git({QStringLiteral("credential"), QStringLiteral("fill")},
              "protocol=https\nhost=git.example.test:8443\n\n", m_everyHostConfig);
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.out.contains("password="));
}

void TestCredentialGit::fillForAnotherHostGetsNothingFromUs()
{
    const Run run = git({QStringLiteral("credential"), QStringLiteral("fill")},
                        "protocol=https\nhost=other.example.test\n\n", m_everyHostConfig);
    // Our helper said nothing, so git went on to prompting, which is disabled here.
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.out.contains("password="));
    QVERIFY(!run.out.contains(m_secret));
    QVERIFY2(run.err.contains("terminal prompts disabled"), run.err.constData());
    QVERIFY(!run.err.contains("git-credential-tokendesk"));
}

void TestCredentialGit::fillOverPlainHttpGetsNothing()
{
    const Run run = git({QStringLiteral("credential"), QStringLiteral("fill")},
                        "protocol=http\nhost=git.example.test\n\n", m_everyHostConfig);
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.out.contains(m_secret));
}

void TestCredentialGit::approveSavesNothing()
{
    const QByteArray offered = randomToken();
    const Run run = git({QStringLiteral("credential"), QStringLiteral("approve")},
                        "protocol=https\nhost=new.example.test\nusername=bob\npassword=" + offered + "\n\n",
                        m_everyHostConfig);
    QCOMPARE(run.exitCode, 0);
    const QByteArray after = searchAll();
    QVERIFY(!after.contains(offered));
    QVERIFY(!after.contains("attribute.user = bob"));
    GitCredentialMap map(m_vault->settingsFile());
    QVERIFY(!map.get(QStringLiteral("new.example.test")));
    QCOMPARE(map.entries().size(), 1);
    QVERIFY(TokenDesk::Test::Keychain::filesContaining(m_dir.path(), offered).isEmpty());
}

void TestCredentialGit::rejectOfSomeoneElsesPasswordKeepsTheMapping()
{
    const Run run = git({QStringLiteral("credential"), QStringLiteral("reject")},
                        "protocol=https\nhost=git.example.test\nusername=alice\npassword=not-ours\n\n",
                        m_everyHostConfig);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(GitCredentialMap(m_vault->settingsFile()).get(QStringLiteral("git.example.test")));
}

void TestCredentialGit::rejectOfOurPasswordDropsTheMappingKeepsTheSecret()
{
    Run run = git({QStringLiteral("credential"), QStringLiteral("reject")},
                  "protocol=https\nhost=git.example.test\nusername=alice\npassword=" + m_secret + "\n\n",
                  m_byNameConfig);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!GitCredentialMap(m_vault->settingsFile()).get(QStringLiteral("git.example.test")));

    // The secret stays in the keychain: only git's use of it for that host is gone.
    QCOMPARE(lookup(SecretVault::tokenKey(m_identity, 12)).out, m_secret);
    QVERIFY(m_vault->isSaved(m_identity, 12));

    run = git({QStringLiteral("credential"), QStringLiteral("fill")},
              "protocol=https\nhost=git.example.test\n\n", m_byNameConfig);
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.out.contains(m_secret));

    QVERIFY(GitCredentialMap(m_vault->settingsFile())
                .set(QStringLiteral("git.example.test"), m_identity, 12, QStringLiteral("alice")));
}

void TestCredentialGit::noKeychainSaysWhyAndAnswersNothing()
{
    const Run run = helper(
        {QStringLiteral("get")}, "protocol=https\nhost=git.example.test\n\n",
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_dir.filePath(QStringLiteral("no-bus")),
         QStringLiteral("DISPLAY")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("No keychain service is running"), run.err.constData());
    QVERIFY(run.err.contains("git.example.test"));
    QVERIFY(!run.err.contains(m_secret));
}

void TestCredentialGit::rejectWithoutAPasswordKeepsTheMapping()
{
    // Nothing tells whether the refused credential was ours.
    const Run run =
        helper({QStringLiteral("erase")}, "protocol=https\nhost=git.example.test\nusername=alice\n\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(GitCredentialMap(m_vault->settingsFile()).get(QStringLiteral("git.example.test")));
}

void TestCredentialGit::rejectWhileTheKeychainIsMissingKeepsTheMapping()
{
    const Run run = helper(
        {QStringLiteral("erase")},
        "protocol=https\nhost=git.example.test\nusername=alice\npassword=" + m_secret + "\n\n",
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_dir.filePath(QStringLiteral("no-bus")),
         QStringLiteral("DISPLAY")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(GitCredentialMap(m_vault->settingsFile()).get(QStringLiteral("git.example.test")));
    // And with the keychain back, git still gets the secret.
    const Run fill = git({QStringLiteral("credential"), QStringLiteral("fill")},
                         "protocol=https\nhost=git.example.test\n\n", m_byNameConfig);
    QVERIFY2(fill.exitCode == 0, fill.err.constData());
    QVERIFY(fill.out.contains("password=" + m_secret + '\n'));
}

void TestCredentialGit::valuesWithLineBreaksOrNulAreNeverGivenToGit()
{
    GitCredentialMap map(m_vault->settingsFile());
    const QList<QByteArray> secrets{"glpat-a\nusername=mallory", "glpat-b\rpassword=x", "glpat-c\r\n"};
    qint64 id = 100;
    for (const QByteArray& secret : secrets) {
        ++id;
        const QString host = QStringLiteral("odd%1.example.test").arg(id);
        auto saved = Test::await<bool>([&](QObject* ctx, Callback<bool> done) {
            m_vault->save(m_identity, id, Secret(secret), ctx, std::move(done));
        });
        QVERIFY(saved.ok());
        QVERIFY(map.set(host, m_identity, id, QStringLiteral("alice")));
        const Run direct = helper({QStringLiteral("get")}, "protocol=https\nhost=" + host.toUtf8() + "\n\n");
        QCOMPARE(direct.exitCode, 1);
        QVERIFY2(direct.out.isEmpty(), direct.out.constData());
        QVERIFY2(direct.err.contains("line break or a NUL"), direct.err.constData());
        QVERIFY(!direct.err.contains(secret));
        const Run fill = git({QStringLiteral("credential"), QStringLiteral("fill")},
                             "protocol=https\nhost=" + host.toUtf8() + "\n\n", m_everyHostConfig);
        QVERIFY(fill.exitCode != 0);
        QVERIFY(!fill.out.contains("glpat-") && !fill.out.contains("mallory"));
    }
    // A user name with a carriage return is not written either.
    QVERIFY(
        map.set(QStringLiteral("user.example.test"), m_identity, 12, QStringLiteral("alice\rpassword=x")));
    const Run direct = helper({QStringLiteral("get")}, "protocol=https\nhost=user.example.test\n\n");
    QCOMPARE(direct.exitCode, 1);
    QVERIFY(direct.out.isEmpty());
    QVERIFY(!direct.err.contains(m_secret));
    QVERIFY(map.remove(QStringLiteral("user.example.test")));
}

void TestCredentialGit::malformedRequestsGetNothing()
{
    const QList<QByteArray> requests{
        "protocol=https\nhost=other.example.test\nhost=git.example.test\n\n",
        "protocol=https\nprotocol=https\nhost=git.example.test\n\n",
        "protocol=https\nhost=git.example.test" + QByteArray(1, '\0') + ".evil.test\n\n",
        "protocol=https\nhost=git.example.test\nusername=a" + QByteArray(1, '\0') + "b\n\n",
    };
    for (const QByteArray& request : requests) {
        const Run run = helper({QStringLiteral("get")}, request);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.isEmpty(), request.constData());
        // Nor does an ambiguous erase drop the mapping, even with our password.
        const Run erased =
            helper({QStringLiteral("erase")}, request.chopped(1) + "password=" + m_secret + "\n\n");
        QCOMPARE(erased.exitCode, 0);
        QVERIFY(GitCredentialMap(m_vault->settingsFile()).get(QStringLiteral("git.example.test")));
    }
    // Very long lines and lines without '=' are harmless.
    const Run junk = helper({QStringLiteral("get")}, "no equals\n" + QByteArray(200000, 'h') +
                                                         "\nprotocol=https\nhost=git.example.test\n\n");
    QVERIFY(!junk.out.contains(m_secret));
}

void TestCredentialGit::gitSetupWorksFromAnOddInstallPath()
{
    // An install folder whose path the shell must not split or expand.
    const QString odd = m_dir.filePath(QStringLiteral("my \"odd\" dir $HOME \\ it's"));
    QVERIFY(QDir().mkpath(odd));
    const QString cli = odd + QStringLiteral("/tokendesk-cli");
    QVERIFY(QFile::copy(TokenDesk::Test::binaryPath(QStringLiteral("tokendesk-cli")), cli));
    QVERIFY(QFile::link(m_helperPath, odd + QStringLiteral("/git-credential-tokendesk")));
    const QString config = m_dir.filePath(QStringLiteral("home/setup.gitconfig"));
    writeConfig(config, "");

    QProcess setup;
    QProcessEnvironment env = environment(config);
    env.insert(QStringLiteral("PATH"),
               QStringLiteral("/usr/bin:/bin")); // not on PATH: git-setup names the path
    setup.setProcessEnvironment(env);
    setup.setWorkingDirectory(m_dir.filePath(QStringLiteral("home")));
    const Run ran =
        TokenDesk::Test::runProcess(setup, cli,
                                    {QStringLiteral("git-setup"), QStringLiteral("--host"),
                                     QStringLiteral("git.example.test"), QStringLiteral("--apply")},
                                    {}, 30000);
    QVERIFY2(ran.exitCode == 0, ran.err.constData());

    const Run fill = git({QStringLiteral("credential"), QStringLiteral("fill")},
                         "protocol=https\nhost=git.example.test\n\n", config);
    QVERIFY2(fill.exitCode == 0, fill.err.constData());
    QVERIFY2(fill.out.contains("password=" + m_secret + '\n'), fill.err.constData());

    // Run again: git already asks TokenDesk, nothing changes.
    const Run again =
        TokenDesk::Test::runProcess(setup, cli,
                                    {QStringLiteral("git-setup"), QStringLiteral("--host"),
                                     QStringLiteral("git.example.test"), QStringLiteral("--apply")},
                                    {}, 30000);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("nothing changed"), again.out.constData());
}

void TestCredentialGit::usageAndUnknownActions()
{
    Run run = helper({}, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("usage: git-credential-tokendesk get|store|erase"));

    run = helper({QStringLiteral("capabilities")}, "protocol=https\nhost=git.example.test\n\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());

    // The helper itself answers a mapped host directly too (what git does under the hood).
    run = helper({QStringLiteral("get")}, "protocol=https\nhost=git.example.test\n\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, "username=alice\npassword=" + m_secret + '\n');
    QVERIFY(run.err.isEmpty());
}

void TestCredentialGit::noSecretInAnyFile()
{
    for (const QString& root : {m_dir.path(), QDir::homePath()}) {
        const QStringList hits = filesContaining(root, m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestCredentialGit)
#include "tst_CredentialGit.moc"
