#include "InventoryCommand.h"

#include "BulkRevocation.h"
#include "CliContext.h"
#include "Confirmation.h"
#include "ExitCode.h"
#include "SavedSecretIndex.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "Terminal.h"
#include "TokenBackend.h"

#include <QHash>

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

InventoryCommand::InventoryCommand()
    : m_ownerOption(u"owner"_s, tr("Only the tokens of this user (numeric ID or username)."),
                    tr("ID_OR_USERNAME")),
      m_scopeOption(u"scope"_s, tr("Only tokens with this scope; repeat it for any of several."),
                    tr("SCOPE")),
      m_stateOption(u"state"_s, tr("Which tokens: active (default), inactive or all."), tr("STATE")),
      m_searchOption(u"search"_s, tr("Only tokens whose name contains TEXT."), tr("TEXT")),
      m_csvOption(u"csv"_s, tr("Print CSV (RFC 4180) with GitLab's field names, for a spreadsheet.")),
      m_revokeOption(u"revoke"_s, tr("Revoke every token listed (asks first on a terminal).")),
      m_yesOption(u"yes"_s, tr("With --revoke: revoke without asking (needed without a terminal)."))
{}

InventoryCommand::~InventoryCommand() = default;

QString InventoryCommand::summary() const
{
    return tr(
        "Administrators: every user's personal access tokens, with their owners; optionally revoke them.");
}

QString InventoryCommand::helpFooter() const
{
    return tr("Date filters: --created-before, --created-after, --expires-before, --expires-after, "
              "--last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC).") +
           u'\n' +
           tr("Exit codes: 3 when you are not an administrator, 4 when --owner names no user, 1 when any "
              "token could not be revoked (each is named on standard error), 2 for --revoke without a "
              "terminal and without --yes (nothing is asked of the server, nothing revoked).") +
           u'\n';
}

QList<QCommandLineOption> InventoryCommand::options() const
{
    return QList<QCommandLineOption>{m_ownerOption, m_scopeOption,  m_stateOption, m_searchOption,
                                     m_csvOption,   m_revokeOption, m_yesOption} +
           m_dateOptions.options();
}

QList<QCommandLineOption> InventoryCommand::singleValuedOptions() const
{
    return QList<QCommandLineOption>{m_ownerOption, m_stateOption, m_searchOption} + m_dateOptions.options();
}

QString InventoryCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                                const BackendOptions& backend)
{
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    if (backend.onResource())
        return tr("inventory lists personal access tokens; leave out --group and --project.");
    if (const QString problem = m_dateOptions.parse(parser, m_query.dates); !problem.isEmpty())
        return problem;
    if (parser.isSet(m_stateOption)) {
        const auto value = ListQuery::stateFromName(parser.value(m_stateOption));
        if (!value)
            return tr("unknown --state '%1'; use active, inactive or all.").arg(parser.value(m_stateOption));
        m_query.state = *value;
    }
    m_query.owner = parser.value(m_ownerOption).trimmed();
    if (parser.isSet(m_ownerOption) && m_query.owner.isEmpty())
        return tr("--owner needs a user ID or username.");
    for (const QString& scope : parser.values(m_scopeOption)) {
        if (scope.trimmed().isEmpty())
            return tr("--scope needs a scope name, such as api.");
        if (!m_query.scopes.contains(scope.trimmed()))
            m_query.scopes << scope.trimmed();
    }
    m_query.search = parser.value(m_searchOption);
    m_csv = parser.isSet(m_csvOption);
    m_revoke = parser.isSet(m_revokeOption);
    m_yes = parser.isSet(m_yesOption);
    if (m_yes && !m_revoke)
        return tr("--yes goes with --revoke.");
    // Before anything is asked of the server.
    if (m_revoke && !m_yes && !Confirmation::processHasTerminal())
        return tr("without a terminal to ask on, --revoke needs --yes; nothing was revoked.");
    return {};
}

void InventoryCommand::run(CliContext& context)
{
    if (m_csv && context.json())
        return context.failUsage(tr("choose one of --json and --csv."));
    if (m_revoke && !m_yes && !Confirmation(context).available())
        return context.failUsage(
            tr("without a terminal to ask on, --revoke needs --yes; nothing was revoked."));
    TokenBackend* backend = context.backend();
    Terminal& terminal = context.terminal();
    if (terminal.showsProgress()) {
        QObject::connect(backend, &TokenBackend::listProgress, &context, [&context](int done, int total) {
            if (!context.isFinished())
                context.terminal().showProgress(total > 0
                                                    ? tr("Reading tokens: page %1 of %2").arg(done).arg(total)
                                                    : tr("Reading tokens: page %1").arg(done));
        });
    }
    backend->inventory(m_query, &context, [this, &context](Result<Inventory> result) {
        context.terminal().clearProgress();
        if (!result) {
            BackendError error = result.error();
            if (error.kind == BackendError::Kind::NotFound && !m_query.owner.isEmpty())
                error.message = tr("--owner %1: there is no such user on this instance.")
                                    .arg(TableFormatter::printable(m_query.owner));
            return context.fail(error);
        }
        listed(context, result.value());
    });
}

void InventoryCommand::listed(CliContext& context, const Inventory& inventory)
{
    const QString identity = context.backend()->identity();
    const InventoryPrinter::Format format = context.json() ? InventoryPrinter::Format::Json
                                            : m_csv        ? InventoryPrinter::Format::Csv
                                                           : InventoryPrinter::Format::Table;
    InventoryPrinter(context, format, SavedSecretIndex(context.vault()->settingsFile()).tokenIds(identity))
        .print(inventory);
    if (!m_revoke)
        return context.succeed();
    revokeAll(context, inventory);
}

void InventoryCommand::revokeAll(CliContext& context, const Inventory& inventory)
{
    if (inventory.tokens.isEmpty()) {
        context.writeErr(tr("No tokens to revoke.") + u'\n');
        return context.succeed();
    }
    QList<qint64> ids;
    QSet<qint64> users;
    QHash<qint64, const InventoryToken*> byId;
    ids.reserve(inventory.tokens.size());
    for (const InventoryToken& item : inventory.tokens) {
        ids << item.token.id;
        users.insert(item.token.userId);
        byId.insert(item.token.id, &item);
    }
    m_bulk = std::make_unique<BulkRevocation>(context.session());
    m_bulk->setSignInToken(BulkRevocation::SignInToken::Last);
    const bool includesSignIn =
        std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_bulk->isSignInToken(id); });
    if (!m_yes) {
        QString question = tr("Revoke %n token(s)", nullptr, int(ids.size())) + u' ' +
                           tr("of %n user(s)?", nullptr, int(users.size()));
        if (includesSignIn)
            question += u' ' + tr("This includes the token this command signs in with; it is revoked last.");
        if (!Confirmation(context).ask(question)) {
            context.writeErr(CliContext::errorLine(tr("not confirmed; nothing was revoked.")));
            return context.finish(ExitCode::Failure);
        }
    }
    if (context.terminal().showsProgress()) {
        QObject::connect(
            m_bulk.get(), &BulkRevocation::progress, &context, [&context](int answered, int total) {
                context.terminal().showProgress(tr("Revoking: %1 of %2").arg(answered).arg(total));
            });
    }
    // The inventory outlives the answer: the command holds it until the program ends.
    auto names = std::make_shared<QHash<qint64, QString>>();
    for (const InventoryToken& item : inventory.tokens)
        names->insert(item.token.id,
                      item.username.isEmpty() ? QString::number(item.token.userId) : item.username);
    m_bulk->start(ids, &context, [&context, names](Result<BulkRevocation::Report> result) {
        context.terminal().clearProgress();
        if (!result)
            return context.fail(result.error());
        const BulkRevocation::Report& report = result.value();
        for (const auto& [id, error] : report.result.failures)
            context.writeErr(
                CliContext::errorLine(tr("token %1 of %2 was not revoked: %3")
                                          .arg(id)
                                          .arg(TableFormatter::printable(names->value(id)), error.message)));
        for (const auto& [id, error] : report.keychainFailures)
            context.writeErr(CliContext::errorLine(
                tr("token %1 is revoked, but its saved secret could not be deleted from the keychain: %2")
                    .arg(id)
                    .arg(error.message)));
        const int total = int(report.result.revoked.size() + report.result.failures.size());
        context.writeErr(tr("Revoked %1 of %n token(s).", nullptr, total).arg(report.result.revoked.size()) +
                         u'\n');
        if (report.signedOut)
            context.warn(
                tr("the token this command signed in with was revoked last; it no longer signs in."));
        if (!report.result.failures.isEmpty() || !report.keychainFailures.isEmpty())
            return context.finish(ExitCode::Failure);
        context.succeed();
    });
}

} // namespace TokenDesk
