#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace TokenDesk::Test {

// nghttpx (Debian's nghttp2-proxy) in a child process: a TLS frontend on an ephemeral loopback port that
// offers h2 and http/1.1 through ALPN, in front of a plain HTTP/1.1 backend on loopback. Its access log
// records, for every request, the protocol the client negotiated; it never records a request header.
class Http2Proxy
{
public:
    struct LogEntry
    {
        QString alpn;     // "h2" or "http/1.1"
        QString protocol; // "HTTP/2" or "HTTP/1.1"
        int remotePort = 0;
        QString method;
        QString path;
        int status = 0;
    };

    Http2Proxy() = default;
    ~Http2Proxy();
    Http2Proxy(const Http2Proxy&) = delete;
    Http2Proxy& operator=(const Http2Proxy&) = delete;

    // The nghttpx program, or empty when it is not installed.
    static QString executable();

    // Starts the proxy with this certificate and key (and more nghttpx options); false (with
    // errorString()) when it cannot.
    bool start(int backendPort, const QString& certificateFile, const QString& keyFile,
               const QStringList& extraArguments = {});
    void stop();
    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QUrl url() const;
    QString accessLogPath() const;

    QList<LogEntry> accessLog() const;
    // The access log once it holds at least `count` entries (nghttpx writes a line when a stream ends,
    // which may be just after the client has its reply), or what it holds after timeoutMs.
    QList<LogEntry> waitForAccessLog(qsizetype count, int timeoutMs = 5000) const;

private:
    bool startOnFreePort(int backendPort, const QString& certificateFile, const QString& keyFile,
                         const QStringList& extraArguments);

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace TokenDesk::Test
