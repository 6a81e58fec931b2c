#include "EnglishText.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

// Letters only the pseudo translation writes; none of them is in the demo store's data.
const QString PseudoLetters = u"ƀçďĝĥķĺɱñþʠŕšţṽŵẋžÇĎĜĤĶĹṀÑÞǪŔŠŢṼŴẊŽ"_s;

bool hasPseudoText(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : PseudoLetters) {
        if (text.contains(c))
            return true;
    }
    return false;
}

void collectWords(const QJsonValue& value, I18nTest::EnglishText& english)
{
    if (value.isString())
        english.allowData(value.toString());
    else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectWords(item, english);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectWords(it.value(), english);
    }
}

} // namespace

// Every message of tokendesk-cli and git-credential-tokendesk a person reads (help, tables, errors) under
// the pseudo translation: a word of plain English in it was never translated. --json stays untranslated.
class TestUntranslatedCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpOfEveryCommand();
    void tablesOfTheDemoStore();
    void commonErrors();
    void credentialHelper();
    void windowProgramsHelpAndUsageErrors();
    void jsonStaysForScripts();
    void qtsOwnHelpWordsComeFromQtUnderGerman();

private:
    Test::ProcessResult cli(const QStringList& arguments, const QStringList& environment = {});
    void checkOutput(const QString& what, const Test::ProcessResult& result);
    QStringList commandNames();

    QTemporaryDir m_dir;
    QStringList m_environment;
    I18nTest::EnglishText m_english;
};

void TestUntranslatedCli::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY(m_dir.isValid());
    const QString pseudo = qEnvironmentVariable("TOKENDESK_PSEUDO_DIR");
    QVERIFY2(QFile::exists(pseudo + u"/tokendesk_eo.qm"_s), "build the pseudo_translation target first");
    m_environment = {u"HOME="_s + m_dir.filePath(u"home"_s),
                     u"XDG_DATA_HOME="_s + m_dir.filePath(u"data"_s),
                     u"XDG_CONFIG_HOME="_s + m_dir.filePath(u"config"_s),
                     u"TOKENDESK_TRANSLATION_DIR="_s + pseudo,
                     u"LANG=C.UTF-8"_s,
                     u"LANGUAGE=eo"_s,
                     u"LC_ALL"_s,
                     u"LC_MESSAGES"_s,
                     u"TOKENDESK_STORE"_s,
                     u"GITLAB_HOST"_s,
                     u"GITLAB_TOKEN"_s};
    // The demo store is filled once, in the language of its first start: English here, so that --json
    // output below shows no pseudo text that came from the store's data.
    QCOMPARE(cli({u"--demo"_s, u"list"_s}, {u"LANGUAGE=en"_s}).exitCode, 0);
    // The pseudo translation is really in use: the program's description is no longer English.
    const Test::ProcessResult help = cli({u"--help"_s});
    QVERIFY2(hasPseudoText(help.out), help.out.constData());

    // The fixture's data (token names, descriptions, user names, group paths) is shown as it is.
    for (const QStringList& arguments :
         {QStringList{u"list"_s, u"--state"_s, u"all"_s}, QStringList{u"resources"_s},
          QStringList{u"inventory"_s, u"--state"_s, u"all"_s},
          QStringList{u"remind"_s, u"--within"_s, u"400"_s}, QStringList{u"list"_s, u"--all-resources"_s}}) {
        const Test::ProcessResult json = cli(QStringList{u"--demo"_s, u"--json"_s} + arguments);
        collectWords(QJsonDocument::fromJson(json.out).object(), m_english);
        collectWords(QJsonDocument::fromJson(json.out).array(), m_english);
    }
    // The words of QCommandLineParser's own lines ("Usage:", "Options:", "[options]") are qtbase's
    // translations, which the pseudo language has none of: qtsOwnHelpWordsComeFromQtUnderGerman checks them.
    m_english.allow({u"Usage"_s, u"Options"_s, u"Arguments"_s, u"options"_s});
    // The command names and "self" are typed as they are, in every language.
    m_english.allow(commandNames() + QStringList{u"self"_s, u"glpat"_s});
    m_english.allow({u"UTC"_s});    // the time zone's name
    m_english.allow({u"config"_s}); // in the git command line that git-setup prints
}

Test::ProcessResult TestUntranslatedCli::cli(const QStringList& arguments, const QStringList& environment)
{
    return Test::runProgram(u"tokendesk-cli"_s, arguments, {}, m_environment + environment, 30000);
}

QStringList TestUntranslatedCli::commandNames()
{
    static const QRegularExpression commandLine(u"^  ([a-z][a-z-]+)(?: |$)"_s);
    QStringList names;
    const QStringList lines = QString::fromUtf8(cli({u"--help"_s}).out).split(u'\n');
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = commandLine.match(line);
        if (match.hasMatch())
            names << match.captured(1);
    }
    return names;
}

void TestUntranslatedCli::checkOutput(const QString& what, const Test::ProcessResult& result)
{
    const QStringList out = QString::fromUtf8(result.out).split(u'\n');
    for (const QString& line : out)
        m_english.check(what + u" (stdout)"_s, line);
    const QStringList err = QString::fromUtf8(result.err).split(u'\n');
    for (const QString& line : err)
        m_english.check(what + u" (stderr)"_s, line);
}

void TestUntranslatedCli::helpOfEveryCommand()
{
    m_english.clearProblems();
    checkOutput(u"tokendesk-cli --help"_s, cli({u"--help"_s}));
    const QStringList names = commandNames();
    QVERIFY2(names.size() >= 15, qPrintable(names.join(u' ')));
    for (const QString& name : names)
        checkOutput(u"tokendesk-cli %1 --help"_s.arg(name), cli({name, u"--help"_s}));
    QVERIFY2(m_english.problems().isEmpty(), qPrintable(m_english.problems().join(u'\n')));
}

void TestUntranslatedCli::tablesOfTheDemoStore()
{
    m_english.clearProblems();
    const QString calendar = m_dir.filePath(u"tokens.ics"_s);
    for (const QStringList& arguments :
         {QStringList{u"scopes"_s}, QStringList{u"list"_s, u"--state"_s, u"all"_s}, QStringList{u"list"_s},
          QStringList{u"resources"_s}, QStringList{u"inventory"_s, u"--state"_s, u"all"_s},
          QStringList{u"show"_s, u"1"_s}, QStringList{u"whoami"_s},
          QStringList{u"remind"_s, u"--within"_s, u"400"_s}, QStringList{u"git-hosts"_s},
          QStringList{u"git-setup"_s, u"--host"_s, u"gitlab.example.com"_s},
          QStringList{u"calendar"_s, u"--output"_s, calendar},
          QStringList{u"list"_s, u"--all-resources"_s}}) {
        const Test::ProcessResult result = cli(QStringList{u"--demo"_s} + arguments);
        QVERIFY2(result.exitCode != -1, qPrintable(arguments.join(u' ')));
        checkOutput(u"tokendesk-cli --demo "_s + arguments.join(u' '), result);
    }
    QVERIFY2(m_english.problems().isEmpty(), qPrintable(m_english.problems().join(u'\n')));
}

void TestUntranslatedCli::commonErrors()
{
    m_english.clearProblems();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: the network is down for the CLI
    // A store inside a plain file can be neither opened nor created.
    QFile plainFile(m_dir.filePath(u"plain-file"_s));
    QVERIFY(plainFile.open(QIODevice::WriteOnly));
    plainFile.close();
    const QString missingStore = plainFile.fileName() + u"/tokens.sqlite"_s;
    const QList<QStringList> cases = {
        {},
        {u"frobnicate"_s},
        {u"--demo"_s, u"list"_s, u"--state"_s},
        {u"--demo"_s, u"list"_s, u"--state"_s, u"sideways"_s},
        {u"--demo"_s, u"list"_s, u"--sort"_s, u"sideways"_s},
        {u"--demo"_s, u"list"_s, u"--bogus"_s},
        {u"--demo"_s, u"list"_s, u"--expires-before"_s, u"2026-13-45"_s},
        {u"--demo"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s, u"--expires"_s,
         u"1999-01-01"_s},
        {u"--demo"_s, u"create"_s, u"--scope"_s, u"api"_s},
        {u"--demo"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"nonsense"_s},
        {u"--demo"_s, u"show"_s, u"999999"_s},
        {u"--demo"_s, u"show"_s, u"twelve"_s},
        {u"--demo"_s, u"revoke"_s, u"999999"_s},
        {u"--demo"_s, u"secret"_s, u"1"_s},
        {u"--demo"_s, u"--store"_s, missingStore, u"list"_s},
        {u"--store"_s, missingStore, u"list"_s},
        {u"--demo"_s, u"--timeout"_s, u"soon"_s, u"list"_s},
        {u"--gitlab"_s, u"http://127.0.0.1:%1"_s.arg(port), u"whoami"_s},
        {u"--gitlab"_s, u"http://127.0.0.1:%1"_s.arg(port), u"list"_s},
        {u"--gitlab"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--group"_s, u"acme"_s, u"list"_s},
        {u"whoami"_s},
    };
    for (const QStringList& arguments : cases) {
        const Test::ProcessResult result = cli(arguments, {u"GITLAB_TOKEN=glpat-0123456789abcdefghij"_s});
        QVERIFY2(result.exitCode > 0,
                 qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(result.err)));
        QVERIFY2(!result.err.isEmpty(), qPrintable(arguments.join(u' ')));
        // What the user typed comes back quoted in the message; QCommandLineParser's own errors are
        // qtbase's translations (the pseudo language has none; German has them).
        for (const QString& argument : arguments)
            m_english.allowData(argument);
        static const QRegularExpression qtParserError(
            u"(?:Missing value after|Unknown options?:?|Unexpected value after) '[^']*'\\.?"_s);
        Test::ProcessResult shown = result;
        shown.err = QString::fromUtf8(result.err).replace(qtParserError, QString()).toUtf8();
        checkOutput(u"tokendesk-cli "_s + arguments.join(u' '), shown);
    }
    QVERIFY2(m_english.problems().isEmpty(), qPrintable(m_english.problems().join(u'\n')));
}

void TestUntranslatedCli::credentialHelper()
{
    m_english.clearProblems();
    const Test::ProcessResult usage =
        Test::runProgram(u"git-credential-tokendesk"_s, {}, {}, m_environment, 30000);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(hasPseudoText(usage.err));
    checkOutput(u"git-credential-tokendesk"_s, usage);
    const Test::ProcessResult unknown =
        Test::runProgram(u"git-credential-tokendesk"_s, {u"fetch"_s},
                         "protocol=https\nhost=gitlab.example.com\n\n", m_environment, 30000);
    checkOutput(u"git-credential-tokendesk fetch"_s, unknown);
    QVERIFY2(m_english.problems().isEmpty(), qPrintable(m_english.problems().join(u'\n')));
}

void TestUntranslatedCli::windowProgramsHelpAndUsageErrors()
{
    m_english.clearProblems();
    const QStringList offscreen = m_environment + QStringList{u"QT_QPA_PLATFORM=offscreen"_s};
    for (const QStringList& arguments :
         {QStringList{u"--help"_s}, QStringList{u"--demo"_s, u"--store"_s, m_dir.filePath(u"x.sqlite"_s)},
          QStringList{u"--rotate"_s, u"1"_s}, QStringList{u"--rotate"_s, u"1"_s, u"--select"_s, u"1"_s},
          QStringList{u"--rotate"_s, u"minus"_s, u"--account"_s, u"offline"_s}}) {
        const Test::ProcessResult result = Test::runProgram(u"tokendesk"_s, arguments, {}, offscreen, 30000);
        QVERIFY2(result.exitCode >= 0, qPrintable(arguments.join(u' ')));
        for (const QString& argument : arguments)
            m_english.allowData(argument);
        // addHelpOption() and addVersionOption() describe themselves in qtbase's words.
        Test::ProcessResult shown = result;
        QString out = QString::fromUtf8(result.out);
        for (const char* qtText :
             {"Displays help on commandline options.", "Displays help including Qt specific options.",
              "Displays version information."})
            out.remove(QString::fromLatin1(qtText));
        shown.out = out.toUtf8();
        checkOutput(u"tokendesk "_s + arguments.join(u' '), shown);
    }
    QVERIFY2(m_english.problems().isEmpty(), qPrintable(m_english.problems().join(u'\n')));
}

void TestUntranslatedCli::jsonStaysForScripts()
{
    for (const QStringList& arguments :
         {QStringList{u"list"_s, u"--state"_s, u"all"_s}, QStringList{u"resources"_s},
          QStringList{u"show"_s, u"1"_s}, QStringList{u"git-hosts"_s},

          QStringList{u"remind"_s, u"--within"_s, u"400"_s},
          QStringList{u"git-setup"_s, u"--host"_s, u"gitlab.example.com"_s}}) {
        const Test::ProcessResult result = cli(QStringList{u"--demo"_s, u"--json"_s} + arguments);
        const QString what = arguments.join(u' ');
        QVERIFY2(result.exitCode == 0, qPrintable(what + u": "_s + QString::fromUtf8(result.err)));
        QJsonParseError error{};
        QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(what));
        QVERIFY2(!hasPseudoText(result.out),
                 qPrintable(what + u": "_s + QString::fromUtf8(result.out.left(400))));
    }
    // A usage error under --json is still a message for a person, on stderr; stdout stays empty or JSON.
    const Test::ProcessResult error = cli({u"--demo"_s, u"--json"_s, u"show"_s, u"999999"_s});
    QVERIFY(!hasPseudoText(error.out));
    // The scope descriptions of `--json scopes` are for scripts too; keeping them English is the language
    // runtime's change (branch i13-i18n): until it is merged, say so instead of failing here.
    const Test::ProcessResult scopes = cli({u"--demo"_s, u"--json"_s, u"scopes"_s});
    QCOMPARE(scopes.exitCode, 0);
    if (hasPseudoText(scopes.out))
        QSKIP("--json scopes still translates the scope descriptions (kept English by the i13-i18n branch)");
}

void TestUntranslatedCli::qtsOwnHelpWordsComeFromQtUnderGerman()
{
    // Under the pseudo language QCommandLineParser's words stay English (qtbase has no such language);
    // under German they come from Debian's qtbase translation, beside TokenDesk's own.
    const Test::ProcessResult help = cli({u"--help"_s}, {u"LANGUAGE=de"_s, u"LANG=de_DE.UTF-8"_s});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.startsWith(u"Aufruf: "_s), qPrintable(text.left(200)));
    QVERIFY2(text.contains(u"\nOptionen:\n"_s), qPrintable(text.left(400)));
}

QTEST_GUILESS_MAIN(TestUntranslatedCli)
#include "tst_UntranslatedCli.moc"
