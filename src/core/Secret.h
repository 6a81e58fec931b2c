#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace TokenDesk {

// The plaintext of a token. Each Secret owns its bytes alone: a copy is a deep copy in a buffer of its own,
// and a move hands the buffer over (the source is left empty). wipe() and the destructor overwrite only
// this Secret's buffer with zeros, so wiping one never empties a copy that something else still uses
// (the one-time dialog wiping its secret while a backend signs in with the same token, or while the
// keychain has yet to save it). It has no streaming or debug output on purpose.
class Secret
{
public:
    Secret();
    explicit Secret(QByteArray utf8);
    static Secret fromString(const QString& text);

    Secret(const Secret& other);
    Secret& operator=(const Secret& other);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    ~Secret();

    bool isEmpty() const;
    QByteArray utf8() const;  // a copy the caller must not keep longer than needed
    QString toString() const; // likewise, for showing in the one-time dialog or on the clipboard
    // Wipes this Secret's own buffer; copies keep theirs.
    void wipe();

    friend bool operator==(const Secret& a, const Secret& b);

private:
    struct Buffer;
    std::unique_ptr<Buffer> m_buffer;
};

// Overwrites the bytes of a buffer in a way the optimizer keeps.
void secureZero(void* data, size_t size);
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace TokenDesk
