#include "ConnectDialog.h"
#include "AccessibleNames.h"
#include "ui_ConnectDialog.h"

#include "Clock.h"
#include "GitLabBackend.h"
#include "Logging.h"
#include "TimeText.h"

#include <QDesktopServices>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace TokenDesk {

ConnectDialog::ConnectDialog(AccountRegistry& registry, const Clock& clock, GitLabOptions options,
                             QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ConnectDialog>()), m_registry(registry), m_clock(clock),
      m_options(std::move(options)), m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect to GitLab"));
    m_connectButton = m_ui->buttonBox->addButton(tr("Connect"), QDialogButtonBox::ActionRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);
    QPushButton* closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAccessibleName(withoutMnemonic(closeButton->text()));
    closeButton->setAutoDefault(false);
    m_ui->createTokenButton->setToolTip(
        tr("Opens GitLab's page for a new personal access token, filled in with "
           "the name TokenDesk and the api scope."));
    m_ui->accountGroupBox->setVisible(false);
    clearMessages();

    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::connectToInstance);
    connect(m_ui->createTokenButton, &QPushButton::clicked, this, &ConnectDialog::openCreateTokenPage);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->instanceUrlLineEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->urlErrorLabel->clear();
        m_ui->urlErrorLabel->setVisible(false);
    });
    connect(m_ui->accessTokenLineEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->tokenErrorLabel->clear();
        m_ui->tokenErrorLabel->setVisible(false);
    });
}

ConnectDialog::~ConnectDialog()
{
    ++m_attempt;
    m_backend.reset();
    QString text = m_ui->accessTokenLineEdit->text();
    secureWipe(text);
    m_ui->accessTokenLineEdit->clear();
}

void ConnectDialog::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

std::optional<QUrl> ConnectDialog::instanceUrl() const
{
    QString text = m_ui->instanceUrlLineEdit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    while (text.endsWith(u'/'))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return url;
}

QUrl ConnectDialog::createTokenUrl() const
{
    const std::optional<QUrl> url = instanceUrl();
    if (!url)
        return {};
    return GitLabBackend::prefilledTokenPageUrl(*url, u"TokenDesk"_s, {u"api"_s},
                                                tr("Used by TokenDesk to manage your access tokens"));
}

void ConnectDialog::openCreateTokenPage()
{
    clearMessages();
    const std::optional<QUrl> url = instanceUrl();
    if (!url)
        return showFieldError(false, tr("Enter the instance URL first, for example https://gitlab.com."));
    if (const auto problem = GitLabBackend::checkInstanceUrl(*url))
        return showFieldError(false, *problem);
    m_openUrl(createTokenUrl());
    m_ui->statusLabel->setText(
        tr("GitLab's page for a new token was opened in your browser. Create the token "
           "there, then paste it into Access token."));
    m_ui->statusLabel->setVisible(true);
}

void ConnectDialog::clearMessages()
{
    for (QLabel* label :
         {m_ui->urlErrorLabel, m_ui->tokenErrorLabel, m_ui->warningLabel, m_ui->statusLabel}) {
        label->clear();
        label->setVisible(false);
    }
}

void ConnectDialog::showFieldError(bool tokenField, const QString& message)
{
    QLabel* label = tokenField ? m_ui->tokenErrorLabel : m_ui->urlErrorLabel;
    QLineEdit* field = tokenField ? m_ui->accessTokenLineEdit : m_ui->instanceUrlLineEdit;
    label->setText(message);
    label->setVisible(true);
    field->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::setBusy(bool busy)
{
    m_connectButton->setEnabled(!busy);
    m_ui->instanceUrlLineEdit->setReadOnly(busy);
    m_ui->accessTokenLineEdit->setReadOnly(busy);
}

void ConnectDialog::connectToInstance()
{
    clearMessages();
    m_ui->accountGroupBox->setVisible(false);
    const std::optional<QUrl> url = instanceUrl();
    if (!url)
        return showFieldError(false, tr("Enter the instance URL, for example https://gitlab.com."));
    if (const auto problem = GitLabBackend::checkInstanceUrl(*url))
        return showFieldError(false, *problem);
    QString tokenText = m_ui->accessTokenLineEdit->text().trimmed();
    if (tokenText.isEmpty())
        return showFieldError(true, tr("Enter an access token, or create one for TokenDesk first."));
    Secret token = Secret::fromString(tokenText);
    secureWipe(tokenText);

    if (m_backend)
        m_backend.release()->deleteLater();
    m_backend = std::make_unique<GitLabBackend>(*url, token, m_clock, m_options);
    const quint64 attempt = ++m_attempt;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Connecting to %1…").arg(url->host()));
    m_ui->statusLabel->setVisible(true);
    m_backend->connectAccount(this, [this, attempt](Result<GitLabConnection> result) {
        if (attempt != m_attempt)
            return;
        if (!result) {
            setBusy(false);
            m_ui->statusLabel->setVisible(false);
            return showError(result.error());
        }
        saveAccount(result.value());
    });
}

void ConnectDialog::showError(const BackendError& error)
{
    using Kind = BackendError::Kind;
    switch (error.kind) {
    case Kind::Authentication:
        return showFieldError(true, tr("GitLab refused this access token: it is invalid, expired or revoked. "
                                       "Check it, or create a new one."));
    case Kind::Permission:
        return showFieldError(true, tr("This access token may not read your profile: %1").arg(error.message));
    default:
        return showFieldError(false, error.message);
    }
}

void ConnectDialog::saveAccount(const GitLabConnection& connection)
{
    GitLabAccount account;
    account.key = m_backend->identity();
    account.instanceUrl = m_backend->instanceUrl();
    account.username = connection.account.username;
    const Secret token = Secret::fromString(m_ui->accessTokenLineEdit->text().trimmed());
    m_ui->statusLabel->setText(tr("Saving the access token to the keychain…"));
    const quint64 attempt = m_attempt;
    m_registry.addAccount(account, token, this, [this, attempt, account, connection](Result<bool> saved) {
        if (attempt != m_attempt)
            return;
        setBusy(false);
        if (!saved) {
            m_ui->statusLabel->setText(
                tr("Connected, but the account was not saved: %1").arg(saved.error().message));
            return;
        }
        QString text = m_ui->accessTokenLineEdit->text();
        secureWipe(text);
        m_ui->accessTokenLineEdit->clear();
        showConnection(connection);
        m_ui->statusLabel->setText(
            tr("Connected as %1. The access token is saved in the keychain.").arg(account.username));
        m_ui->statusLabel->setVisible(true);
        qCInfo(lcGui) << "Connected account" << account.key;
        Q_EMIT accountConnected(account.key);
    });
}

void ConnectDialog::showConnection(const GitLabConnection& connection)
{
    const Account& account = connection.account;
    m_ui->usernameValueLabel->setText(account.name.isEmpty() || account.name == account.username
                                          ? account.username
                                          : tr("%1 (%2)").arg(account.username, account.name));
    m_ui->administratorValueLabel->setText(account.isAdmin ? tr("Yes") : tr("No"));
    m_ui->versionValueLabel->setText(connection.version.version.isEmpty() ? tr("Not reported")
                                                                          : connection.version.version);
    QStringList warnings;
    if (connection.accessToken) {
        const AccessToken& token = *connection.accessToken;
        m_ui->scopesValueLabel->setText(token.scopes.join(u", "_s));
        const QDate today = m_clock.todayUtc();
        if (token.expiresAt.isNull()) {
            m_ui->expiresValueLabel->setText(tr("Never"));
        } else {
            const QString until = TimeText::untilExpiry(token.expiresAt, today);
            m_ui->expiresValueLabel->setText(tr("%1 (%2)").arg(TimeText::date(token.expiresAt), until));
            m_ui->expiresValueLabel->setToolTip(TimeText::expiryExact(token.expiresAt));
            if (today.daysTo(token.expiresAt) <= ExpiryWarningDays)
                warnings << tr("This access token expires %1. Create a new one for TokenDesk before then, "
                               "or TokenDesk can no longer sign in.")
                                .arg(until);
        }
        if (!token.scopes.contains(u"api"_s))
            warnings << tr("This access token lacks the api scope: TokenDesk can show your tokens but cannot "
                           "create, rotate or revoke them with it.");
    } else {
        m_ui->scopesValueLabel->setText(tr("Not readable"));
        m_ui->expiresValueLabel->setText(tr("Not readable"));
        warnings << tr("GitLab did not describe this access token, so its scopes and expiry are unknown.");
    }
    m_ui->warningLabel->setText(warnings.join(u'\n'));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
    m_ui->accountGroupBox->setVisible(true);
}

} // namespace TokenDesk
