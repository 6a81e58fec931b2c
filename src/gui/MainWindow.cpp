#include "MainWindow.h"
#include "AccessibleNames.h"
#include "PageTexts.h"
#include "ui_MainWindow.h"

#include "AccountSession.h"
#include "AppSettings.h"
#include "CalendarExportController.h"
#include "Clock.h"
#include "ErrorMessages.h"
#include "LoadingIndicator.h"
#include "Logging.h"
#include "PreferencesDialog.h"
#include "ResourceChooser.h"
#include "ResourceNavigation.h"
#include "ResourceOverviewPage.h"
#include "RowActionsPanel.h"
#include "SecretVault.h"
#include "SecureClipboard.h"
#include "SummaryLabels.h"
#include "TokenActionsController.h"
#include "TokenBackend.h"
#include "TokenChanges.h"
#include "TokenDetailsPane.h"
#include "TokenFilterBar.h"
#include "TokenFilters.h"
#include "TokenForm.h"
#include "TokenFormSection.h"
#include "TokenQueryControls.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "WindowDialogs.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>

#include <chrono>

namespace TokenDesk {

namespace {

constexpr int SecondaryContentFallbackMs = 250;

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
      m_clipboard(new SecureClipboard(this)), m_vault(vault), m_toolBar(nullptr)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->headingLabel, 1.6);
    scaleFont(m_ui->activeHeadingLabel, 1.2);
    scaleFont(m_ui->inactiveHeadingLabel, 1.2);
    m_ui->headingLabel->setAccessibleName(m_ui->headingLabel->text());
    m_summary = std::make_unique<SummaryLabels>(m_ui->activeCountButton, m_ui->expiringCountButton,
                                                m_ui->revokedCountButton, m_ui->expiredCountButton);
    m_changes = std::make_unique<TokenChanges>(*m_activeModel, *m_inactiveModel, *m_summary, clock);

    m_form = new TokenForm(clock, m_ui->formContainer);
    m_form->setObjectName(QStringLiteral("tokenForm"));
    m_form->setMaxLifetimeDays(backend.maxLifetimeDays());
    m_ui->formContainerLayout->addWidget(m_form);
    m_formSection =
        new TokenFormSection(m_form, m_ui->formScrollArea, m_ui->splitter, m_ui->addTokenButton, this);
    m_actions = new TokenActionsController(AccountSession::forBackend(backend, vault), clock, *m_clipboard,
                                           *m_form, this);
    m_personalExplanation = m_ui->explanationLabel->text();
    m_chooser = new ResourceChooser(m_ui->centralWidget);
    m_ui->pageLayout->insertWidget(0, m_chooser);
    m_overview = new ResourceOverviewPage(clock, m_ui->centralWidget);
    m_overview->hide();
    m_ui->pageLayout->addWidget(m_overview, 1);

    m_clipboard->setClearDelay(std::chrono::seconds(AppSettings::clipboardClearSeconds()));

    m_ui->searchLineEdit->setPlaceholderText(tr("Token name"));
    m_ui->searchLineEdit->setAccessibleName(withoutMnemonic(m_ui->searchLabel->text()));
    m_ui->sortComboBox->setAccessibleName(withoutMnemonic(m_ui->sortLabel->text()));
    m_errors = new ErrorMessages(this, m_ui->loadErrorBanner, m_ui->loadErrorLabel, m_ui->reconnectButton);
    connect(m_errors, &ErrorMessages::reconnectRequested, this, &MainWindow::reconnectRequested);

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
    setUpTables();
    m_filters = new TokenFilters({m_ui->filterBar, m_ui->activeCountButton, m_ui->expiringCountButton,
                                  m_ui->revokedCountButton, m_ui->expiredCountButton, m_activeModel,
                                  m_inactiveModel, m_ui->activeSection, m_ui->inactiveSection},
                                 clock, this);
    m_ui->detailsPane->setClock(&clock);
    m_ui->detailsPane->setBackend(backend);
    m_ui->detailsPane->follow(m_ui->activeTableView);
    m_ui->detailsPane->follow(m_ui->inactiveTableView);
    // The tables keep most of the width; the details take a quarter, more only when the user drags.
    m_ui->detailsSplitter->setStretchFactor(0, 3);
    m_ui->detailsSplitter->setStretchFactor(1, 1);
    m_ui->detailsSplitter->setSizes({3000, 1000});
    m_query = new TokenQueryControls(m_ui->searchLineEdit, m_ui->sortComboBox, this);
    updateSortIndicators();
    updateHeadings();
    m_summary->clear();

    m_backendLabel = new QLabel(backend.displayName(), this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_backendLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_backendLabel, 1);
    m_loading = new LoadingIndicator(backend, statusBar(), this);

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

    connect(m_query, &TokenQueryControls::searchChanged, this, &MainWindow::applySearch);
    connect(m_query, &TokenQueryControls::sortChosen, this, [this](ListQuery::Sort sort) {
        m_activeModel->setSortOrder(sort);
        updateSortIndicators();
        updateLoadingIndicator();
    });

    connect(m_ui->addTokenButton, &QPushButton::clicked, this, &MainWindow::showTokenForm);
    connect(m_ui->newTokenAction, &QAction::triggered, this, &MainWindow::showTokenForm);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { WindowDialogs::showAbout(this); });
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->leakedTokenAction, &QAction::triggered, this, [this] {
        const auto places =
            m_leakPlaces ? m_leakPlaces() : WindowDialogs::placesOf(m_navigation->accountSession());
        WindowDialogs::showLeakedToken(places, m_clock, m_vault, this, [this] { scheduleRefresh(); });
    });
    connect(m_ui->allUsersAction, &QAction::triggered, this, [this] {
        WindowDialogs::showInventory(m_navigation->accountSession(), m_clock, this,
                                     [this] { scheduleRefresh(); });
    });

    m_calendar = new CalendarExportController(clock, m_ui->exportCalendarAction, this);
    m_calendar->setSources([this] { return QList{ExpiryCheck::forSession(m_navigation->accountSession())}; });
    setUpActions();

    m_navigation = new ResourceNavigation(m_chooser, m_overview, this);
    connect(m_navigation, &ResourceNavigation::sessionChosen, this, &MainWindow::showSession);
    connect(m_navigation, &ResourceNavigation::overviewChosen, this, &MainWindow::showOverview);
    connect(m_navigation, &ResourceNavigation::failed, m_errors, &ErrorMessages::showError);
    connect(m_chooser, &ResourceChooser::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_navigation->setAccountSession(m_actions->session());

    for (TokenTableModel* model : {m_activeModel, m_inactiveModel}) {
        connect(model, &TokenTableModel::totalCountChanged, this, &MainWindow::updateHeadings);
        connect(model, &TokenTableModel::pageLoaded, this, [this] {
            m_errors->hideLoadError();
            updateHeadings();
            updateLoadingIndicator();
        });
        connect(model, &TokenTableModel::loadFailed, m_errors, &ErrorMessages::showLoadError);
        connect(model, &TokenTableModel::loadFailed, this, &MainWindow::updateLoadingIndicator);
    }

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
        m_overview->updateTimes();
    });
    minuteTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTables()
{
    m_ui->activeTableView->setUp(m_activeModel, m_ui->activeActionsPanel);
    m_ui->activeTableView->setSectionLabels(m_ui->activeHeadingLabel, m_ui->activeEmptyLabel);
    m_ui->inactiveTableView->setUp(m_inactiveModel, m_ui->inactiveActionsPanel);
    m_ui->inactiveTableView->setSectionLabels(m_ui->inactiveHeadingLabel, m_ui->inactiveEmptyLabel);
    using V = TokenTableView;
    QList<RowActionsPanel::Action> activeActions = {
        {V::RotateAction, tr("Rotate"), tr("Rotate %1"), QStringLiteral("rotateRowButton")},
        {V::RevokeAction, tr("Revoke"), tr("Revoke %1"), QStringLiteral("revokeRowButton")},
    };
    if (m_vault) {
        activeActions.append({V::CopyFromKeychainAction, tr("Copy from keychain"),
                              tr("Copy from keychain %1"), QStringLiteral("copyFromKeychainRowButton")});
    }
    m_ui->activeActionsPanel->setActions(activeActions);
    m_ui->activeActionsPanel->setActionShown([this](int row, int action) {
        return action != V::CopyFromKeychainAction ||
               (row < m_activeModel->rowCount() &&
                m_actions->isSavedInKeychain(m_activeModel->tokenAt(row).id));
    });
    m_ui->inactiveActionsPanel->setActions({
        {V::CreateSimilarAction, tr("Create similar"), tr("Create similar %1"),
         QStringLiteral("createSimilarRowButton")},
    });
    for (TokenTableView* view : {m_ui->activeTableView, m_ui->inactiveTableView}) {
        view->verticalHeader()->setDefaultSectionSize(m_ui->activeActionsPanel->preferredRowHeight());
        view->setBusyLookup([this](qint64 id) { return m_actions->isBusy(id); });
        if (m_vault)
            view->setSavedLookup([this](qint64 id) { return m_actions->isSavedInKeychain(id); });
        connect(view, &TokenTableView::actionRequested, m_actions, &TokenActionsController::trigger);
        connect(view, &TokenTableView::sortOrderChanged, this, [this] {
            updateSortIndicators();
            updateLoadingIndicator();
        });
    }
}

void MainWindow::setUpActions()
{
    connect(m_actions, &TokenActionsController::statusMessage, this,
            [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_actions, &TokenActionsController::failed, m_errors, &ErrorMessages::showError);
    connect(m_actions, &TokenActionsController::busyChanged, this, &MainWindow::relayoutPanels);
    connect(m_actions, &TokenActionsController::createSimilarRequested, this, &MainWindow::createSimilar);
    connect(m_actions, &TokenActionsController::formFinished, m_formSection, &TokenFormSection::finish);
    // The window applies the answers of its own changes (no re-listing); after a failed change what the
    // backend holds is not known, so everything is read again.
    connect(m_actions, &TokenActionsController::changeFailed, this, &MainWindow::scheduleRefresh);
    connect(m_actions, &TokenActionsController::tokenCreated, this,
            [this](const CreatedToken& created) { applied(m_changes->added(created.token)); });
    connect(m_actions, &TokenActionsController::tokenAdded, this,
            [this](const AccessToken& token) { applied(m_changes->added(token)); });
    connect(m_actions, &TokenActionsController::tokenRevoked, this, [this](const AccessToken& revoked) {
        applied(m_changes->revoked(revoked));
        Q_EMIT tokenRevoked(revoked.id);
    });
    connect(m_actions, &TokenActionsController::tokenRotated, this,
            [this](qint64 oldId, const CreatedToken& created) {
                applied(m_changes->rotated(oldId, created.token));
                Q_EMIT tokenRotated(oldId, created);
            });
}

void MainWindow::applied(bool summaryFollowed)
{
    // A summary on its way may have been counted before the change.
    if (!summaryFollowed || m_summaryInFlight)
        refreshSummary();
    updateHeadings();
    updateLoadingIndicator();
    relayoutPanels();
}

void MainWindow::setUpTabOrder()
{
    QList<QWidget*> order = {m_chooser->comboBox(),     m_chooser->showButton(), m_overview->firstControl(),
                             m_overview->lastControl(), m_ui->reconnectButton,   m_ui->searchLineEdit,
                             m_ui->sortComboBox,        m_ui->addTokenButton};
    for (QWidget* widget = nextInFocusChain(); widget && widget != this;
         widget = widget->nextInFocusChain()) {
        if (m_form->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            order << widget;
    }
    // Then the details of the chosen row, and the filters (the summary counts, the dates).
    order << m_ui->activeTableView << m_ui->inactiveTableView << m_ui->detailsPane->textEdit()
          << m_ui->activeCountButton << m_ui->expiringCountButton << m_ui->revokedCountButton
          << m_ui->expiredCountButton << m_ui->filterBar->controls();
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void MainWindow::showTokenForm()
{
    m_formSection->open();
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
        m_ui->allUsersAction->setVisible(m_backend->capabilities().instanceInventory);
        if (result)
            m_form->setAdministrator(result.value().isAdmin);
        else
            qCInfo(lcGui) << "Could not tell whether the account is an administrator:"
                          << result.error().message;
    });
}

void MainWindow::updateLoadingIndicator()
{
    m_loading->update(m_activeModel->isLoading() || m_inactiveModel->isLoading());
}

void MainWindow::setBackend(TokenBackend& backend)
{
    if (&backend == m_backend)
        return;
    setSession(AccountSession::forBackend(backend, m_vault));
}

void MainWindow::setSession(const std::shared_ptr<AccountSession>& session)
{
    if (!session->backend())
        return;
    m_navigation->setAccountSession(session->parent() ? session->parent() : session);
    showSession(session);
}

std::shared_ptr<AccountSession> MainWindow::currentSession() const
{
    return m_actions->session();
}

void MainWindow::showSession(const std::shared_ptr<AccountSession>& session)
{
    TokenBackend* backend = session->backend();
    if (!backend)
        return;
    m_overview->hide();
    m_ui->tokensPage->show();
    m_ui->newTokenAction->setEnabled(true);
    m_ui->findAction->setEnabled(true);
    m_actions->setSession(session);
    if (backend != m_backend)
        showBackend(*backend);
    updatePageTexts();
}

void MainWindow::showOverview()
{
    m_ui->tokensPage->hide();
    m_overview->show();
    m_ui->newTokenAction->setEnabled(false);
    m_ui->findAction->setEnabled(false);
    updatePageTexts();
    m_overview->reload();
}

void MainWindow::updatePageTexts()
{
    const bool overview = m_navigation->showsOverview();
    const std::optional<Resource> resource = overview ? std::nullopt : m_backend->resource();
    const QString heading = PageTexts::heading(resource, overview);
    const QString explanation = PageTexts::explanation(resource);
    m_ui->headingLabel->setText(heading);
    m_ui->headingLabel->setAccessibleName(heading);
    m_ui->explanationLabel->setText(explanation.isEmpty() ? m_personalExplanation : explanation);
    setWindowTitle(resource || overview ? tr("TokenDesk - %1").arg(heading) : tr("TokenDesk"));
}

void MainWindow::showBackend(TokenBackend& backend)
{
    ++m_generation;
    m_backend = &backend;
    m_loading->setBackend(backend);
    m_form->setBusy(false);
    m_form->setAdministrator(false);
    m_ui->allUsersAction->setVisible(false);
    m_ui->detailsPane->setBackend(backend);
    m_form->setMaxLifetimeDays(backend.maxLifetimeDays());
    m_form->setResource(backend.resource());
    m_backendLabel->setText(backend.displayName());
    m_errors->backendChanged();
    m_summary->clear();
    m_refreshDay = m_clock.todayUtc();
    m_activeModel->setBackend(backend);
    m_inactiveModel->setBackend(backend);
    const ResourceRef::Kind kind =
        backend.resource() ? backend.resource()->kind : ResourceRef::Kind::Personal;
    m_ui->activeTableView->setTokenKind(kind);
    m_ui->inactiveTableView->setTokenKind(kind);
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
    if (m_navigation->showsOverview())
        m_overview->reload();
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
    const quint64 serial = ++m_summarySerial;
    m_summaryInFlight = true;
    m_backend->summary(this, [this, generation, serial](Result<TokenSummary> result) {
        if (generation != m_generation || serial != m_summarySerial)
            return;
        m_summaryInFlight = false;
        if (result)
            m_summary->show(result.value());
        else
            m_errors->showLoadError(result.error());
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

void MainWindow::applySearch(const QString& search)
{
    m_activeModel->setSearch(search);
    m_inactiveModel->setSearch(search);
    updateLoadingIndicator();
}

void MainWindow::updateHeadings()
{
    m_ui->activeTableView->updateHeading();
    m_ui->inactiveTableView->updateHeading();
}

void MainWindow::updateSortIndicators()
{
    m_ui->activeTableView->updateSortIndicator();
    m_ui->inactiveTableView->updateSortIndicator();
    m_query->showSort(m_activeModel->sortOrder());
}

void MainWindow::confirmRevoke(const AccessToken& token)
{
    m_actions->confirmRevoke(token);
}

void MainWindow::confirmRotate(const AccessToken& token)
{
    m_actions->confirmRotate(token);
}

void MainWindow::copyFromKeychain(const AccessToken& token)
{
    m_actions->copyFromKeychain(token);
}

void MainWindow::deleteSavedSecret(const AccessToken& token)
{
    m_actions->deleteSavedSecret(token);
}

void MainWindow::askUseForGit(const AccessToken& token)
{
    m_actions->askUseForGit(token);
}

void MainWindow::createSimilar(const AccessToken& token)
{
    m_formSection->openLike(token);
}

void MainWindow::relayoutPanels()
{
    m_ui->activeActionsPanel->relayout();
    m_ui->inactiveActionsPanel->relayout();
}

void MainWindow::setReconnectAvailable(bool available)
{
    m_errors->setReconnectAvailable(available);
}

void MainWindow::setLeakPlaces(std::function<QList<LeakResponse::Place>()> places)
{
    m_leakPlaces = std::move(places);
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

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
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
