#include "BulkRevocation.h"

#include "SecretVault.h"
#include "SessionLogging.h"

#include <QPointer>
#include <QSet>

namespace TokenDesk {

BulkRevocation::BulkRevocation(AccountSession::Ptr session, QObject* parent)
    : QObject(parent), m_session(std::move(session))
{}

BulkRevocation::~BulkRevocation() = default;

bool BulkRevocation::isSignInToken(qint64 id) const
{
    if (!m_session || !m_session->backend())
        return false;
    const std::optional<qint64> signIn = m_session->backend()->signInTokenId();
    return id == AccountSession::SelfId || (signIn && *signIn == id);
}

void BulkRevocation::start(const QList<qint64>& ids, QObject* context, Callback<Report> done)
{
    QPointer<QObject> guard(context);
    Callback<Report> answer = [this, guard, done = std::move(done)](Result<Report> report) {
        m_running = false;
        if (guard)
            done(std::move(report));
    };
    if (!m_session || !m_session->backend())
        return deliverLater<Report>(this, std::move(answer),
                                    BackendError::make(BackendError::Kind::Store, tr("Not connected.")));
    m_running = true;
    auto report = std::make_shared<Report>();
    QList<qint64> others;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (isSignInToken(id))
            report->signInTokenId = id;
        else
            others << id;
    }
    const int total = int(seen.size());
    if (report->signInTokenId && m_signInToken == SignInToken::Refuse) {
        report->result.failures.append(
            {*report->signInTokenId,
             BackendError::make(BackendError::Kind::Permission,
                                tr("This is the token %1 signs in with; it was left active so the others "
                                   "could be revoked. Revoke it on its own.")
                                    .arg(m_session->label()))});
    }
    const int refused = int(report->result.failures.size());
    AccountSession::Ptr session = m_session;
    qCInfo(lcSession) << "Bulk revoke of" << total << "tokens," << m_inFlight << "in flight";
    auto afterOthers = [this, session, report, total, answer](Result<BulkRevokeReport> rest) mutable {
        if (!rest)
            return answer(rest.error());
        report->result.revoked << rest.value().revoked;
        report->result.failures << rest.value().failures;
        if (report->signInTokenId && m_signInToken == SignInToken::Last)
            return revokeSignInToken(report, *report->signInTokenId, total, std::move(answer));
        forgetSecrets(report, std::move(answer));
    };
    if (others.isEmpty()) {
        if (refused > 0)
            Q_EMIT progress(refused, total);
        return deliverLater<BulkRevokeReport>(this, std::move(afterOthers), BulkRevokeReport{});
    }
    session->backend()->revokeMany(
        others, m_inFlight, this, std::move(afterOthers),
        [this, refused, total](int answered, int) { Q_EMIT progress(refused + answered, total); });
}

void BulkRevocation::revokeSignInToken(std::shared_ptr<Report> report, qint64 id, int total,
                                       Callback<Report> done)
{
    AccountSession::Ptr session = m_session;
    session->backend()->revoke(id, this, [this, session, report, id, total, done](Result<AccessToken> r) {
        if (r) {
            report->result.revoked << r.value();
            report->signedOut = session->followRevocation(id, r.value());
        } else {
            report->result.failures.append({id, r.error()});
        }
        Q_EMIT progress(total, total);
        forgetSecrets(report, done);
    });
}

void BulkRevocation::forgetSecrets(std::shared_ptr<Report> report, Callback<Report> done)
{
    SecretVault* vault = m_session->vault();
    const QString identity = m_session->identity();
    QList<qint64> saved;
    if (vault && !identity.isEmpty()) {
        for (const AccessToken& token : std::as_const(report->result.revoked)) {
            if (vault->isSaved(identity, token.id))
                saved << token.id;
        }
    }
    if (saved.isEmpty())
        return done(*report);
    auto remaining = std::make_shared<int>(int(saved.size()));
    AccountSession::Ptr session = m_session;
    for (const qint64 id : std::as_const(saved)) {
        vault->remove(identity, id, this, [session, report, remaining, id, done](Result<bool> removed) {
            if (removed)
                report->secretsForgotten << id;
            else
                report->keychainFailures.append({id, removed.error()});
            if (--*remaining == 0)
                done(*report);
        });
    }
}

} // namespace TokenDesk
