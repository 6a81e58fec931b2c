#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace TokenDesk::Test {

// A loopback HTTP/1.1 server in this process that answers every request with `body` as JSON in chunked
// transfer encoding, so no Content-Length tells how long it is (as GitLab's gzip and chunked replies).
// The first `cutOffAnswers` answers stop halfway through the body: the connection is closed a moment
// after the status line, the headers and half the body went out.
class ChunkedHttpBackend
{
public:
    ChunkedHttpBackend(QByteArray body, int cutOffAnswers);

    bool listen();
    int port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    void answer(QTcpSocket* socket);

    QTcpServer m_server;
    QByteArray m_body;
    int m_cutOffAnswers = 0;
    int m_requests = 0;
};

} // namespace TokenDesk::Test
