#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

class QTimer;

namespace TokenDesk {

class Secret;

// Puts secrets on the system clipboard the way password managers do: marked as secret for clipboard
// managers, and cleared after a delay, on destruction and when the application quits, but only while
// the clipboard still holds what we put there. Remembers a keyed digest of that text, never the text.
class SecureClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultClearDelay{std::chrono::seconds(30)};

    explicit SecureClipboard(QObject* parent = nullptr);
    ~SecureClipboard() override;

    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;

    void copy(const Secret& secret);
    void clearIfOurs();
    // True while the clipboard holds the last secret copied through this object.
    bool holdsOurSecret() const;
    bool isClearPending() const;

Q_SIGNALS:
    void copied();
    void cleared();

private:
    QByteArray digest(const QByteArray& utf8) const;

    QTimer* m_clearTimer;
    QByteArray m_key;
    QByteArray m_digest;
};

} // namespace TokenDesk
