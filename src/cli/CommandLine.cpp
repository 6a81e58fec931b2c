#include "CommandLine.h"

#include "GitCredentialMap.h"
#include "ScopeCatalog.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

#include <optional>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

using Command = CliRequest::Command;

struct CommandInfo
{
    Command command;
    const char* name;
    const char* arguments;
    const char* summary;
};

// The summaries are translated where they are shown, in CommandLine's context.
constexpr CommandInfo commands[] = {
    {Command::Scopes, "scopes", "", QT_TRANSLATE_NOOP("CommandLine", "List the scopes a token can have.")},
    {Command::List, "list", "[--state STATE] [--search TEXT] [--sort ORDER]",
     QT_TRANSLATE_NOOP("CommandLine", "List tokens (active ones unless --state says otherwise).")},
    {Command::Whoami, "whoami", "",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Show who the GitLab access token signs in as, and the access token itself.")},
    {Command::Show, "show", "ID|self",
     QT_TRANSLATE_NOOP("CommandLine", "Show one token (self: the GitLab access token in use).")},
    {Command::Create, "create",
     "--name NAME [--description TEXT] [--expires YYYY-MM-DD] --scope SCOPE [--scope SCOPE ...] "
     "[--user-id N] [--keychain [--quiet]]",
     QT_TRANSLATE_NOOP("CommandLine", "Create a token and print its secret once.")},
    {Command::Revoke, "revoke", "ID|self [--keep-secret]",
     QT_TRANSLATE_NOOP("CommandLine", "Revoke a token (and delete its secret saved in the keychain).")},
    {Command::Rotate, "rotate", "ID|self [--expires YYYY-MM-DD] [--keychain [--quiet]]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Revoke a token and issue a successor with a new secret (default expiry: 7 days).")},
    {Command::Verify, "verify", "",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Read one secret from standard input and show the token it belongs to.")},
    {Command::Secret, "secret", "ID",
     QT_TRANSLATE_NOOP("CommandLine", "Print the token's secret saved in the keychain.")},
    {Command::Forget, "forget", "ID",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Delete the token's secret from the keychain (the token stays valid).")},
    {Command::GitUse, "git-use", "ID --host HOST | --host HOST --remove",
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "Let git use the token's saved secret for HOST over HTTPS (or stop it with --remove).")},
    {Command::GitHosts, "git-hosts", "",
     QT_TRANSLATE_NOOP("CommandLine", "List the hosts git may use a saved token for.")},
    {Command::GitSetup, "git-setup", "--host HOST [--apply]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Show (or with --apply run) the git config command that makes git ask TokenDesk for "
                       "HOST.")},
};

const CommandInfo* findCommand(const QString& name)
{
    for (const CommandInfo& info : commands) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

QString program()
{
    return u"tokendesk-cli"_s;
}

struct GlobalOptions
{
    QCommandLineOption store{u"store"_s,
                             CommandLine::tr("Use the store database at PATH "
                                             "(default: $TOKENDESK_STORE, else the default store)."),
                             u"PATH"_s};
    QCommandLineOption demo{u"demo"_s, CommandLine::tr("Use the separate offline demo store.")};
    QCommandLineOption gitlab{u"gitlab"_s,
                              CommandLine::tr("Work on the GitLab instance at URL (default: $GITLAB_HOST; "
                                              "https:// unless given). The access token comes from "
                                              "$GITLAB_TOKEN, --token-file, or the keychain of a "
                                              "connected account."),
                              u"URL"_s};
    QCommandLineOption tokenFile{u"token-file"_s,
                                 CommandLine::tr("Read the GitLab access token from the first line of FILE."),
                                 u"FILE"_s};
    QCommandLineOption user{u"user"_s,
                            CommandLine::tr("The connected GitLab account whose access token the keychain "
                                            "holds, when there are several."),
                            u"USER"_s};
    QCommandLineOption caFile{
        u"ca-file"_s, CommandLine::tr("Also trust the certificate authorities in this PEM file."), u"FILE"_s};
    QCommandLineOption timeout{
        u"timeout"_s, CommandLine::tr("Give up on a GitLab request that stalls this long (default: 30)."),
        u"SECONDS"_s};
    QCommandLineOption json{u"json"_s, CommandLine::tr("Print one JSON document with GitLab's field names.")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CommandLine::tr("Show this help.")};
    QCommandLineOption version{u"version"_s, CommandLine::tr("Show the version.")};

    void addTo(QCommandLineParser& parser, bool withVersion)
    {
        parser.addOption(store);
        parser.addOption(demo);
        parser.addOptions({gitlab, tokenFile, user, caFile, timeout});
        parser.addOption(json);
        parser.addOption(help);
        if (withVersion)
            parser.addOption(version);
    }
};

// QCommandLineParser names the program by the path it was started with.
QString withProgramName(QString helpText)
{
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

QString generalHelp(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Manage GitLab personal access tokens from scripts and the terminal."));
    parser.addPositionalArgument(u"command"_s, CommandLine::tr("The command to run (see below)."),
                                 u"COMMAND"_s);
    QString text = withProgramName(parser.helpText());
    text += u'\n' + CommandLine::tr("Commands:") + u'\n';
    for (const CommandInfo& info : commands) {
        text += u"  %1 %2\n      %3\n"_s.arg(QLatin1String(info.name), QLatin1String(info.arguments),
                                             CommandLine::tr(info.summary));
    }
    text += u'\n' +
            CommandLine::tr("Run '%1 COMMAND --help' for a command's options. Exit codes: 0 done, 1 failure "
                            "(store, server, network), 2 usage or validation error (nothing changed), "
                            "3 authentication or permission refused, 4 not found, 130 interrupted.")
                .arg(program()) +
            u'\n';
    return text;
}

std::optional<qint64> parseId(const QString& text)
{
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 id = text.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> parseIdOrSelf(const QString& text)
{
    if (text == u"self"_s)
        return CliRequest::SelfId;
    return parseId(text);
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

CommandLine::Parsed CommandLine::parse(const QStringList& arguments)
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
        Parsed parsed;
        if (globalParser.isSet(global.help)) {
            parsed.outcome = Outcome::Help;
            parsed.text = generalHelp(globalParser);
            return parsed;
        }
        return usageError(tr("no command given; run '%1 --help' for the list of commands.").arg(program()));
    }

    const CommandInfo* info = findCommand(rest.first());
    if (!info) {
        return usageError(tr("unknown command '%1'; run '%2 --help' for the list of commands.")
                              .arg(rest.first(), program()));
    }

    // The command's own parser also knows the global options, so they may follow the command.
    QCommandLineParser parser;
    GlobalOptions late;
    late.addTo(parser, false);
    const QCommandLineOption state(u"state"_s, tr("Which tokens: active (default), inactive or all."),
                                   u"STATE"_s);
    const QCommandLineOption search(u"search"_s, tr("Only tokens whose name contains TEXT."), u"TEXT"_s);
    const QCommandLineOption sort(
        u"sort"_s, tr("Order: %1 (default: expires_asc).").arg(ListQuery::sortNames().join(u", "_s)),
        u"ORDER"_s);
    const QCommandLineOption name(u"name"_s, tr("The token's name (required)."), u"NAME"_s);
    const QCommandLineOption description(u"description"_s, tr("What the token is for."), u"TEXT"_s);
    const QCommandLineOption expires(u"expires"_s,
                                     info->command == Command::Create
                                         ? tr("Expiration date in UTC, from tomorrow to a year ahead "
                                              "(default: 30 days ahead).")
                                         : tr("Expiration date of the new token in UTC (default: 7 days "
                                              "ahead)."),
                                     u"YYYY-MM-DD"_s);
    const QCommandLineOption scope(u"scope"_s, tr("A scope to grant; repeat for several (see 'scopes')."),
                                   u"SCOPE"_s);
    const QCommandLineOption keychain(u"keychain"_s, tr("Save the new secret in the system keychain."));
    const QCommandLineOption quiet(u"quiet"_s,
                                   tr("With --keychain: do not print the secret (it is printed anyway when "
                                      "saving fails)."));
    const QCommandLineOption keepSecret(u"keep-secret"_s,
                                        tr("Keep the token's secret saved in the keychain."));
    const QCommandLineOption host(u"host"_s,
                                  tr("The HTTPS host git connects to, such as gitlab.example.com or "
                                     "gitlab.example.com:8443."),
                                  u"HOST"_s);
    const QCommandLineOption removeHost(u"remove"_s, tr("Stop git from using a saved token for HOST."));
    const QCommandLineOption apply(u"apply"_s,
                                   tr("Run the git config command (without it, nothing is changed)."));
    const QCommandLineOption userId(
        u"user-id"_s, tr("GitLab administrators: create the token for the user with this ID."), u"N"_s);
    QString positionalSyntax;
    switch (info->command) {
    case Command::List:
        parser.addOptions({state, search, sort});
        break;
    case Command::Create:
        parser.addOptions({name, description, expires, scope, userId, keychain, quiet});
        break;
    case Command::Rotate:
        parser.addOptions({expires, keychain, quiet});
        positionalSyntax = u"ID"_s;
        break;
    case Command::Revoke:
        parser.addOption(keepSecret);
        positionalSyntax = u"ID"_s;
        break;
    case Command::Show:
    case Command::Secret:
    case Command::Forget:
        positionalSyntax = u"ID"_s;
        break;
    case Command::GitUse:
        parser.addOptions({host, removeHost});
        positionalSyntax = u"ID"_s;
        break;
    case Command::GitSetup:
        parser.addOptions({host, apply});
        break;
    case Command::Scopes:
    case Command::Verify:
    case Command::GitHosts:
    case Command::Whoami:
        break;
    }

    QStringList commandArguments = rest;
    commandArguments.prepend(arguments.value(0, program()));
    if (!parser.parse(commandArguments))
        return usageError(u"%1: %2"_s.arg(QLatin1String(info->name), parser.errorText()));

    if (parser.isSet(late.help) || globalParser.isSet(global.help)) {
        parser.setApplicationDescription(tr(info->summary));
        if (!positionalSyntax.isEmpty())
            parser.addPositionalArgument(
                positionalSyntax,
                info->command == Command::Show || info->command == Command::Revoke ||
                        info->command == Command::Rotate
                    ? tr("The token's ID, a positive whole number, or 'self' for the GitLab access token "
                         "in use.")
                    : tr("The token's ID, a positive whole number."));
        QString text = parser.helpText();
        // The first line becomes the command's full synopsis.
        const QString synopsis =
            u"%1 [options] %2 %3"_s.arg(program(), QLatin1String(info->name), QLatin1String(info->arguments));
        const qsizetype lineEnd = text.indexOf(u'\n');
        const QString firstLine = text.left(lineEnd);
        const qsizetype started = firstLine.indexOf(QCoreApplication::arguments().value(0));
        if (started >= 0)
            text.replace(started, lineEnd - started, synopsis.trimmed());
        Parsed parsed;
        parsed.outcome = Outcome::Help;
        parsed.text = text;
        if (info->command == Command::Secret)
            parsed.text += u'\n' +
                           tr("The secret goes to standard output followed by a newline, for scripts such as "
                              "GITLAB_TOKEN=$(%1 secret 12). Exit code 4 when none is saved.")
                               .arg(program()) +
                           u'\n';
        if (info->command == Command::GitSetup)
            parsed.text += u'\n' +
                           tr("Without --apply your git configuration is not changed. Then choose the token "
                              "git uses for HOST with '%1 git-use ID --host HOST'.")
                               .arg(program()) +
                           u'\n';
        if (info->command == Command::Verify)
            parsed.text += u'\n' +
                           tr("The secret is read from standard input (one line; a trailing newline is "
                              "ignored). It is never accepted as an argument.") +
                           u'\n';
        return parsed;
    }

    QList<QCommandLineOption> singleValued{late.store, late.gitlab, late.tokenFile,
                                           late.user,  late.caFile, late.timeout};
    switch (info->command) {
    case Command::List:
        singleValued << state << search << sort;
        break;
    case Command::Create:
        singleValued << name << description << expires << userId;
        break;
    case Command::Rotate:
        singleValued << expires;
        break;
    case Command::GitUse:
    case Command::GitSetup:
        singleValued << host;
        break;
    default:
        break;
    }
    for (const QCommandLineOption& single : std::as_const(singleValued)) {
        const QString optionName = single.names().constFirst();
        qsizetype count = parser.values(optionName).size();
        for (const QCommandLineOption* g : {&global.store, &global.gitlab, &global.tokenFile, &global.user,
                                            &global.caFile, &global.timeout}) {
            if (optionName == g->names().constFirst())
                count += globalParser.values(*g).size();
        }
        if (count > 1)
            return usageError(tr("--%1 given more than once.").arg(optionName));
    }

    Parsed parsed;
    CliRequest& request = parsed.request;
    request.command = info->command;
    request.json = globalParser.isSet(global.json) || parser.isSet(late.json);
    request.backend.demo = globalParser.isSet(global.demo) || parser.isSet(late.demo);
    const bool storeGiven = globalParser.isSet(global.store) || parser.isSet(late.store);
    if (storeGiven) {
        request.backend.storePath =
            parser.isSet(late.store) ? parser.value(late.store) : globalParser.value(global.store);
        if (request.backend.storePath.isEmpty())
            return usageError(tr("--store needs a file path."));
    }
    if (storeGiven && request.backend.demo)
        return usageError(tr("--store and --demo cannot be used together."));

    const auto globalValue = [&](const QCommandLineOption& early, const QCommandLineOption& later) {
        return parser.isSet(later) ? parser.value(later) : globalParser.value(early);
    };
    const bool gitlabGiven = globalParser.isSet(global.gitlab) || parser.isSet(late.gitlab);
    if (gitlabGiven && (storeGiven || request.backend.demo))
        return usageError(tr("--gitlab cannot be used with --store or --demo."));
    QString gitlabUrl = gitlabGiven ? globalValue(global.gitlab, late.gitlab) : QString();
    if (gitlabGiven && gitlabUrl.trimmed().isEmpty())
        return usageError(tr("--gitlab needs the instance URL, such as https://gitlab.example.com."));
    if (!gitlabGiven && !storeGiven && !request.backend.demo)
        gitlabUrl = qEnvironmentVariable("GITLAB_HOST");
    gitlabUrl = gitlabUrl.trimmed();
    if (!gitlabUrl.isEmpty() && !gitlabUrl.contains(u"://"_s))
        gitlabUrl.prepend(u"https://"_s);
    request.backend.gitlabUrl = gitlabUrl;
    request.backend.tokenFile = globalValue(global.tokenFile, late.tokenFile);
    request.backend.user = globalValue(global.user, late.user);
    request.backend.caFile = globalValue(global.caFile, late.caFile);
    const bool timeoutGiven = globalParser.isSet(global.timeout) || parser.isSet(late.timeout);
    if (timeoutGiven) {
        bool ok = false;
        const double seconds = globalValue(global.timeout, late.timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(tr("--timeout must be a number of seconds between 0 and 3600, such as 30."));
        request.backend.timeoutMs = std::max(1, static_cast<int>(seconds * 1000));
    }
    const bool gitlabOnlyGiven = !request.backend.tokenFile.isEmpty() || !request.backend.user.isEmpty() ||
                                 !request.backend.caFile.isEmpty() || timeoutGiven;
    if (gitlabOnlyGiven && !request.backend.isGitLab())
        return usageError(tr("--token-file, --user, --ca-file and --timeout need --gitlab URL (or "
                             "$GITLAB_HOST)."));
    if (info->command == Command::Whoami && !request.backend.isGitLab())
        return usageError(tr("whoami needs --gitlab URL (or $GITLAB_HOST)."));

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command's name
    // git-use --host HOST --remove names no token.
    const bool takesId =
        !positionalSyntax.isEmpty() && !(info->command == Command::GitUse && parser.isSet(removeHost));
    if (info->command == Command::Verify && !positional.isEmpty())
        return usageError(tr("verify takes no arguments: it reads the secret from standard input, so that "
                             "the secret never appears on a command line."));
    if (!takesId && !positional.isEmpty()) {
        if (info->command == Command::GitUse)
            return usageError(tr("git-use --remove takes no token ID, only --host HOST."));
        return usageError(tr("%1 takes no arguments.").arg(QLatin1String(info->name)));
    }
    if (takesId) {
        if (positional.size() != 1)
            return usageError(tr("%1 needs exactly one token ID.").arg(QLatin1String(info->name)));
        const bool selfAllowed = info->command == Command::Show || info->command == Command::Revoke ||
                                 info->command == Command::Rotate;
        const std::optional<qint64> id =
            selfAllowed ? parseIdOrSelf(positional.constFirst()) : parseId(positional.constFirst());
        if (!id)
            return usageError(selfAllowed ? tr("the token ID must be a positive whole number, or 'self'.")
                                          : tr("the token ID must be a positive whole number."));
        if (*id == CliRequest::SelfId && !request.backend.isGitLab())
            return usageError(tr("'self' names the GitLab access token in use; it needs --gitlab URL."));
        request.id = *id;
    }

    if (info->command == Command::List) {
        if (parser.isSet(state)) {
            const auto value = ListQuery::stateFromName(parser.value(state));
            if (!value)
                return usageError(
                    tr("unknown --state '%1'; use active, inactive or all.").arg(parser.value(state)));
            request.query.state = *value;
        }
        if (parser.isSet(sort)) {
            const auto value = ListQuery::sortFromName(parser.value(sort));
            if (!value)
                return usageError(tr("unknown --sort '%1'; use one of: %2.")
                                      .arg(parser.value(sort), ListQuery::sortNames().join(u", "_s)));
            request.query.sort = *value;
        }
        request.query.search = parser.value(search);
    }
    if (info->command == Command::Create) {
        if (!parser.isSet(name))
            return usageError(tr("create needs --name NAME."));
        request.name = parser.value(name);
        request.description = parser.value(description);
        for (const QString& value : parser.values(scope)) {
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
                request.scopes << part.trimmed();
        }
        if (request.scopes.isEmpty())
            return usageError(
                tr("create needs at least one --scope SCOPE (see '%1 scopes').").arg(program()));
        for (const QString& s : std::as_const(request.scopes)) {
            if (!ScopeCatalog::isKnown(s))
                return usageError(tr("unknown scope '%1'; run '%2 scopes' for the list.").arg(s, program()));
        }
        request.scopes.removeDuplicates();
        if (parser.isSet(userId)) {
            const std::optional<qint64> user = parseId(parser.value(userId));
            if (!user)
                return usageError(tr("--user-id must be a positive whole number."));
            if (!request.backend.isGitLab())
                return usageError(tr("--user-id needs --gitlab URL."));
            request.userId = *user;
        }
    }
    if ((info->command == Command::Create || info->command == Command::Rotate) && parser.isSet(expires)) {
        const auto date = parseDate(parser.value(expires));
        if (!date)
            return usageError(tr("--expires must be a date written YYYY-MM-DD, such as 2026-12-31."));
        request.expiresAt = *date;
    }

    if (info->command == Command::Create || info->command == Command::Rotate) {
        request.keychain = parser.isSet(keychain);
        request.quiet = parser.isSet(quiet);
        if (request.quiet && !request.keychain)
            return usageError(tr("--quiet needs --keychain: without it the secret would be lost."));
    }
    if (info->command == Command::Revoke)
        request.keepSecret = parser.isSet(keepSecret);
    if (info->command == Command::GitUse || info->command == Command::GitSetup) {
        if (!parser.isSet(host))
            return usageError(tr("%1 needs --host HOST.").arg(QLatin1String(info->name)));
        request.host = GitCredentialMap::normalizeHost(parser.value(host));
        if (request.host.isEmpty())
            return usageError(tr("'%1' is not a host name; write it as gitlab.example.com, optionally with "
                                 ":PORT.")
                                  .arg(parser.value(host)));
        request.remove = info->command == Command::GitUse && parser.isSet(removeHost);
        request.apply = info->command == Command::GitSetup && parser.isSet(apply);
    }

    parsed.outcome = Outcome::Run;
    return parsed;
}

} // namespace TokenDesk
