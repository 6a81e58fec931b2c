#include "VisibleText.h"

#include <QChar>

#include <cstdio>

namespace TokenDesk {

namespace {

constexpr char32_t Invalid = 0xFFFFFFFF;

// The code point that starts at utf8[i] and its length; Invalid with length 1 for a byte that does not
// start a well-formed sequence (overlong forms, surrogates and values past U+10FFFF included).
char32_t decode(const QByteArray& utf8, qsizetype i, int& length)
{
    const auto byte = [&utf8](qsizetype at) { return static_cast<unsigned char>(utf8.at(at)); };
    const unsigned char lead = byte(i);
    length = 1;
    if (lead < 0x80)
        return lead;
    int extra = 0;
    char32_t code = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        code = lead & 0x1Fu;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        code = lead & 0x0Fu;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        code = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return Invalid;
    }
    if (i + extra >= utf8.size())
        return Invalid;
    for (int k = 1; k <= extra; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0u) != 0x80u)
            return Invalid;
        code = (code << 6) | (next & 0x3Fu);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return Invalid;
    length = extra + 1;
    return code;
}

void appendJsonEscape(QByteArray& out, char32_t unit)
{
    out += "\\u";
    out += QByteArray::number(static_cast<uint>(unit), 16).rightJustified(4, '0');
}

void writeEscapedMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = VisibleText::escaped(qFormatLogMessage(type, context, message)).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void VisibleText::installMessageHandler()
{
    qInstallMessageHandler(writeEscapedMessage);
}

bool VisibleText::isHidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c < 0xA0)
        return false;
    if (c == 0x2028 || c == 0x2029)
        return true;
    // Cf: bidirectional marks, embeddings, overrides and isolates, zero-width characters, the BOM,
    // the soft hyphen, tag characters, interlinear annotations...
    return QChar::category(c) == QChar::Other_Format;
}

bool VisibleText::containsHidden(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (isHidden(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return true;
            ++i;
            continue;
        }
        if (isHidden(c.unicode()))
            return true;
    }
    return false;
}

bool VisibleText::containsHidden(const QByteArray& utf8)
{
    for (qsizetype i = 0; i < utf8.size();) {
        int length = 1;
        const char32_t c = decode(utf8, i, length);
        if (c == Invalid || isHidden(c))
            return true;
        i += length;
    }
    return false;
}

QString VisibleText::escaped(QStringView text, bool keepNewlines)
{
    if (!containsHidden(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        bool pair = false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            pair = true;
        }
        if (!isHidden(code) || (keepNewlines && code == u'\n')) {
            out += c;
            if (pair)
                out += text.at(++i);
            continue;
        }
        if (pair)
            ++i;
        if (code == u'\n')
            out += QLatin1String("\\n");
        else if (code == u'\r')
            out += QLatin1String("\\r");
        else if (code == u'\t')
            out += QLatin1String("\\t");
        else if (code <= 0xFF)
            out +=
                QLatin1String("\\x") + QString::number(static_cast<uint>(code), 16).rightJustified(2, u'0');
        else if (code <= 0xFFFF)
            out +=
                QLatin1String("\\u") + QString::number(static_cast<uint>(code), 16).rightJustified(4, u'0');
        else
            out +=
                QLatin1String("\\U") + QString::number(static_cast<uint>(code), 16).rightJustified(8, u'0');
    }
    return out;
}

QByteArray VisibleText::jsonSafe(const QByteArray& utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size();) {
        const char byte = utf8.at(i);
        if (byte >= 0x20 && byte < 0x7F) {
            out += byte;
            ++i;
            continue;
        }
        int length = 1;
        const char32_t c = decode(utf8, i, length);
        if (c == Invalid) {
            appendJsonEscape(out, 0xFFFD);
        } else if (c == u'\n' || !isHidden(c)) {
            out.append(utf8.constData() + i, length);
        } else if (c > 0xFFFF) {
            appendJsonEscape(out, QChar::highSurrogate(c));
            appendJsonEscape(out, QChar::lowSurrogate(c));
        } else {
            appendJsonEscape(out, c);
        }
        i += length;
    }
    return out;
}

} // namespace TokenDesk
