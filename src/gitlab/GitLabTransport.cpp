#include "GitLabTransport.h"

#include "GitLabNetworkAccessManager.h"
#include "GitLabParser.h"
#include "GitLabUrls.h"
#include "Logging.h"
#include "OneShotBody.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

using ErrorKind = BackendError::Kind;

// Errors below the HTTP layer (connection, TLS, timeout, proxy); Qt's codes from 200 up describe HTTP
// statuses (400 is ProtocolInvalidOperationError, for one), which the status code tells better.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return error != QNetworkReply::NoError && code < 200;
}

// The request surely never reached the server.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

GitLabTransport::GitLabTransport(const QUrl& apiBase, Secret accessToken, const Clock& clock,
                                 const GitLabOptions& options, QObject* parent)
    : QObject(parent), m_apiBase(apiBase), m_clock(clock), m_options(options)
{
    // Plain http (loopback only) needs no TLS: loading the TLS backend and the system's certificates
    // would only slow the start down.
    if (apiBase.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 || !m_options.caFile.isEmpty()) {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            m_caFileError = tr("The CA file cannot be used: %1")
                                .arg(GitLabUrls::caFileProblem(m_options.caFile)
                                         .value_or(tr("it holds no PEM certificate.")));
        m_ssl->addCaCertificates(certificates);
    }
    m_nam = new GitLabNetworkAccessManager(m_apiBase, std::move(accessToken), m_options.authHeader, this);
}

GitLabTransport::GitLabTransport(GitLabTransport& shared, QObject* parent, Connections connections)
    : QObject(parent), m_apiBase(shared.m_apiBase), m_clock(shared.m_clock), m_options(shared.m_options),
      m_caFileError(shared.m_caFileError), m_ssl(shared.m_ssl), m_nam(shared.m_nam)
{
    if (m_nam && connections == Connections::Own) {
        // Qt opens at most six HTTP/1.1 connections per host and manager: another manager is another six.
        auto* own = new GitLabNetworkAccessManager(m_apiBase, Secret(), m_options.authHeader, this);
        own->useCredentialsOf(m_nam);
        m_nam = own;
        return;
    }
    if (m_nam) {
        // The replies are the manager's children: they go with it, and this transport forgets them.
        connect(m_nam, &QObject::destroyed, this, [this]() { m_readsInFlight.clear(); });
    }
}

GitLabTransport::~GitLabTransport()
{
    const auto inFlight = std::exchange(m_readsInFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

QUrl GitLabTransport::apiUrl(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    return GitLabUrls::apiUrl(m_apiBase, path, query);
}

BackendError GitLabTransport::cancelledError()
{
    return BackendError::make(ErrorKind::Cancelled, tr("Cancelled."));
}

void GitLabTransport::setCredential(Secret credential)
{
    if (m_nam)
        m_nam->setCredential(std::move(credential));
}

int GitLabTransport::addCredential(Secret credential)
{
    return m_nam ? m_nam->addCredential(std::move(credential)) : 0;
}

void GitLabTransport::removeCredential(int key)
{
    if (m_nam)
        m_nam->removeCredential(key);
}

void GitLabTransport::cancelReads()
{
    const auto inFlight = std::exchange(m_readsInFlight, {});
    const auto waiting = std::exchange(m_readsWaiting, {});
    for (const auto& cancelOne : inFlight)
        cancelOne();
    for (const auto& cancelOne : waiting)
        cancelOne();
}

void GitLabTransport::send(Request call, ReplyHandler handler)
{
    if (!m_nam) {
        QMetaObject::invokeMethod(
            this,
            [handler, host = call.url.host()]() {
                Reply r;
                r.error =
                    BackendError::make(ErrorKind::Network, tr("The connection to %1 was closed.").arg(host));
                handler(r);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("TokenDesk"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (call.credential != 0)
        request.setAttribute(GitLabNetworkAccessManager::CredentialAttribute, call.credential);
    if (call.url.scheme() == QLatin1String("https") && m_ssl)
        request.setSslConfiguration(*m_ssl);
    // Qt 6.4 never finishes requests it queued on an HTTP/2 connection the server is closing (GOAWAY):
    // they hang until the transfer timeout (TestGitLabHttp2::connectionEndedByTheServerMidListing...).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qCDebug(lcGitLab) << call.verb.constData() << call.url.path() << "attempt" << call.tries.attempt;

    QNetworkReply* reply = nullptr;
    if (call.isRead()) {
        reply = m_nam->get(request);
    } else {
        // Changes go out with a body Qt cannot rewind, so Qt cannot send them twice by itself.
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(call.body);
        reply = m_nam->sendCustomRequest(request, call.verb, body);
        body->setParent(reply);
    }
    if (call.isRead()) {
        m_readsInFlight.insert(reply, [this, reply, handler]() {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            QMetaObject::invokeMethod(
                this,
                [handler]() {
                    Reply r;
                    r.error = cancelledError();
                    handler(r);
                },
                Qt::QueuedConnection);
        });
    }
    // A change outlives a transport that shares its manager and is destroyed meanwhile: the reply goes once
    // done.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    auto stopped = std::make_shared<Stopped>(Stopped::No);
    watchLimits(reply, stopped);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, handler, stopped]() { onFinished(reply, call, handler, *stopped); });
}

void GitLabTransport::watchLimits(QNetworkReply* reply, const std::shared_ptr<Stopped>& stopped)
{
    // Qt's transfer timeout starts again with every byte: a server that sends one now and then would
    // keep the request open for ever. The deadline counts from the start, whatever comes meanwhile.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, stopped]() {
        if (reply->isFinished())
            return;
        *stopped = Stopped::Deadline;
        reply->abort();
    });
    deadline->start(std::max(1, m_options.timeoutMs));

    const qint64 cap = m_options.maxBodyBytes;
    const auto stopIfTooLarge = [reply, stopped, cap](qint64 size) {
        if (size <= cap || reply->isFinished() || *stopped != Stopped::No)
            return;
        *stopped = Stopped::TooLarge;
        reply->abort();
    };
    // A Content-Length over the cap ends the reply before its body is read.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stopIfTooLarge]() {
        const QByteArray length = reply->rawHeader("Content-Length");
        if (length.isEmpty())
            return;
        const auto announced = GitLabParser::headerCount(length, std::numeric_limits<qint64>::max());
        stopIfTooLarge(announced.value_or(std::numeric_limits<qint64>::max())); // unreadable: refused
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [stopIfTooLarge](qint64 received, qint64 total) { stopIfTooLarge(std::max(received, total)); });
    connect(reply, &QNetworkReply::readyRead, reply,
            [reply, stopIfTooLarge]() { stopIfTooLarge(reply->bytesAvailable()); });
}

void GitLabTransport::retryLater(Request call, ReplyHandler handler, qint64 delayMs)
{
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_readsWaiting.insert(timer, [this, timer, handler]() {
        timer->stop();
        timer->deleteLater();
        QMetaObject::invokeMethod(
            this,
            [handler]() {
                Reply r;
                r.error = cancelledError();
                handler(r);
            },
            Qt::QueuedConnection);
    });
    connect(timer, &QTimer::timeout, this, [this, timer, call, handler]() {
        m_readsWaiting.remove(timer);
        timer->deleteLater();
        send(call, handler);
    });
    timer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, 3600000)));
}

void GitLabTransport::onFinished(QNetworkReply* reply, Request call, ReplyHandler handler, Stopped stopped)
{
    m_readsInFlight.remove(reply);
    reply->deleteLater();
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);

    Reply r;
    r.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (stopped == Stopped::TooLarge) {
        // The same request would get the same answer: not retried. A change may have been applied.
        const QString cap = QLocale().formattedDataSize(m_options.maxBodyBytes, 0);
        qCInfo(lcGitLab) << "reply to" << call.verb.constData() << call.url.path() << "over" << cap;
        r.error = BackendError::make(ErrorKind::Server,
                                     tr("The reply from %1 is larger than %2, more than any GitLab answer "
                                        "TokenDesk asks for; it stopped reading it.")
                                         .arg(call.url.host(), cap));
        r.outcomeUnknown = !call.isRead();
        handler(r);
        return;
    }
    if (stopped == Stopped::No) // an aborted reply has nothing left to read
        r.body = reply->readAll();
    // Create and rotate replies hold a secret: wipe the body once every handler is done with it.
    const auto wipeBody = qScopeGuard([&r]() { secureWipe(r.body); });
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    qCDebug(lcGitLab) << "answer" << r.status << "to" << call.verb.constData() << call.url.path() << "with"
                      << r.body.size() << "bytes";

    bool truncated = false;
    if (!isTransportError(error) && r.hasHeader("content-length") && !r.hasHeader("content-encoding")) {
        bool ok = false;
        const qint64 expected = r.header("content-length").toLongLong(&ok);
        truncated = ok && expected != r.body.size();
    }
    const QString host = call.url.host();

    // A body cut off after a success status arrives as an error code from 200 up (over HTTP/2,
    // InternalServerError), with no Content-Length to compare against.
    const bool brokenAfterStatus = error != QNetworkReply::NoError && r.status > 0 && r.status < 400;
    if (isTransportError(error) || r.status == 0 || truncated || brokenAfterStatus) {
        const auto retry = GitLabRetryPolicy::afterBrokenReply(call.verb, error, call.tries, m_options);
        if (retry.retry) {
            qCInfo(lcGitLab) << "retrying" << call.url.path() << "after network error" << error;
            call.tries = retry.next;
            retryLater(call, handler, retry.delayMs);
            return;
        }
        QString message;
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            message =
                tr("%1 did not answer within %n second(s).", nullptr, (m_options.timeoutMs + 999) / 1000)
                    .arg(host);
        else if (error == QNetworkReply::ConnectionRefusedError)
            message = tr("Could not connect to %1 (connection refused).").arg(host);
        else if (error == QNetworkReply::HostNotFoundError)
            message = tr("The host %1 was not found.").arg(host);
        else if (error == QNetworkReply::SslHandshakeFailedError)
            message =
                tr("The secure connection to %1 failed: its certificate is not trusted or does not match "
                   "the host. If the instance uses a private certificate authority, give its CA file.")
                    .arg(host);
        else if (r.status > 0)
            message = tr("The reply from %1 was cut off before it was complete.").arg(host);
        else if (error == QNetworkReply::RemoteHostClosedError ||
                 error == QNetworkReply::ContentReSendError || error == QNetworkReply::NoError)
            message = tr("The connection to %1 broke before the reply came.").arg(host);
        else
            message = tr("Network error talking to %1: %2.").arg(host, reply->errorString());
        const bool cutOff = r.status > 0 && error != QNetworkReply::OperationCanceledError &&
                            error != QNetworkReply::TimeoutError;
        r.error = BackendError::make(cutOff ? ErrorKind::Server : ErrorKind::Network, message);
        if (error == QNetworkReply::SslHandshakeFailedError)
            r.error->remedy = BackendError::Remedy::TrustCertificate;
        r.outcomeUnknown = !call.isRead() && !neverSent(error);
        handler(r);
        return;
    }

    if (r.status >= 300 && r.status < 400) {
        const QUrl target = call.url.resolved(QUrl::fromEncoded(r.header("location")));
        if (target.isValid() && !r.header("location").isEmpty() &&
            GitLabNetworkAccessManager::sameOrigin(target, call.url) && call.isRead() && call.redirects < 3) {
            call.url = target;
            call.redirects++;
            send(call, handler);
            return;
        }
        r.error = BackendError::make(
            ErrorKind::Server,
            tr("The server redirected the request to %1. TokenDesk does not follow redirects "
               "to another address, "
               "so the access token was not sent there. Check the instance URL (https://, the "
               "final host name).")
                .arg(target.isValid() ? GitLabUrls::originText(target) : tr("an unknown address")));
        r.error->httpStatus = r.status;
        handler(r);
        return;
    }

    const auto retry = GitLabRetryPolicy::afterStatus(call.verb, r.status, r.headers, m_clock.nowUtc(),
                                                      call.tries, m_options);
    if (r.status == 429) {
        if (retry.retry) {
            qCInfo(lcGitLab) << "rate limited; waiting" << retry.delayMs << "ms";
            call.tries = retry.next;
            retryLater(call, handler, retry.delayMs);
            return;
        }
        const int seconds = static_cast<int>((retry.delayMs + 999) / 1000);
        r.error = BackendError::make(ErrorKind::RateLimited,
                                     call.isRead() ? tr("GitLab is limiting requests (429 Too Many Requests) "
                                                        "longer than TokenDesk waits. Try again "
                                                        "in %n second(s).",
                                                        nullptr, seconds)
                                                   : tr("GitLab is limiting requests (429 Too Many "
                                                        "Requests); nothing was changed. Try again in %n "
                                                        "second(s).",
                                                        nullptr, seconds));
        r.error->httpStatus = 429;
        handler(r);
        return;
    }

    if (r.status >= 500) {
        if (retry.retry) {
            qCInfo(lcGitLab) << "retrying" << call.url.path() << "after HTTP" << r.status;
            call.tries = retry.next;
            retryLater(call, handler, retry.delayMs);
            return;
        }
        r.error = GitLabParser::error(r.status, r.body);
        r.outcomeUnknown = !call.isRead();
        handler(r);
        return;
    }
    if (r.status >= 400) {
        r.error = GitLabParser::error(r.status, r.body);
        if (r.status == 401 && call.credential == 0)
            r.error->remedy = BackendError::Remedy::Reconnect;
        handler(r);
        return;
    }
    if (r.status < 200) {
        r.error = GitLabParser::malformed();
        r.outcomeUnknown = !call.isRead();
    }
    handler(r);
}

} // namespace TokenDesk
