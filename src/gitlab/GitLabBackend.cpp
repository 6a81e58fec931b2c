#include "GitLabBackend.h"

#include "GitLabInventory.h"
#include "GitLabLostReplies.h"
#include "GitLabParser.h"
#include "GitLabResourceBackend.h"
#include "GitLabResourceListing.h"
#include "GitLabSecretRevocation.h"
#include "GitLabSummaryCounter.h"
#include "GitLabTokenChanges.h"
#include "GitLabTokenListing.h"
#include "GitLabUrls.h"
#include "Logging.h"
#include "ScopeCatalog.h"
#include "Validation.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

using ErrorKind = BackendError::Kind;

std::optional<BackendError> firstCheck(const std::optional<QString>& configError)
{
    if (configError)
        return BackendError::make(ErrorKind::Network, *configError);
    return std::nullopt;
}

QList<AccessToken> slice(const QList<AccessToken>& all, const ListQuery& query)
{
    const qsizetype offset = std::max(0, query.offset);
    return all.mid(offset, query.limit > 0 ? query.limit : -1);
}

} // namespace

GitLabBackend::GitLabBackend(const QUrl& instanceUrl, Secret accessToken, const Clock& clock,
                             GitLabOptions options, QObject* parent)
    : TokenBackend(parent), m_clock(clock), m_options(std::move(options))
{
    const QUrl url = GitLabUrls::normalizedInstance(instanceUrl);
    m_instanceUrl = url;
    m_apiBase = GitLabUrls::apiBase(instanceUrl);
    m_configError = checkInstanceUrl(instanceUrl);
    m_options.maxConcurrency = std::clamp(m_options.maxConcurrency, 1, 16);
    m_options.maxGetAttempts = std::max(1, m_options.maxGetAttempts);

    m_transport = new GitLabTransport(m_apiBase, std::move(accessToken), m_clock, m_options, this);
    if (!m_configError)
        m_configError = m_transport->caFileError();
    m_listing = new GitLabTokenListing(*m_transport, m_options, this);
    connect(m_listing, &GitLabTokenListing::progress, this, &TokenBackend::listProgress);
    m_lost = std::make_unique<GitLabLostReplies>(*m_transport, m_clock,
                                                 [this](qint64 id) { return m_changes->isOwnToken(id); });
    m_changes = new GitLabTokenChanges(*m_transport, *m_listing, *m_lost, m_clock, m_accessTokenId, this);
    connect(m_changes, &GitLabTokenChanges::changed, this, &GitLabBackend::changed);
    m_resources = std::make_unique<GitLabResourceListing>(*m_transport, m_options);
    m_bySecret = std::make_unique<GitLabSecretRevocation>(*m_transport, [this]() { changed(); });
    m_summary = new GitLabSummaryCounter(
        *m_transport, *m_listing, m_clock, m_options,
        [this](const ListQuery& query, TokensHandler done) { listAll(query, std::move(done)); }, this);
}

GitLabBackend::~GitLabBackend()
{
    delete m_transport; // aborts the reads in flight before anything they would answer to is gone
}

BackendCapabilities GitLabBackend::capabilities() const
{
    BackendCapabilities c;
    c.webTokenPage = true;
    c.listProgress = true;
    c.cancelReads = true;
    c.resourceTokens = true;
    const bool admin = m_account && m_account->isAdmin;
    c.createForOtherUser = admin;
    c.instanceInventory = admin;
    if (m_account && !admin)
        c.selfServiceScopes = ScopeCatalog::selfServiceOverApi();
    return c;
}

std::optional<QUrl> GitLabBackend::tokenPageUrl(const TokenDraft& draft) const
{
    return prefilledTokenPageUrl(m_instanceUrl, draft.name, draft.scopes, draft.description);
}

QString GitLabBackend::displayName() const
{
    QString host = m_instanceUrl.host();
    if (m_instanceUrl.port() > 0)
        host += u':' + QString::number(m_instanceUrl.port());
    return m_account ? tr("%1 · %2").arg(host, m_account->username) : host;
}

QString GitLabBackend::identity() const
{
    return m_account ? accountIdentity(m_instanceUrl, m_account->username) : instanceIdentity(m_instanceUrl);
}

std::optional<BackendError> GitLabBackend::usable() const
{
    return firstCheck(m_configError);
}

// --- requests -------------------------------------------------------------------------------------

void GitLabBackend::cancel()
{
    m_listing->cancelAll();
    m_transport->cancelReads();
    if (m_inventory)
        m_inventory->cancel();
}

void GitLabBackend::invalidate()
{
    m_listing->forget();
}

void GitLabBackend::changed()
{
    invalidate();
    Q_EMIT tokensChanged();
}

// --- account -------------------------------------------------------------------------------------

void GitLabBackend::withAccount(std::function<void(Result<Account>)> next, bool fresh)
{
    if (m_account && !fresh) {
        next(*m_account);
        return;
    }
    m_accountWaiters << std::move(next);
    if (m_accountWaiters.size() > 1)
        return;
    send(Call{"GET", apiUrl(u"/user"_s)}, [this](const Reply& r) {
        Result<Account> result = r.error ? Result<Account>(*r.error) : GitLabParser::account(r.body);
        if (result) {
            m_account = result.value();
            m_listing->accountKnown(m_account->userId);
        }
        const auto waiters = std::exchange(m_accountWaiters, {});
        for (const auto& w : waiters)
            w(result);
    });
}

void GitLabBackend::whoami(QObject* context, Callback<Account> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    withAccount(cb, true);
}

void GitLabBackend::connectAccount(QObject* context, Callback<GitLabConnection> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    struct State
    {
        GitLabConnection connection;
        std::optional<BackendError> error;
        int pending = 3;
    };
    auto state = std::make_shared<State>();
    auto finishOne = [state, cb]() {
        if (--state->pending > 0)
            return;
        if (state->error)
            cb(*state->error);
        else
            cb(state->connection);
    };
    withAccount(
        [state, finishOne](Result<Account> account) {
            if (account)
                state->connection.account = account.value();
            else
                state->error = account.error();
            finishOne();
        },
        true);
    send(Call{"GET", apiUrl(u"/version"_s)}, [state, finishOne](const Reply& r) {
        if (!r.error) {
            if (auto v = GitLabParser::version(r.body))
                state->connection.version = v.value();
        }
        finishOne();
    });
    send(Call{"GET", apiUrl(u"/personal_access_tokens/self"_s)}, [this, state, finishOne](const Reply& r) {
        if (!r.error) {
            if (auto t = GitLabParser::token(r.body)) {
                state->connection.accessToken = t.value();
                m_accessTokenId = t.value().id;
            }
        }
        finishOne();
    });
}

// --- listing -------------------------------------------------------------------------------------

void GitLabBackend::listAll(const ListQuery& query, TokensHandler done)
{
    if (m_account)
        return m_listing->read(query, m_account, std::move(done));
    // Administrators must pass user_id, so the listing depends on who the account is. Ask both at once
    // (one round trip less for everyone else) and read again if the account is an administrator.
    struct Pending
    {
        std::optional<Result<Account>> account;
        std::optional<Result<QList<AccessToken>>> tokens;
        bool finished = false;
    };
    auto pending = std::make_shared<Pending>();
    const QString unfilteredKey = GitLabTokenListing::key(query, m_account);
    auto finish = [this, query, pending, done]() {
        if (pending->finished || !pending->account)
            return;
        if (!pending->account->ok()) {
            pending->finished = true;
            return done(pending->account->error());
        }
        if (pending->account->value().isAdmin) {
            pending->finished = true;
            return m_listing->read(query, m_account, done);
        }
        if (!pending->tokens)
            return;
        pending->finished = true;
        if (pending->tokens->ok())
            m_listing->keep(GitLabTokenListing::key(query, m_account), pending->tokens->value());
        done(std::move(*pending->tokens));
    };
    withAccount([this, pending, finish, unfilteredKey](Result<Account> account) {
        pending->account = std::move(account);
        const bool admin = pending->account->ok() && pending->account->value().isAdmin;
        if (admin && !pending->tokens) {
            m_listing->stop(unfilteredKey,
                            GitLabTransport::cancelledError()); // the whole instance's tokens: not wanted
        }
        finish();
    });
    m_listing->read(query, m_account, [pending, finish](Result<QList<AccessToken>> tokens) {
        pending->tokens = std::move(tokens);
        finish();
    });
}

void GitLabBackend::list(const ListQuery& query, QObject* context, Callback<TokenPage> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    const QString key = GitLabTokenListing::key(query, m_account);
    if (const auto* cached = m_listing->cached(key); query.offset > 0 && cached) {
        const QList<AccessToken>& all = cached->tokens;
        return cb(TokenPage{slice(all, query), static_cast<int>(all.size())});
    }
    const bool firstRows = query.offset == 0 && query.limit > 0 && m_account.has_value();
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, cb](Result<TokenPage> page) {
        if (!std::exchange(*answered, true))
            cb(std::move(page));
    };
    listAll(query, [query, answer](Result<QList<AccessToken>> all) {
        if (!all)
            return answer(all.error());
        answer(TokenPage{slice(all.value(), query), static_cast<int>(all.value().size())});
    });
    // The first rows need not wait for a long listing: they show while the rest is read.
    if (firstRows)
        m_listing->answerFirstRows(key, query.limit, answer);
}

void GitLabBackend::summary(QObject* context, Callback<TokenSummary> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    withAccount([this, cb](Result<Account> account) {
        if (!account)
            return cb(account.error());
        m_summary->count(account.value(), cb);
    });
}

// --- single tokens ---------------------------------------------------------------------------------

void GitLabBackend::get(qint64 id, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    send(Call{"GET", apiUrl(GitLabUrls::tokenPath(id))}, [this, id, cb](const Reply& r) {
        if (r.error)
            return m_changes->explainUnauthorized(id, *r.error, [cb](const BackendError& e) { cb(e); });
        cb(GitLabParser::token(r.body));
    });
}

void GitLabBackend::identify(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (secret.isEmpty())
        return cb(BackendError::make(ErrorKind::Authentication, tr("No token was given.")));
    Call call{"GET", apiUrl(u"/personal_access_tokens/self"_s)};
    call.credential = m_transport->addCredential(secret);
    const int key = call.credential;
    send(call, [this, key, cb](const Reply& r) {
        m_transport->removeCredential(key);
        if (r.error) {
            if (r.error->kind == ErrorKind::Authentication) {
                BackendError e = *r.error;
                e.message = tr("GitLab does not accept this token: it is invalid, expired or revoked.");
                return cb(e);
            }
            return cb(*r.error);
        }
        cb(GitLabParser::token(r.body));
    });
}

void GitLabBackend::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    const QList<FieldError> errors = Validation::validate(draft, m_clock.todayUtc(), maxLifetimeDays());
    if (!errors.isEmpty())
        return cb(BackendError::validation(errors));
    withAccount([this, draft, cb](Result<Account> account) {
        if (!account)
            return cb(account.error());
        if (account.value().isAdmin)
            return m_changes->create(u"/users/%1/personal_access_tokens"_s.arg(account.value().userId),
                                     account.value().userId, draft, cb);
        const bool selfService =
            std::all_of(draft.scopes.cbegin(), draft.scopes.cend(),
                        [](const QString& s) { return ScopeCatalog::isSelfServiceOverApi(s); });
        if (!selfService) {
            BackendError e = BackendError::make(
                ErrorKind::Permission,
                tr("GitLab does not let a regular user create a token with the scopes %1 over its API (only "
                   "administrators can, or for the k8s_proxy and self_rotate scopes). Create it on GitLab's "
                   "own "
                   "page instead, then paste the new token into TokenDesk.")
                    .arg(draft.scopes.join(u", "_s)));
            e.remedy = BackendError::Remedy::UseServerPage;
            return cb(e);
        }
        m_changes->create(u"/user/personal_access_tokens"_s, std::nullopt, draft, cb);
    });
}

void GitLabBackend::createForUser(qint64 userId, const TokenDraft& draft, QObject* context,
                                  Callback<CreatedToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    const QList<FieldError> errors = Validation::validate(draft, m_clock.todayUtc(), maxLifetimeDays());
    if (!errors.isEmpty())
        return cb(BackendError::validation(errors));
    m_changes->create(u"/users/%1/personal_access_tokens"_s.arg(userId), userId, draft, cb);
}

void GitLabBackend::rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                           Callback<CreatedToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (expiresAt) {
        if (auto e = Validation::validateExpiry(*expiresAt, m_clock.todayUtc(), maxLifetimeDays()))
            return cb(BackendError::validation({*e}));
    }
    m_changes->rotate(id, expiresAt, cb);
}

void GitLabBackend::revoke(qint64 id, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    m_changes->revoke(id, cb);
}

void GitLabBackend::revokeBySecret(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    m_bySecret->revoke(secret, cb);
}

void GitLabBackend::userName(qint64 userId, QObject* context, Callback<QString> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (userId <= 0)
        return cb(BackendError::make(ErrorKind::NotFound, tr("There is no user %1.").arg(userId)));
    send(Call{"GET", apiUrl(u"/users/%1"_s.arg(userId))}, [userId, cb](const Reply& r) {
        if (r.error && r.error->kind == ErrorKind::NotFound) {
            BackendError e = BackendError::make(ErrorKind::NotFound, tr("There is no user %1.").arg(userId));
            e.httpStatus = r.error->httpStatus;
            return cb(e);
        }
        if (r.error)
            return cb(*r.error);
        cb(GitLabParser::userName(r.body));
    });
}

} // namespace TokenDesk

namespace TokenDesk {

// --- group and project access tokens ----------------------------------------------------------------

void GitLabBackend::resources(QObject* context, Callback<QList<Resource>> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    m_resources->read(cb);
}

void GitLabBackend::resolveResource(const ResourceRef& ref, QObject* context, Callback<Resource> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (ref.isPersonal() || ref.idOrPath.trimmed().isEmpty())
        return cb(
            BackendError::make(ErrorKind::Validation, tr("Name a group or project by its id or full path.")));
    QList<std::pair<QString, QString>> query;
    if (ref.kind == ResourceRef::Kind::Group)
        query << std::pair{u"with_projects"_s, u"false"_s};
    const QUrl url = m_transport->apiUrl(GitLabUrls::resourcePath(ref.kind, ref.idOrPath), query);
    send(Call{"GET", url}, [this, ref, cb](const Reply& r) {
        if (r.error) {
            if (r.error->kind != ErrorKind::NotFound)
                return cb(*r.error);
            BackendError e = BackendError::make(
                ErrorKind::NotFound,
                ref.kind == ResourceRef::Kind::Group
                    ? tr("There is no group \"%1\", or this account cannot see it.").arg(ref.idOrPath)
                    : tr("There is no project \"%1\", or this account cannot see it.").arg(ref.idOrPath));
            e.httpStatus = r.error->httpStatus;
            return cb(e);
        }
        Result<Resource> found = GitLabParser::resource(r.body, ref.kind);
        if (!found || found.value().accessLevel > 0)
            return cb(found); // a project's permissions told the role
        // The role, inherited ones included, from the membership.
        withAccount([this, resource = found.value(), cb](Result<Account> account) {
            if (!account)
                return cb(resource);
            const QString path = GitLabUrls::resourcePath(resource.kind, QString::number(resource.id)) +
                                 u"/members/all/"_s + QString::number(account.value().userId);
            send(Call{"GET", apiUrl(path)}, [resource, cb](const Reply& member) {
                Resource out = resource;
                if (!member.error) {
                    if (auto level = GitLabParser::memberAccessLevel(member.body))
                        out.accessLevel = level.value();
                }
                cb(out);
            });
        });
    });
}

std::unique_ptr<TokenBackend> GitLabBackend::forResource(const Resource& resource)
{
    if (resource.id <= 0 || resource.kind == ResourceRef::Kind::Personal)
        return nullptr;
    return std::make_unique<GitLabResourceBackend>(*this, resource);
}

} // namespace TokenDesk
