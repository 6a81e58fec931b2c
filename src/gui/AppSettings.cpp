#include "AppSettings.h"

#include "PrivateFiles.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

const QString ClipboardClearSecondsKey = u"clipboard/clearSeconds"_s;
const QString AutoSaveToKeychainKey = u"keychain/autoSaveNewTokens"_s;
const QString WindowGeometryKey = u"window/geometry"_s;
const QString WindowStateKey = u"window/state"_s;

bool named()
{
    return !QCoreApplication::organizationName().isEmpty();
}

// The settings file is the user's alone: owner-only file and folder before QSettings first writes it
// (QSettings keeps the permissions of a file that exists), tightened when found looser.
void makePrivate(const QString& fileName)
{
    static QString checked; // the window's thread only
    if (fileName == checked)
        return;
    PrivateFiles::ensureSettingsFile(fileName);
    checked = fileName;
}

// The application's own settings when main() named it, else TokenDesk's (tests, tools).
QSettings openSettings()
{
    makePrivate(named() ? QSettings().fileName() : QSettings(u"TokenDesk"_s, u"TokenDesk"_s).fileName());
    if (!named())
        return QSettings(u"TokenDesk"_s, u"TokenDesk"_s);
    return QSettings();
}

} // namespace

int AppSettings::clipboardClearSeconds()
{
    bool ok = false;
    const int seconds =
        openSettings().value(ClipboardClearSecondsKey, DefaultClipboardClearSeconds).toInt(&ok);
    if (!ok)
        return DefaultClipboardClearSeconds;
    return std::clamp(seconds, MinClipboardClearSeconds, MaxClipboardClearSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    openSettings().setValue(ClipboardClearSecondsKey,
                            std::clamp(seconds, MinClipboardClearSeconds, MaxClipboardClearSeconds));
}

bool AppSettings::autoSaveToKeychain()
{
    return openSettings().value(AutoSaveToKeychainKey, false).toBool();
}

void AppSettings::setAutoSaveToKeychain(bool enabled)
{
    openSettings().setValue(AutoSaveToKeychainKey, enabled);
}

QString AppSettings::languageOverride()
{
    openSettings(); // the file private before anything reads it
    return TokenDesk::languageOverride();
}

void AppSettings::setLanguageOverride(const QString& code)
{
    QSettings settings = openSettings();
    if (code.isEmpty())
        settings.remove(QLatin1StringView(LanguageSettingKey));
    else
        settings.setValue(QLatin1StringView(LanguageSettingKey), code);
}

QByteArray AppSettings::windowGeometry()
{
    return openSettings().value(WindowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    openSettings().setValue(WindowGeometryKey, geometry);
}

QByteArray AppSettings::windowState()
{
    return openSettings().value(WindowStateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    openSettings().setValue(WindowStateKey, state);
}

} // namespace TokenDesk
