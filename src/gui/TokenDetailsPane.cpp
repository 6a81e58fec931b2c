#include "TokenDetailsPane.h"
#include "AccessibleNames.h"
#include "ui_TokenDetailsPane.h"

#include "Clock.h"
#include "PlainText.h"
#include "ScopeCatalog.h"
#include "TokenBackend.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr int MaxAddresses = 5;

QString localTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace

TokenDetailsPane::TokenDetailsPane(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::TokenDetailsPane>())
{
    m_ui->setupUi(this);
    m_ui->detailsTextEdit->setAccessibleName(withoutMnemonic(m_ui->detailsLabel->text()));
    clear();
}

TokenDetailsPane::~TokenDetailsPane() = default;

void TokenDetailsPane::setBackend(TokenBackend& backend)
{
    m_backend = &backend;
    clear();
}

void TokenDetailsPane::follow(TokenTableView* view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex& current) {
                if (current.isValid() || m_source == view)
                    showCurrent(view);
            });
    TokenTableModel* model = view->tokenModel();
    connect(model, &QAbstractItemModel::modelReset, this, [this, view] { followModelChange(view); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this, view] { followModelChange(view); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this, view] { followModelChange(view); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this, view] { followModelChange(view); });
    // Taking the focus into a table with a current row shows it.
    view->installEventFilter(this);
    m_followed << view;
}

bool TokenDetailsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const QPointer<TokenTableView>& view : std::as_const(m_followed)) {
            if (view && view == watched && view->selectionModel()->currentIndex().isValid() &&
                m_source != view)
                showCurrent(view);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TokenDetailsPane::showCurrent(TokenTableView* view)
{
    m_source = view;
    const QModelIndex current = view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= view->tokenModel()->rowCount())
        return clear();
    showToken(view->tokenModel()->tokenAt(current.row()));
}

void TokenDetailsPane::followModelChange(TokenTableView* view)
{
    if (m_source != view || !m_token)
        return;
    const int row = view->tokenModel()->rowOfToken(m_token->id);
    if (row < 0)
        return clear();
    AccessToken token = view->tokenModel()->tokenAt(row);
    if (token.lastUsedIps.isEmpty() && token.lastUsedAt == m_token->lastUsedAt)
        token.lastUsedIps = m_token->lastUsedIps;
    if (!(token.id == m_token->id && token.revoked == m_token->revoked &&
          token.lastUsedAt == m_token->lastUsedAt && token.name == m_token->name &&
          token.expiresAt == m_token->expiresAt && token.lastUsedIps == m_token->lastUsedIps))
        showToken(token);
}

void TokenDetailsPane::showToken(const AccessToken& token)
{
    const bool sameToken = m_token && m_token->id == token.id;
    m_token = token;
    render();
    if (!sameToken && token.lastUsedIps.isEmpty() && token.lastUsedAt.isValid())
        readFresh(token.id);
}

void TokenDetailsPane::select(const AccessToken& token)
{
    for (const QPointer<TokenTableView>& view : std::as_const(m_followed)) {
        if (view && view->selectToken(token.id))
            return;
    }
    showToken(token);
}

void TokenDetailsPane::readFresh(qint64 id)
{
    if (!m_backend)
        return;
    const quint64 serial = ++m_serial;
    m_backend->get(id, this, [this, serial, id](Result<AccessToken> result) {
        if (serial != m_serial || !m_token || m_token->id != id || !result)
            return;
        m_token->lastUsedIps = result.value().lastUsedIps;
        m_token->lastUsedAt = result.value().lastUsedAt;
        render();
    });
}

void TokenDetailsPane::clear()
{
    ++m_serial;
    m_token.reset();
    m_ui->detailsTextEdit->setPlainText(tr("Select a token to see its details."));
}

void TokenDetailsPane::render()
{
    if (!m_token)
        return clear();
    m_ui->detailsTextEdit->setPlainText(
        describe(*m_token, m_backend ? m_backend->resource() : std::nullopt,
                 m_clock ? m_clock->todayUtc() : QDateTime::currentDateTimeUtc().date()));
}

QString TokenDetailsPane::text() const
{
    return m_ui->detailsTextEdit->toPlainText();
}

QPlainTextEdit* TokenDetailsPane::textEdit() const
{
    return m_ui->detailsTextEdit;
}

QString TokenDetailsPane::describe(const AccessToken& token, const std::optional<Resource>& resource,
                                   QDate todayUtc)
{
    QStringList lines;
    auto field = [&lines](const QString& label, const QString& value) {
        lines << tr("%1: %2").arg(label, value);
    };
    field(tr("Name"), PlainText::shown(token.name));
    field(tr("Description"),
          token.description.isEmpty() ? tr("None") : PlainText::shown(token.description, true));
    if (resource) {
        field(resource->kind == ResourceRef::Kind::Group ? tr("Group") : tr("Project"),
              PlainText::shown(resource->fullPath));
        field(tr("Role"), AccessLevels::label(token.accessLevel));
    }
    lines << tr("Scopes:");
    if (token.scopes.isEmpty())
        lines << tr("  None");
    for (const QString& scope : token.scopes)
        lines << tr("  %1: %2").arg(PlainText::shown(scope), ScopeCatalog::describe(scope));
    field(tr("Created"), token.createdAt.isValid() ? localTime(token.createdAt) : tr("Unknown"));
    field(tr("Last used"), token.lastUsedAt.isValid() ? localTime(token.lastUsedAt) : tr("Never"));
    QStringList addresses;
    for (const QString& address : token.lastUsedIps.mid(0, MaxAddresses))
        addresses << PlainText::shown(address);
    field(tr("Last used from"), addresses.isEmpty() ? tr("Not recorded") : addresses.join(u", "_s));
    field(tr("Expires"),
          token.expiresAt.isNull()
              ? tr("Never")
              : tr("%1 (00:00 UTC)").arg(QLocale().toString(token.expiresAt, QLocale::LongFormat)));
    QString state;
    if (token.revoked)
        state = tr("Revoked");
    else if (token.isExpired(todayUtc))
        state = tr("Expired");
    else
        state = tr("Active");
    field(tr("State"), state);
    field(tr("Revoked"), token.revoked ? tr("Yes") : tr("No"));
    return lines.join(u'\n');
}

} // namespace TokenDesk
