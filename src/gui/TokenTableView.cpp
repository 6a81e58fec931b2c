#include "TokenTableView.h"

#include "RowActionsPanel.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>

namespace TokenDesk {

namespace {

QString escapedForMenu(QString text)
{
    return text.replace(QStringLiteral("&"), QStringLiteral("&&"));
}

} // namespace

TokenTableView::TokenTableView(QWidget* parent) : QTableView(parent) {}

TokenTableView::~TokenTableView() = default;

void TokenTableView::setBusyLookup(std::function<bool(qint64)> busy)
{
    m_busy = std::move(busy);
}

void TokenTableView::setSavedLookup(std::function<bool(qint64)> saved)
{
    m_saved = std::move(saved);
}

bool TokenTableView::isBusy(qint64 id) const
{
    return m_busy && m_busy(id);
}

bool TokenTableView::isSaved(qint64 id) const
{
    return m_saved && m_saved(id);
}

void TokenTableView::setUp(TokenTableModel* model, RowActionsPanel* panel)
{
    m_model = model;
    m_panel = panel;
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setUpColumns();
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, &TokenTableView::onHeaderClicked);
    setUpShortcuts();

    panel->setView(this);
    panel->setRowLabel(
        [model](int row) { return row < model->rowCount() ? model->tokenAt(row).name : QString(); });
    panel->setRowEnabled(
        [this, model](int row) { return row < model->rowCount() && !isBusy(model->tokenAt(row).id); });
    connect(panel, &RowActionsPanel::actionTriggered, this, &TokenTableView::onRowAction);
}

void TokenTableView::setUpColumns()
{
    QHeaderView* header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    // The description takes whatever width is left, so the table fits the window without scrolling.
    header->setStretchLastSection(false);
    const QList<TokenTableModel::Column> columns = m_model->columns();
    for (int section = 0; section < header->count(); ++section)
        header->setSectionResizeMode(section, QHeaderView::Interactive);
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
        case C::Role:
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
}

void TokenTableView::setUpShortcuts()
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &TokenTableView::openRowMenu);
    auto* menuAction = new QAction(tr("Token actions"), this);
    menuAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    menuAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(menuAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid())
            openRowMenu(visualRect(current).center());
    });
    addAction(menuAction);
    if (m_model->state() == ListQuery::State::Active) {
        auto* revokeAction = new QAction(tr("Revoke"), this);
        revokeAction->setShortcut(QKeySequence::Delete);
        revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(revokeAction, &QAction::triggered, this, [this] {
            const QModelIndex current = currentIndex();
            if (current.isValid())
                onRowAction(RevokeAction, current.row());
        });
        addAction(revokeAction);
    }
}

void TokenTableView::onHeaderClicked(int section)
{
    const TokenTableModel::Column column = m_model->columnAt(section);
    const auto [currentColumn, currentOrder] = TokenTableModel::columnFor(m_model->sortOrder());
    Qt::SortOrder order = Qt::AscendingOrder;
    if (column == currentColumn)
        order = currentOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (const auto sort = TokenTableModel::sortFor(column, order))
        m_model->setSortOrder(*sort);
    Q_EMIT sortOrderChanged();
}

void TokenTableView::updateSortIndicator()
{
    const auto [column, order] = TokenTableModel::columnFor(m_model->sortOrder());
    horizontalHeader()->setSortIndicator(m_model->sectionOf(column), order);
}

void TokenTableView::setSectionLabels(QLabel* heading, QLabel* emptyText)
{
    m_heading = heading;
    m_emptyText = emptyText;
}

void TokenTableView::setTokenKind(ResourceRef::Kind kind)
{
    m_kind = kind;
    setUpColumns();
    updateSortIndicator();
    updateHeading();
}

bool TokenTableView::selectToken(qint64 id)
{
    const int row = m_model ? m_model->rowOfToken(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QString TokenTableView::title(bool withCount) const
{
    const bool active = m_model->state() == ListQuery::State::Active;
    using K = ResourceRef::Kind;
    switch (m_kind) {
    case K::Group:
        if (active)
            return withCount ? tr("Active group access tokens (%1)") : tr("Active group access tokens");
        return withCount ? tr("Inactive group access tokens (%1)") : tr("Inactive group access tokens");
    case K::Project:
        if (active)
            return withCount ? tr("Active project access tokens (%1)") : tr("Active project access tokens");
        return withCount ? tr("Inactive project access tokens (%1)") : tr("Inactive project access tokens");
    case K::Personal:
        break;
    }
    if (active)
        return withCount ? tr("Active personal access tokens (%1)") : tr("Active personal access tokens");
    return withCount ? tr("Inactive personal access tokens (%1)") : tr("Inactive personal access tokens");
}

QString TokenTableView::emptyText() const
{
    const bool active = m_model->state() == ListQuery::State::Active;
    if (!m_model->search().isEmpty())
        return active ? tr("No active token matches the search.")
                      : tr("No inactive token matches the search.");
    using K = ResourceRef::Kind;
    switch (m_kind) {
    case K::Group:
        return active ? tr("This group has no active group access tokens.")
                      : tr("This group has no inactive group access tokens.");
    case K::Project:
        return active ? tr("This project has no active project access tokens.")
                      : tr("This project has no inactive project access tokens.");
    case K::Personal:
        break;
    }
    return active ? tr("This user has no active personal access tokens.")
                  : tr("This user has no inactive personal access tokens.");
}

void TokenTableView::updateHeading()
{
    const QString titleText = title(false);
    QString heading = titleText;
    if (m_model->hasLoaded()) {
        const QString withCount = title(true);
        if (m_model->totalCount() >= 0) {
            heading = withCount.arg(m_model->totalCount());
        } else {
            // A server that does not say how many there are (GitLab above 10,000): what is known so far.
            const QString loaded = QString::number(m_model->rowCount());
            heading = withCount.arg(m_model->canFetchMore({}) ? tr("%1+").arg(loaded) : loaded);
        }
    }
    m_heading->setText(heading);
    m_heading->setAccessibleName(heading);
    setAccessibleName(titleText);
    m_emptyText->setText(emptyText());
    m_emptyText->setAccessibleName(m_emptyText->text());
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    setVisible(!empty);
    m_panel->setVisible(!empty);
    m_emptyText->setVisible(empty);
}

void TokenTableView::onRowAction(int action, int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    Q_EMIT actionRequested(action, m_model->tokenAt(row));
}

void TokenTableView::openRowMenu(const QPoint& viewportPos)
{
    QModelIndex index = indexAt(viewportPos);
    if (!index.isValid())
        index = currentIndex();
    if (!index.isValid())
        return;
    const AccessToken token = m_model->tokenAt(index.row());
    const bool enabled = !isBusy(token.id);
    const QString name = escapedForMenu(token.name);
    auto* menu = new QMenu(window());
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto add = [this, menu, token](const QString& text, int action) {
        return menu->addAction(text, this, [this, token, action] { Q_EMIT actionRequested(action, token); });
    };
    if (m_model->state() == ListQuery::State::Active) {
        QAction* rotate = add(tr("Rotate %1").arg(name), RotateAction);
        QAction* revoke = add(tr("Revoke %1").arg(name), RevokeAction);
        revoke->setShortcut(QKeySequence::Delete);
        rotate->setEnabled(enabled);
        revoke->setEnabled(enabled);
        if (isSaved(token.id)) {
            QAction* copy = add(tr("Copy from keychain %1").arg(name), CopyFromKeychainAction);
            QAction* git = add(tr("Use %1 for git on a host…").arg(name), UseForGitAction);
            copy->setEnabled(enabled);
            git->setEnabled(enabled);
        }
    } else {
        add(tr("Create similar %1").arg(name), CreateSimilarAction);
        if (isSaved(token.id)) {
            QAction* forget = add(tr("Delete the saved secret of %1").arg(name), DeleteSavedSecretAction);
            forget->setEnabled(enabled);
        }
    }
    menu->popup(viewport()->mapToGlobal(viewportPos));
}

} // namespace TokenDesk
