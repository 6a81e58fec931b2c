#pragma once

#include <QByteArray>
#include <QIODevice>

namespace TokenDesk {

// A request body that can be read once and never rewound. Qt resends a request on its own when the
// server closes the connection before answering; it cannot do that with a body it cannot rewind, so
// a create, rotate or revoke sent with this body reaches the server at most once.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace TokenDesk
