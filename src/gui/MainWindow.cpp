#include "MainWindow.h"
#include "AccessibleNames.h"
#include "ui_MainWindow.h"

#include "AppSettings.h"
#include "Clock.h"
#include "GitCredentialMap.h"
#include "GitLabBackend.h"
#include "Logging.h"
#include "PasteTokenDialog.h"
#include "PreferencesDialog.h"
#include "RowActionsPanel.h"
#include "SecretDialog.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "TimeText.h"
#include "TokenBackend.h"
#include "TokenForm.h"
#include "TokenTableModel.h"
#include "Validation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>

#include <chrono>

namespace TokenDesk {

namespace {

constexpr int SearchDelayMs = 300;
constexpr int SecondaryContentFallbackMs = 250;

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
    : MainWindow(backend, clock, nullptr, parent)
{}

MainWindow::MainWindow(TokenBackend& backend, const Clock& clock, SecretVault* vault, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_backend(&backend), m_clock(clock),
      m_activeModel(new TokenTableModel(backend, clock, ListQuery::State::Active, this)),
      m_inactiveModel(new TokenTableModel(backend, clock, ListQuery::State::Inactive, this)), m_form(nullptr),
      m_clipboard(new SecureClipboard(this)), m_searchTimer(new QTimer(this)), m_vault(vault),
      m_toolBar(nullptr)
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
    m_ui->reconnectButton->setAccessibleName(withoutMnemonic(m_ui->reconnectButton->text()));
    m_ui->reconnectButton->setToolTip(tr("Connect this account again with a new access token."));
    m_ui->reconnectButton->hide();
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnectRequested);

    m_toolBar = new QToolBar(tr("Main toolbar"), this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(m_toolBar->windowTitle());
    m_toolBar->setMovable(false);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    QKeySequence preferencesShortcut(QKeySequence::Preferences);
    if (preferencesShortcut.isEmpty())
        preferencesShortcut = QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_ui->preferencesAction->setShortcut(preferencesShortcut);

    if (m_vault) {
        for (TokenTableModel* model : {m_activeModel, m_inactiveModel})
            model->setSavedLookup([this] { return m_vault->index().tokenIds(m_backend->identity()); });
    }

    setUpTabOrder();
    setUpTable(m_ui->activeTableView, m_activeModel, m_ui->activeActionsPanel);
    setUpTable(m_ui->inactiveTableView, m_inactiveModel, m_ui->inactiveActionsPanel);
    QList<RowActionsPanel::Action> activeActions = {
        {RotateAction, tr("Rotate"), tr("Rotate %1"), QStringLiteral("rotateRowButton")},
        {RevokeAction, tr("Revoke"), tr("Revoke %1"), QStringLiteral("revokeRowButton")},
    };
    if (m_vault) {
        activeActions.append({CopyFromKeychainAction, tr("Copy from keychain"), tr("Copy from keychain %1"),
                              QStringLiteral("copyFromKeychainRowButton")});
    }
    m_ui->activeActionsPanel->setActions(activeActions);
    m_ui->activeActionsPanel->setActionShown([this](int row, int action) {
        return action != CopyFromKeychainAction ||
               (row < m_activeModel->rowCount() && isSavedInKeychain(m_activeModel->tokenAt(row).id));
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

    m_backendLabel = new QLabel(backend.displayName(), this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_backendLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_backendLabel, 1);
    m_loadingProgress = new QProgressBar(this);
    m_loadingProgress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_loadingProgress->setAccessibleName(tr("Loading tokens"));
    m_loadingProgress->setMaximumWidth(200);
    m_loadingProgress->setRange(0, 0);
    m_loadingProgress->hide();
    statusBar()->addPermanentWidget(m_loadingProgress);
    m_cancelLoadingButton = new QPushButton(tr("Cancel loading"), this);
    m_cancelLoadingButton->setObjectName(QStringLiteral("cancelLoadingButton"));
    m_cancelLoadingButton->setAccessibleName(withoutMnemonic(m_cancelLoadingButton->text()));
    m_cancelLoadingButton->hide();
    statusBar()->addPermanentWidget(m_cancelLoadingButton);
    connect(m_cancelLoadingButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);

    if (m_vault) {
        connect(m_vault, &SecretVault::savedChanged, this,
                [this](const QString& identity, qint64 id, bool saved) {
                    if (identity != m_backend->identity())
                        return;
                    m_activeModel->setSaved(id, saved);
                    m_inactiveModel->setSaved(id, saved);
                    relayoutPanels();
                });
        connect(m_vault, &SecretVault::pendingChanged, this, &MainWindow::relayoutPanels);
    }

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

    connectBackend();
    for (TokenTableModel* model : {m_activeModel, m_inactiveModel}) {
        connect(model, &TokenTableModel::totalCountChanged, this, &MainWindow::updateHeadings);
        connect(model, &TokenTableModel::pageLoaded, this, [this] {
            m_ui->loadErrorBanner->hide();
            updateHeadings();
            updateLoadingIndicator();
        });
        connect(model, &TokenTableModel::loadFailed, this, &MainWindow::showLoadError);
        connect(model, &TokenTableModel::loadFailed, this, &MainWindow::updateLoadingIndicator);
    }

    m_ui->formContainer->installEventFilter(this);
    m_ui->activeTableView->viewport()->installEventFilter(this);
    m_ui->activeEmptyLabel->installEventFilter(this);

    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1360, 820);

    // The active table comes first; the rest is read once it has been painted, so that a large store
    // does not delay the first rows.
    connect(this, &MainWindow::firstContentPainted, this, &MainWindow::loadSecondaryContent,
            Qt::QueuedConnection);
    connect(m_activeModel, &TokenTableModel::pageLoaded, this, [this] {
        if (!m_secondaryRequested)
            QTimer::singleShot(SecondaryContentFallbackMs, this, &MainWindow::loadSecondaryContent);
    });
    connectListProgress();
    m_activeModel->refresh();
    updateLoadingIndicator();
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
    // The description takes whatever width is left, so the table fits the window without scrolling.
    header->setStretchLastSection(false);
    const QList<TokenTableModel::Column> columns = model->columns();
    for (int section = 0; section < columns.size(); ++section) {
        using C = TokenTableModel::Column;
        int width = 120;
        switch (columns.at(section)) {
        case C::Name:
        case C::Scopes:
            width = 160;
            break;
        case C::Created:
            width = 95;
            break;
        case C::Expires:
            width = 200;
            break;
        case C::InactiveSince:
            width = 160;
            break;
        case C::Keychain:
            width = 100;
            break;
        default:
            break;
        }
        header->resizeSection(section, width);
    }
    const qsizetype description = columns.indexOf(TokenTableModel::Column::Description);
    const qsizetype stretching =
        description >= 0 ? description : columns.indexOf(TokenTableModel::Column::Name);
    header->setSectionResizeMode(static_cast<int>(stretching), QHeaderView::Stretch);
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
    panel->setRowEnabled(
        [this, model](int row) { return row < model->rowCount() && !isBusy(model->tokenAt(row).id); });
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
        updateLoadingIndicator();
    });
}

void MainWindow::setUpTabOrder()
{
    QList<QWidget*> order = {m_ui->reconnectButton, m_ui->searchLineEdit, m_ui->sortComboBox,
                             m_ui->addTokenButton};
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
    loadAccountDetails();
    m_inactiveModel->refresh();
    updateLoadingIndicator();
    refreshSummary();
}

void MainWindow::loadAccountDetails()
{
    const quint64 generation = m_generation;
    m_backend->whoami(this, [this, generation](Result<Account> result) {
        if (generation != m_generation)
            return;
        if (result)
            m_form->setAdministrator(result.value().isAdmin);
        else
            qCInfo(lcGui) << "Could not tell whether the account is an administrator:"
                          << result.error().message;
    });
}

void MainWindow::connectBackend()
{
    disconnect(m_backendConnection);
    m_backendConnection =
        connect(m_backend, &TokenBackend::tokensChanged, this, &MainWindow::scheduleRefresh);
}

void MainWindow::connectListProgress()
{
    disconnect(m_listProgressConnection);
    m_listProgressConnection =
        connect(m_backend, &TokenBackend::listProgress, this, &MainWindow::showListProgress);
}

void MainWindow::updateLoadingIndicator()
{
    const bool loading = m_backend->capabilities().listProgress &&
                         (m_activeModel->isLoading() || m_inactiveModel->isLoading());
    if (loading && !m_loadingProgress->isVisible()) {
        m_loadingProgress->setRange(0, 0);
        if (statusBar()->currentMessage() == loadingCancelledMessage())
            statusBar()->clearMessage();
    }
    m_loadingProgress->setVisible(loading);
    m_cancelLoadingButton->setVisible(loading);
}

void MainWindow::showListProgress(int pagesDone, int pagesTotal)
{
    if (pagesTotal > 0) {
        m_loadingProgress->setRange(0, pagesTotal);
        m_loadingProgress->setValue(std::min(pagesDone, pagesTotal));
    } else {
        m_loadingProgress->setRange(0, 0);
    }
}

void MainWindow::cancelLoading()
{
    m_backend->cancel();
}

QString MainWindow::loadingCancelledMessage()
{
    return tr("Loading cancelled. Press F5 to try again.");
}

void MainWindow::setBackend(TokenBackend& backend)
{
    if (&backend == m_backend)
        return;
    ++m_generation;
    m_backend = &backend;
    connectBackend();
    connectListProgress();
    m_pending.clear();
    m_form->setBusy(false);
    m_form->setAdministrator(false);
    m_form->setMaxLifetimeDays(backend.maxLifetimeDays());
    m_backendLabel->setText(backend.displayName());
    m_ui->loadErrorBanner->hide();
    for (QLabel* label :
         {m_ui->activeCountLabel, m_ui->expiringCountLabel, m_ui->revokedCountLabel, m_ui->expiredCountLabel})
        label->clear();
    m_refreshDay = m_clock.todayUtc();
    m_activeModel->setBackend(backend);
    m_inactiveModel->setBackend(backend);
    updateLoadingIndicator();
    updateHeadings();
    relayoutPanels();
    loadAccountDetails();
    refreshSummary();
    m_secondaryRequested = true;
}

void MainWindow::refresh()
{
    m_refreshDay = m_clock.todayUtc();
    m_activeModel->refresh();
    updateLoadingIndicator();
    if (!m_secondaryRequested)
        return;
    m_inactiveModel->refresh();
    updateLoadingIndicator();
    refreshSummary();
}

void MainWindow::refreshSummary()
{
    const quint64 generation = m_generation;
    m_backend->summary(this, [this, generation](Result<TokenSummary> result) {
        if (generation != m_generation)
            return;
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
    updateLoadingIndicator();
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
    updateLoadingIndicator();
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
    case CopyFromKeychainAction:
        copyFromKeychain(token);
        break;
    case UseForGitAction:
        askUseForGit(token);
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
    const bool enabled = !isBusy(token.id);
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
        if (m_vault && isSavedInKeychain(token.id)) {
            QAction* copy = menu->addAction(tr("Copy from keychain %1").arg(name), this,
                                            [this, token] { copyFromKeychain(token); });
            QAction* git = menu->addAction(tr("Use %1 for git on a host…").arg(name), this,
                                           [this, token] { askUseForGit(token); });
            copy->setEnabled(enabled);
            git->setEnabled(enabled);
        }
    } else {
        menu->addAction(tr("Create similar %1").arg(name), this, [this, token] { createSimilar(token); });
        if (m_vault && isSavedInKeychain(token.id)) {
            QAction* forget = menu->addAction(tr("Delete the saved secret of %1").arg(name), this,
                                              [this, token] { deleteSavedSecret(token); });
            forget->setEnabled(enabled);
        }
    }
    menu->popup(view->viewport()->mapToGlobal(viewportPos));
}

void MainWindow::confirmRevoke(const AccessToken& token)
{
    if (isBusy(token.id))
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke the token '%1'?").arg(token.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirmation"));
    box->setInformativeText(
        tr("Scripts and applications that use it lose access at once. This cannot be undone."));
    if (m_backend->signInTokenId() == token.id) {
        box->setIcon(QMessageBox::Critical);
        box->setInformativeText(tr("This is the token TokenDesk signs in with to %1. Revoking it disconnects "
                                   "TokenDesk from this account; to come back, connect again with another "
                                   "token. This cannot be undone.")
                                    .arg(m_backend->displayName()));
    }
    QPushButton* confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (isSavedInKeychain(token.id)) {
        auto* deleteSaved = new QCheckBox(tr("Also delete the saved secret from the keychain"), box);
        deleteSaved->setObjectName(QStringLiteral("deleteSavedSecretCheckBox"));
        deleteSaved->setAccessibleName(deleteSaved->text());
        deleteSaved->setChecked(true);
        box->setCheckBox(deleteSaved);
    }
    const qint64 id = token.id;
    const QString name = token.name;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, name] {
        box->setObjectName(QString());
        if (box->clickedButton() == confirm)
            revoke(id, name, box->checkBox() && box->checkBox()->isChecked());
    });
    box->open();
}

void MainWindow::confirmRotate(const AccessToken& token)
{
    if (isBusy(token.id))
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

bool MainWindow::isSavedInKeychain(qint64 id) const
{
    return m_vault && m_vault->isSaved(m_backend->identity(), id);
}

bool MainWindow::isBusy(qint64 id) const
{
    return m_pending.contains(id) || (m_vault && m_vault->isPending(m_backend->identity(), id));
}

void MainWindow::copyFromKeychain(const AccessToken& token)
{
    if (!m_vault || isBusy(token.id))
        return;
    const quint64 generation = m_generation;
    const QString name = token.name;
    const QString identity = m_backend->identity();
    const qint64 id = token.id;
    m_vault->load(identity, id, this, [this, generation, name, identity, id](Result<Secret> loaded) {
        if (generation != m_generation)
            return;
        if (!loaded) {
            showError(tr("Could not copy the token '%1' from the keychain.").arg(name), loaded.error());
            // Deleted outside TokenDesk: stop offering it.
            if (loaded.error().kind == BackendError::Kind::NotFound)
                m_vault->remove(identity, id, this, [](const Result<bool>&) {});
            return;
        }
        Secret secret = std::move(loaded).value();
        m_clipboard->copy(secret);
        secret.wipe();
        const auto seconds = static_cast<int>(
            std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearDelay()).count());
        statusBar()->showMessage(seconds > 0 ? tr("Copied the token '%1' from the keychain. The clipboard "
                                                  "will be cleared in %n second(s).",
                                                  nullptr, seconds)
                                                   .arg(name)
                                             : tr("Copied the token '%1' from the keychain.").arg(name),
                                 10000);
    });
}

void MainWindow::deleteSavedSecret(const AccessToken& token)
{
    if (!m_vault || isBusy(token.id))
        return;
    const QString name = token.name;
    m_vault->remove(m_backend->identity(), token.id, this, [this, name](Result<bool> removed) {
        if (!removed) {
            showError(tr("Could not delete the saved secret of '%1' from the keychain.").arg(name),
                      removed.error());
            return;
        }
        statusBar()->showMessage(tr("Deleted the saved secret of '%1' from the keychain.").arg(name), 5000);
    });
}

void MainWindow::askUseForGit(const AccessToken& token)
{
    if (!m_vault || isBusy(token.id) || !isSavedInKeychain(token.id))
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("gitHostDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Use the token '%1' for git").arg(token.name));
    dialog->setLabelText(tr("Host name"));
    dialog->setInputMode(QInputDialog::TextInput);
    const QString identity = m_backend->identity();
    if (identity.startsWith(QStringLiteral("gitlab:")))
        dialog->setTextValue(identity.section(u':', 1, 1));
    if (auto* edit = dialog->findChild<QLineEdit*>()) {
        edit->setAccessibleName(dialog->labelText());
        edit->setAccessibleDescription(
            tr("git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.")
                .arg(token.name));
        edit->setPlaceholderText(tr("gitlab.com"));
    }
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, token](const QString& host) { useForGit(token, host.trimmed()); });
    dialog->open();
}

void MainWindow::useForGit(const AccessToken& token, const QString& host)
{
    if (!m_vault)
        return;
    if (GitCredentialMap::normalizeHost(host).isEmpty()) {
        showError(
            tr("'%1' is not a host name.").arg(host),
            BackendError::make(BackendError::Kind::Validation, tr("Enter a host name such as gitlab.com.")));
        return;
    }
    const quint64 generation = m_generation;
    const QString identity = m_backend->identity();
    const qint64 id = token.id;
    const QString name = token.name;
    m_backend->whoami(this, [this, generation, identity, id, name, host](Result<Account> account) {
        if (generation != m_generation)
            return;
        if (!account) {
            showError(tr("Could not set up git for %1.").arg(host), account.error());
            return;
        }
        GitCredentialMap map(m_vault->settingsFile());
        if (!map.set(host, identity, id, account.value().username)) {
            showError(tr("'%1' is not a host name.").arg(host),
                      BackendError::make(BackendError::Kind::Validation,
                                         tr("Enter a host name such as gitlab.com.")));
            return;
        }
        const GitCredentialMap::Entry entry = map.get(host).value_or(GitCredentialMap::Entry());
        showGitSetup(entry.host, name, entry.username);
    });
}

void MainWindow::showGitSetup(const QString& host, const QString& tokenName, const QString& username)
{
    const QString line =
        QStringLiteral("git config --global credential.https://%1.helper tokendesk").arg(host);
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("Use for git"),
        tr("git will use the token '%1' for https://%2 (user name %3).").arg(tokenName, host, username),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("gitSetupMessage"));
    box->setInformativeText(tr("If git does not ask TokenDesk for this host yet, run this once (TokenDesk "
                               "does not change your git "
                               "configuration):\n%1")
                                .arg(line));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, box, [box] { box->setObjectName(QString()); });
    box->open();
    statusBar()->showMessage(tr("git will use the token '%1' for %2.").arg(tokenName, host), 10000);
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

void MainWindow::revoke(qint64 id, const QString& name, bool deleteSavedSecret)
{
    setPending(id, true);
    const quint64 generation = m_generation;
    const QString identity = m_backend->identity();
    m_backend->revoke(id, this,
                      [this, generation, identity, id, name, deleteSavedSecret](Result<AccessToken> result) {
                          if (generation != m_generation)
                              return;
                          setPending(id, false);
                          if (!result) {
                              showError(result.error().kind == BackendError::Kind::Authentication
                                            ? tr("Could not revoke the token '%1': GitLab refused the "
                                                 "account's access token, so the token was not revoked.")
                                                  .arg(name)
                                            : tr("Could not revoke the token '%1'.").arg(name),
                                        result.error());
                              scheduleRefresh();
                              return;
                          }
                          statusBar()->showMessage(tr("Revoked the token '%1'.").arg(name), 5000);
                          scheduleRefresh();
                          Q_EMIT tokenRevoked(id);
                          if (!deleteSavedSecret || !m_vault)
                              return;
                          m_vault->remove(identity, id, this, [this, name](Result<bool> removed) {
                              if (!removed) {
                                  showError(tr("The token '%1' was revoked, but its saved secret could not "
                                               "be deleted from the keychain.")
                                                .arg(name),
                                            removed.error());
                                  return;
                              }
                              statusBar()->showMessage(
                                  tr("Revoked the token '%1' and deleted its saved secret.").arg(name), 5000);
                          });
                      });
}

void MainWindow::rotate(qint64 id, const QString& name)
{
    setPending(id, true);
    const quint64 generation = m_generation;
    m_backend->rotate(id, std::nullopt, this, [this, generation, id, name](Result<CreatedToken> result) {
        if (generation != m_generation)
            return;
        setPending(id, false);
        scheduleRefresh();
        if (!result) {
            showError(result.error().kind == BackendError::Kind::Authentication
                          ? tr("Could not rotate the token '%1': GitLab refused the account's access token, "
                               "so the token was not rotated and is unchanged.")
                                .arg(name)
                          : tr("Could not rotate the token '%1'.").arg(name),
                      result.error());
            return;
        }
        statusBar()->showMessage(tr("Rotated the token '%1'.").arg(name), 5000);
        Q_EMIT tokenRotated(id, result.value());
        showSecret(result.value(), id);
    });
}

void MainWindow::create(const TokenDraft& draft)
{
    m_form->setBusy(true);
    const quint64 generation = m_generation;
    m_backend->create(draft, this, [this, generation, draft](Result<CreatedToken> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            const BackendError& error = result.error();
            auto* gitlab = qobject_cast<GitLabBackend*>(m_backend);
            if (error.kind == BackendError::Kind::Validation && !error.fieldErrors.isEmpty()) {
                m_form->showFieldErrors(error.fieldErrors);
            } else if (gitlab && error.remedy == BackendError::Remedy::UseServerPage) {
                m_form->setBusy(false);
                showPasteTokenDialog(*gitlab, draft, error.message);
            } else if (error.kind == BackendError::Kind::Authentication) {
                m_form->setBusy(false);
                showError(tr("Could not create the token '%1': GitLab refused the account's access token, so "
                             "nothing was created. The form keeps what you entered.")
                              .arg(draft.name),
                          error);
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

void MainWindow::showPasteTokenDialog(GitLabBackend& backend, const TokenDraft& draft, const QString& reason)
{
    auto* dialog = new PasteTokenDialog(backend, draft, reason, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasteTokenDialog::tokenIdentified, this, [this](const AccessToken& token) {
        m_form->reset();
        hideTokenForm();
        statusBar()->showMessage(tr("Added the token '%1'.").arg(token.name), 5000);
    });
    dialog->open();
}

void MainWindow::showSecret(const CreatedToken& created, std::optional<qint64> replacedId)
{
    auto* dialog = new SecretDialog(created, *m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_vault) {
        if (replacedId && !isSavedInKeychain(*replacedId))
            replacedId.reset();
        dialog->setKeychainSaveAvailable(true);
        connect(dialog, &SecretDialog::saveToKeychainRequested, this,
                [this, dialog, replacedId](const AccessToken& token, const Secret& secret) {
                    saveToKeychain(dialog, token, secret, replacedId);
                });
    }
    dialog->open();
    if (m_vault && (replacedId || AppSettings::autoSaveToKeychain()))
        dialog->requestSaveToKeychain();
}

void MainWindow::saveToKeychain(SecretDialog* dialog, const AccessToken& token, const Secret& secret,
                                std::optional<qint64> replacedId)
{
    const QPointer<SecretDialog> guard(dialog);
    const QString identity = m_backend->identity();
    auto done = [this, guard](Result<bool> saved) {
        relayoutPanels();
        if (!guard)
            return;
        if (saved)
            guard->markSavedToKeychain();
        else
            guard->reportKeychainError(tr("Not saved to the keychain: %1").arg(saved.error().message));
    };
    if (replacedId && m_vault->isSaved(identity, *replacedId))
        m_vault->replace(identity, *replacedId, token.id, secret, this, std::move(done));
    else
        m_vault->save(identity, token.id, secret, this, std::move(done));
}

void MainWindow::showError(const QString& what, const BackendError& error)
{
    if (error.kind == BackendError::Kind::Cancelled) {
        statusBar()->showMessage(loadingCancelledMessage());
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Critical, tr("TokenDesk"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (offersReconnect(error)) {
        QPushButton* reconnect = box->addButton(tr("&Reconnect…"), QMessageBox::AcceptRole);
        reconnect->setObjectName(QStringLiteral("reconnectButton"));
        reconnect->setAccessibleName(withoutMnemonic(reconnect->text()));
        box->setEscapeButton(box->button(QMessageBox::Ok));
        box->setDefaultButton(reconnect);
        const quint64 generation = m_generation;
        connect(box, &QMessageBox::finished, this, [this, box, reconnect, generation] {
            if (box->clickedButton() == reconnect && generation == m_generation)
                Q_EMIT reconnectRequested();
        });
    }
    connect(box, &QMessageBox::finished, box, [box] { box->setObjectName(QString()); });
    box->open();
}

bool MainWindow::offersReconnect(const BackendError& error) const
{
    return m_reconnectAvailable && error.kind == BackendError::Kind::Authentication &&
           m_backend->kind() == TokenBackend::Kind::GitLab;
}

void MainWindow::setReconnectAvailable(bool available)
{
    m_reconnectAvailable = available;
}

void MainWindow::showLoadError(const BackendError& error)
{
    if (error.kind == BackendError::Kind::Cancelled) {
        statusBar()->showMessage(loadingCancelledMessage());
        return;
    }
    const bool reconnect = offersReconnect(error);
    m_ui->loadErrorLabel->setText(
        reconnect ? tr("Could not read the tokens: %1").arg(error.message)
                  : tr("Could not read the tokens: %1 Press F5 to try again.").arg(error.message));
    m_ui->loadErrorLabel->setAccessibleName(m_ui->loadErrorLabel->text());
    m_ui->reconnectButton->setVisible(reconnect);
    m_ui->loadErrorBanner->show();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
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
    if (auto* button = qobject_cast<QPushButton*>(focus)) {
        if (button->isEnabled())
            button->click();
        return true;
    }
    if (m_form->isBusy())
        return false;
    m_form->submit();
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
