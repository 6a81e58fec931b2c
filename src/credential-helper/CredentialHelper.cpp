#include "CredentialHelper.h"

#include "Logging.h"
#include "SecretVault.h"

namespace TokenDesk {

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

CredentialHelper::CredentialHelper(SecretVault* vault, GitCredentialMap map, QObject* parent)
    : QObject(parent), m_vault(vault), m_map(std::move(map))
{}

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
        request.isHttps() ? m_map.get(request.host()) : std::nullopt;
    if (!entry) {
        answerLater({}, std::move(done));
        return;
    }
    const QString username = request.username().isEmpty() ? entry->username : QString();
    const QString host = entry->host;
    const qint64 tokenId = entry->tokenId;
    m_vault->load(entry->identity, tokenId, this,
                  [username, host, tokenId, done = std::move(done)](Result<Secret> loaded) {
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
                      if (!username.isEmpty())
                          reply.output += "username=" + username.toUtf8() + '\n';
                      QByteArray secret = loaded.value().utf8();
                      reply.output += "password=" + secret + '\n';
                      secureWipe(secret);
                      loaded.value().wipe();
                      done(reply);
                  });
}

void CredentialHelper::erase(const GitCredentialRequest& request, std::function<void(Reply)> done)
{
    const std::optional<GitCredentialMap::Entry> entry =
        request.isHttps() ? m_map.get(request.host()) : std::nullopt;
    if (!entry) {
        answerLater({}, std::move(done));
        return;
    }
    const Secret rejected = request.password();
    if (rejected.isEmpty()) {
        m_map.remove(entry->host);
        answerLater({}, std::move(done));
        return;
    }
    // git tells every helper about a refused credential; only forget the host when it refused ours.
    const QString host = entry->host;
    m_vault->load(entry->identity, entry->tokenId, this,
                  [this, host, rejected, done = std::move(done)](Result<Secret> loaded) {
                      if (loaded && !(loaded.value() == rejected)) {
                          qCInfo(lcKeychain)
                              << "git refused another helper's credential for" << host << "; keeping ours";
                      } else {
                          m_map.remove(host);
                      }
                      done({});
                  });
}

} // namespace TokenDesk
