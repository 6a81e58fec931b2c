#pragma once

#include "GitCredentialMap.h"
#include "GitCredentialRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace TokenDesk {

class SecretVault;

// Answers git's credential helper actions for the hosts the user mapped to a saved token:
//  get    mapped https host -> "username=...\npassword=<secret>\n"; anything else -> nothing, so git
//         asks its next helper.
//  store  saves nothing: git's credentials are not ours to keep.
//  erase  git says the server refused the credential: drops the host's mapping only when git's rejected
//         password is the saved secret (not when git sent none, nor when the keychain is locked or
//         missing), keeps the saved secret.
// A malformed request (GitCredentialRequest::isMalformed) is not answered, and a user name or secret
// with CR, LF or NUL is never written to git.
class CredentialHelper : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Get,
        Store,
        Erase,
        Unknown
    };
    static Action parseAction(const QString& argument);

    struct Reply
    {
        int exitCode = 0;
        QByteArray output; // for stdout; holds the secret after a successful get: wipe after writing
        QString error;     // for stderr, one line, empty when all went well
    };

    CredentialHelper(SecretVault* vault, GitCredentialMap map, QObject* parent = nullptr);

    // Answers later, from the event loop, never before the call returns.
    void handle(Action action, const GitCredentialRequest& request, std::function<void(Reply)> done);

private:
    void get(const GitCredentialRequest& request, std::function<void(Reply)> done);
    void erase(const GitCredentialRequest& request, std::function<void(Reply)> done);
    void answerLater(Reply reply, std::function<void(Reply)> done);

    SecretVault* m_vault;
    GitCredentialMap m_map;
};

} // namespace TokenDesk
