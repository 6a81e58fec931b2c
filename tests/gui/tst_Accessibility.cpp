#include "../unit/keychain/KeychainTestSupport.h"

#include "DueTokensMenu.h"
#include "GuiTestSupport.h"
#include "KeychainSettings.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "RowActionsPanel.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

void collect(QAccessibleInterface* iface, QList<QAccessibleInterface*>& out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    out << iface;
    for (int i = 0; i < iface->childCount(); ++i)
        collect(iface->child(i), out, depth + 1);
}

// What a screen reader finds: a visible interface of that role and name, searched from `root`.
QAccessibleInterface* findAccessible(QAccessibleInterface* root, QAccessible::Role role, const QString& name)
{
    QList<QAccessibleInterface*> all;
    collect(root, all);
    for (QAccessibleInterface* iface : std::as_const(all)) {
        if (iface->role() == role && iface->text(QAccessible::Name) == name && !iface->state().invisible)
            return iface;
    }
    return nullptr;
}

QAccessibleInterface* applicationRoot()
{
    return QAccessible::queryAccessibleInterface(qApp);
}

bool isInside(const QWidget* widget, const QMetaObject& type)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (parent->metaObject()->inherits(&type))
            return true;
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void revokeThroughTheAccessibilityTree();
    void everyControlIsNamedAfterItsLabel();
    void rowActionsAreRealButtonsOutsideTheTable();
    void tablesExposeRowsAndColumns();
    void tabReachesTheRowActions();
    void tabOrderFollowsThePage();
    void copyFromKeychainThroughTheAccessibilityTree();
    void detailsFiltersAndCountsAreNamedAfterWhatTheyShow();
    void dueTokensMenuIsNamedAndWalkedByKeyboard();

private:
    bool showWindow(SecretVault* vault = nullptr);

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    Test::isolateStandardPaths();
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY(opened);
    m_backend = std::move(opened).value();
    QVERIFY(m_backend->createNow(Test::draft(u"ci runner"_s, 5, {u"read_api"_s}, u"Used by ci runner"_s)));
    QVERIFY(m_backend->createNow(Test::draft(u"laptop"_s, 40, {u"read_api"_s}, u"Used by laptop"_s)));
    const Result<CreatedToken> old =
        m_backend->createNow(Test::draft(u"old script"_s, 60, {u"read_api"_s}, u"Used by old script"_s));
    QVERIFY(old);
    QVERIFY(m_backend->revokeNow(old.value().token.id));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestAccessibility::showWindow(SecretVault* vault)
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock, vault);
    m_window->resize(1200, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] {
        auto* active = Test::child<RowActionsPanel>(m_window.get(), u"activeActionsPanel"_s);
        auto* inactive = Test::child<RowActionsPanel>(m_window.get(), u"inactiveActionsPanel"_s);
        return m_window->activeModel()->hasLoaded() && m_window->inactiveModel()->hasLoaded() &&
               !active->buttonsForRow(m_window->activeModel()->rowCount() - 1).isEmpty() &&
               !inactive->buttonsForRow(m_window->inactiveModel()->rowCount() - 1).isEmpty();
    });
}

void TestAccessibility::revokeThroughTheAccessibilityTree()
{
    QVERIFY(showWindow());
    QAccessibleInterface* window = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(window);
    QAccessibleInterface* revoke = findAccessible(window, QAccessible::Button, u"Revoke laptop"_s);
    QVERIFY2(revoke, "no button named 'Revoke laptop' in the accessibility tree");
    QVERIFY(revoke->actionInterface());
    QVERIFY(revoke->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    revoke->actionInterface()->doAction(QAccessibleActionInterface::pressAction());

    // The confirmation is a window of the application; a screen reader reads its question and
    // presses its button the same way.
    QAccessibleInterface* question = nullptr;
    QTRY_VERIFY((question = findAccessible(applicationRoot(), QAccessible::StaticText,
                                           u"Revoke the token 'laptop'?"_s)) != nullptr);
    QAccessibleInterface* confirm = nullptr;
    QTRY_VERIFY((confirm = findAccessible(applicationRoot(), QAccessible::Button, u"Revoke"_s)) != nullptr);
    confirm->actionInterface()->doAction(QAccessibleActionInterface::pressAction());

    QTRY_COMPARE(m_window->activeModel()->rowCount(), 1);
    QCOMPARE(m_window->activeModel()->tokenAt(0).name, u"ci runner"_s);
    QTRY_COMPARE(m_window->inactiveModel()->rowCount(), 2);
    const Result<TokenPage> inactive = m_backend->listNow([] {
        ListQuery q;
        q.state = ListQuery::State::Inactive;
        q.search = u"laptop"_s;
        return q;
    }());
    QVERIFY(inactive);
    QCOMPARE(inactive.value().total, 1);
    QVERIFY(inactive.value().tokens.first().revoked);
    QTRY_VERIFY(findAccessible(QAccessible::queryAccessibleInterface(m_window.get()), QAccessible::Button,
                               u"Create similar laptop"_s));
    QVERIFY(!findAccessible(QAccessible::queryAccessibleInterface(m_window.get()), QAccessible::Button,
                            u"Revoke laptop"_s));
}

void TestAccessibility::everyControlIsNamedAfterItsLabel()
{
    QVERIFY(showWindow());
    m_window->showTokenForm();
    QTRY_VERIFY(m_window->tokenForm()->isVisible());

    const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
    const auto buddyText = [&labels](const QWidget* widget) -> QString {
        for (const QLabel* label : labels) {
            if (label->buddy() == widget)
                return withoutMnemonic(label->text());
        }
        return {};
    };

    int checked = 0;
    int rowButtons = 0;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString expected;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            // The clear button of a line edit and the table's corner button are parts of those controls.
            if (isInside(button, QLineEdit::staticMetaObject) ||
                isInside(button, QAbstractItemView::staticMetaObject))
                continue;
            expected = withoutMnemonic(button->text());
            if (auto* panel = qobject_cast<RowActionsPanel*>(button->parentWidget()->parentWidget())) {
                auto* model = qobject_cast<TokenTableModel*>(panel->view()->model());
                const int row = panel->rowOf(qobject_cast<QPushButton*>(button));
                QVERIFY(row >= 0);
                expected += u' ' + model->tokenAt(row).name;
                ++rowButtons;
            }
        } else if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                   qobject_cast<QComboBox*>(widget)) {
            if (isInside(widget, QAbstractSpinBox::staticMetaObject) ||
                isInside(widget, QComboBox::staticMetaObject))
                continue;
            expected = buddyText(widget);
            QVERIFY2(!expected.isEmpty(), qPrintable(u"no visible label for "_s + widget->objectName()));
        } else {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"no visible text on "_s + widget->objectName()));
        if (qobject_cast<QComboBox*>(widget)) {
            // On Linux Qt reports a combo box's current text as its name and names it through the
            // "labelled by" relation instead, as AT-SPI expects.
            QCOMPARE(widget->accessibleName(), expected);
            bool labelled = false;
            const auto relations = iface->relations(QAccessible::Label);
            for (const auto& [other, relation] : relations)
                labelled = labelled || other->text(QAccessible::Name) == expected;
            QVERIFY2(labelled, qPrintable(widget->objectName()));
        } else {
            QCOMPARE(iface->text(QAccessible::Name), expected);
        }
        ++checked;
    }
    QVERIFY(checked > 25); // search, sort, add, the form's fields and scopes, the row actions
    QCOMPARE(rowButtons, 2 * 2 + 1);
}

void TestAccessibility::rowActionsAreRealButtonsOutsideTheTable()
{
    QVERIFY(showWindow());
    for (const QString& name : {u"activeTableView"_s, u"inactiveTableView"_s}) {
        auto* view = Test::child<QTableView>(m_window.get(), name);
        QVERIFY(view);
        QVERIFY(view->viewport()->findChildren<QAbstractButton*>().isEmpty());
    }
    auto* panel = Test::child<RowActionsPanel>(m_window.get(), u"activeActionsPanel"_s);
    QVERIFY(!panel->view()->isAncestorOf(panel));
    const QList<QPushButton*> buttons = panel->buttonsForRow(0);
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0)->text(), u"Rotate"_s);
    QCOMPARE(buttons.at(0)->accessibleName(), u"Rotate ci runner"_s);
    QCOMPARE(buttons.at(1)->text(), u"Revoke"_s);
    QCOMPARE(buttons.at(1)->accessibleName(), u"Revoke ci runner"_s);
    // Each button sits on its row.
    const QRect rowRect = panel->view()->visualRect(m_window->activeModel()->index(0, 0));
    const QPoint rowCenter = panel->view()->viewport()->mapToGlobal(rowRect.center());
    const QPoint buttonCenter = buttons.at(0)->mapToGlobal(buttons.at(0)->rect().center());
    QVERIFY(qAbs(rowCenter.y() - buttonCenter.y()) <= 2);
}

void TestAccessibility::tablesExposeRowsAndColumns()
{
    QVERIFY(showWindow());
    QAccessibleInterface* window = QAccessible::queryAccessibleInterface(m_window.get());
    QAccessibleInterface* table =
        findAccessible(window, QAccessible::Table, u"Active personal access tokens"_s);
    QVERIFY(table);
    QAccessibleTableInterface* cells = table->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), 2);
    QCOMPARE(cells->columnCount(), 6);
    QCOMPARE(cells->cellAt(0, 0)->text(QAccessible::Name), u"ci runner"_s);
    QVERIFY(cells->cellAt(0, 5)->text(QAccessible::Name).contains(u"expires soon"_s));
    QVERIFY(findAccessible(window, QAccessible::Table, u"Inactive personal access tokens"_s));
    QVERIFY(findAccessible(window, QAccessible::StaticText, u"Active personal access tokens (2)"_s));
}

void TestAccessibility::tabReachesTheRowActions()
{
    QVERIFY(showWindow());
    auto* view = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    view->setFocus();
    view->setCurrentIndex(m_window->activeModel()->index(0, 0));
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QStringList reached;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->accessibleName();
    }
    QCOMPARE(reached, QStringList({u"Rotate ci runner"_s, u"Revoke ci runner"_s, u"Rotate laptop"_s,
                                   u"Revoke laptop"_s}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), Test::child<QTableView>(m_window.get(), u"inactiveTableView"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Create similar old script"_s);

    // From the table, Tab goes to the actions of the current row.
    auto* activeView = Test::child<QTableView>(m_window.get(), u"activeTableView"_s);
    activeView->setFocus();
    activeView->setCurrentIndex(m_window->activeModel()->index(1, 0));
    QTRY_COMPARE(QApplication::focusWidget(), activeView);
    QTest::keyClick(activeView, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Rotate laptop"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Revoke ci runner"_s);

    auto* inactiveView = Test::child<QTableView>(m_window.get(), u"inactiveTableView"_s);
    inactiveView->setFocus();
    QTest::keyClick(inactiveView, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Create similar old script"_s);

    // Space on a focused row action presses it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(m_window->tokenForm()->isVisible());
    QCOMPARE(m_window->tokenForm()->draft().name, u"old script"_s);
}

void TestAccessibility::tabOrderFollowsThePage()
{
    QVERIFY(showWindow());
    m_window->showTokenForm();
    QTRY_VERIFY(m_window->tokenForm()->isVisible());
    auto* search = Test::child<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QStringList reached;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(reached, QStringList({u"sortComboBox"_s, u"addTokenButton"_s, u"nameLineEdit"_s,
                                   u"descriptionLineEdit"_s, u"expiresDateEdit"_s}));

    // After the form's last button comes the active table.
    auto* cancel = Test::child<QPushButton>(m_window->tokenForm(), u"cancelButton"_s);
    QVERIFY(cancel);
    cancel->setFocus();
    QTest::keyClick(cancel, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), Test::child<QTableView>(m_window.get(), u"activeTableView"_s));
}

void TestAccessibility::copyFromKeychainThroughTheAccessibilityTree()
{
    if (!Test::Keychain::isIsolated())
        QSKIP("writes to the keychain: run inside tests/support/isolated-run");
    QTemporaryDir configDir;
    QVERIFY(configDir.isValid());
    qputenv("TOKENDESK_CONFIG_DIR", configDir.path().toUtf8());
    SecretVault vault(KeychainSettings::defaultFilePath());
    const Result<TokenPage> page = m_backend->listNow({});
    QVERIFY(page);
    qint64 laptopId = 0;
    for (const AccessToken& token : page.value().tokens) {
        if (token.name == u"laptop"_s)
            laptopId = token.id;
    }
    QVERIFY(laptopId != 0);
    const QByteArray secret = Test::Keychain::randomToken();
    const auto saved = Test::await<bool>([&](QObject* context, Callback<bool> done) {
        vault.save(m_backend->identity(), laptopId, Secret(secret), context, std::move(done));
    });
    QVERIFY(saved.ok());

    QVERIFY(showWindow(&vault));
    QAccessibleInterface* window = QAccessible::queryAccessibleInterface(m_window.get());
    QAccessibleInterface* copy = nullptr;
    QTRY_VERIFY((copy = findAccessible(window, QAccessible::Button, u"Copy from keychain laptop"_s)) !=
                nullptr);
    // Only the token with a saved secret offers it.
    QVERIFY(!findAccessible(window, QAccessible::Button, u"Copy from keychain ci runner"_s));
    QVERIFY(findAccessible(window, QAccessible::ColumnHeader, u"In keychain"_s));
    QApplication::clipboard()->clear();
    copy->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toUtf8() == secret, 20000);
    m_window->clipboard()->clearIfOurs();
    m_window.reset();
    qunsetenv("TOKENDESK_CONFIG_DIR");
}

void TestAccessibility::detailsFiltersAndCountsAreNamedAfterWhatTheyShow()
{
    QVERIFY(showWindow());
    QAccessibleInterface* window = QAccessible::queryAccessibleInterface(m_window.get());
    // The details pane: its text is named after its label, and says what to do while nothing is chosen.
    auto* details = Test::child<QPlainTextEdit>(m_window.get(), u"detailsTextEdit"_s);
    QCOMPARE(accessibleName(details),
             withoutMnemonic(Test::child<QLabel>(m_window.get(), u"detailsLabel"_s)->text()));
    QVERIFY(QAccessible::queryAccessibleInterface(details)->textInterface());
    // The counts are buttons named as they read.
    for (const QString& name : {u"activeCountButton"_s, u"expiringCountButton"_s, u"revokedCountButton"_s,
                                u"expiredCountButton"_s}) {
        auto* button = Test::child<QPushButton>(m_window.get(), name);
        QTRY_VERIFY(!button->text().isEmpty());
        QCOMPARE(accessibleName(button), button->text());
        // A toggle: a pressed count is the filter in use.
        const QAccessible::Role role = QAccessible::queryAccessibleInterface(button)->role();
        QVERIFY(role == QAccessible::Button || role == QAccessible::CheckBox);
        QVERIFY(findAccessible(window, role, button->text()));
    }
    // Each date filter is named after its label; "Clear filters" after its text.
    for (const QString& filter : {u"createdBefore"_s, u"createdAfter"_s, u"expiresBefore"_s,
                                  u"expiresAfter"_s, u"lastUsedBefore"_s, u"lastUsedAfter"_s}) {
        auto* label = Test::child<QLabel>(m_window.get(), filter + u"Label"_s);
        auto* edit = Test::child<QWidget>(m_window.get(), filter + u"DateEdit"_s);
        QCOMPARE(label->buddy(), edit);
        QCOMPARE(accessibleName(edit), withoutMnemonic(label->text()));
    }
    QVERIFY(findAccessible(window, QAccessible::Button, u"Clear filters"_s));
    // Pressing a count through the accessibility tree filters: "Revoked" hides the active table.
    auto* revoked = Test::child<QPushButton>(m_window.get(), u"revokedCountButton"_s);
    QAccessibleInterface* revokedIface =
        findAccessible(window, QAccessible::queryAccessibleInterface(revoked)->role(), revoked->text());
    QVERIFY(revokedIface);
    revokedIface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(!Test::child<QWidget>(m_window.get(), u"activeSection"_s)->isVisible());
    findAccessible(window, QAccessible::Button, u"Clear filters"_s)
        ->actionInterface()
        ->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(Test::child<QWidget>(m_window.get(), u"activeSection"_s)->isVisible());
}

// The tray's menu of due tokens (also where no tray shows it): each entry is announced as it reads, the
// arrow keys walk the entries, Return chooses one.
void TestAccessibility::dueTokensMenuIsNamedAndWalkedByKeyboard()
{
    DueTokensMenu due;
    ExpiryCheck::Report report;
    for (const auto& [name, days] : {std::pair{u"ci runner"_s, 5}, std::pair{u"laptop"_s, 12}}) {
        DueToken token;
        token.token.id = days;
        token.token.name = name;
        token.source = {u"offline"_s, u"Offline store"_s, {}};
        token.daysLeft = days;
        report.due << token;
    }
    report.failures << ExpiryCheck::Failure{{u"gitlab:host:alice"_s, u"alice @ host"_s, {}},
                                            BackendError::make(BackendError::Kind::Network, u"down"_s)};
    due.show(report, 30);
    QSignalSpy chosen(&due, &DueTokensMenu::tokenChosen);

    QMenu* menu = due.menu();
    menu->popup(QPoint(100, 100));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(menu);
    QVERIFY(iface);
    QStringList names;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* item = iface->child(i);
        if (item->role() != QAccessible::Separator)
            names << item->text(QAccessible::Name);
    }
    QStringList visible;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            visible << withoutMnemonic(action->text());
    }
    QCOMPARE(names, visible);
    QCOMPARE(names.size(), 5);
    QVERIFY(names.at(0).startsWith(u"ci runner · Offline store · "_s));
    QVERIFY(names.at(1).startsWith(u"laptop · Offline store · "_s));
    QCOMPARE(names.mid(2), (QStringList{u"Could not read alice @ host"_s, u"Show TokenDesk"_s, u"Quit"_s}));

    // Down, Down: the second entry; Return chooses it.
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), due.tokenActions().at(1));
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<DueToken>().token.name, u"laptop"_s);
}

QTEST_MAIN(TestAccessibility)
#include "tst_Accessibility.moc"
