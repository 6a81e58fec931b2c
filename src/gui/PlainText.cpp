#include "PlainText.h"

#include "VisibleText.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace TokenDesk {

QString PlainText::shown(const QString& text, bool keepLineBreaks)
{
    return VisibleText::escaped(text, keepLineBreaks);
}

QString PlainText::toolTip(const QString& text)
{
    const QString visible = shown(text, true);
    if (!Qt::mightBeRichText(visible))
        return visible;
    return Qt::convertFromPlainText(visible, Qt::WhiteSpaceNormal);
}

void PlainText::setPlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
}

void PlainText::setPlain(QMessageBox* box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative text has a label of its own, which opens links by default.
    const QList<QLabel*> labels = box->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->objectName() == QLatin1String("qt_msgbox_label") ||
            label->objectName() == QLatin1String("qt_msgbox_informativelabel"))
            setPlain(label);
    }
}

} // namespace TokenDesk
