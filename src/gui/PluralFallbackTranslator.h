#pragma once

#include <QTranslator>

namespace TokenDesk {

// English plurals for the source texts themselves, so that "%n day(s)" reads "1 day" and "3 days"
// when no translation file covers a string. Install it first: translators installed later (a real
// .qm file) are asked before it.
class PluralFallbackTranslator : public QTranslator
{
public:
    explicit PluralFallbackTranslator(QObject* parent = nullptr);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace TokenDesk
