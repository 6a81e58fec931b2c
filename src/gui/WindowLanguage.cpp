#include "WindowLanguage.h"

#include "Translations.h"

#include <QApplication>

namespace TokenDesk::WindowLanguage {

void install(QApplication& app)
{
    installTranslations(app);
    QGuiApplication::setLayoutDirection(uiLocale().textDirection());
}

} // namespace TokenDesk::WindowLanguage
