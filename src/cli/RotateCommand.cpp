#include "RotateCommand.h"

#include "CliContext.h"
#include "CreatedTokenReport.h"
#include "TokenBackend.h"
#include "Validation.h"

using namespace Qt::StringLiterals;

namespace TokenDesk {

RotateCommand::RotateCommand()
    : m_expiresOption(u"expires"_s, tr("Expiration date of the new token in UTC (default: 7 days ahead)."),
                      tr("YYYY-MM-DD")),
      m_keychainOption(u"keychain"_s, tr("Save the new secret in the system keychain.")),
      m_quietOption(u"quiet"_s,
                    tr("With --keychain: do not print the secret (it is printed anyway when saving "
                       "fails)."))
{}

QString RotateCommand::summary() const
{
    return tr("Revoke a token and issue a successor with a new secret (default expiry: 7 days).");
}

QList<QCommandLineOption> RotateCommand::options() const
{
    return {m_expiresOption, m_keychainOption, m_quietOption};
}

QString RotateCommand::idDescription() const
{
    return tr("The token's ID, a positive whole number, or 'self' for the GitLab access token in use.");
}

QString RotateCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    if (const QString problem = takeTokenId(positional, true, backend, m_id); !problem.isEmpty())
        return problem;
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

void RotateCommand::run(CliContext& context)
{
    if (m_expiresAt) {
        if (const auto error = Validation::validateExpiry(*m_expiresAt, context.todayUtc(),
                                                          context.backend()->maxLifetimeDays()))
            return context.fail(BackendError::validation({*error}));
    }
    if (m_id != SelfId)
        return rotateNow(context, m_id);
    // The saved secret of the token in use is found by its id.
    context.backend()->get(SelfId, &context, [this, &context](Result<AccessToken> self) {
        if (!self)
            return context.fail(self.error());
        rotateNow(context, self.value().id);
    });
}

void RotateCommand::rotateNow(CliContext& context, qint64 oldId)
{
    const AccountSession::Ptr& session = context.session();
    // The session saves the successor of its own sign-in token as the account's credential (keychain
    // accounts); the command waits for that before it prints.
    QObject::connect(session.get(), &AccountSession::signInTokenRotated, &context,
                     [this, &context](qint64, const QString& problem) {
                         m_credentialProblem = problem;
                         m_credentialFollowed = true;
                         if (m_rotation)
                             followOwnRotation(context);
                     });
    m_oldId = oldId;
    const qint64 target = m_id == SelfId ? SelfId : oldId;
    context.operations().rotate(target, m_expiresAt, &context,
                                [this, &context](Result<TokenOperations::Rotation> result) {
                                    if (!result)
                                        return context.fail(result.error());
                                    m_rotation = std::move(result).value();
                                    if (!m_rotation->signInToken)
                                        return report(context);
                                    followOwnRotation(context);
                                });
}

void RotateCommand::followOwnRotation(CliContext& context)
{
    using Source = AccountSession::CredentialSource;
    const AccountSession::Ptr& session = context.session();
    if (session->credentialSource() != Source::Keychain) {
        context.warn(
            tr("this was the access token given in %1; it is revoked now, so replace it with the new "
               "token %2.")
                .arg(session->credentialSource() == Source::File ? u"--token-file"_s : u"GITLAB_TOKEN"_s)
                .arg(m_rotation->created.token.id));
        return report(context);
    }
    if (!m_credentialFollowed)
        return; // signInTokenRotated comes once the keychain answered
    if (!m_credentialProblem.isEmpty())
        context.writeErr(
            CliContext::errorLine(tr("the account's access token was rotated, but the new one could not "
                                     "be saved in the keychain as the account's credential: %1")
                                      .arg(m_credentialProblem)));
    else if (!context.json())
        context.writeErr(tr("%1: the account %2 now signs in with the new token (saved in the keychain).")
                             .arg(CliContext::programName(), session->accountKey()) +
                         u'\n');
    report(context);
}

void RotateCommand::report(CliContext& context)
{
    const CreatedToken& created = m_rotation->created;
    const QString headline =
        tr("Rotated token %1: it is revoked, and token %2 replaces it.").arg(m_oldId).arg(created.token.id);
    auto report = std::make_shared<CreatedTokenReport>(
        context, CreatedTokenReport::Options{m_keychain, m_quiet, m_oldId});
    const bool saves = report->savesSecret();
    report->show(created, headline);
    if (!saves)
        return;
    // Replaces the old token's saved secret (and its git hosts) when it had one, else saves the new one.
    context.operations().saveSecret(created.token, created.secret, m_oldId, &context,
                                    [report](Result<bool> saved) { report->saved(saved); });
}

} // namespace TokenDesk
