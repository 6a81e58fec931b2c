// Token names and server text in the window render as what they are: confirmations, error messages,
// the error banner and the table's tooltips show markup literally, open no links, and show
// bidirectional overrides and zero-width characters escaped.
#include "Confirmations.h"
#include "ErrorMessages.h"
#include "TestSupport.h"
#include "TokenCells.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

const QString MarkupName = u"<b>x</b><a href=\"https://evil\">click</a>"_s;
// Renders as "exe.txt" reversed: "invoice-\u202etxt.exe" shows as "invoice-exe.txt".
const QString BidiName = u"invoice-\u202etxt.exe\u200b"_s;

QLabel* messageLabel(QMessageBox* box, const QString& name)
{
    return box->findChild<QLabel*>(name);
}

// What a label shows: its text as is when plain, else the text its rich-text rendering displays.
QString rendered(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// What a tooltip shows: QToolTip takes text that might be rich text as HTML.
QString renderedToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

bool hasHiddenCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

AccessToken tokenNamed(const QString& name)
{
    AccessToken token;
    token.id = 7;
    token.name = name;
    token.description = name;
    token.scopes = {u"api"_s, u"<i>scope</i>"_s};
    return token;
}

} // namespace

class TestPlainTextDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TokenDesk::Test::isolateStandardPaths(); }
    void confirmationsShowMarkupLiterally();
    void confirmationsShowBidiEscaped();
    void errorMessagesArePlainText();
    void toolTipsAndCellsShowNamesLiterally();
};

void TestPlainTextDisplay::confirmationsShowMarkupLiterally()
{
    QWidget parent;
    parent.show();
    Confirmations::RevokeQuestion question;
    question.signsInWithIt = true;
    question.accountName = u"<a href=\"https://evil\">root</a>"_s;
    Confirmations::askRevoke(&parent, tokenNamed(MarkupName), question, &parent, [](bool) {});
    auto* revoke = parent.findChild<QMessageBox*>(u"revokeConfirmation"_s);
    QVERIFY(revoke);
    QCOMPARE(revoke->textFormat(), Qt::PlainText);
    QVERIFY2(revoke->text().contains(MarkupName), qPrintable(revoke->text()));
    QLabel* text = messageLabel(revoke, u"qt_msgbox_label"_s);
    QVERIFY(text);
    QVERIFY2(rendered(text).contains(MarkupName), qPrintable(rendered(text)));
    QVERIFY(!text->openExternalLinks());
    QLabel* informative = messageLabel(revoke, u"qt_msgbox_informativelabel"_s);
    QVERIFY(informative);
    QVERIFY2(rendered(informative).contains(question.accountName), qPrintable(rendered(informative)));
    QVERIFY(!informative->openExternalLinks());
    revoke->reject();

    Confirmations::askRotate(&parent, tokenNamed(MarkupName), QDate(2027, 1, 1), &parent, [] {});
    auto* rotate = parent.findChild<QMessageBox*>(u"rotateConfirmation"_s);
    QVERIFY(rotate);
    QCOMPARE(rotate->textFormat(), Qt::PlainText);
    QVERIFY2(rendered(messageLabel(rotate, u"qt_msgbox_label"_s)).contains(MarkupName),
             qPrintable(rotate->text()));
    rotate->reject();
}

void TestPlainTextDisplay::confirmationsShowBidiEscaped()
{
    QWidget parent;
    parent.show();
    Confirmations::askRevoke(&parent, tokenNamed(BidiName), {}, &parent, [](bool) {});
    auto* revoke = parent.findChild<QMessageBox*>(u"revokeConfirmation"_s);
    QVERIFY(revoke);
    const QString shown = rendered(messageLabel(revoke, u"qt_msgbox_label"_s));
    QVERIFY2(!hasHiddenCharacters(shown), qPrintable(shown));
    QVERIFY2(shown.contains(u"invoice-\\u202etxt.exe\\u200b"_s), qPrintable(shown));
    revoke->reject();
}

void TestPlainTextDisplay::errorMessagesArePlainText()
{
    QMainWindow window;
    auto* banner = new QWidget(&window);
    auto* bannerText = new QLabel(banner);
    auto* bannerReconnect = new QPushButton(u"&Reconnect…"_s, banner);
    ErrorMessages messages(&window, banner, bannerText, bannerReconnect);
    window.show();
    const QString serverText = MarkupName + u" \u202egnp.exe"_s;
    messages.showError(u"Could not revoke the token %1."_s.arg(MarkupName),
                       BackendError::make(BackendError::Kind::Server, serverText));
    auto* box = window.findChild<QMessageBox*>(u"errorMessage"_s);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(rendered(messageLabel(box, u"qt_msgbox_label"_s)).contains(MarkupName));
    QLabel* informative = messageLabel(box, u"qt_msgbox_informativelabel"_s);
    QVERIFY(informative);
    const QString shown = rendered(informative);
    QVERIFY2(shown.contains(MarkupName) && shown.contains(u"\\u202egnp.exe"_s), qPrintable(shown));
    QVERIFY(!hasHiddenCharacters(shown));
    QVERIFY(!informative->openExternalLinks());
    box->reject();

    messages.showLoadError(BackendError::make(BackendError::Kind::Server, serverText));
    QVERIFY2(rendered(bannerText).contains(MarkupName), qPrintable(rendered(bannerText)));
    QVERIFY(!hasHiddenCharacters(rendered(bannerText)));
}

void TestPlainTextDisplay::toolTipsAndCellsShowNamesLiterally()
{
    using Column = TokenTableModel::Column;
    const AccessToken markup = tokenNamed(MarkupName);
    for (const Column column : {Column::Name, Column::Description}) {
        const QString tip = TokenCells::toolTip(markup, column, false);
        QCOMPARE(renderedToolTip(tip).trimmed(), MarkupName);
    }
    QCOMPARE(renderedToolTip(TokenCells::toolTip(markup, Column::Scopes, false)).trimmed(),
             u"api\n<i>scope</i>"_s);

    const AccessToken bidi = tokenNamed(BidiName);
    const QString tip = renderedToolTip(TokenCells::toolTip(bidi, Column::Name, false));
    QVERIFY2(!hasHiddenCharacters(tip), qPrintable(tip));
    QVERIFY(tip.contains(u"\\u202e"_s));
    const QString cell = TokenCells::text(bidi, Column::Name, QDateTime::currentDateTimeUtc(), false);
    QVERIFY2(!hasHiddenCharacters(cell), qPrintable(cell));
    QCOMPARE(cell, u"invoice-\\u202etxt.exe\\u200b"_s);
}

QTEST_MAIN(TestPlainTextDisplay)
#include "tst_PlainTextDisplay.moc"
