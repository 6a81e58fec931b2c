#pragma once

#include <QString>

namespace TokenDesk {

// The number of terminal columns a text takes: two for East Asian wide and fullwidth characters
// (Chinese, Japanese, Korean, fullwidth forms, most emoji), none for combining marks, one otherwise.
// Tables of tokendesk-cli align on it, so Japanese and Chinese headers and names line up.
int terminalColumns(const QString& text);

} // namespace TokenDesk
