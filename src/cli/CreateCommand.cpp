#include "CreateCommand.h"

#include "CliContext.h"
#include "CreatedTokenReport.h"
#include "ExitCode.h"
#include "Resource.h"
#include "ScopeCatalog.h"
#include "TokenBackend.h"
#include "Validation.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

CreateCommand::CreateCommand()
    : m_nameOption(u"name"_s, tr("The token's name (required)."), tr("NAME")),
      m_descriptionOption(u"description"_s, tr("What the token is for."), tr("TEXT")),
      m_expiresOption(u"expires"_s,
                      tr("Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead)."),
                      tr("YYYY-MM-DD")),
      m_scopeOption(u"scope"_s, tr("A scope to grant; repeat for several (see 'scopes')."), tr("SCOPE")),
      m_userIdOption(u"user-id"_s, tr("GitLab administrators: create the token for the user with this ID."),
                     tr("N")),
      m_accessLevelOption(u"access-level"_s,
                          tr("With --group or --project: the token's role, one of guest, planner, reporter, "
                             "developer, maintainer, owner, or its number (default: maintainer)."),
                          tr("ROLE")),
      m_keychainOption(u"keychain"_s, tr("Save the new secret in the system keychain.")),
      m_quietOption(u"quiet"_s,
                    tr("With --keychain: do not print the secret (it is printed anyway when saving "
                       "fails)."))
{}

QString CreateCommand::arguments() const
{
    //: The command's synopsis: keep the command name and every --option; translate only the placeholders.
    return tr("--name NAME [--description TEXT] [--expires YYYY-MM-DD] --scope SCOPE [--scope SCOPE ...] "
              "[--user-id N | --access-level ROLE] [--keychain [--quiet]]");
}

QString CreateCommand::summary() const
{
    return tr("Create a token and print its secret once.");
}

QList<QCommandLineOption> CreateCommand::options() const
{
    return {m_nameOption,   m_descriptionOption, m_expiresOption,  m_scopeOption,
            m_userIdOption, m_accessLevelOption, m_keychainOption, m_quietOption};
}

QList<QCommandLineOption> CreateCommand::singleValuedOptions() const
{
    return {m_nameOption, m_descriptionOption, m_expiresOption, m_userIdOption, m_accessLevelOption};
}

QString CreateCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    if (!parser.isSet(m_nameOption))
        return tr("create needs --name NAME.");
    m_name = parser.value(m_nameOption);
    m_description = parser.value(m_descriptionOption);
    for (const QString& value : parser.values(m_scopeOption)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
            m_scopes << part.trimmed();
    }
    if (m_scopes.isEmpty())
        return tr("create needs at least one --scope SCOPE (see '%1 scopes').").arg(program());
    for (const QString& s : std::as_const(m_scopes)) {
        if (!ScopeCatalog::isKnown(s))
            return tr("unknown scope '%1'; run '%2 scopes' for the list.").arg(s, program());
        if (backend.onResource() && !ScopeCatalog::isResourceScope(s))
            return tr("group and project access tokens cannot have the scope '%1'; run '%2 --%3 %4 scopes' "
                      "for those they can have.")
                .arg(s, program(),
                     backend.resource.kind == ResourceRef::Kind::Group ? u"group"_s : u"project"_s,
                     backend.resource.idOrPath);
    }
    m_scopes.removeDuplicates();
    if (parser.isSet(m_accessLevelOption)) {
        if (!backend.onResource())
            return tr("--access-level is the role of a group or project access token; it needs --group or "
                      "--project.");
        const std::optional<int> level = AccessLevels::parse(parser.value(m_accessLevelOption));
        if (!level)
            return tr("unknown role '%1' for --access-level; use guest, planner, reporter, developer, "
                      "maintainer, owner, or 10, 15, 20, 30, 40, 50.")
                .arg(parser.value(m_accessLevelOption));
        m_accessLevel = *level;
    }
    if (parser.isSet(m_userIdOption)) {
        const std::optional<qint64> user = parseId(parser.value(m_userIdOption));
        if (!user)
            return tr("--user-id must be a positive whole number.");
        if (!backend.isGitLab())
            return tr("--user-id needs --gitlab URL.");
        if (backend.onResource())
            return tr("--user-id creates a personal token for another user; it cannot be used with --group "
                      "or --project.");
        m_userId = *user;
    }
    if (parser.isSet(m_expiresOption)) {
        m_expiresAt = parseDate(parser.value(m_expiresOption));
        if (!m_expiresAt)
            return tr("--expires must be a date written YYYY-MM-DD, such as 2026-12-31.");
    }
    m_keychain = parser.isSet(m_keychainOption);
    m_quiet = parser.isSet(m_quietOption);
    if (m_quiet && !m_keychain)
        return tr("--quiet needs --keychain: without it the secret would be lost.");
    return {};
}

void CreateCommand::run(CliContext& context)
{
    const TokenBackend* backend = context.backend();
    const QDate today = context.todayUtc();
    const int maxDays = backend->maxLifetimeDays();
    TokenDraft draft;
    draft.name = m_name;
    draft.description = m_description;
    draft.scopes = m_scopes;
    draft.expiresAt = m_expiresAt.value_or(Validation::defaultExpiry(today, maxDays));
    draft.accessLevel = m_accessLevel;
    const std::optional<Resource> resource = context.resource();
    // A group's or project's token: its scopes, and a role no higher than the user's own there.
    const QList<FieldError> errors =
        resource ? Validation::validateForResource(draft, today, resource->accessLevel, maxDays)
                 : Validation::validate(draft, today, maxDays);
    if (!errors.isEmpty())
        return context.fail(BackendError::validation(errors));

    auto report =
        std::make_shared<CreatedTokenReport>(context, CreatedTokenReport::Options{m_keychain, m_quiet, {}});
    auto created = [this, &context, draft, report](Result<CreatedToken> result) {
        if (!result && result.error().remedy == BackendError::Remedy::UseServerPage &&
            context.backend()->capabilities().webTokenPage)
            return refuseWithServerPage(context, draft, result.error());
        if (!result)
            return context.fail(result.error());
        const AccessToken& token = result.value().token;
        const std::optional<Resource> on = context.resource();
        QString headline = tr("Created token %1 \"%2\".").arg(token.id).arg(token.name);
        if (on && on->kind == ResourceRef::Kind::Group)
            headline = tr("Created access token %1 \"%2\" of the group %3.")
                           .arg(token.id)
                           .arg(token.name, on->fullPath);
        else if (on)
            headline = tr("Created access token %1 \"%2\" of the project %3.")
                           .arg(token.id)
                           .arg(token.name, on->fullPath);
        report->show(result.value(), headline);
    };
    // The session saves the secret in the keychain after the token is shown (--keychain).
    Callback<bool> saved;
    if (m_keychain)
        saved = [report](Result<bool> result) { report->saved(result); };
    const TokenOperations operations = context.operations();
    if (m_userId > 0)
        return operations.createForUser(m_userId, draft, &context, std::move(created), std::move(saved));
    operations.create(draft, &context, std::move(created), std::move(saved));
}

void CreateCommand::refuseWithServerPage(CliContext& context, const TokenDraft& draft,
                                         const BackendError& error)
{
    const std::optional<QUrl> page = context.backend()->tokenPageUrl(draft);
    context.writeErr(CliContext::errorLine(error.message + u' ' + tr("Nothing was created.")));
    if (page)
        context.writeErr(
            tr("Create it on GitLab's own page, prefilled: %1").arg(page->toString(QUrl::FullyEncoded)) +
            u'\n');
    context.writeErr(tr("Then check the new token with: %1 --gitlab %2 verify < FILE")
                         .arg(CliContext::programName(), context.session()->instanceUrl().toString()) +
                     u'\n');
    context.finish(ExitCode::Refused);
}

} // namespace TokenDesk
