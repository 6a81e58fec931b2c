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

namespace {

// A QByteArray with an allocation of its own, never shared with `source`.
QByteArray ownCopy(const QByteArray& source)
{
    return QByteArray(source.constData(), source.size());
}

} // namespace

Secret::Secret(QByteArray utf8) : m_buffer(std::make_unique<Buffer>())
{
    if (utf8.isDetached()) {
        m_buffer->bytes = std::move(utf8);
    } else {
        m_buffer->bytes = ownCopy(utf8);
    }
}

Secret::Secret(const Secret& other)
{
    if (other.m_buffer) {
        m_buffer = std::make_unique<Buffer>();
        m_buffer->bytes = ownCopy(other.m_buffer->bytes);
    }
}

Secret& Secret::operator=(const Secret& other)
{
    if (this != &other) {
        Secret copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Secret::Secret(Secret&& other) noexcept : m_buffer(std::move(other.m_buffer)) {}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other)
        m_buffer = std::move(other.m_buffer); // the old buffer wipes itself as it goes
    return *this;
}

Secret::Secret() = default;
Secret::~Secret() = default;

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
    return m_buffer ? ownCopy(m_buffer->bytes) : QByteArray();
}

QString Secret::toString() const
{
    return m_buffer ? QString::fromUtf8(m_buffer->bytes) : QString();
}

void Secret::wipe()
{
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
