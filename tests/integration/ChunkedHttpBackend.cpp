#include "ChunkedHttpBackend.h"

#include <QTcpSocket>
#include <QTimer>

namespace TokenDesk::Test {

namespace {

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

ChunkedHttpBackend::ChunkedHttpBackend(QByteArray body, int cutOffAnswers)
    : m_body(std::move(body)), m_cutOffAnswers(cutOffAnswers)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this]() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { answer(socket); });
        }
    });
}

bool ChunkedHttpBackend::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ChunkedHttpBackend::answer(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("request", QByteArray());
    const bool cutOff = m_requests++ < m_cutOffAnswers;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                  "Connection: close\r\n\r\n");
    if (!cutOff) {
        socket->write(chunk(m_body) + chunk({}));
        socket->disconnectFromHost();
        return;
    }
    socket->write(chunk(m_body.left(m_body.size() / 2)));
    socket->flush();
    // Long enough for a proxy to pass the headers and the first half on before the connection drops.
    QTimer::singleShot(150, socket, [socket]() { socket->abort(); });
}

} // namespace TokenDesk::Test
