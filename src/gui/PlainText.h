#pragma once

#include <QString>

class QLabel;
class QMessageBox;

namespace TokenDesk {

// Server text and token names in the window are shown as what they are: never as markup or links, and
// with bidirectional controls, zero-width and other invisible characters shown escaped ("\u202e"), so
// that a name cannot render as something else.
class PlainText
{
public:
    // The text with its invisible and control characters escaped (VisibleText); line breaks kept when
    // asked.
    static QString shown(const QString& text, bool keepLineBreaks = false);
    // A tooltip that shows text literally: tooltips guess rich text, so text that looks like markup is
    // handed over as HTML that spells it out.
    static QString toolTip(const QString& text);
    // The label shows its text as plain text and opens no links.
    static void setPlain(QLabel* label);
    // The box's text and informative text are plain text; call after setInformativeText().
    static void setPlain(QMessageBox* box);
};

} // namespace TokenDesk
