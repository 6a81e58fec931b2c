#pragma once

#include <QString>

namespace TokenDesk {

// The text a person sees for a label or button: "&Token name" reads "Token name", "&&" reads "&".
// Accessible names are set from it, so they always equal the visible label, translated or not.
QString withoutMnemonic(const QString& text);

} // namespace TokenDesk
