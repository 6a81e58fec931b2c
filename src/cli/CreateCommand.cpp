#include "CreateCommand.h"

#include "CliContext.h"
#include "CreatedTokenReport.h"
#include "ExitCode.h"
#include "ScopeCatalog.h"
#include "TokenBackend.h"
#include "Validation.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

CreateCommand::CreateCommand()
    : m_nameOption(u"name"_s, tr("The token's name (required)."), u"NAME"_s),
      m_descriptionOption(u"description"_s, tr("What the token is for."), u"TEXT"_s),
      m_expiresOption(u"expires"_s,
                      tr("Expiration date in UTC, from tomorrow to a year ahead (default: 30 days ahead)."),
                      u"YYYY-MM-DD"_s),
      m_scopeOption(u"scope"_s, tr("A scope to grant; repeat for several (see 'scopes')."), u"SCOPE"_s),
      m_userIdOption(u"user-id"_s, tr("GitLab administrators: create the token for the user with this ID."),
                     u"N"_s),
      m_keychainOption(u"keychain"_s, tr("Save the new secret in the system keychain.")),
      m_quietOption(u"quiet"_s,
                    tr("With --keychain: do not print the secret (it is printed anyway when saving "
                       "fails)."))
{}

QString CreateCommand::arguments() const
{
    return u"--name NAME [--description TEXT] [--expires YYYY-MM-DD] --scope SCOPE [--scope SCOPE ...] "
           "[--user-id N] [--keychain [--quiet]]"_s;
}

QString CreateCommand::summary() const
{
    return tr("Create a token and print its secret once.");
}

QList<QCommandLineOption> CreateCommand::options() const
{
    return {m_nameOption,   m_descriptionOption, m_expiresOption, m_scopeOption,
            m_userIdOption, m_keychainOption,    m_quietOption};
}

QList<QCommandLineOption> CreateCommand::singleValuedOptions() const
{
    return {m_nameOption, m_descriptionOption, m_expiresOption, m_userIdOption};
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
    }
    m_scopes.removeDuplicates();
    if (parser.isSet(m_userIdOption)) {
        const std::optional<qint64> user = parseId(parser.value(m_userIdOption));
        if (!user)
            return tr("--user-id must be a positive whole number.");
        if (!backend.isGitLab())
            return tr("--user-id needs --gitlab URL.");
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
    const QList<FieldError> errors = Validation::validate(draft, today, maxDays);
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
        report->show(result.value(), tr("Created token %1 \"%2\".").arg(token.id).arg(token.name));
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
