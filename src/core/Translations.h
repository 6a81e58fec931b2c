#pragma once

class QCoreApplication;

namespace TokenDesk {

// Installs TokenDesk's translations for the user's locale, on top of the English plural forms,
// and Qt's own where available.
void installTranslations(QCoreApplication& app);

} // namespace TokenDesk
