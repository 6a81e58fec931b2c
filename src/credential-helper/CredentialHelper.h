#pragma once

#include "GitCredentialMap.h"
#include "GitCredentialRequest.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

namespace TokenDesk {

class Clock;
class SecretVault;

// Answers git's credential helper actions for the hosts the user mapped to a saved token:
//  get    mapped https host -> "username=...\npassword=<secret>\n"; anything else -> nothing, so git
//         asks its next helper. When the mapping knows the token's expiry date, also
//         "password_expiry_utc=<Unix time of 00:00 UTC that day>" (git 2.41+ then skips an expired
//         token), and when that is at most WarningDays away (or past), a warning for standard error that
//         names the token and the date; git shows it to its user. Never asks a server.
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

    // A token this close to its expiry date (in days, by the UTC date) is warned about.
    static constexpr int WarningDays = 7;

    struct Reply
    {
        int exitCode = 0;
        QByteArray output; // for stdout; holds the secret after a successful get: wipe after writing
        QString error;     // for stderr, one line, empty when all went well
        QString warning;   // for stderr, one line, beside a successful answer
    };

    CredentialHelper(SecretVault* vault, GitCredentialMap map, const Clock& clock, QObject* parent = nullptr);

    // "password_expiry_utc=<seconds>\n" for a token that stops working at 00:00 UTC of expiresAt.
    static QByteArray expiryAttribute(QDate expiresAt);
    // The warning about the mapped token when it expires within WarningDays of todayUtc (or did); empty
    // otherwise.
    static QString expiryWarning(const GitCredentialMap::Entry& entry, QDate todayUtc);

    // Answers later, from the event loop, never before the call returns.
    void handle(Action action, const GitCredentialRequest& request, std::function<void(Reply)> done);

private:
    void get(const GitCredentialRequest& request, std::function<void(Reply)> done);
    void erase(const GitCredentialRequest& request, std::function<void(Reply)> done);
    void answerLater(Reply reply, std::function<void(Reply)> done);

    SecretVault* m_vault;
    GitCredentialMap m_map;
    const Clock& m_clock;
};

} // namespace TokenDesk
