// Group and project access tokens in the window, against the real local store with groups, projects and
// memberships: "Tokens of" chooses whose tokens are shown, the form asks for a role and offers only the
// scopes a resource token may have, the tables show each token's role, and "All my resources" lists
// what expires soon in every group and project.
#include "Await.h"
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "ResourceChooser.h"
#include "ResourceOverviewModel.h"
#include "ResourceOverviewPage.h"
#include "RowActionsPanel.h"
#include "ScopeCatalog.h"
#include "SecretDialog.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "TokenForm.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::GuiTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QStringList names(const TokenTableModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->tokenAt(row).name;
    return result;
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestResourceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chooserListsWhatTheUserManages();
    void typingFindsAProject();
    void createWithARoleInAProject();
    void personalOnlyScopesAreNotOffered();
    void roleAboveTheUsersOwnIsRefusedAtTheField();
    void rotateAndRevokeInAProject();
    void backToPersonal();
    void anotherAccountStartsAtPersonal();
    void overviewListsWhatExpiresSoon();
    void overviewOpensTheResource();
    void overviewNamesWhatItCouldNotRead();
    void keyboardReachesTheChooserAndTheOverview();

private:
    bool showWindow();
    void choose(const QString& typed);
    Result<CreatedToken> createIn(const Resource& resource, const TokenDraft& draft);
    QPushButton* rowButton(const QString& panel, const QString& accessibleName) const;
    QMessageBox* waitForMessageBox(const QString& objectName);
    ResourceChooser* chooser() const { return m_window->resourceChooser(); }
    int columnOf(const TokenTableModel* model, TokenTableModel::Column column) const
    {
        return model->sectionOf(column);
    }

    Test::ManualClock m_clock{Now};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    Resource m_acme;   // a group the user owns
    Resource m_web;    // a project of it (Owner, inherited)
    Resource m_cli;    // a project where the user is Maintainer
    Resource m_secret; // a project where the user is only Developer: not offered
};

void TestResourceWindow::initTestCase()
{
    Test::isolateStandardPaths();
}

void TestResourceWindow::init()
{
    m_clock.set(Now);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = LocalBackend::open(m_dir->filePath(u"tokens.sqlite"_s), m_clock);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_backend = std::move(opened).value();
    QVERIFY(m_backend->capabilities().resourceTokens);

    const auto add = [](Result<Resource> added, Resource& into) {
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        into = added.value();
    };
    add(m_backend->addGroupNow(u"acme"_s, u"Acme"_s), m_acme);
    add(m_backend->addProjectNow(u"acme/web"_s, u"Web"_s), m_web);
    Resource tools;
    add(m_backend->addGroupNow(u"tools"_s, u"Tools"_s), tools);
    add(m_backend->addProjectNow(u"tools/cli"_s, u"Command line"_s), m_cli);
    add(m_backend->addProjectNow(u"tools/secret"_s, u"Secret"_s), m_secret);
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Group, m_acme.id, AccessLevels::Owner));
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Project, m_cli.id, AccessLevels::Maintainer));
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Project, m_secret.id, AccessLevels::Developer));
    m_acme.accessLevel = AccessLevels::Owner;
    m_web.accessLevel = AccessLevels::Owner;
    m_cli.accessLevel = AccessLevels::Maintainer;
}

void TestResourceWindow::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_dir.reset();
}

bool TestResourceWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_backend, m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] {
        return m_window->activeModel()->hasLoaded() && chooser()->isVisible() && !chooser()->isLoading() &&
               chooser()->resources().size() == 3;
    });
}

// Types into "Tokens of" and presses Return, as a person finds a resource among hundreds.
void TestResourceWindow::choose(const QString& typed)
{
    QLineEdit* edit = chooser()->comboBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
}

Result<CreatedToken> TestResourceWindow::createIn(const Resource& resource, const TokenDraft& draft)
{
    std::unique_ptr<TokenBackend> scoped = m_backend->forResource(resource);
    if (!scoped)
        return BackendError::make(BackendError::Kind::Unknown, u"no backend for the resource"_s);
    return Test::await<CreatedToken>([&](QObject* context, Callback<CreatedToken> done) {
        scoped->create(draft, context, std::move(done));
    });
}

QPushButton* TestResourceWindow::rowButton(const QString& panel, const QString& accessibleName) const
{
    return visibleButtonNamed<QPushButton>(Test::child<RowActionsPanel>(m_window.get(), panel),
                                           accessibleName);
}

QMessageBox* TestResourceWindow::waitForMessageBox(const QString& objectName)
{
    return waitForVisibleChild<QMessageBox>(m_window.get(), objectName);
}

void TestResourceWindow::chooserListsWhatTheUserManages()
{
    QVERIFY(showWindow());
    QComboBox* combo = chooser()->comboBox();
    QStringList entries;
    for (int i = 0; i < combo->count(); ++i)
        entries << combo->itemText(i);
    // Groups the user owns and projects they maintain; not the project where they are only Developer.
    QCOMPARE(entries, QStringList({u"Personal"_s, u"All my resources"_s, u"acme (group)"_s,
                                   u"acme/web (project)"_s, u"tools/cli (project)"_s}));
    QCOMPARE(combo->currentText(), u"Personal"_s);
    QCOMPARE(chooser()->label()->buddy(), combo);
    QCOMPARE(combo->accessibleName(), withoutMnemonic(chooser()->label()->text()));
    QCOMPARE(chooser()->showButton()->accessibleName(), withoutMnemonic(chooser()->showButton()->text()));
}

void TestResourceWindow::typingFindsAProject()
{
    QVERIFY(showWindow());
    // Part of a path that matches one entry only is enough.
    choose(u"CLI"_s);
    QTRY_COMPARE(m_window->backend().resource().value_or(Resource{}).id, m_cli.id);
    QCOMPARE(chooser()->comboBox()->currentText(), u"tools/cli (project)"_s);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"headingLabel"_s)->text(),
             u"Project access tokens: tools/cli"_s);
    QTRY_VERIFY(m_window->activeModel()->hasLoaded());
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active project access tokens (0)"_s);

    // Two matches: nothing changes, the status bar says why.
    choose(u"cme"_s);
    QTest::qWait(50);
    QCOMPARE(m_window->backend().resource().value_or(Resource{}).id, m_cli.id);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"choose one from the list"_s));

    // The Show button picks what was typed; a full path is enough even when longer paths contain it.
    chooser()->comboBox()->lineEdit()->setText(u"acme/web"_s);
    QTest::mouseClick(chooser()->showButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->backend().resource().value_or(Resource{}).id, m_web.id);
    choose(u"acme"_s);
    QTRY_COMPARE(m_window->backend().resource().value_or(Resource{}).kind, ResourceRef::Kind::Group);
    QCOMPARE(m_window->backend().resource()->id, m_acme.id);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"headingLabel"_s)->text(), u"Group access tokens: acme"_s);
}

void TestResourceWindow::createWithARoleInAProject()
{
    QVERIFY(showWindow());
    choose(u"tools/cli"_s);
    QTRY_VERIFY(m_window->backend().resource().has_value());
    QTRY_VERIFY(m_window->activeModel()->hasLoaded());

    m_window->showTokenForm();
    TokenForm* form = m_window->tokenForm();
    QTRY_VERIFY(form->isVisible());
    auto* role = Test::child<QComboBox>(form, u"roleComboBox"_s);
    QVERIFY(role->isVisible());
    QCOMPARE(role->currentText(), u"Maintainer"_s); // GitLab's default
    QCOMPARE(role->accessibleName(), u"Role"_s);
    QCOMPARE(Test::child<QPushButton>(form, u"createButton"_s)->accessibleName(),
             u"Create project access token"_s);
    Test::child<QLineEdit>(form, u"nameLineEdit"_s)->setText(u"release bot"_s);
    role->setCurrentIndex(role->findData(AccessLevels::Developer));
    Test::child<QCheckBox>(form, u"scopeCheckBox_read_repository"_s)->setChecked(true);
    QTest::mouseClick(Test::child<QPushButton>(form, u"createButton"_s), Qt::LeftButton);

    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    QVERIFY(Test::child<QLineEdit>(dialog, u"secretLineEdit"_s)->text().startsWith(u"glpat-"_s));
    QCOMPARE(dialog->token().accessLevel, AccessLevels::Developer);
    QCOMPARE(dialog->windowTitle(), u"Your new group or project access token"_s);
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    QPushButton* closeAnyway = nullptr;
    QTRY_VERIFY((closeAnyway = visibleChild<QPushButton>(dialog, u"closeWithoutCopyingButton"_s)) != nullptr);
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));

    // The table has a Role column saying what the token may do there.
    TokenTableModel* active = m_window->activeModel();
    QTRY_COMPARE(names(active), QStringList{u"release bot"_s});
    const int roleColumn = columnOf(active, TokenTableModel::Column::Role);
    QVERIFY(roleColumn >= 0);
    QCOMPARE(active->headerData(roleColumn, Qt::Horizontal).toString(), u"Role"_s);
    QCOMPARE(cell(active, 0, roleColumn), u"Developer"_s);
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active project access tokens (1)"_s);

    // It is the project's token, not a personal one.
    const Result<TokenPage> personal = m_backend->listNow({});
    QVERIFY(personal);
    QCOMPARE(personal.value().total, 0);
    std::unique_ptr<TokenBackend> project = m_backend->forResource(m_cli);
    const Result<TokenPage> listed = Test::await<TokenPage>(
        [&](QObject* context, Callback<TokenPage> done) { project->list({}, context, std::move(done)); });
    QVERIFY(listed);
    QCOMPARE(listed.value().tokens.size(), 1);
    QCOMPARE(listed.value().tokens.first().accessLevel, AccessLevels::Developer);
}

void TestResourceWindow::personalOnlyScopesAreNotOffered()
{
    QVERIFY(showWindow());
    m_window->showTokenForm();
    TokenForm* form = m_window->tokenForm();
    QTRY_VERIFY(form->isVisible());
    auto* readUser = Test::child<QCheckBox>(form, u"scopeCheckBox_read_user"_s);
    QVERIFY(readUser->isVisible());
    readUser->setChecked(true);
    QVERIFY(!Test::child<QComboBox>(form, u"roleComboBox"_s)->isVisible());

    choose(u"acme/web"_s);
    QTRY_VERIFY(m_window->backend().resource().has_value());
    QTRY_VERIFY(Test::child<QComboBox>(form, u"roleComboBox"_s)->isVisible());
    for (const QString& scope : {u"read_user"_s, u"sudo"_s, u"admin_mode"_s}) {
        auto* box = Test::child<QCheckBox>(form, u"scopeCheckBox_"_s + scope);
        QVERIFY2(!box->isVisible(), qPrintable(scope));
        QVERIFY2(!box->isChecked(), qPrintable(scope));
    }
    for (const QString& scope : ScopeCatalog::resourceScopes())
        QVERIFY2(Test::child<QCheckBox>(form, u"scopeCheckBox_"_s + scope)->isVisible(), qPrintable(scope));
    QVERIFY(!form->draft().scopes.contains(u"read_user"_s));
}

void TestResourceWindow::roleAboveTheUsersOwnIsRefusedAtTheField()
{
    QVERIFY(showWindow());
    choose(u"tools/cli"_s); // the user is Maintainer there
    QTRY_VERIFY(m_window->backend().resource().has_value());
    m_window->showTokenForm();
    TokenForm* form = m_window->tokenForm();
    QTRY_VERIFY(form->isVisible());
    Test::child<QLineEdit>(form, u"nameLineEdit"_s)->setText(u"too strong"_s);
    Test::child<QCheckBox>(form, u"scopeCheckBox_api"_s)->setChecked(true);
    auto* role = Test::child<QComboBox>(form, u"roleComboBox"_s);
    role->setCurrentIndex(role->findData(AccessLevels::Owner));
    QTest::mouseClick(Test::child<QPushButton>(form, u"createButton"_s), Qt::LeftButton);

    auto* error = Test::child<QLabel>(form, u"roleErrorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"above your own role"_s), qPrintable(error->text()));
    QCOMPARE(role->accessibleDescription(), error->text());
    QVERIFY(hasKeyboardFocus(role));
    QVERIFY(!visibleChild<SecretDialog>(m_window.get()));
    // The error sits right below the field.
    QVERIFY(error->geometry().top() >= role->mapTo(form, QPoint(0, role->height())).y());

    // Choosing another role clears it; Maintainer is allowed.
    role->setCurrentIndex(role->findData(AccessLevels::Maintainer));
    Q_EMIT role->activated(role->currentIndex());
    QVERIFY(!error->isVisible());
    QTest::mouseClick(Test::child<QPushButton>(form, u"createButton"_s), Qt::LeftButton);
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    QCOMPARE(dialog->token().accessLevel, AccessLevels::Maintainer);
}

void TestResourceWindow::rotateAndRevokeInAProject()
{
    const Result<CreatedToken> deployer = createIn(m_web, [] {
        TokenDraft draft = Test::draft(u"deployer"_s, 40, {u"read_api"_s});
        draft.accessLevel = AccessLevels::Reporter;
        return draft;
    }());
    QVERIFY2(deployer, deployer ? "" : qPrintable(deployer.error().message));
    QVERIFY(showWindow());
    // Not among the personal tokens.
    QCOMPARE(m_window->activeModel()->rowCount(), 0);
    choose(u"acme/web"_s);
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"deployer"_s});

    QPushButton* rotate = nullptr;
    QTRY_VERIFY((rotate = rowButton(u"activeActionsPanel"_s, u"Rotate deployer"_s)) != nullptr);
    QTest::mouseClick(rotate, Qt::LeftButton);
    QMessageBox* box = waitForMessageBox(u"rotateConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SecretDialog>(m_window.get())) != nullptr);
    QCOMPARE(dialog->token().name, u"deployer"_s);
    QCOMPARE(dialog->token().accessLevel, AccessLevels::Reporter);
    QVERIFY(dialog->token().id != deployer.value().token.id);
    const qint64 successor = dialog->token().id;
    QTest::mouseClick(Test::child<QPushButton>(dialog, u"doneButton"_s), Qt::LeftButton);
    QPushButton* closeAnyway = nullptr;
    QTRY_VERIFY((closeAnyway = visibleChild<QPushButton>(dialog, u"closeWithoutCopyingButton"_s)) != nullptr);
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<SecretDialog>(m_window.get()));
    QTRY_COMPARE(m_window->activeModel()->rowCount(), 1);
    QTRY_COMPARE(m_window->activeModel()->tokenAt(0).id, successor);
    QTRY_COMPARE(m_window->inactiveModel()->rowCount(), 1);

    QPushButton* revoke = nullptr;
    QTRY_VERIFY((revoke = rowButton(u"activeActionsPanel"_s, u"Revoke deployer"_s)) != nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    box = waitForMessageBox(u"revokeConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Revoke the token 'deployer'?"_s);
    QTest::mouseClick(Test::child<QPushButton>(box, u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_window->activeModel()->rowCount(), 0);
    QTRY_COMPARE(m_window->inactiveModel()->rowCount(), 2);
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"inactiveHeadingLabel"_s)->text(),
                 u"Inactive project access tokens (2)"_s);
    QTRY_VERIFY(rowButton(u"inactiveActionsPanel"_s, u"Create similar deployer"_s));

    // Create similar keeps the role.
    QTest::mouseClick(rowButton(u"inactiveActionsPanel"_s, u"Create similar deployer"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->tokenForm()->isVisible());
    QCOMPARE(m_window->tokenForm()->draft().accessLevel, AccessLevels::Reporter);
    QCOMPARE(m_window->tokenForm()->draft().name, u"deployer"_s);
}

void TestResourceWindow::backToPersonal()
{
    QVERIFY(m_backend->createNow(Test::draft(u"laptop"_s, 40, {u"read_user"_s})));
    QVERIFY(createIn(m_web, Test::draft(u"web bot"_s, 40, {u"read_api"_s})));
    QVERIFY(showWindow());
    QCOMPARE(names(m_window->activeModel()), QStringList{u"laptop"_s});
    QCOMPARE(columnOf(m_window->activeModel(), TokenTableModel::Column::Role), -1);

    choose(u"acme/web"_s);
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"web bot"_s});
    QVERIFY(columnOf(m_window->activeModel(), TokenTableModel::Column::Role) >= 0);

    // Choosing Personal from the list, as with the keyboard.
    QComboBox* combo = chooser()->comboBox();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home, Qt::ControlModifier);
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"laptop"_s});
    QVERIFY(!m_window->backend().resource());
    QCOMPARE(columnOf(m_window->activeModel(), TokenTableModel::Column::Role), -1);
    QCOMPARE(Test::child<QLabel>(m_window.get(), u"headingLabel"_s)->text(), u"Personal access tokens"_s);
    QTRY_COMPARE(Test::child<QLabel>(m_window.get(), u"activeHeadingLabel"_s)->text(),
                 u"Active personal access tokens (1)"_s);
    m_window->showTokenForm();
    QTRY_VERIFY(m_window->tokenForm()->isVisible());
    QVERIFY(!Test::child<QComboBox>(m_window->tokenForm(), u"roleComboBox"_s)->isVisible());
    QVERIFY(Test::child<QCheckBox>(m_window->tokenForm(), u"scopeCheckBox_read_user"_s)->isVisible());
    QCOMPARE(Test::child<QPushButton>(m_window->tokenForm(), u"createButton"_s)->accessibleName(),
             u"Create personal access token"_s);
}

void TestResourceWindow::anotherAccountStartsAtPersonal()
{
    QVERIFY(showWindow());
    choose(u"acme/web"_s);
    QTRY_VERIFY(m_window->backend().resource().has_value());

    // Another account (here a second store): its personal tokens, and its own groups and projects.
    QTemporaryDir otherDir;
    auto opened = LocalBackend::open(otherDir.filePath(u"other.sqlite"_s), m_clock);
    QVERIFY(opened);
    std::unique_ptr<LocalBackend> other = std::move(opened).value();
    QVERIFY(other->createNow(Test::draft(u"other laptop"_s, 40)));
    m_window->setSession(AccountSession::forBackend(*other, nullptr));
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"other laptop"_s});
    QCOMPARE(chooser()->choice(), ResourceChooser::Choice::Personal);
    QCOMPARE(chooser()->comboBox()->currentText(), u"Personal"_s);
    QVERIFY(!m_window->backend().resource());
    QTRY_VERIFY(!chooser()->isLoading());
    QCOMPARE(chooser()->resources().size(), 0);
    m_window.reset();
}

void TestResourceWindow::overviewListsWhatExpiresSoon()
{
    TokenDraft soon = Test::draft(u"web deploy"_s, 5, {u"read_api"_s});
    soon.accessLevel = AccessLevels::Developer;
    QVERIFY(createIn(m_web, soon));
    QVERIFY(createIn(m_acme, Test::draft(u"group reader"_s, 20, {u"read_api"_s})));
    QVERIFY(createIn(m_cli, Test::draft(u"cli release"_s, 60, {u"api"_s})));
    QVERIFY(m_backend->createNow(Test::draft(u"personal soon"_s, 3, {u"api"_s})));
    QVERIFY(showWindow());

    chooser()->chooseOverview();
    ResourceOverviewPage* page = m_window->overviewPage();
    QTRY_VERIFY(page->isVisible());
    QVERIFY(!Test::child<QWidget>(m_window.get(), u"tokensPage"_s)->isVisible());
    QTRY_VERIFY(page->hasLoaded());
    ResourceOverviewModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->windowDays(), 30);
    // Soonest first; personal tokens are not part of it; the 60-day one is outside the window.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Resource"_s);
    QCOMPARE(cell(model, 0, 0), u"acme/web"_s);
    QCOMPARE(cell(model, 0, 1), u"web deploy"_s);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"Role"_s);
    QCOMPARE(cell(model, 0, 2), u"Developer"_s);
    QCOMPARE(cell(model, 1, 0), u"acme"_s);
    QCOMPARE(cell(model, 1, 2), u"Maintainer"_s);
    QCOMPARE(Test::child<QLabel>(page, u"overviewHeadingLabel"_s)->text(),
             u"Group and project access tokens (2)"_s);
    QVERIFY(!Test::child<QLabel>(page, u"failuresLabel"_s)->isVisible());

    // A wider window, chosen as a person does.
    auto* window = Test::child<QComboBox>(page, u"windowComboBox"_s);
    QCOMPARE(window->accessibleName(), u"Expiring within"_s);
    window->setCurrentIndex(window->findData(90));
    Q_EMIT window->activated(window->currentIndex());
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(cell(model, 2, 0), u"tools/cli"_s);
    window->setCurrentIndex(window->findData(7));
    Q_EMIT window->activated(window->currentIndex());
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, 1), u"web deploy"_s);
    window->setCurrentIndex(window->findData(0));
    Q_EMIT window->activated(window->currentIndex());
    QTRY_COMPARE(model->rowCount(), 3);
}

void TestResourceWindow::overviewOpensTheResource()
{
    QVERIFY(createIn(m_cli, Test::draft(u"cli release"_s, 10, {u"api"_s})));
    QVERIFY(showWindow());
    chooser()->chooseOverview();
    ResourceOverviewPage* page = m_window->overviewPage();
    QTRY_VERIFY(page->hasLoaded());
    QPushButton* open = nullptr;
    QTRY_VERIFY((open = visibleButtonNamed<QPushButton>(page, u"Open resource cli release in tools/cli"_s)) !=
                nullptr);
    QCOMPARE(open->text(), u"Open resource"_s);
    open->setFocus();
    QTest::keyClick(open, Qt::Key_Space);
    QTRY_VERIFY(!page->isVisible());
    QTRY_COMPARE(m_window->backend().resource().value_or(Resource{}).id, m_cli.id);
    QCOMPARE(chooser()->comboBox()->currentText(), u"tools/cli (project)"_s);
    QTRY_COMPARE(names(m_window->activeModel()), QStringList{u"cli release"_s});
}

void TestResourceWindow::overviewNamesWhatItCouldNotRead()
{
    QVERIFY(createIn(m_web, Test::draft(u"web deploy"_s, 5, {u"read_api"_s})));
    QVERIFY(createIn(m_cli, Test::draft(u"cli release"_s, 6, {u"api"_s})));
    QVERIFY(showWindow());
    chooser()->chooseOverview();
    // The user loses the role on tools/cli after the list of resources was read, before its tokens are.
    QVERIFY(m_backend->setMembershipNow(ResourceRef::Kind::Project, m_cli.id, 0));
    ResourceOverviewPage* page = m_window->overviewPage();
    QTRY_VERIFY(page->hasLoaded());
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(cell(page->model(), 0, 0), u"acme/web"_s);
    auto* failures = Test::child<QLabel>(page, u"failuresLabel"_s);
    QVERIFY(failures->isVisible());
    QVERIFY2(failures->text().contains(u"tools/cli: "_s), qPrintable(failures->text()));
    QCOMPARE(failures->accessibleName(), failures->text());
}

void TestResourceWindow::keyboardReachesTheChooserAndTheOverview()
{
    QVERIFY(createIn(m_web, Test::draft(u"web deploy"_s, 5, {u"read_api"_s})));
    QVERIFY(showWindow());
    // Alt+E (the label's mnemonic) goes to "Tokens of"; Tab then reaches Show and the search field.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(chooser()->comboBox()->hasFocus() || chooser()->comboBox()->lineEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chooser()->showButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchLineEdit"_s);

    // The overview, chosen from the keyboard: the list opens with Alt+Down, Return picks.
    QLineEdit* edit = chooser()->comboBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"All my"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    ResourceOverviewPage* page = m_window->overviewPage();
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(page->hasLoaded());
    // The row's button is laid out beside its row once the table has been shown.
    QTRY_VERIFY(visibleButtonNamed<QPushButton>(page, u"Open resource web deploy in acme/web"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chooser()->showButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"windowComboBox"_s);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Expiring within"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* view = Test::child<QTableView>(page, u"overviewTableView"_s);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->accessibleName(), u"Group and project access tokens"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget()->accessibleName(), u"Open resource web deploy in acme/web"_s);
    // Return on a row opens its resource as well.
    view->setFocus();
    view->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_window->backend().resource().value_or(Resource{}).id, m_web.id);
}

QTEST_MAIN(TestResourceWindow)
#include "tst_ResourceWindow.moc"
