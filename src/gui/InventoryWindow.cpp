#include "InventoryWindow.h"
#include "AccessibleNames.h"
#include "ui_InventoryWindow.h"

#include "BulkRevocation.h"
#include "Clock.h"
#include "InventoryModel.h"
#include "Logging.h"
#include "PlainText.h"
#include "TokenBackend.h"
#include "TokenFilterBar.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace TokenDesk {

InventoryWindow::InventoryWindow(AccountSession::Ptr session, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<::Ui::InventoryWindow>()),
      m_session(std::move(session)), m_clock(clock), m_model(new InventoryModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"inventoryWindow"_s);
    setWindowTitle(tr("All users' tokens - TokenDesk"));
    m_ui->scopesLineEdit->setPlaceholderText(tr("any, or for example: api, sudo"));
    m_ui->ownerLineEdit->setPlaceholderText(tr("every user, or a username or user id"));
    m_ui->stateComboBox->addItem(tr("Active"), int(ListQuery::State::Active));
    m_ui->stateComboBox->addItem(tr("Inactive"), int(ListQuery::State::Inactive));
    m_ui->stateComboBox->addItem(tr("All"), int(ListQuery::State::All));
    const std::pair<QWidget*, QString> named[] = {
        {m_ui->ownerLineEdit, m_ui->ownerLabel->text()},
        {m_ui->scopesLineEdit, m_ui->scopesLabel->text()},
        {m_ui->stateComboBox, m_ui->stateLabel->text()},
        {m_ui->inventoryTableView, m_ui->tableLabel->text()},
        {m_ui->reportTextEdit, m_ui->reportLabel->text()},
        {m_ui->listButton, m_ui->listButton->text()},
        {m_ui->cancelButton, m_ui->cancelButton->text()},
        {m_ui->revokeSelectedButton, m_ui->revokeSelectedButton->text()},
        {m_ui->closeButton, m_ui->closeButton->text()},
    };
    for (const auto& [widget, text] : named)
        widget->setAccessibleName(withoutMnemonic(text));
    m_ui->progressBar->setAccessibleName(tr("Progress"));
    m_ui->inventoryTableView->setModel(m_model);
    m_ui->inventoryTableView->verticalHeader()->hide();
    m_ui->inventoryTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->inventoryTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->inventoryTableView->setWordWrap(false);
    m_ui->filterBar->setToday(m_clock.todayUtc());
    m_ui->progressBar->setVisible(false);
    m_ui->reportLabel->setVisible(false);
    m_ui->reportTextEdit->setVisible(false);

    connect(m_ui->listButton, &QPushButton::clicked, this, &InventoryWindow::list);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &InventoryWindow::cancel);
    connect(m_ui->revokeSelectedButton, &QPushButton::clicked, this, &InventoryWindow::askRevokeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->ownerLineEdit, &QLineEdit::returnPressed, this, &InventoryWindow::list);
    connect(m_ui->scopesLineEdit, &QLineEdit::returnPressed, this, &InventoryWindow::list);
    connect(m_ui->inventoryTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryWindow::updateControls);
    if (TokenBackend* backend = m_session->backend()) {
        connect(backend, &TokenBackend::listProgress, this, [this](int done, int total) {
            if (!m_listing)
                return;
            m_ui->progressBar->setRange(0, qMax(0, total));
            m_ui->progressBar->setValue(done);
        });
    }
    updateControls();
    setStatus(tr("Choose the filters, then Show tokens."));
}

InventoryWindow::~InventoryWindow() = default;

QString InventoryWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

QString InventoryWindow::reportText() const
{
    return m_ui->reportTextEdit->isVisible() ? m_ui->reportTextEdit->toPlainText() : QString();
}

void InventoryWindow::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleName(text);
}

InventoryQuery InventoryWindow::query() const
{
    InventoryQuery query;
    query.state = ListQuery::State(m_ui->stateComboBox->currentData().toInt());
    query.dates = m_ui->filterBar->dates();
    query.owner = m_ui->ownerLineEdit->text().trimmed();
    const QStringList scopes =
        m_ui->scopesLineEdit->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    query.scopes = scopes;
    return query;
}

void InventoryWindow::updateControls()
{
    const bool selected = m_ui->inventoryTableView->selectionModel()->hasSelection();
    m_ui->listButton->setEnabled(!isBusy());
    m_ui->cancelButton->setEnabled(m_listing);
    m_ui->revokeSelectedButton->setEnabled(selected && !isBusy());
    m_ui->progressBar->setVisible(isBusy());
}

void InventoryWindow::list()
{
    TokenBackend* backend = m_session->backend();
    if (!backend || isBusy())
        return;
    const quint64 serial = ++m_serial;
    m_listing = true;
    m_ui->progressBar->setRange(0, 0);
    setStatus(tr("Listing every user's tokens…"));
    updateControls();
    backend->inventory(query(), this, [this, serial](Result<Inventory> result) {
        if (serial != m_serial)
            return;
        m_listing = false;
        if (!result) {
            setStatus(
                result.error().kind == BackendError::Kind::Cancelled
                    ? tr("Listing cancelled.")
                    : tr("Could not list the tokens: %1").arg(PlainText::shown(result.error().message)));
            updateControls();
            return;
        }
        Inventory inventory = std::move(result).value();
        QSet<qint64> users;
        for (const InventoryToken& item : std::as_const(inventory.tokens))
            users.insert(item.token.userId);
        const int tokens = int(inventory.tokens.size());
        m_model->setInventory(std::move(inventory), m_clock.todayUtc());
        setStatus(tr("%n token(s)", nullptr, tokens) + u' ' +
                  tr("of %n user(s).", nullptr, int(users.size())));
        updateControls();
    });
}

void InventoryWindow::cancel()
{
    if (!m_listing)
        return;
    ++m_serial;
    m_listing = false;
    if (TokenBackend* backend = m_session->backend())
        backend->cancel();
    setStatus(tr("Listing cancelled."));
    updateControls();
}

void InventoryWindow::askRevokeSelected()
{
    if (isBusy())
        return;
    const QModelIndexList rows = m_ui->inventoryTableView->selectionModel()->selectedRows();
    QList<qint64> ids;
    QSet<qint64> users;
    bool signInToken = false;
    for (const QModelIndex& index : rows) {
        const AccessToken& token = m_model->tokenAt(index.row()).token;
        ids << token.id;
        users.insert(token.userId);
        signInToken = signInToken || m_session->isSignInToken(token.id);
    }
    if (ids.isEmpty())
        return;
    const QString question = tr("Revoke %n token(s)", nullptr, int(ids.size())) + u' ' +
                             tr("of %n user(s)?", nullptr, int(users.size()));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke selected tokens"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(u"bulkRevokeConfirmation"_s);
    QString details = tr("Everything that uses them stops working. This cannot be undone.");
    if (signInToken)
        details += u' ' + tr("TokenDesk signs in with one of them: that one is left active.");
    box->setInformativeText(details);
    PlainText::setPlain(box);
    QPushButton* revokeButton = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revokeButton->setAccessibleName(revokeButton->text());
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(withoutMnemonic(cancelButton->text()));
    box->setDefaultButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, revokeButton, ids](QAbstractButton* clicked) {
        if (clicked == revokeButton)
            revoke(ids);
    });
    box->open();
}

void InventoryWindow::revoke(const QList<qint64>& ids)
{
    if (!m_session->backend() || isBusy())
        return;
    m_revoking = true;
    m_ui->progressBar->setRange(0, int(ids.size()));
    m_ui->progressBar->setValue(0);
    setStatus(tr("Revoking %n token(s)…", nullptr, int(ids.size())));
    updateControls();
    qCInfo(lcGui) << "Bulk revoke of" << ids.size() << "tokens";
    auto* bulk = new BulkRevocation(m_session, this);
    bulk->setInFlight(RevokesInFlight);
    connect(bulk, &BulkRevocation::progress, this, [this](int answered, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(answered);
        setStatus(tr("Answered %1 of %2…").arg(answered).arg(total));
    });
    bulk->start(ids, this, [this, bulk](Result<BulkRevocation::Report> result) {
        bulk->deleteLater();
        m_revoking = false;
        if (!result) {
            setStatus(tr("Revoking failed: %1").arg(PlainText::shown(result.error().message)));
            updateControls();
            return;
        }
        m_model->applyRevoked(result.value().result.revoked);
        showReport(result.value().result);
        updateControls();
        if (!result.value().result.revoked.isEmpty())
            Q_EMIT tokensRevoked();
    });
}

void InventoryWindow::showReport(const BulkRevokeReport& report)
{
    QStringList lines;
    for (const auto& [id, error] : report.failures) {
        const int row = m_model->rowOfToken(id);
        const QString what = row < 0 ? tr("token %1").arg(id)
                                     : tr("\"%1\" of %2")
                                           .arg(PlainText::shown(m_model->tokenAt(row).token.name),
                                                PlainText::shown(m_model->tokenAt(row).username));
        lines << tr("%1: %2").arg(what, PlainText::shown(error.message));
    }
    const int failed = int(report.failures.size());
    setStatus(tr("%n token(s) revoked", nullptr, int(report.revoked.size())) + u", "_s +
              tr("%n not revoked.", nullptr, failed));
    m_ui->reportTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->reportLabel->setVisible(!lines.isEmpty());
    m_ui->reportTextEdit->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        m_ui->reportTextEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace TokenDesk
