#pragma once

class QApplication;

namespace TokenDesk::WindowLanguage {

// installTranslations() for the window, then the layout direction of its language, set explicitly from
// uiLocale() rather than left to the QT_LAYOUT_DIRECTION entry of a loaded translation: Arabic lays the
// window out right to left even before (or without) its translation.
void install(QApplication& app);

} // namespace TokenDesk::WindowLanguage
