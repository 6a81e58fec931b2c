#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace TokenDesk {

namespace {

void install(QCoreApplication& app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QCoreApplication& app)
{
    // Installed last is asked first: English plurals are the base, the user's language overrides them.
    install(app, QStringLiteral("tokendesk_en"), QStringLiteral(":/i18n"));
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(app, locale, QStringLiteral("tokendesk"), QStringLiteral(":/i18n"));
    }
}

} // namespace TokenDesk
