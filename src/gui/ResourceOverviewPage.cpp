#include "ResourceOverviewPage.h"
#include "AccessibleNames.h"
#include "ui_ResourceOverviewPage.h"

#include "Clock.h"
#include "Logging.h"
#include "PlainText.h"
#include "ResourceOverview.h"
#include "ResourceOverviewModel.h"
#include "RowActionsPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr int OpenResourceAction = 0;

} // namespace

ResourceOverviewPage::ResourceOverviewPage(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::ResourceOverviewPage>()), m_clock(clock),
      m_model(new ResourceOverviewModel(clock, this))
{
    m_ui->setupUi(this);
    setObjectName(u"resourceOverviewPage"_s);

    QPalette palette = m_ui->failuresLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc9, 0x1c, 0x00));
    m_ui->failuresLabel->setPalette(palette);
    m_ui->failuresLabel->hide();

    const QList<std::pair<int, QString>> windows = {
        {7, tr("7 days")}, {14, tr("14 days")}, {30, tr("30 days")}, {90, tr("90 days")}, {0, tr("Any time")},
    };
    for (const auto& [days, text] : windows)
        m_ui->windowComboBox->addItem(text, days);
    m_ui->windowComboBox->setAccessibleName(withoutMnemonic(m_ui->windowLabel->text()));
    setWindowDays(DefaultWindowDays);
    connect(m_ui->windowComboBox, &QComboBox::activated, this, &ResourceOverviewPage::reload);

    QTableView* view = m_ui->overviewTableView;
    view->setModel(m_model);
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
    header->setHighlightSections(false);
    const int widths[] = {220, 180, 100, 160, 200};
    for (int section = 0; section < m_model->columnCount(); ++section)
        header->resizeSection(section, widths[section]);
    header->setSectionResizeMode(0, QHeaderView::Stretch);

    RowActionsPanel* panel = m_ui->overviewActionsPanel;
    panel->setView(view);
    panel->setActions(
        {{OpenResourceAction, tr("Open resource"), tr("Open resource %1"), u"openResourceRowButton"_s}});
    panel->setRowLabel([this](int row) { return m_model->rowLabel(row); });
    panel->setRowEnabled([this](int row) { return row < m_model->rowCount(); });
    view->verticalHeader()->setDefaultSectionSize(panel->preferredRowHeight());
    connect(panel, &RowActionsPanel::actionTriggered, this, [this](int action, int row) {
        if (action == OpenResourceAction && row >= 0 && row < m_model->rowCount())
            Q_EMIT openResourceRequested(m_model->tokenAt(row).resource);
    });
    // Return on a row (or a double click) opens its resource too.
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.row() < m_model->rowCount())
            Q_EMIT openResourceRequested(m_model->tokenAt(index.row()).resource);
    });
    connect(m_model, &QAbstractItemModel::modelReset, panel, &RowActionsPanel::scheduleRelayout);
    setTabOrder(m_ui->windowComboBox, view);
    updateHeading();
}

ResourceOverviewPage::~ResourceOverviewPage() = default;

QWidget* ResourceOverviewPage::firstControl() const
{
    return m_ui->windowComboBox;
}

QWidget* ResourceOverviewPage::lastControl() const
{
    return m_ui->overviewTableView;
}

int ResourceOverviewPage::windowDays() const
{
    return m_ui->windowComboBox->currentData().toInt();
}

void ResourceOverviewPage::setWindowDays(int days)
{
    const int index = m_ui->windowComboBox->findData(days);
    if (index >= 0)
        m_ui->windowComboBox->setCurrentIndex(index);
}

void ResourceOverviewPage::setSession(const AccountSession::Ptr& session)
{
    ++m_generation;
    m_session = session;
    m_loading = false;
    m_loaded = false;
    m_model->clear();
    m_ui->failuresLabel->hide();
    m_ui->overviewStatusLabel->clear();
    updateHeading();
}

void ResourceOverviewPage::reload()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    ResourceTokenQuery query;
    if (const int days = windowDays(); days > 0)
        query.expiresBefore = m_clock.todayUtc().addDays(days + 1);
    showProgress(0, -1);
    ResourceOverview::read(
        m_session, query, this,
        [this, generation](Result<ResourceTokenOverview> answer) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_loaded = true;
            if (answer)
                showAnswer(answer.value());
            else
                showFailure(answer.error());
            Q_EMIT loaded();
        },
        [this, generation](int done, int total) {
            if (generation == m_generation)
                showProgress(done, total);
        });
}

void ResourceOverviewPage::showProgress(int done, int total)
{
    const QString text =
        total < 0 ? tr("Reading your groups and projects…")
                  : tr("Reading the tokens of your groups and projects (%1 of %2)…").arg(done).arg(total);
    m_ui->overviewStatusLabel->setText(text);
    m_ui->overviewStatusLabel->setAccessibleName(text);
}

void ResourceOverviewPage::showAnswer(const ResourceTokenOverview& overview)
{
    m_model->setTokens(overview.tokens);
    const QString status = tr("%n group(s) and project(s) read.", nullptr, overview.resourcesRead);
    m_ui->overviewStatusLabel->setText(status);
    m_ui->overviewStatusLabel->setAccessibleName(status);
    if (overview.failures.isEmpty()) {
        m_ui->failuresLabel->hide();
    } else {
        QStringList lines;
        lines << tr("Could not read the tokens of %n group(s) or project(s):", nullptr,
                    static_cast<int>(overview.failures.size()));
        for (const auto& [resource, error] : overview.failures)
            lines << tr("%1: %2").arg(PlainText::shown(resource.fullPath), PlainText::shown(error.message));
        qCInfo(lcGui) << "The overview could not read" << overview.failures.size() << "resources";
        m_ui->failuresLabel->setText(lines.join(u'\n'));
        m_ui->failuresLabel->setAccessibleName(m_ui->failuresLabel->text());
        m_ui->failuresLabel->show();
    }
    updateHeading();
}

void ResourceOverviewPage::showFailure(const BackendError& error)
{
    m_model->clear();
    m_ui->overviewStatusLabel->clear();
    m_ui->failuresLabel->setText(
        tr("Could not read your groups and projects: %1").arg(PlainText::shown(error.message)));
    m_ui->failuresLabel->setAccessibleName(m_ui->failuresLabel->text());
    m_ui->failuresLabel->show();
    updateHeading();
}

void ResourceOverviewPage::updateHeading()
{
    const QString title = tr("Group and project access tokens");
    const QString heading =
        m_loaded ? tr("Group and project access tokens (%1)").arg(m_model->rowCount()) : title;
    m_ui->overviewHeadingLabel->setText(heading);
    m_ui->overviewHeadingLabel->setAccessibleName(heading);
    m_ui->overviewTableView->setAccessibleName(title);
    const int days = windowDays();
    const QString empty = days > 0 ? tr("No group or project token expires within %n day(s).", nullptr, days)
                                   : tr("No active group or project token.");
    m_ui->overviewEmptyLabel->setText(empty);
    m_ui->overviewEmptyLabel->setAccessibleName(empty);
    const bool isEmpty = m_loaded && m_model->rowCount() == 0;
    m_ui->overviewTableView->setVisible(!isEmpty);
    m_ui->overviewActionsPanel->setVisible(!isEmpty);
    m_ui->overviewEmptyLabel->setVisible(isEmpty);
}

void ResourceOverviewPage::updateTimes()
{
    m_model->updateTimes();
}

} // namespace TokenDesk
