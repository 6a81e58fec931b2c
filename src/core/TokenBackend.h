#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QObject>

#include <optional>

namespace TokenDesk {

// The one interface between every front end and wherever tokens live (the embedded store or a
// GitLab server). Every operation answers later, through its callback, on the thread of `context`
// and only while `context` is alive, even when the answer is known at once.
class TokenBackend : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Local,
        GitLab
    };

    explicit TokenBackend(QObject* parent = nullptr) : QObject(parent) {}
    ~TokenBackend() override = default;

    virtual Kind kind() const = 0;
    // For the status bar and messages, e.g. "Offline demo · /path/demo.sqlite" or "gitlab.com · alice".
    virtual QString displayName() const = 0;
    // Identifies the backend and account for keychain keys, e.g. "local:<uuid>" or "gitlab:host:user".
    virtual QString identity() const = 0;
    // Longest lifetime of a new token, in days (365 unless the instance says otherwise).
    virtual int maxLifetimeDays() const { return 365; }

    virtual void whoami(QObject* context, Callback<Account> done) = 0;
    virtual void summary(QObject* context, Callback<TokenSummary> done) = 0;
    virtual void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) = 0;
    virtual void get(qint64 id, QObject* context, Callback<AccessToken> done) = 0;
    virtual void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) = 0;
    // Revokes and answers the token as it now is.
    virtual void revoke(qint64 id, QObject* context, Callback<AccessToken> done) = 0;
    // Revokes the token and issues a successor with a new secret; expiresAt defaults to 7 days ahead.
    virtual void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                        Callback<CreatedToken> done) = 0;
    // Which token is this secret? Answers Authentication when it is unknown, revoked or expired.
    virtual void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) = 0;

Q_SIGNALS:
    // Tokens were created, revoked or rotated (by this process); views should re-read what they show.
    void tokensChanged();
};

} // namespace TokenDesk
