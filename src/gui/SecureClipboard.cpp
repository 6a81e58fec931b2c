#include "SecureClipboard.h"

#include "Logging.h"
#include "Secret.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr int DigestKeyWords = 8;

QClipboard* systemClipboard()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::clipboard()
                                                                        : nullptr;
}

} // namespace

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent), m_clearTimer(new QTimer(this))
{
    m_clearTimer->setSingleShot(true);
    m_clearTimer->setInterval(DefaultClearDelay);
    connect(m_clearTimer, &QTimer::timeout, this, &SecureClipboard::clearIfOurs);
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearIfOurs);

    quint32 key[DigestKeyWords];
    QRandomGenerator::system()->fillRange(key);
    m_key = QByteArray(reinterpret_cast<const char*>(key), sizeof key);
    secureZero(key, sizeof key);
}

SecureClipboard::~SecureClipboard()
{
    clearIfOurs();
    secureWipe(m_key);
}

void SecureClipboard::setClearDelay(std::chrono::milliseconds delay)
{
    m_clearTimer->setInterval(delay);
}

std::chrono::milliseconds SecureClipboard::clearDelay() const
{
    return m_clearTimer->intervalAsDuration();
}

QByteArray SecureClipboard::digest(const QByteArray& utf8) const
{
    return QMessageAuthenticationCode::hash(utf8, m_key, QCryptographicHash::Sha256);
}

void SecureClipboard::copy(const Secret& secret)
{
    QClipboard* clipboard = systemClipboard();
    if (clipboard == nullptr || secret.isEmpty())
        return;

    QByteArray utf8 = secret.utf8();
    m_digest = digest(utf8);
    secureWipe(utf8);

    auto* mime = new QMimeData;
    mime->setText(secret.toString());
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArrayLiteral("secret"));
#elif defined(Q_OS_WIN)
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArray(4, '\0'));
#endif
    clipboard->setMimeData(mime, QClipboard::Clipboard);

    if (m_clearTimer->interval() > 0)
        m_clearTimer->start();
    qCDebug(lcGui) << "Secret copied to the clipboard; clearing in" << m_clearTimer->interval() << "ms";
    Q_EMIT copied();
}

bool SecureClipboard::holdsOurSecret() const
{
    QClipboard* clipboard = systemClipboard();
    if (clipboard == nullptr || m_digest.isEmpty())
        return false;
    const QMimeData* mime = clipboard->mimeData(QClipboard::Clipboard);
    if (mime == nullptr || !mime->hasText())
        return false;
    QString text = mime->text();
    QByteArray utf8 = text.toUtf8();
    const bool ours = digest(utf8) == m_digest;
    secureWipe(utf8);
    secureWipe(text);
    return ours;
}

bool SecureClipboard::isClearPending() const
{
    return m_clearTimer->isActive();
}

void SecureClipboard::clearIfOurs()
{
    m_clearTimer->stop();
    if (m_digest.isEmpty())
        return;
    const bool ours = holdsOurSecret();
    m_digest.clear();
    if (!ours) {
        qCDebug(lcGui) << "Clipboard changed since our copy; leaving it alone";
        return;
    }
    if (QClipboard* clipboard = systemClipboard())
        clipboard->clear(QClipboard::Clipboard);
    qCDebug(lcGui) << "Secret cleared from the clipboard";
    Q_EMIT cleared();
}

} // namespace TokenDesk
