#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QStringList& directories)
{
    for (const QString& directory : directories) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, u"_"_s, directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

// "de_AT.UTF-8@euro" -> "de_AT"
QString withoutCodeset(QString name)
{
    for (const QChar separator : {u'.', u'@'}) {
        const qsizetype at = name.indexOf(separator);
        if (at >= 0)
            name.truncate(at);
    }
    return name.trimmed();
}

bool sameLanguage(const QLocale& a, const QLocale& b)
{
    // Chinese is two written languages: Simplified (zh_CN, zh_SG) and Traditional (zh_TW, zh_HK).
    return a.language() == b.language() && (a.language() != QLocale::Chinese || a.script() == b.script());
}

std::optional<QString> shippedCodeOf(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return std::nullopt;
    for (const UiLanguage& language : shippedLanguages()) {
        if (sameLanguage(QLocale(language.code), locale))
            return language.code;
    }
    // A translation being tried out from $TOKENDESK_TRANSLATION_DIR (docs/TRANSLATING.md) counts as
    // shipped, so a new language can be run before it is built in.
    const QString tryOut = qEnvironmentVariable("TOKENDESK_TRANSLATION_DIR");
    const QString code = QLocale::languageToCode(locale.language());
    if (!tryOut.isEmpty() && QFileInfo::exists(tryOut + u"/tokendesk_"_s + code + u".qm"_s))
        return code;
    return std::nullopt;
}

// gettext's order: LC_ALL, LC_MESSAGES, LANG name the locale; LANGUAGE lists preferences over it,
// except for the C locale. Qt's QLocale::system() reads only LANGUAGE's first entry for its name,
// and its uiLanguages() follow LANGUAGE even under LANG=C.
QLocale systemUiLocale()
{
    QString locale;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qEnvironmentVariable(variable);
        if (!locale.isEmpty())
            break;
    }
    // An explicit C or POSIX locale turns LANGUAGE off, as in gettext. With no locale set at all (a bare
    // container, cron), LANGUAGE alone still says which language is wanted.
    if (locale == u"C"_s || locale == u"POSIX"_s)
        return QLocale::c();
    const QLocale own = locale.isEmpty() ? QLocale::c() : shippedLocaleFor({locale});
    const QStringList preferences = qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts);
    if (preferences.isEmpty())
        return own;
    const QLocale preferred = shippedLocaleFor(preferences);
    // LANGUAGE=de with LANG=de_AT.UTF-8: German, written with the locale's own (Austrian) formats.
    if (preferred.language() != QLocale::C && sameLanguage(own, preferred))
        return own;
    return preferred;
}

QStringList ownDirectories()
{
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("TOKENDESK_TRANSLATION_DIR");
    if (!fromEnvironment.isEmpty())
        directories << fromEnvironment;
    directories << u":/i18n"_s;
    return directories;
}

} // namespace

QList<UiLanguage> shippedLanguages()
{
    return {
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s},     {u"fr"_s, u"Français"_s},
        {u"ja"_s, u"日本語"_s},  {u"zh_CN"_s, u"简体中文"_s}, {u"ar"_s, u"العربية"_s},
    };
}

QString languageOverride()
{
    const QString code =
        QSettings(u"TokenDesk"_s, u"TokenDesk"_s).value(QLatin1StringView(LanguageSettingKey)).toString();
    for (const UiLanguage& language : shippedLanguages()) {
        if (language.code == code)
            return code;
    }
    return {};
}

QLocale shippedLocaleFor(const QStringList& localeNames)
{
    for (const QString& name : localeNames) {
        const QString bare = withoutCodeset(name);
        if (bare == u"C"_s || bare == u"POSIX"_s)
            return QLocale::c();
        const QLocale locale(bare);
        if (shippedCodeOf(locale))
            return locale;
    }
    return QLocale::c();
}

QString shippedLanguageCode(const QLocale& locale)
{
    return shippedCodeOf(locale).value_or(u"en"_s);
}

QLocale uiLocale()
{
    const QLocale system = systemUiLocale();
    const QString code = languageOverride();
    if (code.isEmpty())
        return system;
    // The system's own territory when it speaks the chosen language (German chosen under de_AT).
    if (shippedCodeOf(system) == code)
        return system;
    return QLocale(code);
}

void installTranslations(QCoreApplication& app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    // Installed last is asked first: English plurals are the base, the user's language overrides them.
    install(app, QLocale(QLocale::English), u"tokendesk"_s, ownDirectories());
    const QString code = shippedLanguageCode(locale);
    if (code != u"en"_s) {
        // By the shipped language, not the locale: zh_SG reads tokendesk_zh_CN, de_AT tokendesk_de.
        const QLocale language(code);
        install(app, language, u"qtbase"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        install(app, language, u"tokendesk"_s, ownDirectories());
    }
}

} // namespace TokenDesk
