#include "AccountSelector.h"
#include "AccessibleNames.h"
#include "LeakResponse.h"

#include "AccountRegistry.h"
#include "ConnectDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "TokenBackend.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace TokenDesk {

AccountSelector::AccountSelector(AccountRegistry& registry, TokenBackend& offlineBackend, const Clock& clock,
                                 GitLabOptions options, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_clock(clock), m_options(std::move(options)),
      m_label(new QLabel(tr("&Account"), this)), m_combo(new QComboBox(this)),
      m_connectButton(new QToolButton(this)), m_removeButton(new QToolButton(this)),
      m_connectAction(new QAction(tr("Connect to GitLab…"), this)),
      m_removeAction(new QAction(tr("Remove account"), this)),
      m_offline(AccountSession::forBackend(offlineBackend, &registry.vault())), m_current(m_offline),
      m_currentKey(AccountRegistry::offlineKey())
{
    setObjectName(u"accountSelector"_s);
    m_label->setObjectName(u"accountLabel"_s);
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(u"accountComboBox"_s);
    m_combo->setAccessibleName(tr("Account"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectAction->setObjectName(u"connectAccountAction"_s);
    m_removeAction->setObjectName(u"removeAccountAction"_s);
    m_connectButton->setObjectName(u"connectAccountButton"_s);
    m_removeButton->setObjectName(u"removeAccountButton"_s);
    m_connectButton->setDefaultAction(m_connectAction);
    m_removeButton->setDefaultAction(m_removeAction);
    m_connectButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_connectButton->setAccessibleName(m_connectAction->text());
    m_removeButton->setAccessibleName(m_removeAction->text());
    m_connectButton->setFocusPolicy(Qt::StrongFocus);
    m_removeButton->setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_connectButton);
    layout->addWidget(m_removeButton);

    connect(m_combo, &QComboBox::activated, this, &AccountSelector::onComboActivated);
    connect(m_connectAction, &QAction::triggered, this, &AccountSelector::showConnectDialog);
    connect(m_removeAction, &QAction::triggered, this, &AccountSelector::confirmRemoveAccount);
    connect(&m_registry, &AccountRegistry::accountsChanged, this, &AccountSelector::reloadEntries);
    reloadEntries();
}

AccountSelector::~AccountSelector()
{
    ++m_switchId;
}

TokenBackend& AccountSelector::currentBackend() const
{
    return *m_current->backend();
}

void AccountSelector::attach(MainWindow& window)
{
    window.setLeakPlaces([this] { return LeakResponse::knownPlaces(m_registry, m_options, m_offline); });
    window.mainToolBar()->addWidget(this);
    connect(this, &AccountSelector::sessionChanged, &window, &MainWindow::setSession);
    window.setSession(m_current);
    connect(this, &AccountSelector::problem, &window,
            [this, &window](const QString& message, const QString& reconnectKey) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Account"),
                                            PlainText::shown(message, true), QMessageBox::NoButton, &window);
                box->setObjectName(u"accountProblemMessageBox"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                if (reconnectKey.isEmpty()) {
                    box->addButton(QMessageBox::Ok);
                } else {
                    QPushButton* reconnect = box->addButton(tr("&Reconnect…"), QMessageBox::AcceptRole);
                    reconnect->setObjectName(u"reconnectButton"_s);
                    reconnect->setAccessibleName(withoutMnemonic(reconnect->text()));
                    box->setDefaultButton(reconnect);
                    box->setEscapeButton(box->addButton(QMessageBox::Close));
                    connect(box, &QMessageBox::finished, this, [this, box, reconnect, reconnectKey] {
                        if (box->clickedButton() == reconnect)
                            showReconnectDialog(reconnectKey);
                    });
                }
                PlainText::setPlain(box);
                box->open();
            });
    connect(&window, &MainWindow::reconnectRequested, this, [this] {
        if (!m_current->accountKey().isEmpty())
            showReconnectDialog(m_current->accountKey());
    });
    window.setReconnectAvailable(true);
}

// Follows what happens to the session's own sign-in token, also after it stopped being the one shown.
void AccountSelector::watch(const AccountSession::Ptr& session)
{
    AccountSession* watched = session.get();
    connect(watched, &AccountSession::signInTokenRotated, this, [this](qint64, const QString& problem) {
        if (!problem.isEmpty())
            Q_EMIT this->problem(
                tr("The account's access token was rotated, but the keychain still holds the "
                   "old one: %1 Copy the new token from the dialog and connect again.")
                    .arg(problem),
                QString());
    });
    connect(watched, &AccountSession::signedOut, this, [this, watched] {
        const QString key = watched->accountKey();
        const QString label = watched->label();
        if (watched == m_current.get())
            selectAccount(AccountRegistry::offlineKey());
        m_registry.removeAccount(key, this, [](Result<bool>) {});
        Q_EMIT problem(tr("The token TokenDesk signed in with to %1 was revoked, so the account is "
                          "disconnected. Connect again with another token to manage its tokens.")
                           .arg(label),
                       QString());
    });
}

void AccountSelector::reloadEntries()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Offline store"), AccountRegistry::offlineKey());
    for (const GitLabAccount& account : m_registry.accounts())
        m_combo->addItem(account.label(), account.key);
    showCurrentEntry();
}

void AccountSelector::showCurrentEntry()
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(m_currentKey);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    updateActions();
}

void AccountSelector::updateActions()
{
    m_combo->setEnabled(!isSwitching());
    const QString shown = m_combo->currentData().toString();
    m_removeAction->setEnabled(!isSwitching() && !shown.isEmpty() && shown != AccountRegistry::offlineKey());
}

void AccountSelector::restoreChoice()
{
    const QString key = m_registry.currentKey();
    if (key != m_currentKey)
        selectAccount(key);
}

void AccountSelector::onComboActivated(int index)
{
    const QString key = m_combo->itemData(index).toString();
    if (key != m_currentKey)
        selectAccount(key);
}

void AccountSelector::selectAccount(const QString& key)
{
    const quint64 switchId = ++m_switchId;
    m_pending.reset();
    if (key.isEmpty() || key == AccountRegistry::offlineKey())
        return finishSwitch(AccountRegistry::offlineKey(), m_offline);
    AccountSession::Ptr session = AccountSession::forAccount(m_registry, key, m_clock, m_options);
    if (!session)
        return failSwitch(tr("There is no account %1.").arg(key));

    m_pending = session;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_combo->findData(key));
    }
    updateActions();
    const QString label = session->label();
    const QString username = m_registry.account(key)->username;
    session->open(this, [this, switchId, key, label, username](Result<bool> opened) {
        if (switchId != m_switchId || !m_pending)
            return;
        if (!opened) {
            // Gone from the keychain (deleted outside TokenDesk): a new access token brings it back.
            const bool missing = opened.error().kind == BackendError::Kind::NotFound;
            return failSwitch(tr("Could not read the access token of %1 from the keychain: %2")
                                  .arg(label, opened.error().message),
                              missing ? key : QString());
        }
        // Also learns which token the account signs in with (for rotate and revoke of it).
        m_pending->connect(this, [this, switchId, key, label, username](Result<Account> who) {
            if (switchId != m_switchId || !m_pending)
                return;
            if (!who) {
                if (who.error().kind == BackendError::Kind::Authentication) {
                    return failSwitch(tr("GitLab refused the access token of %1: it is invalid, expired or "
                                         "revoked. Reconnect with a new access token of %2.")
                                          .arg(label, username),
                                      key);
                }
                return failSwitch(tr("Could not sign in to %1: %2").arg(label, who.error().message));
            }
            finishSwitch(key, std::exchange(m_pending, nullptr));
        });
    });
}

void AccountSelector::finishSwitch(const QString& key, AccountSession::Ptr session)
{
    if (session != m_offline && session != m_current)
        watch(session);
    m_current = std::move(session);
    m_currentKey = key;
    m_registry.setCurrentKey(key);
    showCurrentEntry();
    qCInfo(lcGui) << "Account in use:" << key;
    Q_EMIT sessionChanged(m_current);
    Q_EMIT backendChanged(currentBackend());
}

void AccountSelector::failSwitch(const QString& message, const QString& reconnectKey)
{
    m_pending.reset();
    showCurrentEntry();
    qCWarning(lcGui) << "Account switch failed";
    Q_EMIT problem(message, reconnectKey);
}

void AccountSelector::showConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto* dialog = new ConnectDialog(m_registry, m_clock, m_options, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    connect(dialog, &ConnectDialog::accountConnected, this, &AccountSelector::selectAccount);
    dialog->open();
}

void AccountSelector::showReconnectDialog(const QString& key)
{
    const std::optional<GitLabAccount> account = m_registry.account(key);
    if (!account)
        return;
    if (m_reconnectDialog && m_reconnectDialog->reconnectAccount() &&
        m_reconnectDialog->reconnectAccount()->key == key) {
        m_reconnectDialog->raise();
        m_reconnectDialog->activateWindow();
        return;
    }
    if (m_reconnectDialog)
        m_reconnectDialog->close();
    auto* dialog = new ConnectDialog(m_registry, m_clock, m_options, window());
    dialog->setObjectName(u"reconnectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReconnectAccount(*account);
    m_reconnectDialog = dialog;
    connect(dialog, &ConnectDialog::credentialReplaced, this, &AccountSelector::selectAccount);
    connect(dialog, &ConnectDialog::accountConnected, this, &AccountSelector::selectAccount);
    dialog->open();
}

void AccountSelector::confirmRemoveAccount()
{
    const QString key = m_combo->currentData().toString();
    const std::optional<GitLabAccount> account = m_registry.account(key);
    if (!account)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                tr("Remove the account %1? Its access token is deleted from the keychain. "
                                   "The tokens on GitLab stay as they are.")
                                    .arg(PlainText::shown(account->label())),
                                QMessageBox::NoButton, window());
    box->setObjectName(u"removeAccountMessageBox"_s);
    QPushButton* removeButton = box->addButton(tr("Remove account"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(u"confirmRemoveAccountButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, key](int) {
        if (box->clickedButton() == removeButton)
            removeAccount(key);
    });
    PlainText::setPlain(box);
    box->open();
}

void AccountSelector::removeAccount(const QString& key)
{
    if (key == m_currentKey)
        selectAccount(AccountRegistry::offlineKey());
    m_registry.removeAccount(key, this, [this](Result<bool> removed) {
        if (!removed)
            Q_EMIT problem(tr("The account was not removed: %1").arg(removed.error().message), QString());
    });
}

} // namespace TokenDesk
