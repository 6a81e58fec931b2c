// Output meant for scripts never changes with the language: every tokendesk-cli command that has --json,
// run by the real binary under German and Arabic (with marked test translations of every TokenDesk string,
// "[de] ...", through TOKENDESK_TRANSLATION_DIR, and Qt's own qtbase_de/qtbase_ar), prints byte for byte
// what it prints in the C locale, with the same exit code. Over copies of one demo store and against the
// GitLab API test server. New secrets differ from run to run and are masked before comparing.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

struct Step
{
    QString label;
    int exitCode = -1;
    QByteArray out;
    bool json = true;
};

// The secret of a new or rotated token is new in every run; so is the time within the hour of "now"
// (each process's clock starts at TOKENDESK_TEST_NOW and runs on).
QByteArray masked(QByteArray out, const QDateTime& now)
{
    static const QRegularExpression secret(u"\"token\": \"[^\"]*\""_s);
    const QRegularExpression recent(QRegularExpression::escape(now.toString(u"yyyy-MM-dd'T'HH:"_s)) +
                                    u"\\d\\d:\\d\\d\\.\\d{3}Z"_s);
    return QString::fromUtf8(out)
        .replace(secret, u"\"token\": \"*\""_s)
        .replace(recent, now.toString(u"yyyy-MM-dd'T'HH:*"_s))
        .toUtf8();
}

QString secretOf(const QByteArray& out)
{
    return parseJson(out).object().value(u"token"_s).toString();
}

} // namespace

class TestJsonLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeCommandsSpeakNoLanguage_data();
    void storeCommandsSpeakNoLanguage();
    void gitLabCommandsSpeakNoLanguage_data();
    void gitLabCommandsSpeakNoLanguage();
    void translationsReallyApplied();

private:
    QStringList languageEnvironment(const QString& language) const;
    QList<Step> storeSteps(const QString& language);
    QList<Step> gitLabSteps(const QString& language);
    static void compare(const QList<Step>& expected, const QList<Step>& actual);

    QDateTime m_now;
    QTemporaryDir m_seed;
    QTemporaryDir m_work;
    QHash<QString, QString> m_helperWarnings; // by language

    QString m_seededStore; // relative to a folder's xdg-data
    GitLabTestServer m_server;
};

void TestJsonLanguage::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(!qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS").isEmpty(), "run through ctest");
    m_now = testNowUtc();
    QVERIFY(m_seed.isValid() && m_work.isValid());
    // The demo store, filled with its sample tokens and groups once, then copied for every language.
    CliRunner seeder;
    seeder.setEnvironment({u"HOME="_s + m_seed.path(), u"XDG_DATA_HOME="_s + m_seed.filePath(u"xdg-data"_s),
                           u"XDG_CONFIG_HOME="_s + m_seed.filePath(u"xdg-config"_s),
                           u"TOKENDESK_CONFIG_DIR="_s + m_seed.filePath(u"config"_s),
                           u"TOKENDESK_TEST_NOW="_s + m_now.toString(Qt::ISODateWithMs)});
    const ProcessResult seeded = seeder.runBare({u"--demo"_s, u"--json"_s, u"list"_s});
    QVERIFY2(seeded.exitCode == 0, qPrintable(describe(seeded)));
    QDirIterator found(m_seed.filePath(u"xdg-data"_s), {u"demo.sqlite"_s}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(found.hasNext());
    m_seededStore = QDir(m_seed.filePath(u"xdg-data"_s)).relativeFilePath(found.next());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QStringList TestJsonLanguage::languageEnvironment(const QString& language) const
{
    QStringList environment{u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s,
                            u"TOKENDESK_TRANSLATION_DIR="_s +
                                qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS"),
                            u"TOKENDESK_TEST_NOW="_s + m_now.toString(Qt::ISODateWithMs)};
    if (language == u"C"_s)
        environment << u"LANG=C"_s;
    else
        environment << u"LANG=en_US.UTF-8"_s << u"LANGUAGE="_s + language;
    return environment;
}

QList<Step> TestJsonLanguage::storeSteps(const QString& language)
{
    // The same folder for every language (paths are in the output), emptied first.
    QDir dir(m_work.filePath(u"store-run"_s));
    dir.removeRecursively();
    if (!dir.mkpath(u"."_s))
        return {};
    const QString store = dir.filePath(u"xdg-data/"_s + m_seededStore);
    QDir().mkpath(QFileInfo(store).path());
    if (!QFile::copy(QDir(m_seed.filePath(u"xdg-data"_s)).filePath(m_seededStore), store))
        return {};
    const QStringList environment =
        QStringList{u"HOME="_s + dir.path(), u"XDG_DATA_HOME="_s + dir.filePath(u"xdg-data"_s),
                    u"XDG_CONFIG_HOME="_s + dir.filePath(u"xdg-config"_s),
                    u"TOKENDESK_CONFIG_DIR="_s + dir.filePath(u"config"_s)} +
        languageEnvironment(language);
    CliRunner cli;
    cli.setEnvironment(environment);
    QList<Step> steps;
    const auto step = [&](const QString& label, const QStringList& arguments, const QByteArray& input = {}) {
        const ProcessResult result = cli.runBare(QStringList{u"--demo"_s, u"--json"_s} + arguments, input);
        steps.append({label, result.exitCode, masked(result.out, m_now)});
        return result;
    };
    const QString expires = m_now.date().addDays(30).toString(Qt::ISODate);
    step(u"list"_s, {u"list"_s, u"--state"_s, u"all"_s});
    step(u"list expiring"_s, {u"list"_s, u"--expires-before"_s, expires});
    step(u"scopes"_s, {u"scopes"_s});
    step(u"resources"_s, {u"resources"_s});
    step(u"remind"_s, {u"remind"_s, u"--within"_s, u"400"_s});
    step(u"git-hosts"_s, {u"git-hosts"_s});
    const ProcessResult created =
        step(u"create"_s, {u"create"_s, u"--name"_s, u"json-language"_s, u"--description"_s,
                           u"same everywhere"_s, u"--scope"_s, u"read_api"_s, u"--expires"_s, expires});
    const QString id = QString::number(parseJson(created.out).object().value(u"id"_s).toInteger());
    step(u"show"_s, {u"show"_s, id});
    step(u"verify"_s, {u"verify"_s}, secretOf(created.out).toUtf8() + '\n');
    const ProcessResult rotated = step(u"rotate"_s, {u"rotate"_s, id});
    step(u"revoke-leaked"_s, {u"revoke-leaked"_s, u"--yes"_s}, secretOf(rotated.out).toUtf8() + '\n');
    const ProcessResult second = step(u"create second"_s, {u"create"_s, u"--name"_s, u"second"_s,
                                                           u"--scope"_s, u"api"_s, u"--expires"_s, expires});
    step(u"revoke"_s,
         {u"revoke"_s, QString::number(parseJson(second.out).object().value(u"id"_s).toInteger())});
    step(u"list after"_s, {u"list"_s, u"--state"_s, u"all"_s});
    // git's credential protocol: the lines git reads never change; the warning on stderr is for people.
    const ProcessResult kept =
        step(u"create for git"_s,
             {u"create"_s, u"--name"_s, u"for-git"_s, u"--scope"_s, u"read_repository"_s, u"--expires"_s,
              m_now.date().addDays(3).toString(Qt::ISODate), u"--keychain"_s});
    const QString keptId = QString::number(parseJson(kept.out).object().value(u"id"_s).toInteger());
    const ProcessResult used =
        cli.runBare({u"--demo"_s, u"git-use"_s, keptId, u"--host"_s, u"git.example.test"_s});
    steps.append({u"git-use"_s, used.exitCode, {}, false});
    const ProcessResult asked = runProgram(u"git-credential-tokendesk"_s, {u"get"_s},
                                           "protocol=https\nhost=git.example.test\n\n", environment);
    static const QRegularExpression password(u"^password=.*$"_s, QRegularExpression::MultilineOption);
    steps.append({u"git credential helper"_s, asked.exitCode,
                  QString::fromUtf8(asked.out).replace(password, u"password=*"_s).toUtf8(), false});
    m_helperWarnings.insert(language, QString::fromUtf8(asked.err));
    // Failures: nothing on stdout, the same exit codes.
    step(u"show unknown"_s, {u"show"_s, u"999999"_s});
    step(u"create invalid"_s,
         {u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s, u"--expires"_s, u"2000-01-01"_s});
    step(u"unknown command"_s, {u"no-such-command"_s});
    return steps;
}

QList<Step> TestJsonLanguage::gitLabSteps(const QString& language)
{
    if (!m_server.reset())
        return {};
    QDir dir(m_work.filePath(u"gitlab-run"_s));
    dir.removeRecursively();
    if (!dir.mkpath(u"."_s))
        return {};
    CliRunner cli;
    cli.setEnvironment(QStringList{u"TOKENDESK_CONFIG_DIR="_s + dir.path(), u"HOME="_s + dir.path(),
                                   u"XDG_DATA_HOME="_s + dir.filePath(u"xdg-data"_s),
                                   u"XDG_CONFIG_HOME="_s + dir.filePath(u"xdg-config"_s)} +
                       languageEnvironment(language));
    QList<Step> steps;
    const auto step = [&](const QString& label, const char* token, const QStringList& arguments) {
        const ProcessResult result =
            cli.runBare(QStringList{u"--gitlab"_s, m_server.url().toString(), u"--json"_s} + arguments, {},
                        {u"GITLAB_TOKEN="_s + QString::fromLatin1(token)});
        // The test server stamps last use with its own clock.
        static const QRegularExpression lastUsed(u"\"last_used_at\": \"[^\"]*\""_s);
        steps.append({label, result.exitCode,
                      QString::fromUtf8(masked(result.out, m_now))
                          .replace(lastUsed, u"\"last_used_at\": \"*\""_s)
                          .toUtf8()});
        return result;
    };
    // A token without the api scope: whoami warns, in --json too.
    step(u"whoami read-only"_s, GitLabTestServer::AliceReadToken, {u"whoami"_s});
    step(u"whoami"_s, GitLabTestServer::AliceToken, {u"whoami"_s});
    step(u"list"_s, GitLabTestServer::AliceToken, {u"list"_s, u"--state"_s, u"all"_s});
    step(u"resources"_s, GitLabTestServer::AliceToken, {u"resources"_s});
    step(u"inventory"_s, GitLabTestServer::RootToken, {u"inventory"_s, u"--state"_s, u"all"_s});
    step(u"scopes"_s, GitLabTestServer::AliceToken, {u"scopes"_s});
    const ProcessResult created =
        step(u"create"_s, GitLabTestServer::AliceToken,
             {u"create"_s, u"--name"_s, u"json-language"_s, u"--scope"_s, u"read_api"_s, u"--expires"_s,
              m_now.date().addDays(30).toString(Qt::ISODate)});
    const QString id = QString::number(parseJson(created.out).object().value(u"id"_s).toInteger());
    step(u"show"_s, GitLabTestServer::AliceToken, {u"show"_s, id});
    step(u"rotate"_s, GitLabTestServer::AliceToken, {u"rotate"_s, id});
    step(u"wrong token"_s, "glpat-not-a-known-secret-000", {u"whoami"_s});
    return steps;
}

void TestJsonLanguage::compare(const QList<Step>& expected, const QList<Step>& actual)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QByteArray what = expected.at(i).label.toUtf8();
        QVERIFY2(actual.at(i).exitCode == expected.at(i).exitCode,
                 (what + ": exit code " + QByteArray::number(actual.at(i).exitCode) + " instead of " +
                  QByteArray::number(expected.at(i).exitCode))
                     .constData());
        QVERIFY2(actual.at(i).out == expected.at(i).out, (what + ":\n" + actual.at(i).out.left(1500) +
                                                          "\ninstead of\n" + expected.at(i).out.left(1500))
                                                             .constData());
    }
}

void TestJsonLanguage::storeCommandsSpeakNoLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Arabic") << u"ar"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

void TestJsonLanguage::storeCommandsSpeakNoLanguage()
{
    QFETCH(QString, language);
    const QList<Step> c = storeSteps(u"C"_s);
    QVERIFY(!c.isEmpty());
    // The C run itself worked: JSON where a command succeeded.
    for (const Step& step : c) {
        if (!step.json)
            continue;
        if (step.exitCode == 0)
            QVERIFY2(!parseJson(step.out).isNull(), qPrintable(step.label));
        else
            QVERIFY2(step.out.isEmpty(), qPrintable(step.label));
    }
    QCOMPARE(c.at(0).exitCode, 0);
    compare(c, storeSteps(language));
    const QString english = m_helperWarnings.value(u"C"_s);
    QVERIFY2(english.startsWith(u"git-credential-tokendesk: warning: "_s) && english.contains(u"“for-git”"_s),
             qPrintable(english));
    QVERIFY2(m_helperWarnings.value(language).startsWith(
                 u"git-credential-tokendesk: [%1] warning: "_s.arg(language)),
             qPrintable(m_helperWarnings.value(language)));
}

void TestJsonLanguage::gitLabCommandsSpeakNoLanguage_data()
{
    storeCommandsSpeakNoLanguage_data();
}

void TestJsonLanguage::gitLabCommandsSpeakNoLanguage()
{
    QFETCH(QString, language);
    const QList<Step> c = gitLabSteps(u"C"_s);
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.at(0).exitCode, 0);
    const QJsonArray warnings = parseJson(c.at(0).out).object().value(u"warnings"_s).toArray();
    QVERIFY2(!warnings.isEmpty() && warnings.at(0).toString().contains(u"lacks the api scope"_s),
             c.at(0).out.constData());
    compare(c, gitLabSteps(language));
}

// The comparisons above prove something only if the same commands do speak German without --json.
void TestJsonLanguage::translationsReallyApplied()
{
    CliRunner cli;
    cli.setEnvironment(languageEnvironment(u"de"_s));
    const ProcessResult scopes = cli.runBare({u"--demo"_s, u"scopes"_s});
    QCOMPARE(scopes.exitCode, 0);
    QVERIFY2(scopes.out.contains("[de] Read-only access to the API"), scopes.out.constData());
    const ProcessResult whoami =
        cli.runBare({u"--gitlab"_s, m_server.url().toString(), u"whoami"_s}, {},
                    {u"GITLAB_TOKEN="_s + QString::fromLatin1(GitLabTestServer::AliceReadToken)});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY2(whoami.err.contains("[de] the access token lacks the api scope"), whoami.err.constData());
}

QTEST_GUILESS_MAIN(TestJsonLanguage)
#include "tst_JsonLanguage.moc"
