// The window in the user's language: Qt's own translations for standard buttons (qtbase_<lang>.qm from
// Debian's qt6-translations-l10n), right to left in Arabic, dates in the user's locale (and ISO in the C
// locale). Each case sets the language variables as a session would, then does what the window's main()
// does (WindowLanguage::install) and opens a real main window over a store in a temporary folder.
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenTableModel.h"
#include "WindowLanguage.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

void speak(const QByteArray& language)
{
    for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        qunsetenv(variable);
    if (language == "C") {
        qputenv("LANG", "C");
    } else {
        qputenv("LANG", "en_US.UTF-8");
        qputenv("LANGUAGE", language);
    }
    qputenv("TOKENDESK_TRANSLATION_DIR", qgetenv("TOKENDESK_TEST_TRANSLATIONS"));
    // Translators installed later are asked first: each case's language wins over the cases before.
    WindowLanguage::install(*qApp);
}

} // namespace

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cLocaleKeepsIsoDates();
    void germanDatesAndButtons();
    void japaneseButtons();
    void arabicIsRightToLeft();

private:
    void showWindow();
    QString cell(TokenTableModel::Column column, int role = Qt::DisplayRole) const;

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLanguage::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY2(!qEnvironmentVariable("TOKENDESK_TEST_TRANSLATIONS").isEmpty(), "run through ctest");
}

void TestWindowLanguage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    m_backend = std::move(opened).value();
    QVERIFY(m_backend->createNow(Test::draft(u"deploy"_s, QDate(2026, 12, 31))));
}

void TestWindowLanguage::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

void TestWindowLanguage::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock);
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->activeModel()->hasLoaded());
    QCOMPARE(m_window->activeModel()->rowCount(), 1);
}

QString TestWindowLanguage::cell(TokenTableModel::Column column, int role) const
{
    const TokenTableModel* model = m_window->activeModel();
    return model->data(model->index(0, model->sectionOf(column)), role).toString();
}

void TestWindowLanguage::cLocaleKeepsIsoDates()
{
    speak("C");
    showWindow();
    QCOMPARE(cell(TokenTableModel::Column::Created), u"2026-11-30"_s);
    QVERIFY2(cell(TokenTableModel::Column::Expires, Qt::ToolTipRole).contains(u"2026-12-31"_s),
             qPrintable(cell(TokenTableModel::Column::Expires, Qt::ToolTipRole)));
    QVERIFY(!m_window->isRightToLeft());
    auto* picker = Test::child<QDateEdit>(m_window.get(), u"expiresDateEdit"_s);
    picker->setDate(QDate(2027, 1, 15));
    QCOMPARE(picker->text(), u"2027-01-15"_s);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(GuiTest::withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()), u"Cancel"_s);
}

void TestWindowLanguage::germanDatesAndButtons()
{
    speak("de");
    QCOMPARE(QLocale().language(), QLocale::German);
    showWindow();
    QCOMPARE(cell(TokenTableModel::Column::Created), u"30.11.2026"_s);
    const QString expiry = cell(TokenTableModel::Column::Expires, Qt::ToolTipRole);
    QVERIFY2(expiry.contains(u"31.12.2026"_s) && expiry.startsWith(u"[de] "_s), qPrintable(expiry));
    // The form's date picker too.
    auto* picker = Test::child<QDateEdit>(m_window.get(), u"expiresDateEdit"_s);
    picker->setDate(QDate(2027, 1, 15));
    QCOMPARE(picker->text(), u"15.01.2027"_s);
    QVERIFY(!m_window->isRightToLeft());

    // Qt's own texts, from qtbase_de.qm.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(GuiTest::withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()), u"Abbrechen"_s);
    QMessageBox question(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(GuiTest::withoutMnemonic(question.button(QMessageBox::Yes)->text()), u"Ja"_s);
    QCOMPARE(GuiTest::withoutMnemonic(question.button(QMessageBox::No)->text()), u"Nein"_s);
}

void TestWindowLanguage::japaneseButtons()
{
    speak("ja");
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text().startsWith(u"キャンセル"_s),
             qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
    QMessageBox question(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Yes | QMessageBox::No);
    QVERIFY2(question.button(QMessageBox::Yes)->text().startsWith(u"はい"_s),
             qPrintable(question.button(QMessageBox::Yes)->text()));
    // Japanese dates: year first, in full.
    showWindow();
    QCOMPARE(cell(TokenTableModel::Column::Created), u"2026/11/30"_s);
}

void TestWindowLanguage::arabicIsRightToLeft()
{
    speak("ar");
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    showWindow();
    QVERIFY(m_window->isRightToLeft());
    const auto rightOf = [](QWidget* label, QWidget* field) {
        const int labelLeft = label->mapToGlobal(QPoint(0, 0)).x();
        const int fieldRight = field->mapToGlobal(QPoint(field->width(), 0)).x();
        return labelLeft >= fieldRight - 1;
    };
    // The search field's label stands to its right.
    auto* searchLabel = Test::child<QLabel>(m_window.get(), u"searchLabel"_s);
    auto* searchField = Test::child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    QVERIFY(searchLabel->isVisible() && searchField->isVisible());
    QVERIFY(rightOf(searchLabel, searchField));
    // So do the form's labels, once the form is open.
    Test::child<QPushButton>(m_window.get(), u"addTokenButton"_s)->click();
    auto* label = Test::child<QLabel>(m_window.get(), u"nameLabel"_s);
    auto* field = Test::child<QLineEdit>(m_window.get(), u"nameLineEdit"_s);
    QTRY_VERIFY(label->isVisible() && field->isVisible());
    QVERIFY(field->isRightToLeft());
    // The form stacks each label above its field; the label's text is drawn at the right edge, over the
    // field's right end.
    const QRect text =
        QStyle::alignedRect(label->layoutDirection(), label->alignment(),
                            label->fontMetrics().size(0, label->text()), label->contentsRect());
    const int textRight = label->mapToGlobal(text.topRight()).x();
    const int fieldRight = field->mapToGlobal(QPoint(field->width(), 0)).x();
    QVERIFY2(label->width() < 2 * text.width() || text.left() > label->contentsRect().left(),
             qPrintable(u"the label's text starts at the left: %1"_s.arg(text.left())));
    QVERIFY2(qAbs(textRight - fieldRight) < 16,
             qPrintable(u"label text ends at %1, field at %2"_s.arg(textRight).arg(fieldRight)));
    // Back to left to right for whatever runs after.
    speak("C");
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(TestWindowLanguage)
#include "tst_WindowLanguage.moc"
