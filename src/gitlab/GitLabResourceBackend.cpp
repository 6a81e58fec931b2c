#include "GitLabResourceBackend.h"

#include "GitLabBackend.h"
#include "GitLabLostReplies.h"
#include "GitLabParser.h"
#include "GitLabTokenListing.h"
#include "GitLabUrls.h"
#include "Validation.h"

#include <QPointer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

using ErrorKind = BackendError::Kind;

QString serverText(const BackendError& error)
{
    QStringList parts;
    if (!error.message.isEmpty())
        parts << error.message;
    for (const FieldError& f : error.fieldErrors)
        parts << f.message;
    return parts.join(u' ');
}

bool says(const QString& text, std::initializer_list<const char*> words)
{
    return std::any_of(words.begin(), words.end(), [&text](const char* w) {
        return text.contains(QLatin1String(w), Qt::CaseInsensitive);
    });
}

// GitLab's words for "the token's role may not be above yours".
bool saysRoleTooHigh(const QString& text)
{
    // "Could not provision owner access to a project access token": a role the creator may not give.
    if (says(text, {"provision"}) && says(text, {"access"}))
        return true;
    return says(text, {"access level", "access_level", "role"}) &&
           says(text, {"greater", "high", "exceed", "above", "more than"});
}

// GitLab's words for a refusal for want of a role (400 rather than 403 on some endpoints).
bool saysNoPermission(const QString& text)
{
    return says(text, {"permission", "cannot delete", "can't delete", "not allowed", "not eligible",
                       "unauthorized", "forbidden"});
}

int keyCompare(const QDateTime& a, const QDateTime& b)
{
    if (a == b)
        return 0;
    if (!a.isValid())
        return -1; // never used: first, as GitLab sorts an empty date
    if (!b.isValid())
        return 1;
    return a < b ? -1 : 1;
}

} // namespace

GitLabResourceBackend::GitLabResourceBackend(GitLabBackend& parent, Resource resource)
    : m_parent(&parent), m_resource(std::move(resource)),
      m_collection(GitLabUrls::resourceTokens(m_resource.kind, m_resource.id)),
      m_parentIdentity(parent.identity()), m_parentName(parent.displayName()), m_clock(parent.m_clock)
{
    m_transport = new GitLabTransport(*parent.m_transport, this);
    m_listing = new GitLabTokenListing(*m_transport, parent.m_options, this, m_collection);
    connect(m_listing, &GitLabTokenListing::progress, this, &TokenBackend::listProgress);
    m_lost = std::make_unique<GitLabLostReplies>(
        *m_transport, m_clock, [](qint64) { return false; }, m_collection);
    m_changes = new GitLabTokenChanges(*m_transport, *m_listing, *m_lost, m_clock, m_signInTokenId, this,
                                       m_collection);
    m_changes->setExplain([this](Operation operation, qint64 id, const BackendError& error, Next next) {
        explain(operation, id, error, std::move(next));
    });
    connect(m_changes, &GitLabTokenChanges::changed, this, [this]() {
        m_listing->forget();
        Q_EMIT tokensChanged();
    });
}

GitLabResourceBackend::~GitLabResourceBackend()
{
    delete m_transport; // its reads end, and no answer reaches the parts below any more
}

QString GitLabResourceBackend::identity() const
{
    return (m_parent ? m_parent->identity() : m_parentIdentity) + u'/' + m_resource.identitySuffix();
}

QString GitLabResourceBackend::displayName() const
{
    return tr("%1 · %2").arg(m_parent ? m_parent->displayName() : m_parentName, m_resource.fullPath);
}

int GitLabResourceBackend::maxLifetimeDays() const
{
    return m_parent ? m_parent->maxLifetimeDays() : TokenBackend::maxLifetimeDays();
}

BackendCapabilities GitLabResourceBackend::capabilities() const
{
    BackendCapabilities c;
    c.listProgress = true;
    c.cancelReads = true;
    return c;
}

void GitLabResourceBackend::cancel()
{
    m_listing->cancelAll();
    m_transport->cancelReads();
}

void GitLabResourceBackend::invalidate()
{
    m_listing->forget();
}

std::optional<BackendError> GitLabResourceBackend::usable() const
{
    if (!m_parent)
        return BackendError::make(ErrorKind::Network, tr("The account's connection was closed."));
    return m_parent->usable();
}

bool GitLabResourceBackend::lacksRole() const
{
    return m_resource.accessLevel > 0 && m_resource.accessLevel < Resource::managingLevel(m_resource.kind);
}

QString GitLabResourceBackend::resourceLabel() const
{
    const QString name = m_resource.fullPath.isEmpty() ? QString::number(m_resource.id) : m_resource.fullPath;
    return m_resource.kind == ResourceRef::Kind::Group ? tr("the group %1").arg(name)
                                                       : tr("the project %1").arg(name);
}

// --- reads ---------------------------------------------------------------------------------------------

void GitLabResourceBackend::whoami(QObject* context, Callback<Account> done)
{
    if (auto e = usable())
        return deliverLater<Account>(context, std::move(done), *e);
    m_parent->whoami(context, std::move(done));
}

void GitLabResourceBackend::readAll(ListQuery::State state,
                                    std::function<void(Result<QList<AccessToken>>)> done)
{
    ListQuery serverQuery; // the server is asked for the state alone
    serverQuery.state = state;
    m_listing->read(serverQuery, std::nullopt, [this, done](Result<QList<AccessToken>> all) {
        if (all)
            return done(std::move(all));
        explain(Operation::Read, 0, all.error(), [done](const BackendError& e) { done(e); });
    });
}

QList<AccessToken> GitLabResourceBackend::searchedAndSorted(QList<AccessToken> tokens, const ListQuery& query)
{
    if (!query.search.isEmpty()) {
        tokens.removeIf(
            [&query](const AccessToken& t) { return !t.name.contains(query.search, Qt::CaseInsensitive); });
    }
    // GitLab's resource token listings know no date or revoked filters: they apply here, as GitLab means
    // them.
    if (!query.dates.isEmpty())
        tokens.removeIf([&query](const AccessToken& t) { return !query.dates.matches(t); });
    if (query.revoked)
        tokens.removeIf([&query](const AccessToken& t) { return t.revoked != *query.revoked; });
    using Sort = ListQuery::Sort;
    const auto compare = [sort = query.sort](const AccessToken& a, const AccessToken& b) {
        int c = 0;
        switch (sort) {
        case Sort::CreatedAsc:
        case Sort::CreatedDesc:
            c = keyCompare(a.createdAt, b.createdAt);
            break;
        case Sort::ExpiresAsc:
        case Sort::ExpiresDesc:
            if (a.expiresAt != b.expiresAt) // never expiring: last, as GitLab sorts an empty date
                c = !a.expiresAt.isValid()   ? 1
                    : !b.expiresAt.isValid() ? -1
                                             : (a.expiresAt < b.expiresAt ? -1 : 1);
            break;
        case Sort::LastUsedAsc:
        case Sort::LastUsedDesc:
            c = keyCompare(a.lastUsedAt, b.lastUsedAt);
            break;
        case Sort::NameAsc:
        case Sort::NameDesc:
            c = a.name.toLower().compare(b.name.toLower());
            break;
        }
        if (c == 0)
            c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        const bool descending = sort == Sort::CreatedDesc || sort == Sort::ExpiresDesc ||
                                sort == Sort::LastUsedDesc || sort == Sort::NameDesc;
        return descending ? c > 0 : c < 0;
    };
    std::sort(tokens.begin(), tokens.end(), compare);
    return tokens;
}

void GitLabResourceBackend::list(const ListQuery& query, QObject* context, Callback<TokenPage> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    readAll(query.state, [query, cb](Result<QList<AccessToken>> all) {
        if (!all)
            return cb(all.error());
        const QList<AccessToken> tokens = searchedAndSorted(std::move(all).value(), query);
        const qsizetype offset = std::max(0, query.offset);
        cb(TokenPage{tokens.mid(offset, query.limit > 0 ? query.limit : -1),
                     static_cast<int>(tokens.size())});
    });
}

void GitLabResourceBackend::summary(QObject* context, Callback<TokenSummary> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    readAll(ListQuery::State::All, [this, cb](Result<QList<AccessToken>> all) {
        if (!all)
            return cb(all.error());
        const QDate today = m_clock.todayUtc();
        TokenSummary s;
        for (const AccessToken& t : all.value()) {
            if (t.isActive(today))
                s.active++;
            if (t.isExpiringWithin(today, TokenSummary::ExpiringSoonDays))
                s.expiringSoon++;
            if (t.revoked)
                s.revoked++;
            else if (t.isExpired(today))
                s.expired++;
        }
        cb(s);
    });
}

void GitLabResourceBackend::get(qint64 id, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (id <= 0)
        return cb(BackendError::make(ErrorKind::NotFound,
                                     tr("There is no token %1 on %2.").arg(id).arg(resourceLabel())));
    m_transport->send(
        GitLabTransport::Request{"GET", m_transport->apiUrl(GitLabUrls::tokenPath(m_collection, id))},
        [this, id, cb](const GitLabTransport::Reply& r) {
            if (r.error)
                return explain(Operation::Read, id, *r.error, [cb](const BackendError& e) { cb(e); });
            cb(GitLabParser::token(r.body));
        });
}

void GitLabResourceBackend::identify(const Secret& secret, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (secret.isEmpty())
        return cb(BackendError::make(ErrorKind::Authentication, tr("No token was given.")));
    GitLabTransport::Request call{"GET", m_transport->apiUrl(u"/personal_access_tokens/self"_s)};
    call.credential = m_transport->addCredential(secret);
    const int key = call.credential;
    m_transport->send(call, [this, key, cb](const GitLabTransport::Reply& r) {
        m_transport->removeCredential(key);
        if (r.error) {
            if (r.error->kind != ErrorKind::Authentication)
                return cb(*r.error);
            BackendError e = *r.error;
            e.message = tr("GitLab does not accept this token: it is invalid, expired or revoked.");
            e.remedy = BackendError::Remedy::None;
            return cb(e);
        }
        Result<AccessToken> token = GitLabParser::token(r.body);
        if (!token)
            return cb(token.error());
        // One of this resource's tokens? Asked with the account's own credential, which also tells the role.
        const qint64 id = token.value().id;
        m_transport->send(
            GitLabTransport::Request{"GET", m_transport->apiUrl(GitLabUrls::tokenPath(m_collection, id))},
            [this, id, cb](const GitLabTransport::Reply& mine) {
                if (mine.error) {
                    return explain(Operation::Read, id, *mine.error, [this, cb](const BackendError& e) {
                        if (e.kind != ErrorKind::NotFound)
                            return cb(e);
                        // A token, but none of this resource's: unknown here, as a wrong secret is.
                        BackendError unknown = BackendError::make(
                            ErrorKind::Authentication,
                            tr("This token is not one of the access tokens of %1.").arg(resourceLabel()));
                        unknown.httpStatus = e.httpStatus;
                        cb(unknown);
                    });
                }
                cb(GitLabParser::token(mine.body));
            });
    });
}

// --- changes ---------------------------------------------------------------------------------------------

void GitLabResourceBackend::create(const TokenDraft& draft, QObject* context, Callback<CreatedToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (lacksRole())
        return cb(missingRole(Operation::Create));
    const QList<FieldError> errors =
        Validation::validateForResource(draft, m_clock.todayUtc(), m_resource.accessLevel, maxLifetimeDays());
    if (!errors.isEmpty())
        return cb(BackendError::validation(errors));
    m_changes->create(m_collection, std::nullopt, draft, cb);
}

void GitLabResourceBackend::rotate(qint64 id, std::optional<QDate> expiresAt, QObject* context,
                                   Callback<CreatedToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (id <= 0)
        return cb(BackendError::make(ErrorKind::NotFound,
                                     tr("There is no token %1 on %2.").arg(id).arg(resourceLabel())));
    if (expiresAt) {
        if (auto e = Validation::validateExpiry(*expiresAt, m_clock.todayUtc(), maxLifetimeDays()))
            return cb(BackendError::validation({*e}));
    }
    if (lacksRole())
        return cb(missingRole(Operation::Rotate));
    m_changes->rotate(id, expiresAt, cb);
}

void GitLabResourceBackend::revoke(qint64 id, QObject* context, Callback<AccessToken> done)
{
    auto cb = answerLater(context, std::move(done));
    if (auto e = usable())
        return cb(*e);
    if (id <= 0)
        return cb(BackendError::make(ErrorKind::NotFound,
                                     tr("There is no token %1 on %2.").arg(id).arg(resourceLabel())));
    if (lacksRole())
        return cb(missingRole(Operation::Revoke));
    m_changes->revoke(id, cb);
}

// --- GitLab's refusals ------------------------------------------------------------------------------------

void GitLabResourceBackend::explain(Operation operation, qint64 id, const BackendError& error, Next next)
{
    switch (error.kind) {
    case ErrorKind::Validation: {
        const QString text = serverText(error);
        if (saysRoleTooHigh(text) && operation == Operation::Create) {
            BackendError e = BackendError::validation({FieldError{
                Field::AccessLevel,
                tr("The role is above your own role on %1 (GitLab says: %2)").arg(resourceLabel(), text)}});
            e.httpStatus = error.httpStatus;
            return next(e);
        }
        if (saysNoPermission(text) || saysRoleTooHigh(text)) {
            BackendError e = missingRole(operation, text);
            e.httpStatus = error.httpStatus;
            return next(e);
        }
        return next(error);
    }
    case ErrorKind::Authentication: {
        if (error.httpStatus != 401)
            return next(error);
        // GitLab answers 401 to a member without the role; the credential itself may still be good. One read
        // of the account tells (a read, never the change again).
        m_transport->send(GitLabTransport::Request{"GET", m_transport->apiUrl(u"/user"_s)},
                          [this, operation, error, next](const GitLabTransport::Reply& r) {
                              if (r.error)
                                  return next(error);
                              BackendError e = missingRole(operation);
                              e.httpStatus = error.httpStatus;
                              next(e);
                          });
        return;
    }
    case ErrorKind::Permission:
        if (!error.missingScope.isEmpty() || error.httpStatus != 403)
            return next(error);
        return diagnose(operation, id, error, std::move(next));
    case ErrorKind::NotFound:
        return diagnose(operation, id, error, std::move(next));
    default:
        return next(error);
    }
}

void GitLabResourceBackend::diagnose(Operation operation, qint64 id, const BackendError& error, Next next)
{
    QList<std::pair<QString, QString>> query;
    if (m_resource.kind == ResourceRef::Kind::Group)
        query << std::pair{u"with_projects"_s, u"false"_s};
    const QUrl url =
        m_transport->apiUrl(GitLabUrls::resourcePath(m_resource.kind, QString::number(m_resource.id)), query);
    m_transport->send(GitLabTransport::Request{"GET", url}, [this, operation, id, error,
                                                             next](const GitLabTransport::Reply& r) {
        if (r.error)
            return next(r.error->kind == ErrorKind::NotFound ? unknownResource(r.error->httpStatus) : error);
        int role = m_resource.accessLevel;
        if (auto seen = GitLabParser::resource(r.body, m_resource.kind); seen && seen.value().accessLevel > 0)
            role = seen.value().accessLevel;
        if (role > 0 && role < Resource::managingLevel(m_resource.kind)) {
            BackendError e = missingRole(operation);
            e.httpStatus = error.httpStatus;
            return next(e);
        }
        if (error.kind == ErrorKind::Permission || id <= 0)
            return next(featureAbsent(error.httpStatus));
        // The resource is there: is the token unknown, or are the tokens themselves missing?
        const QUrl tokens = m_transport->apiUrl(m_collection, {{u"per_page"_s, u"1"_s}});
        m_transport->send(GitLabTransport::Request{"GET", tokens}, [this, id, error, next](
                                                                       const GitLabTransport::Reply& listed) {
            if (!listed.error) {
                BackendError e = BackendError::make(
                    ErrorKind::NotFound, tr("There is no token %1 on %2.").arg(id).arg(resourceLabel()));
                e.httpStatus = error.httpStatus;
                return next(e);
            }
            const bool absent =
                listed.error->kind == ErrorKind::NotFound ||
                (listed.error->kind == ErrorKind::Permission && listed.error->missingScope.isEmpty());
            next(absent ? featureAbsent(listed.error->httpStatus) : error);
        });
    });
}

BackendError GitLabResourceBackend::missingRole(Operation operation, const QString& serverSays) const
{
    const QString role = AccessLevels::label(Resource::managingLevel(m_resource.kind));
    QString text =
        operation == Operation::Read
            ? tr("You need the %1 role on %2 to see its access tokens.").arg(role, resourceLabel())
            : tr("You need the %1 role on %2 to manage its access tokens.").arg(role, resourceLabel());
    if (!serverSays.isEmpty())
        text += u' ' + tr("(GitLab says: %1)").arg(serverSays);
    return BackendError::make(ErrorKind::Permission, text);
}

BackendError GitLabResourceBackend::featureAbsent(int httpStatus) const
{
    const QUrl base = m_transport->apiUrl(QString());
    const QString host = base.port() > 0 ? base.host() + u':' + QString::number(base.port()) : base.host();
    BackendError e = BackendError::make(
        ErrorKind::Permission,
        m_resource.kind == ResourceRef::Kind::Group
            ? tr("GitLab at %1 does not offer group access tokens (HTTP %2): this instance or its "
                 "subscription "
                 "tier does not have them.")
                  .arg(host)
                  .arg(httpStatus)
            : tr("GitLab at %1 does not offer project access tokens (HTTP %2): this instance or its "
                 "subscription tier does not have them.")
                  .arg(host)
                  .arg(httpStatus));
    e.httpStatus = httpStatus;
    return e;
}

BackendError GitLabResourceBackend::unknownResource(int httpStatus) const
{
    const QString name = m_resource.fullPath.isEmpty() ? QString::number(m_resource.id) : m_resource.fullPath;
    BackendError e = BackendError::make(
        ErrorKind::NotFound, m_resource.kind == ResourceRef::Kind::Group
                                 ? tr("There is no group %1, or this account cannot see it.").arg(name)
                                 : tr("There is no project %1, or this account cannot see it.").arg(name));
    e.httpStatus = httpStatus;
    return e;
}

} // namespace TokenDesk
