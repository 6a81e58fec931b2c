#include "OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace TokenDesk {

OneShotBody::OneShotBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (n <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(n));
    m_position += n;
    return n;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace TokenDesk
