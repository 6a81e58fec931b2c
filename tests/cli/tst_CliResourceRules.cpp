// tokendesk-cli's rules for group and project access tokens that hold before any backend is asked: which
// options go together, roles and scopes refused as usage errors (exit 2, nothing opened or sent), and
// the help that tells of them. The real binary, a store path in a temporary folder that must stay
// untouched.
#include "CliTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

class TestCliResourceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void usageErrors_data();
    void usageErrors();
    void resourceScopesOffline();
    void help();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliResourceRules::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)), qPrintable(binaryPath(u"tokendesk-cli"_s)));
}

void TestCliResourceRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = CliRunner(m_dir->filePath(u"tokens.sqlite"_s));
}

void TestCliResourceRules::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said"); // what the error line must hold

    const QStringList create{u"create"_s, u"--name"_s, u"ci"_s, u"--scope"_s, u"api"_s};
    QTest::newRow("group and project")
        << QStringList{u"--group"_s, u"acme"_s, u"--project"_s, u"acme/web"_s, u"list"_s}
        << u"--group and --project"_s;
    QTest::newRow("group and project after the command")
        << QStringList{u"list"_s, u"--project"_s, u"1"_s, u"--group"_s, u"2"_s} << u"--group and --project"_s;
    QTest::newRow("project twice") << QStringList{u"--project"_s, u"1"_s, u"list"_s, u"--project"_s, u"2"_s}
                                   << u"--project given more than once"_s;
    QTest::newRow("empty project") << QStringList{u"--project"_s, u" "_s, u"list"_s} << u"--project needs"_s;
    QTest::newRow("path ending in a slash")
        << QStringList{u"--group"_s, u"acme/"_s, u"list"_s} << u"--group needs"_s;
    QTest::newRow("bad role") << QStringList{u"--project"_s, u"acme/web"_s} + create +
                                     QStringList{u"--access-level"_s, u"boss"_s}
                              << u"unknown role 'boss'"_s;
    QTest::newRow("role number that is no role")
        << QStringList{u"--group"_s, u"7"_s} + create + QStringList{u"--access-level"_s, u"35"_s}
        << u"unknown role '35'"_s;
    QTest::newRow("role without a resource")
        << create + QStringList{u"--access-level"_s, u"developer"_s} << u"needs --group or --project"_s;
    QTest::newRow("read_user on a project")
        << QStringList{u"--project"_s, u"acme/web"_s, u"create"_s,       u"--name"_s,
                       u"ci"_s,        u"--scope"_s,  u"api,read_user"_s}
        << u"cannot have the scope 'read_user'"_s;
    QTest::newRow("sudo on a group") << QStringList{u"--group"_s, u"acme"_s,    u"create"_s, u"--name"_s,
                                                    u"ci"_s,      u"--scope"_s, u"sudo"_s}
                                     << u"cannot have the scope 'sudo'"_s;
    QTest::newRow("admin_mode on a project")
        << QStringList{u"--project"_s, u"9"_s,       u"create"_s,    u"--name"_s,
                       u"ci"_s,        u"--scope"_s, u"admin_mode"_s}
        << u"cannot have the scope 'admin_mode'"_s;
    QTest::newRow("user-id on a project")
        << QStringList{u"--gitlab"_s, u"http://127.0.0.1:9"_s, u"--project"_s, u"9"_s} + create +
               QStringList{u"--user-id"_s, u"5"_s}
        << u"--user-id"_s;
    QTest::newRow("self on a project")
        << QStringList{u"--gitlab"_s, u"http://127.0.0.1:9"_s, u"--project"_s, u"9"_s, u"rotate"_s, u"self"_s}
        << u"leave out --group and --project"_s;
    QTest::newRow("all resources on a group")
        << QStringList{u"--group"_s, u"acme"_s, u"list"_s, u"--all-resources"_s} << u"--all-resources"_s;
    QTest::newRow("all resources with a state")
        << QStringList{u"list"_s, u"--all-resources"_s, u"--state"_s, u"all"_s} << u"--state"_s;
    QTest::newRow("all resources with another date filter")
        << QStringList{u"list"_s, u"--all-resources"_s, u"--created-after"_s, u"2026-01-01"_s}
        << u"only date filter"_s;
    QTest::newRow("expires-before not a date")
        << QStringList{u"list"_s, u"--all-resources"_s, u"--expires-before"_s, u"2027-02-30"_s}
        << u"YYYY-MM-DD"_s;
    QTest::newRow("resources with a project")
        << QStringList{u"--project"_s, u"acme/web"_s, u"resources"_s} << u"resources does not work"_s;
    QTest::newRow("verify on a group")
        << QStringList{u"--group"_s, u"acme"_s, u"verify"_s} << u"verify does not work"_s;
    QTest::newRow("git-hosts on a group")
        << QStringList{u"--group"_s, u"acme"_s, u"git-hosts"_s} << u"git-hosts does not work"_s;
    QTest::newRow("resources takes no arguments")
        << QStringList{u"resources"_s, u"acme"_s} << u"takes no arguments"_s;
}

void TestCliResourceRules::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    // A GitLab instance instead of the store (nothing listens there: it must not be asked).
    const ProcessResult result =
        arguments.contains(u"--gitlab"_s) ? m_cli.runBare(arguments) : m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(said), result.err.constData());
    QVERIFY(result.out.isEmpty());
    // Refused before anything was opened: the store was not even created.
    QVERIFY(!QFileInfo::exists(m_cli.storePath()));
}

void TestCliResourceRules::resourceScopesOffline()
{
    const ProcessResult all = m_cli.run({u"--json"_s, u"scopes"_s});
    QCOMPARE(all.exitCode, 0);
    const ProcessResult project = m_cli.run({u"--json"_s, u"--project"_s, u"acme/web"_s, u"scopes"_s});
    QCOMPARE(project.exitCode, 0);
    QStringList names;
    for (const QJsonValue& scope : parseJson(project.out).array())
        names << scope.toObject().value(u"name"_s).toString();
    QVERIFY(names.contains(u"api"_s));
    QVERIFY(names.contains(u"read_repository"_s));
    for (const QString& personalOnly : {u"read_user"_s, u"sudo"_s, u"admin_mode"_s}) {
        QVERIFY2(!names.contains(personalOnly), qPrintable(personalOnly));
        QVERIFY(all.out.contains(personalOnly.toUtf8()));
    }
}

void TestCliResourceRules::help()
{
    const ProcessResult general = m_cli.runBare({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    for (const char* expected : {"--group", "--project", "resources", "6 listing incomplete"})
        QVERIFY2(general.out.contains(expected), expected);
    const ProcessResult create = m_cli.runBare({u"create"_s, u"--help"_s});
    QCOMPARE(create.exitCode, 0);
    QVERIFY(create.out.contains("--access-level"));
    QVERIFY(create.out.contains("maintainer"));
    const ProcessResult list = m_cli.runBare({u"list"_s, u"--help"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("--all-resources"));
    QVERIFY(list.out.contains("--expires-before"));
    QVERIFY(list.out.contains("exit code is 6"));
}

QTEST_GUILESS_MAIN(TestCliResourceRules)
#include "tst_CliResourceRules.moc"
