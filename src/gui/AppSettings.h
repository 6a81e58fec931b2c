#pragma once

#include <QByteArray>
#include <QString>

namespace TokenDesk {

// The user's preferences, kept with QSettings. Never holds a secret.
class AppSettings
{
public:
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int MinClipboardClearSeconds = 5;
    static constexpr int MaxClipboardClearSeconds = 600;

    static int clipboardClearSeconds();
    static void setClipboardClearSeconds(int seconds);

    static bool autoSaveToKeychain();
    static void setAutoSaveToKeychain(bool enabled);

    // A code of shippedLanguages() (Translations.h), or empty to follow the system's language. Read at
    // start by the window, tokendesk-cli and git-credential-tokendesk (languageOverride()).
    static QString languageOverride();
    static void setLanguageOverride(const QString& code);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
};

} // namespace TokenDesk
