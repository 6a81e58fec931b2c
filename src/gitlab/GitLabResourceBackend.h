#pragma once

#include "Clock.h"
#include "GitLabTokenChanges.h"
#include "GitLabTransport.h"
#include "TokenBackend.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace TokenDesk {

class GitLabBackend;
class GitLabLostReplies;
class GitLabTokenListing;

// One group's or project's access tokens on GitLab (/groups/:id/access_tokens, /projects/:id/access_tokens),
// made by GitLabBackend::forResource(). It sends over the connection and credential of the backend that
// made it (a GitLabTransport of its own on the same network manager, so that cancelling or deleting it
// ends only its own requests) and reads, creates, rotates and revokes with the same parts as that backend
// (GitLabTokenListing, GitLabTokenChanges, GitLabLostReplies) on the resource's collection: writes are
// sent once and never again. The server sorts, searches and filters nothing here; list() does.
//
// Changes are refused without a request when the user's role there is known to be too low (Permission),
// and drafts are checked with Validation::validateForResource before anything is sent. GitLab's refusals are
// told as a user needs them: a missing role is Kind::Permission whatever the status (400 saying so, 401
// while the credential still works, 403), a role above the user's is Validation on Field::AccessLevel,
// an unknown group or project NotFound, and an instance or tier without these tokens a plain message.
class GitLabResourceBackend : public TokenBackend
{
    Q_OBJECT

public:
    GitLabResourceBackend(GitLabBackend& parent, Resource resource);
    ~GitLabResourceBackend() override;

    Kind kind() const override { return Kind::GitLab; }
    QString displayName() const override;
    QString identity() const override;
    int maxLifetimeDays() const override;
    BackendCapabilities capabilities() const override;
    std::optional<Resource> resource() const override { return m_resource; }
    void cancel() override;
    void invalidate() override;

    void whoami(QObject* context, Callback<Account> done) override;
    void summary(QObject* context, Callback<TokenSummary> done) override;
    void list(const ListQuery& query, QObject* context, Callback<TokenPage> done) override;
    void get(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done) override;
    void revoke(qint64 id, QObject* context, Callback<AccessToken> done) override;
    void rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                Callback<CreatedToken> done) override;
    void identify(const Secret& secret, QObject* context, Callback<AccessToken> done) override;

    // The tokens of a listing as list() answers them: searched by name, filtered by date and revoked, and
    // sorted as GitLab sorts.
    static QList<AccessToken> searchedAndSorted(QList<AccessToken> tokens, const ListQuery& query);

private:
    using Operation = GitLabTokenChanges::Operation;
    using Next = GitLabTokenChanges::Next;

    std::optional<BackendError> usable() const;
    void readAll(ListQuery::State state, std::function<void(Result<QList<AccessToken>>)> done);
    // What GitLab's refusal means for this resource (see the class comment); reads only.
    void explain(Operation operation, qint64 id, const BackendError& error, Next next);
    // A 403 or 404 on the tokens of a resource: is the resource unknown, the role missing, the token
    // unknown or the feature absent?
    void diagnose(Operation operation, qint64 id, const BackendError& error, Next next);
    BackendError missingRole(Operation operation, const QString& serverSays = {}) const;
    BackendError featureAbsent(int httpStatus) const;
    BackendError unknownResource(int httpStatus) const;
    QString resourceLabel() const;
    // The user's role there is known and does not let them manage its tokens: changes are not sent.
    bool lacksRole() const;

    QPointer<GitLabBackend> m_parent;
    Resource m_resource;
    QString m_collection;
    QString m_parentIdentity;
    QString m_parentName;
    const Clock& m_clock;
    GitLabTransport* m_transport = nullptr;
    GitLabTokenListing* m_listing = nullptr;
    std::unique_ptr<GitLabLostReplies> m_lost;
    GitLabTokenChanges* m_changes = nullptr;
    std::optional<qint64> m_signInTokenId; // never set: a resource's tokens do not sign this backend in
};

} // namespace TokenDesk
