#pragma once

#include "Clock.h"
#include "GitLabOptions.h"
#include "GitLabTokenListing.h"
#include "GitLabTransport.h"
#include "GitLabUrls.h"
#include "Secret.h"
#include "TokenBackend.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace TokenDesk {

class GitLabBulkRevoke;
class GitLabInventory;
class GitLabLostReplies;
class GitLabResourceListing;
class GitLabSecretRevocation;
class GitLabSummaryCounter;
class GitLabTokenChanges;

// TokenBackend over GitLab's REST API v4 (see shared/gitlab-api.md). Reads are retried on 5xx, network
// errors and 429; create, rotate and revoke never are: when their reply is lost, the backend re-reads
// and answers Kind::Unknown saying what it found.
// list() reads the whole filtered, sorted listing (pages fetched concurrently when the server gives
// totals) and answers offset/limit from it: offset 0 reads the server again, a later offset of the
// same query answers from that reading.
// A façade: GitLabTransport sends (GitLabRetryPolicy decides retries), GitLabTokenListing reads and
// keeps listings, GitLabSummaryCounter counts, GitLabTokenChanges creates, rotates and revokes, and
// GitLabLostReplies tells what became of a change whose reply was lost. GitLabUrls holds the URL rules.
class GitLabBackend : public TokenBackend
{
    Q_OBJECT

public:
    // As a token id in get(), revoke() and rotate(): the token this backend signs in with (GitLab's
    // /personal_access_tokens/self). Rotating it (by SelfId or by its id) makes the backend sign in with
    // the successor, whose secret the caller should save as the account's credential; revoking it
    // leaves the backend unable to sign in.
    static constexpr qint64 SelfId = GitLabUrls::SelfId;

    // instanceUrl: "https://gitlab.example.com" (a path prefix is kept; a trailing /api/v4 is accepted).
    GitLabBackend(const QUrl& instanceUrl, Secret accessToken, const Clock& clock, GitLabOptions options = {},
                  QObject* parent = nullptr);
    ~GitLabBackend() override;

    // The URL rules (GitLabUrls), here too for the callers that know them by the backend's name.
    static std::optional<QString> checkInstanceUrl(const QUrl& instanceUrl)
    {
        return GitLabUrls::checkInstanceUrl(instanceUrl);
    }
    static bool isLoopbackHost(const QString& host) { return GitLabUrls::isLoopbackHost(host); }
    static std::optional<QString> caFileProblem(const QString& path)
    {
        return GitLabUrls::caFileProblem(path);
    }
    static QString instanceIdentity(const QUrl& instanceUrl)
    {
        return GitLabUrls::instanceIdentity(instanceUrl);
    }
    static QString accountIdentity(const QUrl& instanceUrl, const QString& username)
    {
        return GitLabUrls::accountIdentity(instanceUrl, username);
    }
    static QUrl prefilledTokenPageUrl(const QUrl& instanceUrl, const QString& name, const QStringList& scopes,
                                      const QString& description = {})
    {
        return GitLabUrls::prefilledTokenPageUrl(instanceUrl, name, scopes, description);
    }

    Kind kind() const override { return Kind::GitLab; }
    QString displayName() const override;
    QString identity() const override;
    QUrl instanceUrl() const { return m_instanceUrl; }
    std::optional<Account> account() const { return m_account; }
    // The id of the token this backend signs in with, once known (connectAccount or rotate found it).
    std::optional<qint64> signInTokenId() const override { return m_accessTokenId; }
    BackendCapabilities capabilities() const override;
    std::optional<QUrl> tokenPageUrl(const TokenDraft& draft) const override;

    // GET /user, /version and /personal_access_tokens/self: what the Connect dialog shows.
    void connectAccount(QObject* context, Callback<GitLabConnection> done);

    void whoami(QObject* context, Callback<Account> done) override;
    void summary(QObject* context, Callback<TokenSummary> done) override;
    void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) override;
    void get(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) override;
    void revoke(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                Callback<CreatedToken> done) override;
    void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) override;
    // Administrators only: POST /users/:userId/personal_access_tokens.
    void createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                       Callback<CreatedToken> done) override;

    // Leaked-token response (GitLabSecretRevocation): GET then DELETE /personal_access_tokens/self signed
    // in with `secret`. identify() and revokeBySecret() need no account: a backend built with an empty
    // access token (no account connected for the instance) answers them, and userName() where the
    // instance shows users to anyone; its other calls answer Authentication.
    void revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done) override;
    // GET /users/:id; NotFound when there is no such user.
    void userName(qint64 userId, QObject* context, Callback<QString> done) override;

    // Group and project access tokens (GitLabResourceListing, GitLabResourceBackend).
    void resources(QObject* context, Callback<QList<Resource>> done) override;
    // GET /groups/:id or /projects/:id (id or URL-encoded full path); the role from the project's
    // permissions, else from GET .../members/all/:user_id; 0 when neither tells.
    void resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done) override;
    // A GitLabResourceBackend over this backend's connection; null for a resource without a numeric id.
    std::unique_ptr<TokenBackend> forResource(const Resource& resource) override;

    // Administrators (GitLabInventory, GitLabBulkRevoke): every user's tokens, read in created_at ranges
    // side by side (options.inventoryConcurrency at once); others answer Permission.
    void inventory(const InventoryQuery& query, QObject* context, Callback<Inventory> done) override;
    // One DELETE per token, `inFlight` at a time; the revoked tokens as the last inventory or listing
    // showed them.
    void revokeMany(const QList<qint64>& ids, int inFlight, QObject* context, Callback<BulkRevokeReport> done,
                    std::function<void(int answered, int total)> progress = {}) override;

    // Stops every read in flight (listings, whoami, get): they answer Kind::Cancelled and send no
    // further request. Create, rotate and revoke already sent are left to finish.
    void cancel() override;
    // Forgets cached listings, so the next list() reads from the server.
    void invalidate() override;

private:
    friend class GitLabResourceBackend;
    using Call = GitLabTransport::Request;
    using Reply = GitLabTransport::Reply;
    using ReplyHandler = GitLabTransport::ReplyHandler;
    using TokensHandler = std::function<void(Result<QList<AccessToken>>)>;

    void send(Call call, ReplyHandler handler) { m_transport->send(std::move(call), std::move(handler)); }
    QUrl apiUrl(const QString& path) const { return GitLabUrls::apiUrl(m_apiBase, path); }
    std::optional<BackendError> usable() const;

    // The signed-in account, read once; `fresh` reads it again (the known one stays until the answer).
    void withAccount(std::function<void(Result<Account>)> next, bool fresh = false);
    void listAll(const ListQuery& query, TokensHandler done);
    void changed();
    GitLabInventory* inventoryReader();
    GitLabBulkRevoke* bulkRevoke();

    QUrl m_instanceUrl;
    QUrl m_apiBase;
    const Clock& m_clock;
    GitLabOptions m_options;
    std::optional<QString> m_configError;
    GitLabTransport* m_transport = nullptr;
    GitLabTokenListing* m_listing = nullptr;
    GitLabSummaryCounter* m_summary = nullptr;
    GitLabTokenChanges* m_changes = nullptr;
    std::unique_ptr<GitLabLostReplies> m_lost;
    std::unique_ptr<GitLabResourceListing> m_resources;
    std::unique_ptr<GitLabSecretRevocation> m_bySecret;
    std::optional<Account> m_account;
    std::optional<qint64> m_accessTokenId;
    QList<std::function<void(Result<Account>)>> m_accountWaiters;
    GitLabInventory* m_inventory = nullptr;   // made on first use (GitLabBackendAdmin.cpp)
    GitLabBulkRevoke* m_bulkRevoke = nullptr; // likewise
};

} // namespace TokenDesk
