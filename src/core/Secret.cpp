#include "Secret.h"

#include <cstring>

namespace TokenDesk {

void secureZero(void* data, size_t size)
{
    if (data == nullptr || size == 0)
        return;
    volatile auto* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}

void secureWipe(QByteArray& bytes)
{
    if (bytes.isDetached())
        secureZero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (text.isDetached())
        secureZero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

struct Secret::Buffer
{
    QByteArray bytes;
    ~Buffer() { secureWipe(bytes); }
};

Secret::Secret(QByteArray utf8) : m_buffer(std::make_shared<Buffer>())
{
    m_buffer->bytes = std::move(utf8);
    m_buffer->bytes.detach();
}

Secret Secret::fromString(const QString& text)
{
    return Secret(text.toUtf8());
}

bool Secret::isEmpty() const
{
    return !m_buffer || m_buffer->bytes.isEmpty();
}

QByteArray Secret::utf8() const
{
    return m_buffer ? QByteArray(m_buffer->bytes.constData(), m_buffer->bytes.size()) : QByteArray();
}

QString Secret::toString() const
{
    return m_buffer ? QString::fromUtf8(m_buffer->bytes) : QString();
}

void Secret::wipe()
{
    if (m_buffer)
        secureWipe(m_buffer->bytes);
    m_buffer.reset();
}

bool operator==(const Secret& a, const Secret& b)
{
    const QByteArray empty;
    const QByteArray& x = a.m_buffer ? a.m_buffer->bytes : empty;
    const QByteArray& y = b.m_buffer ? b.m_buffer->bytes : empty;
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

} // namespace TokenDesk
