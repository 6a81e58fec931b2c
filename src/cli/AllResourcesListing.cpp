#include "AllResourcesListing.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "ExitCode.h"
#include "ResourceOverview.h"
#include "SavedSecretIndex.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "Terminal.h"
#include "TokenBackend.h"
#include "TokenJsonWriter.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// Which tokens of each resource have a secret saved in the keychain (keyed like the resource's session).
class KeychainLookup
{
public:
    KeychainLookup(const QString& settingsFile, QString identity)
        : m_index(settingsFile), m_identity(std::move(identity))
    {}

    bool contains(const Resource& resource, qint64 tokenId)
    {
        const QString suffix = resource.identitySuffix();
        auto it = m_saved.constFind(suffix);
        if (it == m_saved.constEnd())
            it = m_saved.insert(suffix, m_index.tokenIds(m_identity + u'/' + suffix));
        return it->contains(tokenId);
    }

private:
    SavedSecretIndex m_index;
    QString m_identity;
    QHash<QString, QSet<qint64>> m_saved;
};

QString kindLabel(ResourceRef::Kind kind)
{
    return kind == ResourceRef::Kind::Group ? AllResourcesListing::tr("group")
                                            : AllResourcesListing::tr("project");
}

} // namespace

void AllResourcesListing::run(CliContext& context, QDate expiresBefore)
{
    m_context = &context;
    m_expiresBefore = expiresBefore;
    Terminal& terminal = context.terminal();
    QObject::connect(&terminal, &Terminal::interrupted, &context, [this] { onInterrupt(); });
    terminal.catchInterrupt();

    const AccountSession::Ptr& session = context.session();
    // The keychain keys of the tokens name the account: asked beside the overview, not before it.
    if (!session->identityKnown()) {
        context.backend()->whoami(&context, [this](Result<Account> account) {
            m_account = std::move(account);
            settle();
        });
    } else {
        m_account = Result<Account>(Account{});
    }
    ResourceTokenQuery query;
    query.expiresBefore = expiresBefore;
    std::function<void(int, int)> progress;
    if (terminal.showsProgress()) {
        progress = [this](int done, int total) {
            if (m_context->isFinished() || m_interrupted || m_context->terminal().interruptRequested())
                return;
            m_context->terminal().showProgress(
                tr("Reading access tokens: %1 of %2 groups and projects").arg(done).arg(total));
        };
    }
    ResourceOverview::read(
        session, query, &context,
        [this](Result<ResourceTokenOverview> overview) {
            m_overview = std::move(overview);
            settle();
        },
        std::move(progress));
}

void AllResourcesListing::settle()
{
    CliContext& context = *m_context;
    if (context.isFinished() || !m_overview || !m_account)
        return;
    context.terminal().clearProgress();
    context.terminal().releaseInterrupt();
    if (m_interrupted || context.terminal().interruptRequested()) {
        context.writeErr(CliContext::errorLine(tr("interrupted; nothing was listed.")));
        return context.finish(ExitCode::Interrupted);
    }
    if (!*m_overview)
        return context.fail(m_overview->error());
    if (!*m_account)
        return context.fail(m_account->error());
    ResourceTokenOverview overview = m_overview->value();
    auto& failures = overview.failures;
    // Told in a stable order: groups, then projects, each by path.
    std::sort(failures.begin(), failures.end(), [](const auto& a, const auto& b) {
        if (a.first.kind != b.first.kind)
            return a.first.kind == ResourceRef::Kind::Group;
        return a.first.fullPath < b.first.fullPath;
    });
    // Not one resource could be read, all for the same kind of reason (such as an instance without these
    // tokens): each distinct reason is told once, and the exit code is that of the reason.
    const bool sameKindForAll =
        overview.resourcesRead == 0 && !failures.isEmpty() &&
        std::all_of(failures.cbegin(), failures.cend(), [&failures](const auto& failure) {
            return failure.second.kind == failures.constFirst().second.kind;
        });
    if (sameKindForAll) {
        QStringList reasons;
        for (const auto& failure : std::as_const(failures)) {
            if (!reasons.contains(failure.second.message))
                reasons << failure.second.message;
        }
        if (reasons.size() <= 2) {
            for (const QString& reason : std::as_const(reasons))
                context.writeErr(CliContext::errorLine(reason));
            return context.finish(ExitCode::of(failures.constFirst().second));
        }
    }
    print(overview);
    if (failures.isEmpty())
        return context.succeed();
    for (const auto& [resource, error] : std::as_const(failures)) {
        context.warn(tr("could not read the access tokens of %1 %2: %3")
                         .arg(kindLabel(resource.kind), resource.fullPath, error.message.trimmed()));
    }
    const int failed = static_cast<int>(failures.size());
    const int total = failed + overview.resourcesRead;
    context.writeErr(CliContext::errorLine(
        tr("the listing is incomplete: %n of %1 groups and projects could not be read.", nullptr, failed)
            .arg(total)));
    context.finish(ExitCode::Incomplete);
}

void AllResourcesListing::print(const ResourceTokenOverview& overview)
{
    if (!m_context->json())
        return printTable(overview);
    KeychainLookup keychain(m_context->vault()->settingsFile(), m_context->backend()->identity());
    TokenJsonWriter writer(m_context->todayUtc(), true);
    for (const ResourceToken& item : overview.tokens)
        writer.add(item.token, keychain.contains(item.resource, item.token.id), &item.resource);
    writer.finish();
    m_context->writeRaw(writer.take());
    m_context->flushOut();
}

void AllResourcesListing::printTable(const ResourceTokenOverview& overview)
{
    CliContext& context = *m_context;
    if (overview.tokens.isEmpty()) {
        context.writeOut((m_expiresBefore.isValid()
                              ? tr("No group or project access tokens expire before %1.")
                                    .arg(m_expiresBefore.toString(Qt::ISODate))
                              : tr("No active group or project access tokens.")) +
                         u'\n');
        return;
    }
    KeychainLookup keychain(context.vault()->settingsFile(), context.backend()->identity());
    const QString never = tr("never");
    const QString yes = tr("yes");
    TableFormatter table({tr("KIND"), tr("RESOURCE"), tr("ID"), tr("NAME"), tr("ROLE"), tr("SCOPES"),
                          tr("EXPIRES"), tr("LAST USED"), tr("KEYCHAIN")});
    for (const ResourceToken& item : overview.tokens) {
        const AccessToken& token = item.token;
        table.addRow({kindLabel(item.resource.kind), item.resource.fullPath, QString::number(token.id),
                      token.name, AccessLevels::label(token.accessLevel), token.scopes.join(u','),
                      token.expiresAt.isNull() ? never : token.expiresAt.toString(Qt::ISODate),
                      token.lastUsedAt.isValid() ? CliPrinter::formatTimestamp(token.lastUsedAt) : never,
                      keychain.contains(item.resource, token.id) ? yes : QString()});
    }
    context.writeRaw(table.toString().toUtf8());
    context.flushOut();
}

void AllResourcesListing::onInterrupt()
{
    if (m_context->isFinished())
        return;
    m_interrupted = true;
    TokenBackend* backend = m_context->backend();
    if (backend->capabilities().cancelReads)
        backend->cancel();
    // The overview has no cancel of its own: stop waiting for it.
    m_context->terminal().clearProgress();
    m_context->terminal().releaseInterrupt();
    m_context->writeErr(CliContext::errorLine(tr("interrupted; nothing was listed.")));
    m_context->finish(ExitCode::Interrupted);
}

} // namespace TokenDesk
