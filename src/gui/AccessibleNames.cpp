#include "AccessibleNames.h"

namespace TokenDesk {

QString withoutMnemonic(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        result += text.at(i);
    }
    return result;
}

} // namespace TokenDesk
