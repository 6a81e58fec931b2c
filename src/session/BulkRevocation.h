#pragma once

#include "AccessToken.h"
#include "AccountSession.h"
#include "BackendError.h"
#include "Inventory.h"
#include "Result.h"

#include <QList>
#include <QObject>

#include <optional>
#include <utility>

namespace TokenDesk {

// Revokes many tokens of one session at once (TokenBackend::revokeMany, at most inFlight() requests at a
// time; each sent once, never retried), the same for the window and the command line, with the follow-ups
// a single revoke has:
// - The token the session signs in with is never revoked silently. By default it is refused: left
//   active and reported in failures (Kind::Permission, saying why), so that the session stays usable for
//   the rest. With SignInToken::Last it is revoked after every other token answered, and the session is
//   then signed out (report.signedOut). A front end that offers Last says so in its confirmation.
// - Revoked tokens whose secret this session's account kept in the keychain are forgotten there (with
//   their git hosts).
// The session (and its backend) is kept alive until the answer.
class BulkRevocation : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultInFlight = 6;

    enum class SignInToken
    {
        Refuse,
        Last
    };

    struct Report
    {
        // Every id asked for is in exactly one of revoked or failures (refused ones in failures too).
        BulkRevokeReport result;
        // The sign-in token was among the ids: refused (in failures) or revoked last.
        std::optional<qint64> signInTokenId;
        bool signedOut = false;
        // Keychain entries of revoked tokens deleted, and those that could not be.
        QList<qint64> secretsForgotten;
        QList<std::pair<qint64, BackendError>> keychainFailures;

        bool allRevoked() const { return result.failures.isEmpty(); }
    };

    explicit BulkRevocation(AccountSession::Ptr session, QObject* parent = nullptr);
    ~BulkRevocation() override;

    int inFlight() const { return m_inFlight; }
    void setInFlight(int inFlight) { m_inFlight = qMax(1, inFlight); }
    SignInToken signInToken() const { return m_signInToken; }
    void setSignInToken(SignInToken policy) { m_signInToken = policy; }

    // Whether id is the token the session signs in with (to say so before asking).
    bool isSignInToken(qint64 id) const;

    // Revokes the tokens (duplicates count once). progress: answered so far and the total, after each
    // answer; done once, with every id, while context lives. One run at a time per object.
    void start(const QList<qint64>& ids, QObject* context, Callback<Report> done);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int answered, int total);

private:
    void revokeSignInToken(std::shared_ptr<Report> report, qint64 id, int total, Callback<Report> done);
    void forgetSecrets(std::shared_ptr<Report> report, Callback<Report> done);

    AccountSession::Ptr m_session;
    int m_inFlight = DefaultInFlight;
    SignInToken m_signInToken = SignInToken::Refuse;
    bool m_running = false;
};

} // namespace TokenDesk
