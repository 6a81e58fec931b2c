#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Logging.h"
#include "PreferencesDialog.h"
#include "RowActionsPanel.h"
#include "SecretDialog.h"
#include "SecureClipboard.h"
#include "TimeText.h"
#include "TokenBackend.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "Validation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <chrono>

namespace TokenDesk {

namespace {

constexpr int SearchDelayMs = 300;
constexpr int SecondaryContentFallbackMs = 250;

QString withoutMnemonic(QString text)
{
    static const QChar amp = u'&';
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == amp && i + 1 < text.size()) {
            ++i;
        }
        plain += text.at(i);
    }
    return plain;
}

QString escapedForMenu(QString text)
{
    return text.replace(QStringLiteral("&"), QStringLiteral("&&"));
}

void scaleFont(QWidget* widget, qreal factor)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    widget->setFont(font);
}

} // namespace

MainWindow::MainWindow(TokenBackend& backend, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_backend(backend), m_clock(clock),
      m_activeModel(new TokenTableModel(backend, clock, ListQuery::State::Active, this)),
      m_inactiveModel(new TokenTableModel(backend, clock, ListQuery::State::Inactive, this)), m_form(nullptr),
      m_clipboard(new SecureClipboard(this)), m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    scaleFont(m_ui->headingLabel, 1.6);
    scaleFont(m_ui->activeHeadingLabel, 1.2);
    scaleFont(m_ui->inactiveHeadingLabel, 1.2);
    m_ui->headingLabel->setAccessibleName(m_ui->headingLabel->text());

    m_form = new TokenForm(clock, m_ui->formContainer);
    m_form->setObjectName(QStringLiteral("tokenForm"));
    m_form->setMaxLifetimeDays(backend.maxLifetimeDays());
    m_ui->formContainerLayout->addWidget(m_form);
    m_ui->formScrollArea->setMinimumHeight(220);
    m_ui->formScrollArea->hide();

    m_clipboard->setClearDelay(std::chrono::seconds(AppSettings::clipboardClearSeconds()));

    m_ui->searchLineEdit->setPlaceholderText(tr("Token name"));
    m_ui->searchLineEdit->setAccessibleName(withoutMnemonic(m_ui->searchLabel->text()));
    m_ui->sortComboBox->setAccessibleName(withoutMnemonic(m_ui->sortLabel->text()));
    m_ui->loadErrorLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));

    setUpTabOrder();
    setUpTable(m_ui->activeTableView, m_activeModel, m_ui->activeActionsPanel);
    setUpTable(m_ui->inactiveTableView, m_inactiveModel, m_ui->inactiveActionsPanel);
    m_ui->activeActionsPanel->setActions({
        {RotateAction, tr("Rotate"), tr("Rotate %1"), QStringLiteral("rotateRowButton")},
        {RevokeAction, tr("Revoke"), tr("Revoke %1"), QStringLiteral("revokeRowButton")},
    });
    m_ui->inactiveActionsPanel->setActions({
        {CreateSimilarAction, tr("Create similar"), tr("Create similar %1"),
         QStringLiteral("createSimilarRowButton")},
    });
    for (QTableView* view : {m_ui->activeTableView, m_ui->inactiveTableView}) {
        view->verticalHeader()->setDefaultSectionSize(m_ui->activeActionsPanel->preferredRowHeight());
    }
    setUpSortChoices();
    updateSortIndicators();
    updateHeadings();
    for (QLabel* label :
         {m_ui->activeCountLabel, m_ui->expiringCountLabel, m_ui->revokedCountLabel, m_ui->expiredCountLabel})
        label->clear();

    auto* backendLabel = new QLabel(backend.displayName(), this);
    backendLabel->setObjectName(QStringLiteral("backendLabel"));
    backendLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(backendLabel, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);

    connect(m_ui->addTokenButton, &QPushButton::clicked, this, &MainWindow::showTokenForm);
    connect(m_ui->newTokenAction, &QAction::triggered, this, &MainWindow::showTokenForm);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    connect(m_form, &TokenForm::createRequested, this, &MainWindow::create);
    connect(m_form, &TokenForm::cancelled, this, [this] {
        m_form->reset();
        hideTokenForm();
    });

    connect(&m_backend, &TokenBackend::tokensChanged, this, &MainWindow::scheduleRefresh);
    for (TokenTableModel* model : {m_activeModel, m_inactiveModel}) {
        connect(model, &TokenTableModel::totalCountChanged, this, &MainWindow::updateHeadings);
        connect(model, &TokenTableModel::pageLoaded, this, [this] {
            m_ui->loadErrorLabel->hide();
            updateHeadings();
        });
        connect(model, &TokenTableModel::loadFailed, this, &MainWindow::showLoadError);
    }

    m_ui->formContainer->installEventFilter(this);
    m_ui->activeTableView->viewport()->installEventFilter(this);
    m_ui->activeEmptyLabel->installEventFilter(this);

    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);

    // The active table comes first; the rest is read once it has been painted, so that a large store
    // does not delay the first rows.
    connect(this, &MainWindow::firstContentPainted, this, &MainWindow::loadSecondaryContent,
            Qt::QueuedConnection);
    connect(m_activeModel, &TokenTableModel::pageLoaded, this, [this] {
        if (!m_secondaryRequested)
            QTimer::singleShot(SecondaryContentFallbackMs, this, &MainWindow::loadSecondaryContent);
    });
    m_activeModel->refresh();
    m_refreshDay = m_clock.todayUtc();

    // Relative times age, and tokens expire at 00:00 UTC: keep both true while the window stays open.
    auto* minuteTimer = new QTimer(this);
    minuteTimer->setInterval(std::chrono::minutes(1));
    connect(minuteTimer, &QTimer::timeout, this, [this] {
        if (m_clock.todayUtc() != m_refreshDay) {
            refresh();
            return;
        }
        m_activeModel->updateTimes();
        m_inactiveModel->updateTimes();
    });
    minuteTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTable(QTableView* view, TokenTableModel* model, RowActionsPanel* panel)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QList<TokenTableModel::Column> columns = model->columns();
    for (int section = 0; section < columns.size(); ++section) {
        using C = TokenTableModel::Column;
        int width = 120;
        switch (columns.at(section)) {
        case C::Name:
        case C::Description:
        case C::Scopes:
            width = 170;
            break;
        case C::Created:
            width = 100;
            break;
        default:
            break;
        }
        header->resizeSection(section, width);
    }
    connect(header, &QHeaderView::sectionClicked, this,
            [this, model](int section) { onHeaderClicked(model, section); });

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, model](const QPoint& pos) { openRowMenu(view, model, pos); });
    auto* menuAction = new QAction(tr("Token actions"), view);
    menuAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    menuAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(menuAction, &QAction::triggered, this, [this, view, model] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            openRowMenu(view, model, view->visualRect(current).center());
    });
    view->addAction(menuAction);
    if (model->state() == ListQuery::State::Active) {
        auto* revokeAction = new QAction(tr("Revoke"), view);
        revokeAction->setShortcut(QKeySequence::Delete);
        revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(revokeAction, &QAction::triggered, this, [this, view, model] {
            const QModelIndex current = view->currentIndex();
            if (current.isValid())
                onRowAction(model, RevokeAction, current.row());
        });
        view->addAction(revokeAction);
    }

    panel->setView(view);
    panel->setRowLabel(
        [model](int row) { return row < model->rowCount() ? model->tokenAt(row).name : QString(); });
    panel->setRowEnabled([this, model](int row) {
        return row < model->rowCount() && !m_pending.contains(model->tokenAt(row).id);
    });
    connect(panel, &RowActionsPanel::actionTriggered, this,
            [this, model](int action, int row) { onRowAction(model, action, row); });
}

void MainWindow::setUpSortChoices()
{
    using S = ListQuery::Sort;
    const QList<std::pair<S, QString>> choices = {
        {S::ExpiresAsc, tr("Expiration date, soonest first")},
        {S::ExpiresDesc, tr("Expiration date, latest first")},
        {S::CreatedDesc, tr("Created, newest first")},
        {S::CreatedAsc, tr("Created, oldest first")},
        {S::LastUsedDesc, tr("Last used, most recent first")},
        {S::LastUsedAsc, tr("Last used, least recent first")},
        {S::NameAsc, tr("Name, A to Z")},
        {S::NameDesc, tr("Name, Z to A")},
    };
    for (const auto& [sort, text] : choices)
        m_ui->sortComboBox->addItem(text, static_cast<int>(sort));
    connect(m_ui->sortComboBox, &QComboBox::activated, this, [this](int index) {
        m_activeModel->setSortOrder(
            static_cast<ListQuery::Sort>(m_ui->sortComboBox->itemData(index).toInt()));
        updateSortIndicators();
    });
}

void MainWindow::setUpTabOrder()
{
    QList<QWidget*> order = {m_ui->searchLineEdit, m_ui->sortComboBox, m_ui->addTokenButton};
    for (QWidget* widget = nextInFocusChain(); widget && widget != this;
         widget = widget->nextInFocusChain()) {
        if (m_form->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            order << widget;
    }
    order << m_ui->activeTableView << m_ui->inactiveTableView;
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void MainWindow::showTokenForm()
{
    revealTokenForm();
    m_form->focusFirstField();
}

void MainWindow::revealTokenForm()
{
    if (m_ui->formScrollArea->isVisible())
        return;
    m_ui->formScrollArea->show();
    // The form takes the room it needs (up to two thirds); the tables share the rest.
    const int total = m_ui->splitter->height();
    const int wanted = m_form->sizeHint().height() + 2 * m_ui->formScrollArea->frameWidth();
    const int form = std::min(wanted, total * 2 / 3);
    const int rest = std::max(0, total - form);
    m_ui->splitter->setSizes({form, rest - rest / 3, rest / 3});
}

void MainWindow::hideTokenForm()
{
    m_ui->formScrollArea->hide();
    m_ui->addTokenButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::loadSecondaryContent()
{
    if (m_secondaryRequested)
        return;
    m_secondaryRequested = true;
    m_backend.whoami(this, [this](Result<Account> result) {
        if (result)
            m_form->setAdministrator(result.value().isAdmin);
        else
            qCInfo(lcGui) << "Could not tell whether the account is an administrator:"
                          << result.error().message;
    });
    m_inactiveModel->refresh();
    refreshSummary();
}

void MainWindow::refresh()
{
    m_refreshDay = m_clock.todayUtc();
    m_activeModel->refresh();
    if (!m_secondaryRequested)
        return;
    m_inactiveModel->refresh();
    refreshSummary();
}

void MainWindow::refreshSummary()
{
    m_backend.summary(this, [this](Result<TokenSummary> result) {
        if (result)
            updateSummary(result.value());
        else
            showLoadError(result.error());
    });
}

void MainWindow::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshScheduled = false;
            refresh();
        },
        Qt::QueuedConnection);
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    const QString search = m_ui->searchLineEdit->text().trimmed();
    m_activeModel->setSearch(search);
    m_inactiveModel->setSearch(search);
}

void MainWindow::updateSummary(const TokenSummary& summary)
{
    m_ui->activeCountLabel->setText(tr("Active: %1").arg(summary.active));
    m_ui->expiringCountLabel->setText(tr("Expiring within 2 weeks: %1").arg(summary.expiringSoon));
    m_ui->revokedCountLabel->setText(tr("Revoked: %1").arg(summary.revoked));
    m_ui->expiredCountLabel->setText(tr("Expired: %1").arg(summary.expired));
    for (QLabel* label : {m_ui->activeCountLabel, m_ui->expiringCountLabel, m_ui->revokedCountLabel,
                          m_ui->expiredCountLabel}) {
        label->setAccessibleName(label->text());
    }
}

void MainWindow::updateHeadings()
{
    const bool searching = !m_activeModel->search().isEmpty();
    const auto heading = [](TokenTableModel* model, const QString& title, const QString& titleWithCount) {
        if (!model->hasLoaded())
            return title;
        if (model->totalCount() >= 0)
            return titleWithCount.arg(model->totalCount());
        // A server that does not say how many there are (GitLab above 10,000): what is known so far.
        const QString loaded = QString::number(model->rowCount());
        return titleWithCount.arg(model->canFetchMore({}) ? tr("%1+").arg(loaded) : loaded);
    };
    m_ui->activeHeadingLabel->setText(heading(m_activeModel, tr("Active personal access tokens"),
                                              tr("Active personal access tokens (%1)")));
    m_ui->inactiveHeadingLabel->setText(heading(m_inactiveModel, tr("Inactive personal access tokens"),
                                                tr("Inactive personal access tokens (%1)")));
    m_ui->activeHeadingLabel->setAccessibleName(m_ui->activeHeadingLabel->text());
    m_ui->inactiveHeadingLabel->setAccessibleName(m_ui->inactiveHeadingLabel->text());
    m_ui->activeTableView->setAccessibleName(tr("Active personal access tokens"));
    m_ui->inactiveTableView->setAccessibleName(tr("Inactive personal access tokens"));

    const bool activeEmpty = m_activeModel->hasLoaded() && m_activeModel->rowCount() == 0;
    m_ui->activeEmptyLabel->setText(searching ? tr("No active token matches the search.")
                                              : tr("This user has no active personal access tokens."));
    m_ui->activeEmptyLabel->setAccessibleName(m_ui->activeEmptyLabel->text());
    m_ui->activeTableView->setVisible(!activeEmpty);
    m_ui->activeActionsPanel->setVisible(!activeEmpty);
    m_ui->activeEmptyLabel->setVisible(activeEmpty);

    const bool inactiveEmpty = m_inactiveModel->hasLoaded() && m_inactiveModel->rowCount() == 0;
    m_ui->inactiveEmptyLabel->setText(searching ? tr("No inactive token matches the search.")
                                                : tr("This user has no inactive personal access tokens."));
    m_ui->inactiveEmptyLabel->setAccessibleName(m_ui->inactiveEmptyLabel->text());
    m_ui->inactiveTableView->setVisible(!inactiveEmpty);
    m_ui->inactiveActionsPanel->setVisible(!inactiveEmpty);
    m_ui->inactiveEmptyLabel->setVisible(inactiveEmpty);
}

void MainWindow::onHeaderClicked(TokenTableModel* model, int section)
{
    const TokenTableModel::Column column = model->columnAt(section);
    const auto [currentColumn, currentOrder] = TokenTableModel::columnFor(model->sortOrder());
    Qt::SortOrder order = Qt::AscendingOrder;
    if (column == currentColumn)
        order = currentOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (const auto sort = TokenTableModel::sortFor(column, order))
        model->setSortOrder(*sort);
    updateSortIndicators();
}

void MainWindow::updateSortIndicators()
{
    const std::pair<TokenTableModel*, QTableView*> tables[] = {
        {m_activeModel, m_ui->activeTableView},
        {m_inactiveModel, m_ui->inactiveTableView},
    };
    for (const auto& [model, view] : tables) {
        const auto [column, order] = TokenTableModel::columnFor(model->sortOrder());
        view->horizontalHeader()->setSortIndicator(model->sectionOf(column), order);
    }
    const int index = m_ui->sortComboBox->findData(static_cast<int>(m_activeModel->sortOrder()));
    if (index >= 0)
        m_ui->sortComboBox->setCurrentIndex(index);
}

void MainWindow::onRowAction(TokenTableModel* model, int action, int row)
{
    if (row < 0 || row >= model->rowCount())
        return;
    const AccessToken token = model->tokenAt(row);
    switch (action) {
    case RotateAction:
        confirmRotate(token);
        break;
    case RevokeAction:
        confirmRevoke(token);
        break;
    case CreateSimilarAction:
        createSimilar(token);
        break;
    default:
        break;
    }
}

void MainWindow::openRowMenu(QTableView* view, TokenTableModel* model, const QPoint& viewportPos)
{
    QModelIndex index = view->indexAt(viewportPos);
    if (!index.isValid())
        index = view->currentIndex();
    if (!index.isValid())
        return;
    const AccessToken token = model->tokenAt(index.row());
    const bool enabled = !m_pending.contains(token.id);
    const QString name = escapedForMenu(token.name);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (model->state() == ListQuery::State::Active) {
        QAction* rotate =
            menu->addAction(tr("Rotate %1").arg(name), this, [this, token] { confirmRotate(token); });
        QAction* revoke =
            menu->addAction(tr("Revoke %1").arg(name), this, [this, token] { confirmRevoke(token); });
        revoke->setShortcut(QKeySequence::Delete);
        rotate->setEnabled(enabled);
        revoke->setEnabled(enabled);
    } else {
        menu->addAction(tr("Create similar %1").arg(name), this, [this, token] { createSimilar(token); });
    }
    menu->popup(view->viewport()->mapToGlobal(viewportPos));
}

void MainWindow::confirmRevoke(const AccessToken& token)
{
    if (m_pending.contains(token.id))
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke the token '%1'?").arg(token.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirmation"));
    box->setInformativeText(
        tr("Scripts and applications that use it lose access at once. This cannot be undone."));
    QPushButton* confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = token.id;
    const QString name = token.name;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, name] {
        box->setObjectName(QString());
        if (box->clickedButton() == confirm)
            revoke(id, name);
    });
    box->open();
}

void MainWindow::confirmRotate(const AccessToken& token)
{
    if (m_pending.contains(token.id))
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Rotate token"),
                                tr("Rotate the token '%1'?").arg(token.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("rotateConfirmation"));
    const QDate newExpiry = m_clock.todayUtc().addDays(Validation::DefaultRotationDays);
    box->setInformativeText(tr("Its secret stops working at once. A new token with the same name and scopes "
                               "replaces it, expiring on %1; its secret is shown once.")
                                .arg(TimeText::date(newExpiry)));
    QPushButton* confirm = box->addButton(tr("Rotate"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = token.id;
    const QString name = token.name;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, name] {
        box->setObjectName(QString());
        if (box->clickedButton() == confirm)
            rotate(id, name);
    });
    box->open();
}

void MainWindow::createSimilar(const AccessToken& token)
{
    revealTokenForm();
    m_form->prefill(token.name, token.description, token.scopes);
    m_form->focusFirstField();
}

void MainWindow::setPending(qint64 id, bool pending)
{
    if (pending)
        m_pending.insert(id);
    else
        m_pending.remove(id);
    relayoutPanels();
}

void MainWindow::relayoutPanels()
{
    m_ui->activeActionsPanel->relayout();
    m_ui->inactiveActionsPanel->relayout();
}

void MainWindow::revoke(qint64 id, const QString& name)
{
    setPending(id, true);
    m_backend.revoke(id, this, [this, id, name](Result<AccessToken> result) {
        setPending(id, false);
        if (!result) {
            showError(tr("Could not revoke the token '%1'.").arg(name), result.error());
            scheduleRefresh();
            return;
        }
        statusBar()->showMessage(tr("Revoked the token '%1'.").arg(name), 5000);
        scheduleRefresh();
    });
}

void MainWindow::rotate(qint64 id, const QString& name)
{
    setPending(id, true);
    m_backend.rotate(id, std::nullopt, this, [this, id, name](Result<CreatedToken> result) {
        setPending(id, false);
        scheduleRefresh();
        if (!result) {
            showError(tr("Could not rotate the token '%1'.").arg(name), result.error());
            return;
        }
        statusBar()->showMessage(tr("Rotated the token '%1'.").arg(name), 5000);
        showSecret(result.value());
    });
}

void MainWindow::create(const TokenDraft& draft)
{
    m_form->setBusy(true);
    m_backend.create(draft, this, [this](Result<CreatedToken> result) {
        if (!result) {
            const BackendError& error = result.error();
            if (error.kind == BackendError::Kind::Validation && !error.fieldErrors.isEmpty()) {
                m_form->showFieldErrors(error.fieldErrors);
            } else {
                m_form->setBusy(false);
                showError(tr("Could not create the token."), error);
            }
            return;
        }
        m_form->setBusy(false);
        m_form->reset();
        hideTokenForm();
        statusBar()->showMessage(tr("Created the token '%1'.").arg(result.value().token.name), 5000);
        scheduleRefresh();
        showSecret(result.value());
    });
}

void MainWindow::showSecret(const CreatedToken& created)
{
    auto* dialog = new SecretDialog(created, *m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showError(const QString& what, const BackendError& error)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("TokenDesk"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, box, [box] { box->setObjectName(QString()); });
    box->open();
}

void MainWindow::showLoadError(const BackendError& error)
{
    m_ui->loadErrorLabel->setText(
        tr("Could not read the tokens: %1 Press F5 to try again.").arg(error.message));
    m_ui->loadErrorLabel->setAccessibleName(m_ui->loadErrorLabel->text());
    m_ui->loadErrorLabel->show();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::settingsChanged, this, [this] {
        m_clipboard->setClearDelay(std::chrono::seconds(AppSettings::clipboardClearSeconds()));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About TokenDesk"),
                                tr("TokenDesk %1").arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setInformativeText(tr("Manages GitLab personal access tokens, on a GitLab server or in an offline "
                               "store on this computer."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::submitFormOnEnter(QKeyEvent* event)
{
    if ((event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) ||
        (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    QWidget* focus = QApplication::focusWidget();
    // Text fields submit by themselves; Enter elsewhere in the form (a scope checkbox, the date)
    // presses the focused push button, or creates the token as a browser form would.
    if (!focus || !m_form->isAncestorOf(focus) || qobject_cast<QLineEdit*>(focus))
        return false;
    auto* button = qobject_cast<QPushButton*>(focus);
    if (!button)
        button = m_form->findChild<QPushButton*>(QStringLiteral("createButton"));
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->formContainer && event->type() == QEvent::KeyPress &&
        submitFormOnEnter(static_cast<QKeyEvent*>(event)))
        return true;
    if (event->type() == QEvent::Paint && !m_firstPaintReported && m_activeModel->hasLoaded() &&
        (watched == m_ui->activeEmptyLabel || watched == m_ui->activeTableView->viewport())) {
        m_firstPaintReported = true;
        QMetaObject::invokeMethod(this, &MainWindow::firstContentPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace TokenDesk
