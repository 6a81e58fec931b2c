#include "CredentialHelper.h"

#include "Clock.h"
#include "Logging.h"
#include "SecretVault.h"

#include <QDateTime>

namespace TokenDesk {

namespace {

// git reads one "key=value" per line: a value with a line break or a NUL would add or cut attributes.
bool breaksTheProtocol(const QByteArray& value)
{
    return value.contains('\n') || value.contains('\r') || value.contains('\0');
}

} // namespace

CredentialHelper::Action CredentialHelper::parseAction(const QString& argument)
{
    if (argument == QLatin1String("get"))
        return Action::Get;
    if (argument == QLatin1String("store"))
        return Action::Store;
    if (argument == QLatin1String("erase"))
        return Action::Erase;
    return Action::Unknown;
}

CredentialHelper::CredentialHelper(SecretVault* vault, GitCredentialMap map, const Clock& clock,
                                   QObject* parent)
    : QObject(parent), m_vault(vault), m_map(std::move(map)), m_clock(clock)
{}

QByteArray CredentialHelper::expiryAttribute(QDate expiresAt)
{
    const qint64 seconds = expiresAt.startOfDay(Qt::UTC).toSecsSinceEpoch();
    return "password_expiry_utc=" + QByteArray::number(seconds) + '\n';
}

QString CredentialHelper::expiryWarning(const GitCredentialMap::Entry& entry, QDate todayUtc)
{
    const QDate expiresAt = entry.token.expiresAt;
    if (!expiresAt.isValid())
        return {};
    const qint64 daysLeft = todayUtc.daysTo(expiresAt);
    if (daysLeft > WarningDays)
        return {};
    const QString token =
        entry.token.name.isEmpty()
            ? tr("token %1").arg(entry.tokenId)
            : tr("token “%1” (ID %2)").arg(entry.token.name, QString::number(entry.tokenId));
    const QString date = expiresAt.toString(Qt::ISODate);
    // GitLab counts a token whose date is today as expired.
    if (daysLeft <= 0)
        return tr("warning: the %1 that git uses for %2 expired on %3 (at 00:00 UTC); rotate it in "
                  "TokenDesk.")
            .arg(token, entry.host, date);
    return tr("warning: the %1 that git uses for %2 expires on %3 (at 00:00 UTC), in %n day(s); rotate "
              "it in TokenDesk.",
              nullptr, int(daysLeft))
        .arg(token, entry.host, date);
}

void CredentialHelper::handle(Action action, const GitCredentialRequest& request,
                              std::function<void(Reply)> done)
{
    switch (action) {
    case Action::Get:
        get(request, std::move(done));
        return;
    case Action::Erase:
        erase(request, std::move(done));
        return;
    case Action::Store:
    case Action::Unknown:
        // git-credential(1): ignore store here (we never keep git's credentials) and unknown actions.
        answerLater({}, std::move(done));
        return;
    }
}

void CredentialHelper::answerLater(Reply reply, std::function<void(Reply)> done)
{
    QMetaObject::invokeMethod(
        this, [reply = std::move(reply), done = std::move(done)]() { done(reply); }, Qt::QueuedConnection);
}

void CredentialHelper::get(const GitCredentialRequest& request, std::function<void(Reply)> done)
{
    const std::optional<GitCredentialMap::Entry> entry =
        request.isHttps() && !request.isMalformed() ? m_map.get(request.host()) : std::nullopt;
    if (!entry) {
        answerLater({}, std::move(done));
        return;
    }
    const QString username = request.username().isEmpty() ? entry->username : QString();
    const QString host = entry->host;
    const qint64 tokenId = entry->tokenId;
    const QDate expiresAt = entry->token.expiresAt;
    const QString warning = expiryWarning(*entry, m_clock.todayUtc());
    m_vault->load(
        entry->identity, tokenId, this,
        [username, host, tokenId, expiresAt, warning, done = std::move(done)](Result<Secret> loaded) {
            Reply reply;
            if (!loaded) {
                reply.exitCode = 1;
                reply.error = tr("cannot answer for %1 with token %2: %3")
                                  .arg(host)
                                  .arg(tokenId)
                                  .arg(loaded.error().message);
                done(reply);
                return;
            }
            QByteArray secret = loaded.value().utf8();
            if (breaksTheProtocol(secret) || breaksTheProtocol(username.toUtf8())) {
                secureWipe(secret);
                loaded.value().wipe();
                reply.exitCode = 1;
                reply.error = tr("not answering for %1: the user name or the secret of token %2 "
                                 "holds a line break or a NUL, which git would misread.")
                                  .arg(host)
                                  .arg(tokenId);
                done(reply);
                return;
            }
            if (!username.isEmpty())
                reply.output += "username=" + username.toUtf8() + '\n';
            reply.output += "password=" + secret + '\n';
            if (expiresAt.isValid())
                reply.output += expiryAttribute(expiresAt);
            reply.warning = warning;
            secureWipe(secret);
            loaded.value().wipe();
            done(reply);
        });
}

void CredentialHelper::erase(const GitCredentialRequest& request, std::function<void(Reply)> done)
{
    const std::optional<GitCredentialMap::Entry> entry =
        request.isHttps() && !request.isMalformed() ? m_map.get(request.host()) : std::nullopt;
    const Secret rejected = request.password();
    if (!entry || rejected.isEmpty()) {
        // Without the rejected password there is no telling whether it was ours: keep the mapping.
        answerLater({}, std::move(done));
        return;
    }
    // git tells every helper about a refused credential; only forget the host when it refused ours.
    // A locked or missing keychain cannot tell: the mapping stays.
    const QString host = entry->host;
    m_vault->load(entry->identity, entry->tokenId, this,
                  [this, host, rejected, done = std::move(done)](Result<Secret> loaded) {
                      if (loaded && loaded.value() == rejected) {
                          m_map.remove(host);
                      } else if (loaded) {
                          qCInfo(lcKeychain)
                              << "git refused another helper's credential for" << host << "; keeping ours";
                      } else {
                          qCInfo(lcKeychain) << "cannot compare git's refused credential for" << host
                                             << "with ours; keeping the mapping";
                      }
                      done({});
                  });
}

} // namespace TokenDesk
