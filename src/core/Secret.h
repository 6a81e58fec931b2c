#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace TokenDesk {

// The plaintext of a token. Copies share one buffer, which is overwritten with zeros when the last
// copy goes away or wipe() is called. It has no streaming or debug output on purpose.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray utf8);
    static Secret fromString(const QString& text);

    bool isEmpty() const;
    QByteArray utf8() const;  // a copy the caller must not keep longer than needed
    QString toString() const; // likewise, for showing in the one-time dialog or on the clipboard
    // Wipes the shared buffer for every copy.
    void wipe();

    friend bool operator==(const Secret& a, const Secret& b);

private:
    struct Buffer;
    std::shared_ptr<Buffer> m_buffer;
};

// Overwrites the bytes of a buffer in a way the optimizer keeps.
void secureZero(void* data, size_t size);
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace TokenDesk
