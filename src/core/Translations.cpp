#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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

QLocale uiLocale()
{
    const QString code = languageOverride();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void installTranslations(QCoreApplication& app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    // Installed last is asked first: English plurals are the base, the user's language overrides them.
    install(app, QLocale(QLocale::English), u"tokendesk"_s, ownDirectories());
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(app, locale, u"qtbase"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        install(app, locale, u"tokendesk"_s, ownDirectories());
    }
}

} // namespace TokenDesk
