#include "CommandLine.h"

#include "Command.h"
#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

QString program()
{
    return u"tokendesk-cli"_s;
}

struct GlobalOptions
{
    QCommandLineOption store{u"store"_s,
                             CommandLine::tr("Use the store database at PATH "
                                             "(default: $TOKENDESK_STORE, else the default store)."),
                             CommandLine::tr("PATH")};
    QCommandLineOption demo{u"demo"_s, CommandLine::tr("Use the separate offline demo store.")};
    QCommandLineOption gitlab{u"gitlab"_s,
                              CommandLine::tr("Work on the GitLab instance at URL (default: $GITLAB_HOST; "
                                              "https:// unless given). The access token comes from "
                                              "$GITLAB_TOKEN, --token-file, or the keychain of a "
                                              "connected account."),
                              CommandLine::tr("URL")};
    QCommandLineOption tokenFile{u"token-file"_s,
                                 CommandLine::tr("Read the GitLab access token from the first line of FILE."),
                                 CommandLine::tr("FILE")};
    QCommandLineOption user{u"user"_s,
                            CommandLine::tr("The connected GitLab account whose access token the keychain "
                                            "holds, when there are several."),
                            CommandLine::tr("USER")};
    QCommandLineOption caFile{u"ca-file"_s,
                              CommandLine::tr("Also trust the certificate authorities in this PEM file."),
                              CommandLine::tr("FILE")};
    QCommandLineOption timeout{
        u"timeout"_s, CommandLine::tr("Give up on a GitLab request that stalls this long (default: 30)."),
        CommandLine::tr("SECONDS")};
    QCommandLineOption group{u"group"_s,
                             CommandLine::tr("Work on the access tokens of this group (its numeric ID or "
                                             "full path, such as acme/platform) instead of your own."),
                             CommandLine::tr("ID_OR_PATH")};
    QCommandLineOption project{u"project"_s,
                               CommandLine::tr("Work on the access tokens of this project (its numeric ID "
                                               "or full path, such as acme/web) instead of your own."),
                               CommandLine::tr("ID_OR_PATH")};
    QCommandLineOption json{u"json"_s, CommandLine::tr("Print one JSON document with GitLab's field names.")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CommandLine::tr("Show this help.")};
    QCommandLineOption version{u"version"_s, CommandLine::tr("Show the version.")};

    void addTo(QCommandLineParser& parser, bool withVersion)
    {
        parser.addOption(store);
        parser.addOption(demo);
        parser.addOptions({gitlab, tokenFile, user, caFile, timeout});
        parser.addOptions({group, project});
        parser.addOption(json);
        parser.addOption(help);
        if (withVersion)
            parser.addOption(version);
    }
    QList<const QCommandLineOption*> singleValued() const
    {
        return {&store, &gitlab, &tokenFile, &user, &caFile, &timeout, &group, &project};
    }
};

// Qt's Arabic help text wraps "Usage:" in left-to-right marks for bidirectional displays; a terminal
// shows no bidi marks, and the output escaping would print them as \u200e. Qt's texts only, no data.
QString withoutDirectionMarks(QString helpText)
{
    for (const char16_t mark : {u'\u200e', u'\u200f', u'\u061c'})
        helpText.remove(QChar(mark));
    return helpText;
}

// QCommandLineParser names the program by the path it was started with.
QString withProgramName(QString helpText)
{
    helpText = withoutDirectionMarks(std::move(helpText));
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = helpText.indexOf(started);
    if (!started.isEmpty() && at >= 0 && at < helpText.indexOf(u'\n'))
        helpText.replace(at, started.size(), program());
    return helpText;
}

// Error messages repeat what was typed, except what looks like a GitLab secret (glpat-..., gldt-...):
// a secret typed by mistake must not reach a terminal log or a CI transcript.
QString withoutSecrets(QString message)
{
    static const QRegularExpression secretLike(u"gl[a-z]{1,8}-[A-Za-z0-9_.\\-]{4,}"_s);
    return message.replace(secretLike, CommandLine::tr("[hidden]"));
}

CommandLine::Parsed usageError(const QString& message)
{
    CommandLine::Parsed parsed;
    parsed.outcome = CommandLine::Outcome::UsageError;
    parsed.text = withoutSecrets(message);
    return parsed;
}

CommandLine::Parsed helpOutcome(const QString& text)
{
    CommandLine::Parsed parsed;
    parsed.outcome = CommandLine::Outcome::Help;
    parsed.text = text;
    return parsed;
}

QString generalHelp(QCommandLineParser& parser, const CommandRegistry& commands)
{
    parser.setApplicationDescription(
        CommandLine::tr("Manage GitLab personal, group and project access tokens from scripts and the "
                        "terminal."));
    parser.addPositionalArgument(CommandLine::tr("command"),
                                 CommandLine::tr("The command to run (see below)."),
                                 CommandLine::tr("COMMAND"));
    QString text = withProgramName(parser.helpText());
    text += u'\n' + CommandLine::tr("Commands:") + u'\n';
    for (const auto& command : commands.all())
        text += u"  %1 %2\n      %3\n"_s.arg(command->name(), command->arguments(), command->summary());
    text += u'\n' +
            CommandLine::tr("Run '%1 COMMAND --help' for a command's options. With --group or --project the "
                            "token commands work on that group's or project's access tokens. Exit codes: "
                            "0 done, 1 failure (store, server, network), 2 usage or validation error "
                            "(nothing changed), 3 authentication or permission refused (also: you lack the "
                            "role on the group or project), 4 not found (also: no such group or project), "
                            "5 secret not printed (control characters), 6 listing incomplete (some groups "
                            "or projects could not be read), 130 interrupted.")
                .arg(program()) +
            u'\n';
    return text;
}

QString commandHelp(QCommandLineParser& parser, const Command& command)
{
    parser.setApplicationDescription(command.summary());
    if (!command.positionalSyntax().isEmpty())
        parser.addPositionalArgument(command.positionalSyntax(), command.idDescription());
    QString text = withoutDirectionMarks(parser.helpText());
    // The first line becomes the command's full synopsis ("[options]" as Qt's own usage line words it).
    const QString synopsis =
        u"%1 %2 %3 %4"_s.arg(program(), QCoreApplication::translate("QCommandLineParser", "[options]"),
                             command.name(), command.arguments());
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(lineEnd);
    const qsizetype started = firstLine.indexOf(QCoreApplication::arguments().value(0));
    if (started >= 0)
        text.replace(started, lineEnd - started, synopsis.trimmed());
    const QString footer = command.helpFooter();
    if (!footer.isEmpty())
        text += u'\n' + footer;
    return text;
}

} // namespace

CommandLine::Parsed CommandLine::parse(const QStringList& arguments, const CommandRegistry& commands)
{
    GlobalOptions global;
    QCommandLineParser globalParser;
    globalParser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addTo(globalParser, true);
    if (!globalParser.parse(arguments))
        return usageError(globalParser.errorText());

    const QStringList rest = globalParser.positionalArguments();
    if (globalParser.isSet(global.version)) {
        Parsed parsed;
        parsed.outcome = Outcome::Version;
        parsed.text = u"%1 %2\n"_s.arg(program(), QCoreApplication::applicationVersion());
        return parsed;
    }
    if (rest.isEmpty()) {
        if (globalParser.isSet(global.help))
            return helpOutcome(generalHelp(globalParser, commands));
        return usageError(tr("no command given; run '%1 --help' for the list of commands.").arg(program()));
    }

    Command* command = commands.find(rest.first());
    if (!command) {
        return usageError(tr("unknown command '%1'; run '%2 --help' for the list of commands.")
                              .arg(rest.first(), program()));
    }

    // The command's own parser also knows the global options, so they may follow the command.
    QCommandLineParser parser;
    GlobalOptions late;
    late.addTo(parser, false);
    parser.addOptions(command->options());

    QStringList commandArguments = rest;
    commandArguments.prepend(arguments.value(0, program()));
    if (!parser.parse(commandArguments))
        return usageError(u"%1: %2"_s.arg(command->name(), parser.errorText()));

    if (parser.isSet(late.help) || globalParser.isSet(global.help))
        return helpOutcome(commandHelp(parser, *command));

    QList<QCommandLineOption> singleValued;
    for (const QCommandLineOption* option : late.singleValued())
        singleValued << *option;
    singleValued << command->singleValuedOptions();
    for (const QCommandLineOption& single : std::as_const(singleValued)) {
        const QString optionName = single.names().constFirst();
        qsizetype count = parser.values(optionName).size();
        for (const QCommandLineOption* g : global.singleValued()) {
            if (optionName == g->names().constFirst())
                count += globalParser.values(*g).size();
        }
        if (count > 1)
            return usageError(tr("--%1 given more than once.").arg(optionName));
    }

    Parsed parsed;
    parsed.command = command;
    parsed.json = globalParser.isSet(global.json) || parser.isSet(late.json);
    BackendOptions& backend = parsed.backend;
    backend.demo = globalParser.isSet(global.demo) || parser.isSet(late.demo);
    const bool storeGiven = globalParser.isSet(global.store) || parser.isSet(late.store);
    if (storeGiven) {
        backend.storePath =
            parser.isSet(late.store) ? parser.value(late.store) : globalParser.value(global.store);
        if (backend.storePath.isEmpty())
            return usageError(tr("--store needs a file path."));
    }
    if (storeGiven && backend.demo)
        return usageError(tr("--store and --demo cannot be used together."));

    const auto globalValue = [&](const QCommandLineOption& early, const QCommandLineOption& later) {
        return parser.isSet(later) ? parser.value(later) : globalParser.value(early);
    };
    const bool gitlabGiven = globalParser.isSet(global.gitlab) || parser.isSet(late.gitlab);
    if (gitlabGiven && (storeGiven || backend.demo))
        return usageError(tr("--gitlab cannot be used with --store or --demo."));
    QString gitlabUrl = gitlabGiven ? globalValue(global.gitlab, late.gitlab) : QString();
    if (gitlabGiven && gitlabUrl.trimmed().isEmpty())
        return usageError(tr("--gitlab needs the instance URL, such as https://gitlab.example.com."));
    if (!gitlabGiven && !storeGiven && !backend.demo)
        gitlabUrl = qEnvironmentVariable("GITLAB_HOST");
    gitlabUrl = gitlabUrl.trimmed();
    if (!gitlabUrl.isEmpty() && !gitlabUrl.contains(u"://"_s))
        gitlabUrl.prepend(u"https://"_s);
    backend.gitlabUrl = gitlabUrl;
    backend.tokenFile = globalValue(global.tokenFile, late.tokenFile);
    backend.user = globalValue(global.user, late.user);
    backend.caFile = globalValue(global.caFile, late.caFile);
    const bool timeoutGiven = globalParser.isSet(global.timeout) || parser.isSet(late.timeout);
    if (timeoutGiven) {
        bool ok = false;
        const double seconds = globalValue(global.timeout, late.timeout).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 3600)) // "nan" and "inf" read as numbers too
            return usageError(tr("--timeout must be a number of seconds between 0 and 3600, such as 30."));
        backend.timeoutMs = std::max(1, static_cast<int>(seconds * 1000));
    }
    const bool gitlabOnlyGiven =
        !backend.tokenFile.isEmpty() || !backend.user.isEmpty() || !backend.caFile.isEmpty() || timeoutGiven;
    if (gitlabOnlyGiven && !backend.isGitLab())
        return usageError(tr("--token-file, --user, --ca-file and --timeout need --gitlab URL (or "
                             "$GITLAB_HOST)."));

    const bool groupGiven = globalParser.isSet(global.group) || parser.isSet(late.group);
    const bool projectGiven = globalParser.isSet(global.project) || parser.isSet(late.project);
    if (groupGiven && projectGiven)
        return usageError(tr("--group and --project cannot be used together."));
    if (groupGiven || projectGiven) {
        const QString option = groupGiven ? u"group"_s : u"project"_s;
        const QString value =
            (groupGiven ? globalValue(global.group, late.group) : globalValue(global.project, late.project))
                .trimmed();
        if (value.isEmpty() || value.startsWith(u'/') || value.endsWith(u'/'))
            return usageError(
                tr("--%1 needs the numeric ID or the full path, such as 42 or acme/web.").arg(option));
        if (!command->worksOnResource())
            return usageError(tr("%1 does not work on a group's or project's tokens; leave out --%2.")
                                  .arg(command->name(), option));
        backend.resource = groupGiven ? ResourceRef::group(value) : ResourceRef::project(value);
    }

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command's name
    if (const QString problem = command->parse(parser, positional, backend); !problem.isEmpty())
        return usageError(problem);

    parsed.outcome = Outcome::Run;
    return parsed;
}

} // namespace TokenDesk
