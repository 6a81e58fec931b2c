// Texts of Qt's own that TokenDesk's programs show, carried in TokenDesk's translations.
//
// Qt 6.4's QCommandLineParser describes --help, --help-all and --version in words that Debian's
// qt6-translations-l10n lacks for some languages (its French, Japanese and Arabic files have an older
// wording), so `--help` would mix English into an otherwise translated page. Listed here, lupdate puts
// them into translations/*.ts under Qt's context; TokenDesk's translator is asked before Qt's.
#include <QtGlobal>

namespace TokenDesk {

[[maybe_unused]] static const char* const QtCommandLineTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

} // namespace TokenDesk
