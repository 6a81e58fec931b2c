#include "LeakResponse.h"

#include "ConnectionCheck.h"
#include "SecretVault.h"
#include "SessionLogging.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

namespace TokenDesk {

namespace {

constexpr qsizetype MinTokenLength = 8;
constexpr qsizetype MaxTokenLength = 1024;

bool isTokenCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

// A place that answered "not this one": the secret is unknown there, revoked or expired.
bool meansUnknown(const BackendError& error)
{
    return error.kind == BackendError::Kind::Authentication || error.kind == BackendError::Kind::NotFound;
}

} // namespace

QList<LeakResponse::Place> LeakResponse::knownPlaces(const AccountRegistry& registry,
                                                     const GitLabOptions& base, AccountSession::Ptr store)
{
    QList<Place> places;
    QSet<QString> seen;
    for (const GitLabAccount& account : registry.accounts()) {
        const QString instance = ConnectionCheck::instanceKey(account.instanceUrl);
        if (seen.contains(instance))
            continue;
        seen.insert(instance);
        places << gitLabPlace(account.instanceUrl, account.options(base), &registry);
    }
    if (store)
        places << storePlace(std::move(store));
    return places;
}

LeakResponse::Place LeakResponse::gitLabPlace(const QUrl& instanceUrl, const GitLabOptions& options,
                                              const AccountRegistry* registry)
{
    Place place;
    place.instanceUrl = instanceUrl;
    place.options = options;
    const QString instance = ConnectionCheck::instanceKey(instanceUrl);
    if (registry) {
        for (const GitLabAccount& account : registry->accounts()) {
            if (ConnectionCheck::instanceKey(account.instanceUrl) == instance)
                place.accounts << account;
        }
    }
    place.label = place.accounts.isEmpty()
                      ? instanceUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                      : place.accounts.constFirst().host();
    return place;
}

LeakResponse::Place LeakResponse::storePlace(AccountSession::Ptr store)
{
    Place place;
    place.label = store ? store->label() : QString();
    place.session = std::move(store);
    return place;
}

bool LeakResponse::looksLikeToken(const QByteArray& text)
{
    return text.size() >= MinTokenLength && text.size() <= MaxTokenLength &&
           std::all_of(text.cbegin(), text.cend(), isTokenCharacter);
}

LeakResponse::LeakResponse(const Secret& secret, QList<Place> places, const Clock& clock, SecretVault* vault,
                           QObject* parent)
    : QObject(parent), m_secret(secret), m_places(std::move(places)), m_clock(clock), m_vault(vault)
{
    for (const Place& place : std::as_const(m_places))
        m_sessions << place.session;
}

LeakResponse::~LeakResponse()
{
    m_secret.wipe();
}

void LeakResponse::wipe()
{
    m_secret.wipe();
}

AccountSession::Ptr LeakResponse::sessionFor(int index)
{
    if (!m_sessions.at(index)) {
        // No account credential: every request this backend sends is signed with the secret itself.
        const Place& place = m_places.at(index);
        m_sessions[index] =
            AccountSession::forCredential(place.instanceUrl, Secret(), AccountSession::CredentialSource::None,
                                          m_clock, place.options, m_vault);
    }
    return m_sessions.at(index);
}

void LeakResponse::identify(QObject* context, Callback<Search> done)
{
    m_finding.reset();
    QPointer<QObject> guard(context);
    auto search = std::make_shared<Search>();
    Callback<Search> answer = [guard, done = std::move(done)](Result<Search> result) {
        if (guard)
            done(std::move(result));
    };
    if (m_secret.isEmpty() || m_places.isEmpty())
        return deliverLater<Search>(this, std::move(answer), Search{});
    tryPlace(0, search, std::move(answer));
}

void LeakResponse::tryPlace(int index, std::shared_ptr<Search> search, Callback<Search> done)
{
    if (index >= m_places.size())
        return done(std::move(*search));
    search->tried << m_places.at(index).label;
    AccountSession::Ptr session = sessionFor(index);
    TokenBackend* backend = session ? session->backend() : nullptr;
    if (!backend) {
        search->failures.append(
            {m_places.at(index).label,
             BackendError::make(BackendError::Kind::Store, tr("It could not be opened."))});
        return tryPlace(index + 1, search, std::move(done));
    }
    backend->identify(
        m_secret, this,
        [this, index, session, search, done = std::move(done)](Result<AccessToken> result) mutable {
            if (result)
                return found(index, result.value(), search, std::move(done));
            if (!meansUnknown(result.error()))
                search->failures.append({m_places.at(index).label, result.error()});
            qCInfo(lcSession) << "Leak response: place" << index
                              << (meansUnknown(result.error()) ? "does not know the secret"
                                                               : "could not answer");
            tryPlace(index + 1, search, std::move(done));
        });
}

void LeakResponse::found(int index, const AccessToken& token, std::shared_ptr<Search> search,
                         Callback<Search> done)
{
    qCInfo(lcSession) << "Leak response: place" << index << "knows the secret: token" << token.id;
    const Place& place = m_places.at(index);
    Finding finding;
    finding.token = token;
    finding.placeIndex = index;
    finding.placeLabel = place.label;
    finding.instanceUrl = place.instanceUrl;
    lookUpKeptCopies(place, finding);
    ownerName(place, token, [this, finding, search, done = std::move(done)](QString username) mutable {
        finding.username = std::move(username);
        m_finding = finding;
        search->found = std::move(finding);
        done(std::move(*search));
    });
}

void LeakResponse::ownerName(const Place& place, const AccessToken& token, std::function<void(QString)> done)
{
    const qint64 userId = token.userId;
    // Last resort: who the secret itself signs in as (GET /user: needs read_user or api).
    auto askWithSecret = [this, place, userId, done]() {
        AccountSession::Ptr asOwner =
            place.session ? place.session
                          : AccountSession::forCredential(place.instanceUrl, m_secret,
                                                          AccountSession::CredentialSource::None, m_clock,
                                                          place.options);
        asOwner->backend()->whoami(this, [asOwner, userId, done](Result<Account> who) {
            done(who && (userId == 0 || who.value().userId == userId) ? who.value().username : QString());
        });
    };
    // First: the users directory, asked by a connected account of the instance (or the store).
    if (place.session) {
        place.session->backend()->userName(userId, this, [askWithSecret, done](Result<QString> name) {
            if (name && !name.value().isEmpty())
                return done(name.value());
            askWithSecret();
        });
        return;
    }
    if (place.accounts.isEmpty() || !m_vault)
        return askWithSecret();
    const GitLabAccount& account = place.accounts.constFirst();
    AccountSession::Ptr asAccount =
        AccountSession::forAccount(account, *m_vault, m_clock, account.options(place.options));
    asAccount->open(this, [this, asAccount, userId, askWithSecret, done](Result<bool> opened) {
        if (!opened)
            return askWithSecret();
        asAccount->backend()->userName(userId, this, [asAccount, askWithSecret, done](Result<QString> name) {
            if (name && !name.value().isEmpty())
                return done(name.value());
            askWithSecret();
        });
    });
}

void LeakResponse::lookUpKeptCopies(const Place& place, Finding& finding) const
{
    if (!m_vault)
        return;
    QStringList identities;
    for (const GitLabAccount& account : place.accounts)
        identities << account.key;
    if (place.session && !place.session->identity().isEmpty())
        identities << place.session->identity();
    const GitCredentialMap gitMap(m_vault->settingsFile());
    for (const QString& identity : std::as_const(identities)) {
        if (m_vault->isSaved(identity, finding.token.id))
            finding.keychainIdentities << identity;
        finding.gitMappings << gitMap.entriesFor(identity, finding.token.id);
    }
}

void LeakResponse::revoke(QObject* context, Callback<AccessToken> done)
{
    if (!m_finding || m_secret.isEmpty())
        return deliverLater<AccessToken>(context, std::move(done),
                                         BackendError::make(BackendError::Kind::Validation,
                                                            tr("There is no identified token to revoke.")));
    const int index = m_finding->placeIndex;
    AccountSession::Ptr session = sessionFor(index);
    QPointer<QObject> guard(context);
    session->backend()->revokeBySecret(
        m_secret, this, [this, session, guard, done = std::move(done)](Result<AccessToken> result) {
            // The secret is of no further use once the token is revoked (or could not be).
            m_secret.wipe();
            if (result) {
                qCInfo(lcSession) << "Leak response: revoked token" << result.value().id;
                m_finding->token = result.value();
            }
            if (guard)
                done(std::move(result));
        });
}

void LeakResponse::forget(QObject* context, Callback<Forgotten> done)
{
    auto forgotten = std::make_shared<Forgotten>();
    if (!m_finding || !m_vault)
        return deliverLater<Forgotten>(context, std::move(done), *forgotten);
    const qint64 tokenId = m_finding->token.id;
    // Git hosts whose token has no keychain entry here: unmapped now; the others go with their entry.
    GitCredentialMap gitMap(m_vault->settingsFile());
    for (const GitCredentialMap::Entry& entry : std::as_const(m_finding->gitMappings)) {
        if (!m_finding->keychainIdentities.contains(entry.identity) && gitMap.remove(entry.host))
            ++forgotten->gitMappings;
    }
    QPointer<QObject> guard(context);
    const QStringList identities = m_finding->keychainIdentities;
    auto remaining = std::make_shared<int>(int(identities.size()));
    auto finishAll = [guard, forgotten, done]() {
        if (guard)
            done(*forgotten);
    };
    if (identities.isEmpty())
        return deliverLater<Forgotten>(context, std::move(done), *forgotten);
    for (const QString& identity : identities) {
        const int mapped = int(gitMap.entriesFor(identity, tokenId).size());
        m_vault->remove(identity, tokenId, this,
                        [forgotten, remaining, mapped, finishAll](Result<bool> removed) {
                            if (removed) {
                                ++forgotten->keychainEntries;
                                forgotten->gitMappings += mapped;
                            } else {
                                forgotten->keychainError = removed.error();
                            }
                            if (--*remaining == 0)
                                finishAll();
                        });
    }
    m_finding->keychainIdentities.clear();
    m_finding->gitMappings.clear();
}

} // namespace TokenDesk
