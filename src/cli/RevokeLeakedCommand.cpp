#include "RevokeLeakedCommand.h"

#include "AccountRegistry.h"
#include "CliContext.h"
#include "CliPrinter.h"
#include "Confirmation.h"
#include "ConnectionCheck.h"
#include "ExitCode.h"
#include "ResourceJson.h"
#include "SecretInput.h"
#include "SecretVault.h"
#include "SessionFactory.h"
#include "StoreLocation.h"
#include "TableFormatter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TokenDesk {

RevokeLeakedCommand::RevokeLeakedCommand()
    : m_yesOption(u"yes"_s, tr("Revoke without asking, and forget the copies TokenDesk kept."))
{}

RevokeLeakedCommand::~RevokeLeakedCommand() = default;

QString RevokeLeakedCommand::summary() const
{
    return tr("Identify a leaked token read from standard input, and revoke it with its own secret.");
}

QString RevokeLeakedCommand::helpFooter() const
{
    return tr("The secret is read from standard input, never from an argument. Without --gitlab the instance "
              "of every connected account is asked, then the local store; the first that knows the token "
              "wins. On a terminal you are asked before it is revoked; without one, --yes is needed.") +
           u'\n' +
           tr("Exit codes: 0 revoked; 3 unknown to every place asked, or already revoked or expired; 1 a "
              "place could not answer or the revoke failed; 2 usage (nothing revoked).") +
           u'\n';
}

QString RevokeLeakedCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                                   const BackendOptions& backend)
{
    if (!positional.isEmpty())
        return tr("revoke-leaked takes no arguments: it reads the secret from standard input, so that the "
                  "secret never appears on a command line.");
    if (backend.onResource())
        return tr("revoke-leaked finds the token wherever it belongs; leave out --group and --project.");
    m_yes = parser.isSet(m_yesOption);
    m_backend = backend;
    // Without a terminal and without --yes nothing would be revoked: said before the secret is read.
    if (!m_yes && !Confirmation::processHasTerminal())
        return tr("without a terminal to ask on, revoke-leaked needs --yes; nothing was revoked.");
    return {};
}

QList<LeakResponse::Place> RevokeLeakedCommand::places(CliContext& context, QString& problem)
{
    SecretVault* vault = context.vault();
    m_registry = std::make_unique<AccountRegistry>(*vault);
    GitLabOptions base;
    base.caFile = m_backend.caFile;
    if (m_backend.timeoutMs > 0)
        base.timeoutMs = m_backend.timeoutMs;
    if (m_backend.isGitLab()) {
        const QUrl url(m_backend.gitlabUrl);
        if (const auto urlProblem = ConnectionCheck::instanceUrlProblem(url)) {
            problem = *urlProblem;
            return {};
        }
        if (!base.caFile.isEmpty()) {
            if (const auto caProblem = ConnectionCheck::caFileProblem(base.caFile)) {
                problem = tr("The CA file cannot be used: %1").arg(*caProblem);
                return {};
            }
        }
        return {LeakResponse::gitLabPlace(url, base, m_registry.get())};
    }
    // The store only when there is one: asking must not create it.
    AccountSession::Ptr store;
    const QString path =
        m_backend.demo ? StoreLocation::demoPath() : StoreLocation::resolve(m_backend.storePath);
    if (QFileInfo::exists(path)) {
        m_storePath = path;
        SessionFactory::open(m_backend, context.clock(), vault, false, &context,
                             [&store, &problem](Result<AccountSession::Ptr> opened) {
                                 if (opened)
                                     store = opened.value();
                                 else
                                     problem = opened.error().message;
                             });
    }
    if (!problem.isEmpty())
        return {};
    return LeakResponse::knownPlaces(*m_registry, base, store);
}

void RevokeLeakedCommand::run(CliContext& context)
{
    // Decided before the secret is read: without a terminal and without --yes nothing would be revoked.
    if (!m_yes && !Confirmation(context).available())
        return context.failUsage(tr("without a terminal to ask on, revoke-leaked needs --yes; nothing was "
                                    "revoked."));
    QString problem;
    QList<LeakResponse::Place> known = places(context, problem);
    if (!problem.isEmpty())
        return context.failUsage(problem);
    Result<Secret> secret = SecretInput::read(context, name());
    if (!secret)
        return context.fail(secret.error());
    if (!LeakResponse::looksLikeToken(secret.value().utf8()))
        return context.failUsage(tr("standard input does not hold a token (one word of letters, digits, '-', "
                                    "'_' and '.'); nothing was sent anywhere."));
    if (known.isEmpty()) {
        // Unknown to every place there is: no account is connected and no store exists.
        secret.value().wipe();
        context.writeErr(CliContext::errorLine(
            tr("no place knows this token: TokenDesk has no connected account and no store to ask; give "
               "--gitlab URL to ask a GitLab instance.")));
        return context.finish(ExitCode::Refused);
    }
    m_response = std::make_unique<LeakResponse>(secret.value(), known, context.clock(), context.vault());
    secret.value().wipe();
    m_response->identify(&context, [this, &context](Result<LeakResponse::Search> search) {
        if (!search)
            return context.fail(search.error());
        identified(context, search.value());
    });
}

void RevokeLeakedCommand::identified(CliContext& context, const LeakResponse::Search& search)
{
    m_tried = search.tried;
    const QString tried = TableFormatter::printable(search.tried.join(u", "_s));
    if (!search.found) {
        m_response->wipe();
        if (search.unknownEverywhere()) {
            context.writeErr(CliContext::errorLine(
                tr("no place knows this token, or it is already revoked or expired (asked: %1).")
                    .arg(tried)));
            return context.finish(ExitCode::Refused);
        }
        for (const auto& [place, error] : search.failures)
            context.writeErr(CliContext::errorLine(
                tr("%1 could not answer: %2").arg(TableFormatter::printable(place), error.message)));
        context.writeErr(CliContext::errorLine(
            tr("the token was not found where an answer came (asked: %1); nothing was revoked.").arg(tried)));
        return context.finish(ExitCode::Failure);
    }
    m_finding = search.found;
    const LeakResponse::Finding& finding = *m_finding;
    const AccessToken& token = finding.token;
    const QString owner = finding.username.isEmpty() ? tr("user %1").arg(token.userId) : finding.username;
    if (!context.json()) {
        context.writeOut(tr("Found at %1:").arg(TableFormatter::printable(finding.placeLabel)) + u'\n');
        CliPrinter(context).printToken(token, true, finding.username);
        for (const QString& identity : finding.keychainIdentities)
            context.writeOut(tr("TokenDesk keeps its secret in the keychain (%1).")
                                 .arg(TableFormatter::printable(identity)) +
                             u'\n');
        for (const GitCredentialMap::Entry& entry : finding.gitMappings)
            context.writeOut(tr("git uses it for %1.").arg(TableFormatter::printable(entry.host)) + u'\n');
        context.flushOut();
    }
    if (!token.isActive(context.todayUtc())) {
        m_response->wipe();
        context.writeErr(CliContext::errorLine(tr("token %1 is already revoked or expired.").arg(token.id)));
        return context.finish(ExitCode::Refused);
    }
    if (!m_yes) {
        Confirmation confirmation(context);
        const bool yes =
            confirmation.ask(tr("Revoke token %1 \"%2\" of %3 at %4?")
                                 .arg(token.id)
                                 .arg(TableFormatter::printable(token.name), TableFormatter::printable(owner),
                                      TableFormatter::printable(finding.placeLabel)));
        if (!yes) {
            m_response->wipe();
            context.writeErr(CliContext::errorLine(tr("not confirmed; nothing was revoked.")));
            return context.finish(ExitCode::Failure);
        }
    }
    m_response->revoke(&context, [this, &context](Result<AccessToken> result) {
        if (!result) {
            if (result.error().kind == BackendError::Kind::Authentication) {
                context.writeErr(CliContext::errorLine(
                    tr("the token was revoked or expired meanwhile: %1").arg(result.error().message)));
                return context.finish(ExitCode::Refused);
            }
            BackendError error = result.error();
            context.writeErr(
                CliContext::errorLine(tr("the token could not be revoked: %1").arg(error.message)));
            return context.finish(ExitCode::Failure);
        }
        revoked(context, result.value());
    });
}

void RevokeLeakedCommand::revoked(CliContext& context, const AccessToken& token)
{
    m_finding->token = token;
    if (!context.json())
        context.writeOut(
            tr("Revoked token %1 \"%2\".").arg(token.id).arg(TableFormatter::printable(token.name)) + u'\n');
    if (!m_finding->keptByTokenDesk())
        return finishWithJson(context, true, false);
    const bool forget = m_yes || Confirmation(context).ask(
                                     tr("Forget the copies TokenDesk kept of it (keychain, git hosts)?"));
    if (!forget) {
        if (!context.json())
            context.writeOut(
                tr("The copies TokenDesk kept were left; forget them with tokendesk-cli forget.") + u'\n');
        return finishWithJson(context, true, false);
    }
    m_response->forget(&context, [this, &context](Result<LeakResponse::Forgotten> forgotten) {
        if (!forgotten || forgotten.value().keychainError) {
            const BackendError error = forgotten ? *forgotten.value().keychainError : forgotten.error();
            context.writeErr(CliContext::errorLine(
                tr("the token is revoked, but its copies could not all be forgotten: %1")
                    .arg(error.message)));
            return finishWithJson(context, true, false, ExitCode::Failure);
        }
        if (!context.json()) {
            if (forgotten.value().keychainEntries > 0)
                context.writeOut(tr("Deleted its secret from the keychain.") + u'\n');
            if (forgotten.value().gitMappings > 0)
                context.writeOut(
                    tr("git no longer uses it for %n host(s).", nullptr, forgotten.value().gitMappings) +
                    u'\n');
        }
        finishWithJson(context, true, true);
    });
}

void RevokeLeakedCommand::finishWithJson(CliContext& context, bool revokedNow, bool forgotten, int exitCode)
{
    if (context.json() && m_finding) {
        QJsonObject json = ResourceJson::token(m_finding->token, context.todayUtc(), false);
        json.insert(u"username"_s,
                    m_finding->username.isEmpty() ? QJsonValue() : QJsonValue(m_finding->username));
        // The same in every language: a GitLab place is its host, the store "store:" and its absolute path
        // (as remind's "account"), not its translated label.
        const QString foundAt = m_finding->instanceUrl.isEmpty() && !m_storePath.isEmpty()
                                    ? u"store:"_s + QFileInfo(m_storePath).absoluteFilePath()
                                    : m_finding->placeLabel;
        json.insert(u"found_at"_s, foundAt);
        json.insert(u"revoked_now"_s, revokedNow);
        QJsonArray hosts;
        for (const GitCredentialMap::Entry& entry : std::as_const(m_finding->gitMappings))
            hosts.append(entry.host);
        json.insert(u"in_keychain"_s, !m_finding->keychainIdentities.isEmpty());
        json.insert(u"git_hosts"_s, hosts);
        json.insert(u"forgotten"_s, forgotten);
        context.writeJson(QJsonDocument(json));
    }
    context.finish(exitCode);
}

} // namespace TokenDesk
