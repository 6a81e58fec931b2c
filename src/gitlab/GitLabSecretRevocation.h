#pragma once

#include "AccessToken.h"
#include "Result.h"
#include "Secret.h"

#include <QCoreApplication>

#include <functional>

namespace TokenDesk {

class GitLabTransport;

// Leaked-token response: revokes the token a secret is, signing in with that secret alone, so it works
// for any user's token whatever its scopes and needs no account. It asks GET /personal_access_tokens/self
// (what the token is; 401: unknown, expired or already revoked, and nothing is sent), then sends DELETE
// /personal_access_tokens/self once and never again. A lost reply is settled by asking GET .../self once
// more: a 401 then means the token is revoked now. The secret is a one-off credential of the transport,
// dropped once the answer is given, and appears in no log line or message.
class GitLabSecretRevocation
{
    Q_DECLARE_TR_FUNCTIONS(GitLabSecretRevocation)

public:
    // changed: called when tokens were (or may have been) revoked, before the answer.
    GitLabSecretRevocation(GitLabTransport& transport, std::function<void()> changed);

    // Answers the token as it now is (revoked); at once when there is nothing to send (no secret).
    void revoke(const Secret& secret, Callback<AccessToken> done);

private:
    void settleLostReply(int credential, const AccessToken& before, Callback<AccessToken> finish);

    GitLabTransport& m_transport;
    std::function<void()> m_changed;
};

} // namespace TokenDesk
