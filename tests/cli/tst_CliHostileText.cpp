// tokendesk-cli against a hostile GitLab server (tests/integration): token names, descriptions, user
// names, error messages and secrets holding escape sequences, OSC 8 hyperlinks, carriage returns,
// backspaces, tabs, C1 controls, bidirectional overrides and zero-width characters. Nothing of it may
// reach the terminal raw: stdout and stderr show it escaped, JSON keeps the values with \u escapes,
// and a secret holding any of it is not printed at all.
#include "CliTestSupport.h"
#include "GitLabTestServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

constexpr const char* RootToken = "glpat-root-api-secret-00001";
constexpr const char* AliceToken = "glpat-alice-hostile-000001";
constexpr int UnsafeSecretExit = 5;

// ESC[2J (clear the screen) and an OSC 8 hyperlink; a carriage return and a backspace that would
// overwrite what came before; a tab inside the value.
const QString HostileName = u"a\x1b[2Jb\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\c\rd\be\tf"_s;
// A right-to-left override, a zero-width space and the C1 control CSI (U+009B).
const QString HostileDescription = u"gpj.\u202eexe\u200bx\u009b31m"_s;
const QString HostileUser = u"Alice\u2066\u200fEvil\x7f"_s;
const QString HostileMessage = u"denied\x1b[31m red\r\nfake: line\u202e\u200b\u009bK\x07"_s;

// Raw forms that must never reach stdout or stderr.
const QList<QByteArray> RawForbidden = {
    "\x1b",     "\r",           "\b",           "\t",           "\x07",         "\x7f",
    "\xc2\x9b", "\xe2\x80\xae", "\xe2\x80\x8b", "\xe2\x81\xa6", "\xe2\x80\x8f",
};

QString firstForbidden(const QByteArray& bytes)
{
    for (const QByteArray& raw : RawForbidden) {
        if (bytes.contains(raw))
            return QString::fromLatin1(raw.toHex());
    }
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n')
            return QString::fromLatin1(QByteArray(1, c).toHex());
    }
    return {};
}

#define VERIFY_CLEAN(result)                                                                                 \
    do {                                                                                                     \
        QVERIFY2(firstForbidden((result).out).isEmpty(),                                                     \
                 qPrintable(u"raw "_s + firstForbidden((result).out) + u" on stdout: "_s +                   \
                            QString::fromUtf8((result).out.toPercentEncoding(" \n/:=\\\"'"))));              \
        QVERIFY2(firstForbidden((result).err).isEmpty(),                                                     \
                 qPrintable(u"raw "_s + firstForbidden((result).err) + u" on stderr: "_s +                   \
                            QString::fromUtf8((result).err.toPercentEncoding(" \n/:=\\\"'"))));              \
    } while (false)

} // namespace

class TestCliHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tableShowsNamesEscaped();
    void keyValuesShowEscaped();
    void jsonKeepsTheValuesEscaped();
    void whoamiShowsServerTextEscaped();
    void serverErrorMessagesAreEscaped();
    void createdSecretWithControlsIsNotPrinted();
    void rotatedSecretWithControlsIsNotPrinted();

private:
    ProcessResult run(const QByteArray& token, const QStringList& arguments);
    qint64 hostileId();

    QTemporaryDir m_dir;
    GitLabTestServer m_server;
    CliRunner m_cli;
};

void TestCliHostileText::initTestCase()
{
    isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    const QJsonObject config{
        {u"users"_s,
         QJsonArray{QJsonObject{{u"id"_s, 1}, {u"username"_s, u"root"_s}, {u"is_admin"_s, true}},
                    QJsonObject{{u"id"_s, 2}, {u"username"_s, u"alice"_s}, {u"name"_s, HostileUser}}}},
        {u"tokens"_s, QJsonArray{QJsonObject{{u"user"_s, u"root"_s},
                                             {u"name"_s, u"root-api"_s},
                                             {u"scopes"_s, QJsonArray{u"api"_s}},
                                             {u"secret"_s, QString::fromLatin1(RootToken)}},
                                 QJsonObject{{u"user"_s, u"alice"_s},
                                             {u"name"_s, HostileName},
                                             {u"description"_s, HostileDescription},
                                             {u"scopes"_s, QJsonArray{u"read_api"_s, u"x\x1b[1m"_s}},
                                             {u"secret"_s, QString::fromLatin1(AliceToken)}}}}};
    QFile file(m_dir.filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    QVERIFY2(m_server.start({u"--config"_s, file.fileName()}), qPrintable(m_server.errorString()));
}

void TestCliHostileText::init()
{
    QVERIFY(m_server.reset());
    m_cli = CliRunner();
    m_cli.setEnvironment({u"TOKENDESK_CONFIG_DIR="_s + m_dir.path()});
}

ProcessResult TestCliHostileText::run(const QByteArray& token, const QStringList& arguments)
{
    return m_cli.runBare(QStringList{u"--gitlab"_s, m_server.url().toString()} + arguments, {},
                         {u"GITLAB_TOKEN="_s + QString::fromLatin1(token)});
}

qint64 TestCliHostileText::hostileId()
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value[u"name"_s].toString() == HostileName)
            return value[u"id"_s].toInteger();
    }
    return -1;
}

void TestCliHostileText::tableShowsNamesEscaped()
{
    const ProcessResult listed = run(AliceToken, {u"list"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    VERIFY_CLEAN(listed);
    const QString out = QString::fromUtf8(listed.out);
    QVERIFY2(out.contains(
                 u"a\\x1b[2Jb\\x1b]8;;https://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\c\\rd\\x08e\\tf"_s),
             qPrintable(out));
    // The columns are measured on what is shown: the header's next column starts after the escaped name.
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const qsizetype scopesHeader = lines.at(0).indexOf(u"SCOPES"_s);
    const qsizetype scopesCell = lines.at(1).indexOf(u"read_api"_s);
    QVERIFY2(scopesHeader > 0 && scopesHeader == scopesCell, qPrintable(out));
}

void TestCliHostileText::keyValuesShowEscaped()
{
    const ProcessResult shown = run(AliceToken, {u"show"_s, QString::number(hostileId())});
    QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
    VERIFY_CLEAN(shown);
    const QString out = QString::fromUtf8(shown.out);
    QVERIFY2(out.contains(u"gpj.\\u202eexe\\u200bx\\x9b31m"_s), qPrintable(out));
    QVERIFY2(out.contains(u"read_api, x\\x1b[1m"_s), qPrintable(out));
    QVERIFY2(out.contains(u"c\\rd\\x08e\\tf"_s), qPrintable(out));
}

void TestCliHostileText::jsonKeepsTheValuesEscaped()
{
    for (const QStringList& arguments : {QStringList{u"--json"_s, u"list"_s},
                                         QStringList{u"--json"_s, u"show"_s, QString::number(hostileId())}}) {
        const ProcessResult result = run(AliceToken, arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        VERIFY_CLEAN(result);
        QVERIFY2(result.out.contains("\\u202e") && result.out.contains("\\u200b") &&
                     result.out.contains("\\u009b"),
                 result.out.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject token =
            document.isArray() ? document.array().first().toObject() : document.object();
        QCOMPARE(token[u"name"_s].toString(), HostileName);
        QCOMPARE(token[u"description"_s].toString(), HostileDescription);
    }
}

void TestCliHostileText::whoamiShowsServerTextEscaped()
{
    for (const bool json : {false, true}) {
        const ProcessResult who =
            run(AliceToken, json ? QStringList{u"--json"_s, u"whoami"_s} : QStringList{u"whoami"_s});
        QVERIFY2(who.exitCode == 0, qPrintable(describe(who)));
        VERIFY_CLEAN(who);
        // The missing-scope note is there, escaped like the rest.
        QVERIFY2(who.err.contains("warning:") || who.out.contains("warnings"), qPrintable(describe(who)));
        if (json) {
            QCOMPARE(parseJson(who.out).object()[u"name"_s].toString(), HostileUser);
        } else {
            QVERIFY2(who.out.contains("Alice\\u2066\\u200fEvil\\x7f"), who.out.constData());
        }
    }
}

void TestCliHostileText::serverErrorMessagesAreEscaped()
{
    for (const int status : {400, 403, 404, 500}) {
        QVERIFY(m_server.addFault(QJsonObject{{u"kind"_s, u"error"_s},
                                              {u"status"_s, status},
                                              {u"count"_s, -1},
                                              {u"body"_s, QJsonObject{{u"message"_s, HostileMessage}}}}));
        const ProcessResult shown = run(AliceToken, {u"show"_s, QString::number(hostileId())});
        QVERIFY(shown.exitCode != 0);
        VERIFY_CLEAN(shown);
        QVERIFY2(isOneErrorLine(shown.err), qPrintable(describe(shown)));
        // A validation error shows what the server said (its controls escaped, or dropped by the GitLab
        // client).
        if (status == 400)
            QVERIFY2(shown.err.contains("red") && shown.err.contains("\\u202e\\u200b"),
                     shown.err.constData());
        QVERIFY(m_server.control(QJsonObject{{u"reset_faults"_s, true}}));
    }
}

void TestCliHostileText::createdSecretWithControlsIsNotPrinted()
{
    for (const bool json : {false, true}) {
        QVERIFY(m_server.control(QJsonObject{{u"next_secret"_s, u"glpat-\x1b]52;c;ZXZpbA==\x07"
                                                                "evil"_s}}));
        const QStringList arguments{u"create"_s, u"--name"_s, u"ci"_s, u"--scope"_s, u"read_api"_s};
        const ProcessResult created = run(RootToken, json ? QStringList{u"--json"_s} + arguments : arguments);
        QCOMPARE(created.exitCode, UnsafeSecretExit);
        VERIFY_CLEAN(created);
        QVERIFY2(!created.out.contains("evil") && !created.err.contains("evil"),
                 qPrintable(describe(created)));
        QVERIFY2(created.err.contains("not printed"), qPrintable(describe(created)));
        // The token exists, and what was created is still said.
        QVERIFY2(created.out.contains("ci"), qPrintable(describe(created)));
    }
}

void TestCliHostileText::rotatedSecretWithControlsIsNotPrinted()
{
    const ProcessResult created =
        run(RootToken, {u"--json"_s, u"create"_s, u"--name"_s, u"ci"_s, u"--scope"_s, u"read_api"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const qint64 id = parseJson(created.out).object()[u"id"_s].toInteger();
    QVERIFY(m_server.control(QJsonObject{{u"next_secret"_s, u"glpat-\u202eevil\r"_s}}));
    const ProcessResult rotated = run(RootToken, {u"rotate"_s, QString::number(id)});
    QCOMPARE(rotated.exitCode, UnsafeSecretExit);
    VERIFY_CLEAN(rotated);
    QVERIFY2(!rotated.out.contains("evil") && !rotated.err.contains("evil"), qPrintable(describe(rotated)));
    QVERIFY2(rotated.err.contains("not printed"), qPrintable(describe(rotated)));
}

QTEST_GUILESS_MAIN(TestCliHostileText)
#include "tst_CliHostileText.moc"
