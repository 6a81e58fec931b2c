#include "ListCommand.h"

#include "AllResourcesListing.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "Logging.h"
#include "SavedSecretIndex.h"
#include "SecretVault.h"
#include "Terminal.h"
#include "TokenBackend.h"
#include "TokenListPrinter.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

ListCommand::ListCommand()
    : m_stateOption(u"state"_s, tr("Which tokens: active (default), inactive or all."), tr("STATE")),
      m_searchOption(u"search"_s, tr("Only tokens whose name contains TEXT."), tr("TEXT")),
      m_sortOption(u"sort"_s,
                   tr("Order: %1 (default: expires_asc).").arg(ListQuery::sortNames().join(u", "_s)),
                   tr("ORDER")),
      m_allResourcesOption(u"all-resources"_s,
                           tr("Every active access token of the groups and projects whose tokens you may "
                              "manage, each with its group or project."))
{}

ListCommand::~ListCommand() = default;

QString ListCommand::summary() const
{
    return tr("List tokens (active ones unless --state says otherwise), or with --all-resources every "
              "group and project access token.");
}

QString ListCommand::helpFooter() const
{
    return tr("Date filters: --created-before, --created-after, --expires-before, --expires-after, "
              "--last-used-before and --last-used-after, each a day written YYYY-MM-DD (UTC), as GitLab "
              "means them: 'before' excludes the day itself, 'after' includes it; a token without that date "
              "(never used, no expiry) does not match.") +
           u'\n' +
           tr("With --all-resources the groups and projects are read several at a time; those that could "
              "not be read are named on standard error and the exit code is 6, after the tokens of the "
              "others are printed. When none could be read, for one kind of reason (such as an instance "
              "without these tokens), that reason is the error and gives the exit code.") +
           u'\n';
}

QList<QCommandLineOption> ListCommand::options() const
{
    return QList<QCommandLineOption>{m_stateOption, m_searchOption, m_sortOption, m_allResourcesOption} +
           m_dateOptions.options();
}

QString ListCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                           const BackendOptions& backend)
{
    if (const QString problem = noArguments(positional); !problem.isEmpty())
        return problem;
    m_allResources = parser.isSet(m_allResourcesOption);
    if (const QString problem = m_dateOptions.parse(parser, m_query.dates); !problem.isEmpty())
        return problem;
    if (m_allResources) {
        if (backend.onResource())
            return tr("--all-resources lists every group and project; leave out --group and --project.");
        if (parser.isSet(m_stateOption) || parser.isSet(m_searchOption) || parser.isSet(m_sortOption))
            return tr("--all-resources lists active tokens by expiry date; --state, --search and --sort do "
                      "not apply.");
        TokenDateFilters onlyExpiry;
        onlyExpiry.expiresBefore = m_query.dates.expiresBefore;
        if (!(m_query.dates == onlyExpiry))
            return tr("--all-resources takes --expires-before as its only date filter.");
        return {};
    }
    if (parser.isSet(m_stateOption)) {
        const auto value = ListQuery::stateFromName(parser.value(m_stateOption));
        if (!value)
            return tr("unknown --state '%1'; use active, inactive or all.").arg(parser.value(m_stateOption));
        m_query.state = *value;
    }
    if (parser.isSet(m_sortOption)) {
        const auto value = ListQuery::sortFromName(parser.value(m_sortOption));
        if (!value)
            return tr("unknown --sort '%1'; use one of: %2.")
                .arg(parser.value(m_sortOption), ListQuery::sortNames().join(u", "_s));
        m_query.sort = *value;
    }
    m_query.search = parser.value(m_searchOption);
    return {};
}

void ListCommand::run(CliContext& context)
{
    m_context = &context;
    if (m_allResources) {
        m_overview = std::make_unique<AllResourcesListing>();
        return m_overview->run(context, m_query.dates.expiresBefore);
    }
    TokenBackend* backend = context.backend();
    Terminal& terminal = context.terminal();
    if (backend->capabilities().listProgress && terminal.showsProgress()) {
        QObject::connect(
            backend, &TokenBackend::listProgress, &context, [this](int pagesDone, int pagesTotal) {
                if (m_context->isFinished() || m_interrupted || m_context->terminal().interruptRequested())
                    return;
                m_context->terminal().showProgress(
                    pagesTotal > 0 ? tr("Reading tokens: page %1 of %2").arg(pagesDone).arg(pagesTotal)
                                   : tr("Reading tokens: page %1").arg(pagesDone));
            });
    }
    // Ctrl+C stops the reading between pages (a backend that can cancel reads stops at once).
    QObject::connect(&terminal, &Terminal::interrupted, &context, [this] { onInterrupt(); });
    terminal.catchInterrupt();
    m_query.offset = 0;
    m_query.limit = PageSize;
    readPage();
}

void ListCommand::readPage()
{
    m_context->backend()->list(m_query, m_context,
                               [this](Result<TokenPage> result) { onPage(std::move(result)); });
}

void ListCommand::onPage(Result<TokenPage> result)
{
    CliContext& context = *m_context;
    context.terminal().clearProgress();
    if (m_interrupted || (result && context.terminal().interruptRequested())) {
        context.writeErr(CliContext::errorLine(m_printer && m_printer->started()
                                                   ? tr("interrupted; the listing above is incomplete.")
                                                   : tr("interrupted; nothing was listed.")));
        return context.finish(ExitCode::Interrupted);
    }
    if (!result) {
        stop();
        return context.fail(result.error());
    }
    const TokenPage& page = result.value();
    if (!m_printer) {
        // The backend knows its account by now, which keys the keychain's entries.
        const QString identity = context.backend()->identity();
        m_printer = std::make_unique<TokenListPrinter>(
            context, SavedSecretIndex(context.vault()->settingsFile()).tokenIds(identity),
            context.resource().has_value());
    }
    if (m_query.dates.isEmpty()) {
        m_printer->add(page.tokens);
    } else {
        // Every backend filters already; the reference semantics again cost nothing and hold for any.
        QList<AccessToken> matching;
        for (const AccessToken& token : page.tokens) {
            if (m_query.dates.matches(token))
                matching << token;
        }
        m_printer->add(matching);
    }
    const qsizetype read = m_query.offset + page.tokens.size();
    qCDebug(lcCli) << "listed" << read << "of" << page.total << "tokens";
    if (m_query.limit <= 0 || page.tokens.size() < m_query.limit || (page.total >= 0 && read >= page.total)) {
        stop();
        m_printer->finish();
        return context.succeed();
    }
    m_query.offset = static_cast<int>(read);
    readPage();
}

void ListCommand::onInterrupt()
{
    if (m_context->isFinished())
        return;
    m_interrupted = true;
    if (m_context->backend()->capabilities().cancelReads)
        m_context->backend()->cancel();
}

void ListCommand::stop()
{
    m_context->terminal().releaseInterrupt();
}

} // namespace TokenDesk
