#include "AppSettings.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "WidgetLookup.h"
#include "WidgetTexts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    return text.replace(u"&&"_s, u"\x1f"_s).remove(u'&').replace(u'\x1f', u'&');
}

QString where(const QWidget* widget)
{
    return I18nTest::describe(widget->window()) + u" / "_s + I18nTest::describe(widget);
}

// A label, button, check box or group box title that does not fit its widget at its current size.
void checkTextFits(QWidget* widget, QStringList& problems)
{
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                          -label->margin());
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                problems << where(label) + u": wrapped text needs %1 px of height, has %2: «%3»"_s
                                               .arg(label->heightForWidth(label->width()))
                                               .arg(label->height())
                                               .arg(text.left(80));
            return;
        }
        int width = 0;
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            width = qCeil(document.idealWidth());
        } else {
            const QStringList lines = withoutMnemonic(text).split(u'\n');
            for (const QString& line : lines)
                width = qMax(width, label->fontMetrics().horizontalAdvance(line));
        }
        if (width > room.width() + 1)
            problems
                << where(label) +
                       u": text needs %1 px, has %2: «%3»"_s.arg(width).arg(room.width()).arg(text.left(80));
        return;
    }
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        if (button->text().isEmpty() || I18nTest::isQtStandardButton(button))
            return;
        // A tool bar hides what does not fit behind its extension button on purpose.
        if (qobject_cast<QToolButton*>(button) && button->parentWidget() &&
            button->parentWidget()->inherits("QToolBar"))
            return;
        if (button->sizeHint().width() > button->width() + 1)
            problems << where(button) + u": needs %1 px, has %2: «%3»"_s.arg(button->sizeHint().width())
                                            .arg(button->width())
                                            .arg(button->text());
        return;
    }
    if (auto* group = qobject_cast<QGroupBox*>(widget)) {
        if (!group->title().isEmpty() && group->minimumSizeHint().width() > group->width() + 1)
            problems << where(group) +
                            u": title needs %1 px, has %2: «%3»"_s.arg(group->minimumSizeHint().width())
                                .arg(group->width())
                                .arg(group->title());
    }
}

void collectLayoutWidgets(QLayout* layout, QList<QWidget*>& widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget()) {
            if (widget->isVisible())
                widgets << widget;
        } else if (QLayout* inner = item->layout()) {
            collectLayoutWidgets(inner, widgets);
        }
    }
}

// Widgets laid out side by side in one layout must not cover each other.
void checkNoOverlap(QWidget* parent, QStringList& problems)
{
    if (!parent->layout())
        return;
    QList<QWidget*> widgets;
    collectLayoutWidgets(parent->layout(), widgets);
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        for (qsizetype j = i + 1; j < widgets.size(); ++j) {
            const QRect overlap = widgets[i]->geometry().intersected(widgets[j]->geometry());
            if (!overlap.isEmpty())
                problems << where(widgets[i]) + u" overlaps "_s + I18nTest::describe(widgets[j]);
        }
    }
}

QStringList layoutProblems(QWidget* window)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || I18nTest::isQtsOwn(widget))
            continue;
        checkTextFits(widget, problems);
        checkNoOverlap(widget, problems);
    }
    return problems;
}

} // namespace

// At the window's default size, in every shipped language and in the pseudo translation (about 40 %
// longer than English, like German), no text of the main window, the new-token form or Preferences is
// clipped and no widgets overlap.
class TestLayoutFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void windowFormAndPreferences_data();
    void windowFormAndPreferences();

private:
    bool useLanguage(const QString& language, QString* why);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_offline;
    QList<QTranslator*> m_translators;
};

void TestLayoutFits::initTestCase()
{
    Test::isolateStandardPaths();
    AppSettings::setAutoSaveToKeychain(false);
}

void TestLayoutFits::cleanup()
{
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    QLocale::setDefault(QLocale::c());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    m_offline.reset();
    m_dir.reset();
}

bool TestLayoutFits::useLanguage(const QString& language, QString* why)
{
    const bool pseudo = language == u"pseudo"_s;
    const QString qmFile = pseudo ? qEnvironmentVariable("TOKENDESK_PSEUDO_DIR") + u"/tokendesk_eo.qm"_s
                                  : u":/i18n/tokendesk_%1.qm"_s.arg(language);
    auto* own = new QTranslator;
    if (!own->load(qmFile) || own->isEmpty()) {
        delete own;
        *why = qmFile + u" is missing or has no translations yet"_s;
        return false;
    }
    if (!pseudo) {
        auto* qt = new QTranslator;
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_translators << qt;
        } else {
            delete qt;
        }
    }
    QCoreApplication::installTranslator(own);
    m_translators << own;
    const QLocale locale = pseudo ? QLocale(QLocale::Esperanto) : QLocale(language);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return true;
}

void TestLayoutFits::windowFormAndPreferences_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : {u"pseudo"_s, u"de"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TestLayoutFits::windowFormAndPreferences()
{
    QFETCH(QString, language);
    QString why;
    if (!useLanguage(language, &why))
        QSKIP(qPrintable(u"Layout in %1 not checked: %2"_s.arg(language, why)));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        LocalBackend::open(m_dir->filePath(u"demo.sqlite"_s), Clock::system(), LocalBackend::Mode::Demo);
    QVERIFY(opened);
    m_offline = std::move(opened).value();
    QVERIFY(DemoSeeder::seedIfEmpty(*m_offline));

    MainWindow window(*m_offline, Clock::system());
    window.show(); // at its default size: nothing saved in this test's settings
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor(
        [&window] { return window.activeModel()->hasLoaded() && window.inactiveModel()->hasLoaded(); }));
    // The default size holds everything: a window that had to grow past it would not fit the screen
    // of a small laptop (and the layouts above would hide their clipping behind the growth).
    const QSize defaultSize(1360, 820);
    QStringList problems = layoutProblems(&window);
    const auto checkSize = [&](QWidget* shown, QSize limit) {
        const QSize needed = shown->minimumSizeHint().expandedTo(shown->minimumSize());
        if (needed.width() > limit.width() || needed.height() > limit.height() ||
            shown->width() > limit.width() || shown->height() > limit.height())
            problems << I18nTest::describe(shown) +
                            u" needs %1x%2 (is %3x%4), more than %5x%6"_s.arg(needed.width())
                                .arg(needed.height())
                                .arg(shown->width())
                                .arg(shown->height())
                                .arg(limit.width())
                                .arg(limit.height());
    };
    checkSize(&window, defaultSize);

    window.showTokenForm();
    QTRY_VERIFY(Test::child<TokenForm>(&window)->isVisible());
    problems << layoutProblems(&window);
    checkSize(&window, defaultSize);

    auto* preferences = window.findChild<QAction*>(u"preferencesAction"_s);
    QVERIFY(preferences);
    preferences->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"preferencesDialog"_s)) != nullptr &&
                dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    problems << layoutProblems(dialog);
    checkSize(dialog, QSize(1280, 800)); // a dialog fits a 1280x800 screen
    dialog->reject();

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(language + u": "_s + problems.join(u'\n')));
}

QTEST_MAIN(TestLayoutFits)
#include "tst_LayoutFits.moc"
