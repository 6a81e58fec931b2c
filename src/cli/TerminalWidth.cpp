#include "TerminalWidth.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <utility>

namespace TokenDesk {

namespace {

// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, merged into ranges.
constexpr std::array<std::pair<char32_t, char32_t>, 19> WideRanges{{
    {0x1100, 0x115F},   // Hangul Jamo initial consonants
    {0x231A, 0x231B},   // watch, hourglass
    {0x2329, 0x232A},   // angle brackets
    {0x2E80, 0x303E},   // CJK radicals, Kangxi, CJK symbols and punctuation
    {0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    {0x3400, 0x4DBF},   // CJK extension A
    {0x4E00, 0x9FFF},   // CJK unified ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo extended A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK compatibility ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // fullwidth forms
    {0xFFE0, 0xFFE6},   // fullwidth signs
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F900, 0x1F9FF}, // supplemental pictographs
    {0x20000, 0x2FFFD}, // CJK extensions B to F
    {0x30000, 0x3FFFD}, // CJK extension G
}};

int columnsOf(char32_t codePoint)
{
    if (codePoint < 0x300)
        return 1;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    const auto range = std::upper_bound(WideRanges.begin(), WideRanges.end(), codePoint,
                                        [](char32_t value, const auto& r) { return value < r.first; });
    if (range != WideRanges.begin() && codePoint <= std::prev(range)->second)
        return 2;
    return 1;
}

} // namespace

int terminalColumns(const QString& text)
{
    int columns = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.unicode() < 0x300) {
            ++columns;
            continue;
        }
        char32_t codePoint = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
        }
        columns += columnsOf(codePoint);
    }
    return columns;
}

} // namespace TokenDesk
