#include "PluralFallbackTranslator.h"

namespace TokenDesk {

PluralFallbackTranslator::PluralFallbackTranslator(QObject* parent) : QTranslator(parent) {}

QString PluralFallbackTranslator::translate(const char* context, const char* sourceText,
                                            const char* disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    if (n < 0 || sourceText == nullptr)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {};
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace TokenDesk
