#include "Clock.h"
#include "GuiTestSupport.h"
#include "ManualClock.h"
#include "ScopeCatalog.h"
#include "TestSupport.h"
#include "TokenForm.h"

#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::GuiTest;

Q_DECLARE_METATYPE(TokenDesk::TokenDraft)

class TestTokenForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validDraftEmitsCreateRequested();
    void enterInNameFieldSubmits();
    void emptyNameIsShownNextToTheField();
    void nameLengthCountsCharacters();
    void nameWithControlCharacterIsRefused();
    void descriptionTooLongIsShownNextToTheField();
    void missingScopesFocusesTheFirstCheckBox();
    void severalErrorsFocusTheFirstField();
    void backendFieldErrorsAppearNextToTheField();
    void errorScrollsIntoViewInsideAScrollArea();
    void adminOnlyScopesDisabledForRegularUsers();
    void prefillForCreateSimilar();
    void dateRangeAndDefaultFollowUtcAroundMidnight();
    void dayChangeWhileOpenIsCaughtOnSubmit();
    void maxLifetimeLimitsTheRangeAndDefault();
    void calendarPopupOpensFromTheKeyboard();
    void busyFormEmitsNothing();
    void cancelByButtonAndEscape();
    void tabOrderFollowsTheForm();
    void accessibleNamesEqualVisibleLabels();
    void accessibilityTreeNamesEveryControl();

private:
    QLineEdit* nameEdit() const { return Test::child<QLineEdit>(m_form.get(), u"nameLineEdit"_s); }
    QLineEdit* descriptionEdit() const
    {
        return Test::child<QLineEdit>(m_form.get(), u"descriptionLineEdit"_s);
    }
    QDateEdit* dateEdit() const { return Test::child<QDateEdit>(m_form.get(), u"expiresDateEdit"_s); }
    QCheckBox* scope(const QString& name) const
    {
        return Test::child<QCheckBox>(m_form.get(), u"scopeCheckBox_"_s + name);
    }
    QLabel* label(const QString& name) const { return Test::child<QLabel>(m_form.get(), name); }
    QPushButton* createButton() const { return Test::child<QPushButton>(m_form.get(), u"createButton"_s); }
    void fillValid();

    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<TokenForm> m_form;
};

void TestTokenForm::initTestCase()
{
    Test::isolateStandardPaths();
    // Far from UTC on purpose: the form must work with the UTC date, never the local one.
    qputenv("TZ", "Pacific/Kiritimati");
    qRegisterMetaType<TokenDraft>();
}

void TestTokenForm::init()
{
    m_clock = std::make_unique<Test::ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    m_form = std::make_unique<TokenForm>(*m_clock);
    m_form->resize(800, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestTokenForm::cleanup()
{
    m_form.reset();
    m_clock.reset();
}

void TestTokenForm::fillValid()
{
    nameEdit()->setFocus();
    QTest::keyClicks(nameEdit(), u"deploy bot"_s);
    QTest::mouseClick(scope(u"read_api"_s), Qt::LeftButton);
}

void TestTokenForm::validDraftEmitsCreateRequested()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    nameEdit()->setFocus();
    QTest::keyClicks(nameEdit(), u"  CI deploy  "_s);
    QTest::keyClick(nameEdit(), Qt::Key_Tab);
    QVERIFY(hasKeyboardFocus(descriptionEdit()));
    QTest::keyClicks(descriptionEdit(), u"Pushes tags from the release job"_s);
    dateEdit()->setDate(QDate(2026, 5, 1));
    QTest::mouseClick(scope(u"api"_s), Qt::LeftButton);
    scope(u"write_repository"_s)->setFocus();
    QTest::keyClick(scope(u"write_repository"_s), Qt::Key_Space);
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QCOMPARE(requested.count(), 1);
    const auto draft = requested.first().first().value<TokenDraft>();
    QCOMPARE(draft.name, u"CI deploy"_s);
    QCOMPARE(draft.description, u"Pushes tags from the release job"_s);
    QCOMPARE(draft.expiresAt, QDate(2026, 5, 1));
    QCOMPARE(draft.scopes, (QStringList{u"api"_s, u"write_repository"_s}));
    for (const auto* name :
         {"nameErrorLabel", "descriptionErrorLabel", "expiresErrorLabel", "scopesErrorLabel"})
        QVERIFY(!label(QString::fromLatin1(name))->isVisible());
}

void TestTokenForm::enterInNameFieldSubmits()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    fillValid();
    nameEdit()->setFocus();
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<TokenDraft>().expiresAt, QDate(2026, 4, 9));
}

void TestTokenForm::emptyNameIsShownNextToTheField()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    QTest::mouseClick(scope(u"api"_s), Qt::LeftButton);
    nameEdit()->setFocus();
    QTest::keyClicks(nameEdit(), u"   "_s);
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    QLabel* error = label(u"nameErrorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Token name is required."_s);
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));
    QCOMPARE(nameEdit()->accessibleDescription(), error->text());
    QVERIFY(!label(u"scopesErrorLabel"_s)->isVisible());

    QTest::keyClicks(nameEdit(), u"x"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(nameEdit()->accessibleDescription().isEmpty());
}

void TestTokenForm::nameLengthCountsCharacters()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    QTest::mouseClick(scope(u"api"_s), Qt::LeftButton);

    // 255 characters outside the BMP are 510 UTF-16 units: still a valid name.
    nameEdit()->setText(QString(u"\U0001F511"_s).repeated(255));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    nameEdit()->setFocus();
    nameEdit()->clear();
    QTest::keyClicks(nameEdit(), QString(256, u'n'));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(label(u"nameErrorLabel"_s)->isVisible());
    QVERIFY(label(u"nameErrorLabel"_s)->text().contains(u"255"_s));
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));
}

void TestTokenForm::nameWithControlCharacterIsRefused()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    QTest::mouseClick(scope(u"api"_s), Qt::LeftButton);
    nameEdit()->setText(u"bell\u0007name"_s); // as pasted
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY(label(u"nameErrorLabel"_s)->text().contains(u"control characters"_s));
}

void TestTokenForm::descriptionTooLongIsShownNextToTheField()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    fillValid();
    descriptionEdit()->setFocus();
    QTest::keyClicks(descriptionEdit(), QString(256, u'd'));
    createButton()->setFocus();
    QTest::keyClick(createButton(), Qt::Key_Space);

    QCOMPARE(requested.count(), 0);
    QLabel* error = label(u"descriptionErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"255"_s));
    QVERIFY(!label(u"nameErrorLabel"_s)->isVisible());
    QTRY_VERIFY(hasKeyboardFocus(descriptionEdit()));
    QCOMPARE(descriptionEdit()->accessibleDescription(), error->text());

    QTest::keyClick(descriptionEdit(), Qt::Key_Backspace);
    QTest::keyClick(descriptionEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<TokenDraft>().description.size(), 255);
}

void TestTokenForm::missingScopesFocusesTheFirstCheckBox()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    nameEdit()->setFocus();
    QTest::keyClicks(nameEdit(), u"no scopes"_s);
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    QLabel* error = label(u"scopesErrorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Select at least one scope."_s);
    QTRY_VERIFY(hasKeyboardFocus(scope(u"api"_s)));
    QCOMPARE(Test::child<QGroupBox>(m_form.get(), u"scopesGroupBox"_s)->accessibleDescription(),
             error->text());

    QTest::keyClick(scope(u"api"_s), Qt::Key_Space);
    QVERIFY(!error->isVisible());
    QVERIFY(Test::child<QGroupBox>(m_form.get(), u"scopesGroupBox"_s)->accessibleDescription().isEmpty());
}

void TestTokenForm::severalErrorsFocusTheFirstField()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    descriptionEdit()->setText(QString(300, u'd'));
    createButton()->setFocus();
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    QVERIFY(label(u"nameErrorLabel"_s)->isVisible());
    QVERIFY(label(u"descriptionErrorLabel"_s)->isVisible());
    QVERIFY(label(u"scopesErrorLabel"_s)->isVisible());
    QVERIFY(!label(u"expiresErrorLabel"_s)->isVisible());
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));
}

void TestTokenForm::backendFieldErrorsAppearNextToTheField()
{
    fillValid();
    m_form->setBusy(true);
    m_form->showFieldErrors({FieldError{Field::Name, u"Name has already been taken"_s},
                             FieldError{Field::General, u"The server said no."_s}});
    QVERIFY(!m_form->isBusy());
    QVERIFY(nameEdit()->isEnabled());
    QCOMPARE(label(u"nameErrorLabel"_s)->text(), u"Name has already been taken"_s);
    QVERIFY(label(u"generalErrorLabel"_s)->isVisible());
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));

    m_form->reset();
    QVERIFY(!label(u"nameErrorLabel"_s)->isVisible());
    QVERIFY(!label(u"generalErrorLabel"_s)->isVisible());
    QVERIFY(nameEdit()->text().isEmpty());
    QVERIFY(!scope(u"read_api"_s)->isChecked());
}

void TestTokenForm::errorScrollsIntoViewInsideAScrollArea()
{
    m_form.reset();
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* form = new TokenForm(*m_clock);
    area.setWidget(form);
    area.resize(700, 250);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&area));

    auto* name = form->findChild<QLineEdit*>(u"nameLineEdit"_s);
    auto* firstScope = form->findChild<QCheckBox*>(u"scopeCheckBox_api"_s);
    name->setFocus();
    QTest::keyClicks(name, u"scrolled"_s);
    QVERIFY(!firstScope->visibleRegion().boundingRect().contains(firstScope->rect()));
    QTest::keyClick(name, Qt::Key_Return);

    QTRY_VERIFY(hasKeyboardFocus(firstScope));
    QVERIFY(area.verticalScrollBar()->value() > 0);
    QCOMPARE(firstScope->visibleRegion().boundingRect(), firstScope->rect());
}

void TestTokenForm::adminOnlyScopesDisabledForRegularUsers()
{
    const QList<ScopeInfo> catalog = ScopeCatalog::all();
    QCOMPARE(catalog.size(), 17);
    for (const ScopeInfo& info : catalog) {
        QCheckBox* box = scope(info.name);
        QCOMPARE(box->text(), info.name);
        QLabel* description = label(u"scopeDescriptionLabel_"_s + info.name);
        QVERIFY(description->isVisible());
        QVERIFY(description->text().startsWith(info.description));
        QCOMPARE(box->isEnabled(), !info.adminOnly);
        QCOMPARE(description->text().contains(u"Only administrators"_s), info.adminOnly);
    }
    QVERIFY(!scope(u"sudo"_s)->isEnabled());

    m_form->setAdministrator(true);
    for (const ScopeInfo& info : catalog) {
        QVERIFY(scope(info.name)->isEnabled());
        QVERIFY(!label(u"scopeDescriptionLabel_"_s + info.name)->text().contains(u"Only administrators"_s));
    }
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    nameEdit()->setText(u"admin job"_s);
    QTest::mouseClick(scope(u"sudo"_s), Qt::LeftButton);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<TokenDraft>().scopes, QStringList{u"sudo"_s});

    m_form->setAdministrator(false);
    QVERIFY(!scope(u"sudo"_s)->isChecked());
    QVERIFY(!scope(u"sudo"_s)->isEnabled());
}

void TestTokenForm::prefillForCreateSimilar()
{
    m_form->prefill(u"old deploy"_s, u"from the old pipeline"_s,
                    {u"read_repository"_s, u"sudo"_s, u"future_scope"_s, u"api"_s});
    QCOMPARE(nameEdit()->text(), u"old deploy"_s);
    QCOMPARE(descriptionEdit()->text(), u"from the old pipeline"_s);
    QCOMPARE(dateEdit()->date(), QDate(2026, 4, 9));
    const TokenDraft draft = m_form->draft();
    QCOMPARE(draft.scopes, (QStringList{u"api"_s, u"read_repository"_s}));
    QVERIFY(!scope(u"sudo"_s)->isChecked());

    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestTokenForm::dateRangeAndDefaultFollowUtcAroundMidnight()
{
    // 23:59:30 UTC on March 10 is already March 11, 13:59 in Kiritimati (UTC+14).
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(23, 59, 30), Qt::UTC));
    m_form->reset();
    QCOMPARE(dateEdit()->minimumDate(), QDate(2026, 3, 11));
    QCOMPARE(dateEdit()->maximumDate(), QDate(2027, 3, 10));
    QCOMPARE(dateEdit()->date(), QDate(2026, 4, 9));
    QVERIFY(dateEdit()->calendarPopup());
    QVERIFY(dateEdit()->toolTip().contains(u"00:00 UTC"_s));
    QVERIFY(label(u"expiresHintLabel"_s)->text().contains(u"00:00 UTC"_s));

    m_clock->advance(60);
    m_form->reset();
    QCOMPARE(dateEdit()->minimumDate(), QDate(2026, 3, 12));
    QCOMPARE(dateEdit()->maximumDate(), QDate(2027, 3, 11));
    QCOMPARE(dateEdit()->date(), QDate(2026, 4, 10));

    // Typing below the range is not possible: the earliest day the user can reach is tomorrow (UTC).
    dateEdit()->setFocus();
    dateEdit()->setDate(QDate(2026, 3, 12));
    QTest::keyClick(dateEdit(), Qt::Key_Down);
    QCOMPARE(dateEdit()->date(), QDate(2026, 3, 12));
}

void TestTokenForm::dayChangeWhileOpenIsCaughtOnSubmit()
{
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(23, 58), Qt::UTC));
    m_form->reset();
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    fillValid();
    dateEdit()->setDate(dateEdit()->minimumDate()); // March 11: tomorrow, for now
    m_clock->advance(5 * 60);                       // midnight UTC passes; March 11 is today

    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY(label(u"expiresErrorLabel"_s)->isVisible());
    QVERIFY(label(u"expiresErrorLabel"_s)->text().contains(u"2026-03-12"_s));
    QTRY_VERIFY(hasKeyboardFocus(dateEdit()));
    QCOMPARE(dateEdit()->accessibleDescription(), label(u"expiresErrorLabel"_s)->text());
    QCOMPARE(dateEdit()->minimumDate(), QDate(2026, 3, 12));

    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<TokenDraft>().expiresAt, QDate(2026, 3, 12));
}

void TestTokenForm::maxLifetimeLimitsTheRangeAndDefault()
{
    m_form->setMaxLifetimeDays(10);
    QCOMPARE(dateEdit()->maximumDate(), QDate(2026, 3, 20));
    QCOMPARE(dateEdit()->date(), QDate(2026, 3, 20));
    m_form->setMaxLifetimeDays(400);
    QCOMPARE(dateEdit()->maximumDate(), QDate(2027, 4, 14));
    QCOMPARE(dateEdit()->date(), QDate(2026, 4, 9));
}

void TestTokenForm::calendarPopupOpensFromTheKeyboard()
{
    dateEdit()->setFocus();
    QTRY_VERIFY(hasKeyboardFocus(dateEdit()));
    QTest::keyClick(dateEdit(), Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = dateEdit()->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 4, 9));
    QCOMPARE(calendar->minimumDate(), QDate(2026, 3, 11));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(dateEdit()->date(), QDate(2026, 4, 10));
}

void TestTokenForm::busyFormEmitsNothing()
{
    QSignalSpy requested(m_form.get(), &TokenForm::createRequested);
    fillValid();
    m_form->setBusy(true);
    for (QWidget* widget : std::initializer_list<QWidget*>{nameEdit(), descriptionEdit(), dateEdit(),
                                                           scope(u"api"_s), createButton()})
        QVERIFY(!widget->isEnabled());
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);

    m_form->setBusy(false);
    QVERIFY(createButton()->isEnabled());
    QVERIFY(scope(u"api"_s)->isEnabled());
    QVERIFY(!scope(u"sudo"_s)->isEnabled());
    QVERIFY(scope(u"read_api"_s)->isChecked());
}

void TestTokenForm::cancelByButtonAndEscape()
{
    QSignalSpy cancelled(m_form.get(), &TokenForm::cancelled);
    QTest::mouseClick(Test::child<QPushButton>(m_form.get(), u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    nameEdit()->setFocus();
    QTest::keyClick(nameEdit(), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 2);
}

void TestTokenForm::tabOrderFollowsTheForm()
{
    nameEdit()->setFocus();
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));
    const QStringList expected{u"descriptionLineEdit"_s, u"expiresDateEdit"_s, u"scopeCheckBox_api"_s,
                               u"scopeCheckBox_read_api"_s};
    for (const QString& name : expected) {
        QWidget* focus = QApplication::focusWidget();
        // Tab first walks the sections of the date (year, month, day), then leaves it.
        for (int presses = 0; presses < 3 && focus == QApplication::focusWidget(); ++presses)
            QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        QVERIFY(focus != nullptr);
        QCOMPARE(focus->objectName(), name);
    }
    // Mnemonics reach the fields.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(hasKeyboardFocus(nameEdit()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(hasKeyboardFocus(dateEdit()));
}

void TestTokenForm::accessibleNamesEqualVisibleLabels()
{
    int checked = 0;
    const QList<QLabel*> labels = m_form->findChildren<QLabel*>();
    for (QLabel* l : labels) {
        // The role of a group or project token is hidden on the personal form.
        if (l->buddy() == nullptr || l->isHidden())
            continue;
        QCOMPARE(l->buddy()->accessibleName(), withoutMnemonic(l->text()));
        QCOMPARE(accessibleName(l->buddy()), withoutMnemonic(l->text()));
        ++checked;
    }
    QCOMPARE(checked, 3);
    const QList<QAbstractButton*> buttons = m_form->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (button->window() != m_form.get()) // the date popup, checked in accessibilityTreeNamesEveryControl
            continue;
        QVERIFY2(!button->text().isEmpty(), qPrintable(button->objectName()));
        QCOMPARE(button->accessibleName(), withoutMnemonic(button->text()));
        QCOMPARE(accessibleName(button), withoutMnemonic(button->text()));
        if (auto* box = qobject_cast<QCheckBox*>(button))
            QVERIFY(!box->accessibleDescription().isEmpty());
        ++checked;
    }
    QCOMPARE(checked, 3 + 17 + 2);
    auto* group = Test::child<QGroupBox>(m_form.get(), u"scopesGroupBox"_s);
    QCOMPARE(accessibleName(group), withoutMnemonic(group->title()));
    const QList<QWidget*> inputs{nameEdit(), descriptionEdit(), dateEdit()};
    for (QWidget* input : inputs)
        QVERIFY(!accessibleName(input).isEmpty());
}

void TestTokenForm::accessibilityTreeNamesEveryControl()
{
    // Walk what a screen reader sees, not the widget tree.
    m_form->showFieldErrors({FieldError{Field::Name, u"Token name is required."_s}});
    QStringList controls;
    QString groupName;
    QString nameFieldDescription;
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* node, int depth) {
        QVERIFY(depth < 20);
        // A screen reader presents what is shown (the personal form hides the role of resource tokens).
        if (node->state().invisible)
            return;
        const QAccessible::Role role = node->role();
        const QString name = node->text(QAccessible::Name);
        if (role == QAccessible::CheckBox || role == QAccessible::PushButton || role == QAccessible::Button ||
            role == QAccessible::EditableText || role == QAccessible::SpinBox ||
            role == QAccessible::ComboBox) {
            QVERIFY2(!name.isEmpty(), qPrintable(node->object()->objectName()));
            controls << name;
        }
        if (role == QAccessible::Grouping)
            groupName = name;
        if (node->object() == nameEdit())
            nameFieldDescription = node->text(QAccessible::Description);
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(m_form.get()), 0);

    QStringList expected{u"Token name"_s, u"Token description"_s, u"Expiration date"_s};
    expected << ScopeCatalog::names() << u"Create personal access token"_s << u"Cancel"_s;
    QCOMPARE(controls, expected);
    QCOMPARE(groupName, u"Select scopes"_s);

    // The date popup's own controls are named too.
    QCalendarWidget* calendar = dateEdit()->calendarWidget();
    QVERIFY(calendar != nullptr);
    const QList<QAbstractButton*> calendarButtons = calendar->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : calendarButtons) {
        if (button->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!accessibleName(button).isEmpty(), qPrintable(button->objectName()));
    }
    QCOMPARE(nameFieldDescription, u"Token name is required."_s);
}

QTEST_MAIN(TestTokenForm)
#include "tst_TokenForm.moc"
