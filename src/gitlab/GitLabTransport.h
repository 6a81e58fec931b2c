#pragma once

#include "BackendError.h"
#include "Clock.h"
#include "GitLabOptions.h"
#include "GitLabRetryPolicy.h"
#include "Secret.h"

#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace TokenDesk {

class GitLabNetworkAccessManager;

// Sends requests to one GitLab instance and hands back what came of them: the access token joins only
// requests to the instance's own origin, reads are retried as GitLabRetryPolicy says, same-origin
// redirects of reads are followed (three at most), every request ends by its deadline (the timeout of
// the options, however slowly its reply trickles in), no reply is read past maxBodyBytes, and every
// failure becomes a BackendError a user can act on. Reads in flight can be cancelled; writes cannot.
class GitLabTransport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Request(QByteArray v, QUrl u, QByteArray b = {})
            : verb(std::move(v)), url(std::move(u)), body(std::move(b))
        {}

        QByteArray verb;
        QUrl url;
        QByteArray body;
        int credential = 0; // from addCredential(); 0: the account's access token
        int redirects = 0;
        GitLabRetryPolicy::Tries tries;

        bool isRead() const { return verb == "GET"; }
    };

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        std::optional<BackendError> error;
        bool outcomeUnknown = false; // a change that may have been applied although no answer came

        bool hasHeader(const char* name) const { return headers.contains(QByteArray(name)); }
        QByteArray header(const char* name) const { return headers.value(QByteArray(name)).trimmed(); }
    };
    using ReplyHandler = std::function<void(const Reply&)>;

    // apiBase: the instance's https://host[/path]/api/v4.
    GitLabTransport(const QUrl& apiBase, Secret accessToken, const Clock& clock, const GitLabOptions& options,
                    QObject* parent = nullptr);
    enum class Connections
    {
        Shared, // the connections of `shared`: at most six at once over HTTP/1.1
        Own     // a pool of connections of its own (six more), signed with the credentials of `shared`
    };
    // A transport over the connection (and credential) of `shared`, with reads of its own: its
    // cancelReads() and its destruction end only its own requests. Once `shared` is gone it answers every
    // request with a network error.
    explicit GitLabTransport(GitLabTransport& shared, QObject* parent = nullptr,
                             Connections connections = Connections::Shared);
    ~GitLabTransport() override;

    // Why the CA file of the options cannot be used; nullopt when there is none or it is fine.
    std::optional<QString> caFileError() const { return m_caFileError; }
    QUrl apiUrl(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;

    // The handler runs once, always from the event loop.
    void send(Request request, ReplyHandler handler);
    // Reads in flight or waiting to be retried answer Kind::Cancelled and send nothing more.
    void cancelReads();

    // The account's credential, e.g. after rotating the token the backend signs in with.
    void setCredential(Secret credential);
    // A one-off credential for Request::credential (identify); removeCredential() once answered.
    int addCredential(Secret credential);
    void removeCredential(int key);

    static BackendError cancelledError();

private:
    // Why TokenDesk itself ended a reply before it was complete.
    enum class Stopped
    {
        No,
        Deadline,
        TooLarge
    };

    void watchLimits(QNetworkReply* reply, const std::shared_ptr<Stopped>& stopped);
    void onFinished(QNetworkReply* reply, Request request, ReplyHandler handler, Stopped stopped);
    void retryLater(Request request, ReplyHandler handler, qint64 delayMs);

    QUrl m_apiBase;
    const Clock& m_clock;
    GitLabOptions m_options;
    std::optional<QString> m_caFileError;
    std::optional<QSslConfiguration> m_ssl;     // https only: even an empty one loads the TLS backend
    QPointer<GitLabNetworkAccessManager> m_nam; // this transport's own, or the one it shares
    QHash<QNetworkReply*, std::function<void()>> m_readsInFlight;
    QHash<QTimer*, std::function<void()>> m_readsWaiting;
};

} // namespace TokenDesk
