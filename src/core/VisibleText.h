#pragma once

#include <QByteArray>
#include <QString>

namespace TokenDesk {

// Text from a server, a store or a file shown to a person: characters that could drive a terminal or
// make text render as something else than it is (C0 and C1 controls, DEL, escape sequences, Unicode
// bidirectional controls, zero-width and other format characters, line and paragraph separators) are
// written as visible escapes instead. (A lone surrogate becomes U+FFFD in UTF-8 and is left alone.)
class VisibleText
{
public:
    // Whether a code point must never reach a terminal or a label raw.
    static bool isHidden(char32_t codePoint);
    static bool containsHidden(QStringView text);
    static bool containsHidden(const QByteArray& utf8);

    // "\x1b", "\t", "\n", "\r", "\u202e", "\U000e0001" for each hidden character; keepNewlines keeps
    // LF characters as they are (the layout of lines already made safe).
    static QString escaped(QStringView text, bool keepNewlines = false);

    // UTF-8 bytes (such as a JSON document) with each hidden character outside ASCII controls written
    // as a JSON escape (\u007f, \u009b, \u202e, a surrogate pair for the others), ASCII controls but LF
    // as \u00XX, and bytes that are not UTF-8 as \ufffd. JSON stays valid with the same values.
    static QByteArray jsonSafe(const QByteArray& utf8);

    // Qt's log messages (formatted as QT_MESSAGE_PATTERN says) go to standard error escaped, one line
    // each: for the command-line programs, whose standard error is a terminal.
    static void installMessageHandler();
};

} // namespace TokenDesk
