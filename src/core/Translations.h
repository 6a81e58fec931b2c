#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace TokenDesk {

// A language TokenDesk's programs are translated into (English is the source language).
struct UiLanguage
{
    QString code; // the .ts/.qm suffix and QLocale name: "de", "fr", "ja", "zh_CN", "ar"; "en" for English
    QString nativeName; // the language's name in itself, for the Preferences list: "Deutsch", "日本語", …
};

// English first, then every shipped translation.
QList<UiLanguage> shippedLanguages();

// The user's choice in Preferences, shared by the window, the CLI and the git helper: a code of
// shippedLanguages(), or empty to follow the system. Kept under LanguageSettingKey in TokenDesk's
// settings file (the one the window's AppSettings writes).
inline constexpr char LanguageSettingKey[] = "ui/language";
QString languageOverride();

// The shipped language a list of locale names (as in LANGUAGE, LC_ALL, LC_MESSAGES or LANG: "de_AT.UTF-8",
// "zh_CN", "pt_BR@latin") asks for, as gettext reads them: the first entry naming a shipped language
// wins ("de_AT" is German, "zh_SG" Simplified Chinese, "zh_TW" none), unshipped ones are skipped, and
// "C" or "POSIX" stops at the untranslated source. Returns the locale of the winning entry (its
// territory kept: de_AT writes Austrian dates), or QLocale::c() when none wins.
QLocale shippedLocaleFor(const QStringList& localeNames);

// The code in shippedLanguages() that speaks locale, or "en" (also for the C locale).
QString shippedLanguageCode(const QLocale& locale);

// The language the programs speak: the override when set, else the system's, with gettext's rules
// (which Qt's QLocale::system() follows only in part): LANGUAGE, a colon-separated list of preferences,
// comes first unless the locale itself is C or POSIX (LANGUAGE is ignored then); else LC_ALL, then
// LC_MESSAGES, then LANG. A language TokenDesk does not ship falls back to English, written as the
// C locale (ISO dates) unless the user asked for English by name (en_GB writes British dates).
QLocale uiLocale();

// Installs, for uiLocale(): TokenDesk's English plural forms underneath, Qt's own translations
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, Debian's qt6-translations-l10n) and
// tokendesk_<lang>.qm; a folder named by $TOKENDESK_TRANSLATION_DIR is searched before the embedded
// :/i18n (so a translator can try a .qm without rebuilding). Makes uiLocale() the default QLocale, so
// the window formats dates in it. Output meant for scripts (--json, exit codes) never goes through tr().
void installTranslations(QCoreApplication& app);

} // namespace TokenDesk
