#include "ConnectDialog.h"
#include "AccessibleNames.h"
#include "ui_ConnectDialog.h"

#include "Clock.h"
#include "Logging.h"
#include "PlainText.h"
#include "TimeText.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <algorithm>
#include <utility>

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
    setDismissButton(false);
    m_ui->advancedButton->setAccessibleName(withoutMnemonic(m_ui->advancedButton->text()));
    m_ui->addAsNewAccountButton->setAccessibleName(withoutMnemonic(m_ui->addAsNewAccountButton->text()));
    m_ui->addAsNewAccountButton->setVisible(false);
    m_ui->caFileLineEdit->setAccessibleName(withoutMnemonic(m_ui->caFileLabel->text()));
    m_ui->browseCaFileButton->setAccessibleName(withoutMnemonic(m_ui->browseCaFileButton->text()));
    m_ui->timeoutSpinBox->setAccessibleName(withoutMnemonic(m_ui->timeoutLabel->text()));
    // What the server and the account say is shown as plain text, never as markup or links.
    for (QLabel* label :
         {m_ui->introLabel, m_ui->statusLabel, m_ui->usernameValueLabel, m_ui->versionValueLabel,
          m_ui->scopesValueLabel, m_ui->expiresValueLabel, m_ui->warningLabel, m_ui->urlErrorLabel,
          m_ui->tokenErrorLabel, m_ui->caFileErrorLabel})
        PlainText::setPlain(label);
    m_ui->caFileLineEdit->setPlaceholderText(tr("The system's certificate authorities"));
    m_ui->caFileLineEdit->setToolTip(
        tr("A PEM file with the certificate authority of a GitLab instance whose "
           "certificate the system does not trust."));
    m_ui->timeoutSpinBox->setSuffix(tr(" seconds"));
    m_ui->timeoutSpinBox->setToolTip(tr("A request that receives nothing for this long fails."));
    m_ui->caFileLineEdit->setText(m_options.caFile);
    m_ui->timeoutSpinBox->setValue(std::clamp(m_options.timeoutMs / 1000, m_ui->timeoutSpinBox->minimum(),
                                              m_ui->timeoutSpinBox->maximum()));
    setAdvancedShown(!m_options.caFile.isEmpty());
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
        m_otherUser.reset();
        m_ui->addAsNewAccountButton->setVisible(false);
    });
    connect(m_ui->addAsNewAccountButton, &QPushButton::clicked, this, &ConnectDialog::addAsNewAccount);
    connect(m_ui->caFileLineEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->caFileErrorLabel->clear();
        m_ui->caFileErrorLabel->setVisible(false);
    });
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &ConnectDialog::setAdvancedShown);
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
}

ConnectDialog::~ConnectDialog()
{
    ++m_attempt;
    wipeTokenField();
}

void ConnectDialog::done(int result)
{
    ++m_attempt;
    if (m_addition != 0) {
        qCInfo(lcGui) << "Connect dialog closed while saving the account; not adding it";
        m_registry.cancelAddition(std::exchange(m_addition, 0));
    }
    setBusy(false);
    m_ui->statusLabel->setVisible(false);
    QDialog::done(result);
}

void ConnectDialog::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

void ConnectDialog::setReconnectAccount(const GitLabAccount& account)
{
    m_reconnect = account;
    setWindowTitle(tr("Reconnect to GitLab"));
    m_ui->introLabel->setText(tr("GitLab refused the access token of %1: it is invalid, expired or revoked. "
                                 "Paste a new access token of %2. It replaces the old one in the keychain; "
                                 "nothing else changes.")
                                  .arg(account.label(), account.username));
    m_ui->instanceUrlLineEdit->setText(account.instanceUrl.toString());
    m_ui->instanceUrlLineEdit->setReadOnly(true);
    m_ui->caFileLineEdit->setText(account.caFile);
    if (account.timeoutSeconds > 0)
        m_ui->timeoutSpinBox->setValue(account.timeoutSeconds);
    setAdvancedShown(!account.caFile.isEmpty() || m_ui->timeoutSpinBox->value() != DefaultTimeoutSeconds);
    m_connectButton->setText(tr("Reconnect"));
    m_connectButton->setAccessibleName(withoutMnemonic(m_connectButton->text()));
    setDismissButton(true);
    clearMessages();
    m_ui->accountGroupBox->setVisible(false);
    m_ui->accessTokenLineEdit->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::setDismissButton(bool cancel)
{
    m_ui->buttonBox->setStandardButtons(cancel ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    QPushButton* button =
        m_ui->buttonBox->button(cancel ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    button->setObjectName(cancel ? u"cancelButton"_s : u"closeButton"_s);
    button->setAccessibleName(withoutMnemonic(button->text()));
    button->setAutoDefault(false);
}

void ConnectDialog::setAdvancedShown(bool shown)
{
    const QSignalBlocker blocker(m_ui->advancedButton);
    m_ui->advancedButton->setChecked(shown);
    m_ui->advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedWidget->setVisible(shown);
}

QString ConnectDialog::caFilePath() const
{
    const QString text = m_ui->caFileLineEdit->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

GitLabOptions ConnectDialog::connectionOptions() const
{
    GitLabOptions options = m_options;
    options.caFile = caFilePath();
    options.timeoutMs = m_ui->timeoutSpinBox->value() * 1000;
    return options;
}

bool ConnectDialog::checkCaFile()
{
    const QString path = caFilePath();
    if (path.isEmpty())
        return true;
    if (const auto problem = ConnectionCheck::caFileProblem(path)) {
        setAdvancedShown(true);
        showFieldError(Field::CaFile, *problem);
        return false;
    }
    return true;
}

void ConnectDialog::browseCaFile()
{
    const QString current = caFilePath();
    auto* chooser = new QFileDialog(this, tr("Choose a CA certificate file"),
                                    current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(u"caFileDialog"_s);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_ui->caFileLineEdit->setText(QDir::toNativeSeparators(path));
        m_ui->caFileLineEdit->setFocus(Qt::OtherFocusReason);
        checkCaFile();
    });
    chooser->open();
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
    return ConnectionCheck::tokenPageUrl(*url, u"TokenDesk"_s, {u"api"_s},
                                         tr("Used by TokenDesk to manage your access tokens"));
}

void ConnectDialog::openCreateTokenPage()
{
    clearMessages();
    const std::optional<QUrl> url = instanceUrl();
    if (!url)
        return showFieldError(Field::Url,
                              tr("Enter the instance URL first, for example https://gitlab.com."));
    if (const auto problem = ConnectionCheck::instanceUrlProblem(*url))
        return showFieldError(Field::Url, *problem);
    m_openUrl(createTokenUrl());
    m_ui->statusLabel->setText(
        tr("GitLab's page for a new token was opened in your browser. Create the token "
           "there, then paste it into Access token."));
    m_ui->statusLabel->setVisible(true);
}

void ConnectDialog::clearMessages()
{
    m_otherUser.reset();
    m_ui->addAsNewAccountButton->setVisible(false);
    for (QLabel* label : {m_ui->urlErrorLabel, m_ui->tokenErrorLabel, m_ui->caFileErrorLabel,
                          m_ui->warningLabel, m_ui->statusLabel}) {
        label->clear();
        label->setVisible(false);
    }
}

void ConnectDialog::showFieldError(Field which, const QString& message)
{
    QLabel* label = m_ui->urlErrorLabel;
    QLineEdit* field = m_ui->instanceUrlLineEdit;
    if (which == Field::Token) {
        label = m_ui->tokenErrorLabel;
        field = m_ui->accessTokenLineEdit;
    } else if (which == Field::CaFile) {
        label = m_ui->caFileErrorLabel;
        field = m_ui->caFileLineEdit;
    }
    label->setText(message);
    label->setVisible(true);
    field->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::setBusy(bool busy)
{
    m_connectButton->setEnabled(!busy);
    m_ui->instanceUrlLineEdit->setReadOnly(busy || m_reconnect);
    m_ui->accessTokenLineEdit->setReadOnly(busy);
    m_ui->caFileLineEdit->setReadOnly(busy);
    m_ui->browseCaFileButton->setEnabled(!busy);
    m_ui->timeoutSpinBox->setReadOnly(busy);
}

void ConnectDialog::wipeTokenField()
{
    QString text = m_ui->accessTokenLineEdit->text();
    secureWipe(text);
    m_ui->accessTokenLineEdit->clear();
}

void ConnectDialog::connectToInstance()
{
    clearMessages();
    m_ui->accountGroupBox->setVisible(false);
    const std::optional<QUrl> url = instanceUrl();
    if (!url)
        return showFieldError(Field::Url, tr("Enter the instance URL, for example https://gitlab.com."));
    if (const auto problem = ConnectionCheck::instanceUrlProblem(*url))
        return showFieldError(Field::Url, *problem);
    QString tokenText = m_ui->accessTokenLineEdit->text().trimmed();
    if (tokenText.isEmpty())
        return showFieldError(Field::Token, tr("Enter an access token, or create one for TokenDesk first."));
    if (!checkCaFile()) {
        secureWipe(tokenText);
        return;
    }
    Secret token = Secret::fromString(tokenText);
    secureWipe(tokenText);

    const quint64 attempt = ++m_attempt;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Connecting to %1…").arg(url->host()));
    m_ui->statusLabel->setVisible(true);
    ConnectionCheck::identify(*url, token, connectionOptions(), m_clock, this,
                              [this, attempt](Result<ConnectionCheck::Identified> result) {
                                  if (attempt != m_attempt)
                                      return;
                                  if (!result) {
                                      setBusy(false);
                                      m_ui->statusLabel->setVisible(false);
                                      return showError(result.error());
                                  }
                                  onIdentified(result.value());
                              });
}

void ConnectDialog::onIdentified(const ConnectionCheck::Identified& identified)
{
    if (m_reconnect)
        return replaceCredential(identified);
    saveAccount(identified);
}

void ConnectDialog::showError(const BackendError& error)
{
    using Kind = BackendError::Kind;
    switch (error.kind) {
    case Kind::Authentication:
        return showFieldError(Field::Token,
                              tr("GitLab refused this access token: it is invalid, expired or revoked. "
                                 "Check it, or create a new one."));
    case Kind::Permission:
        return showFieldError(Field::Token,
                              tr("This access token may not read your profile: %1").arg(error.message));
    default:
        if (error.remedy == BackendError::Remedy::TrustCertificate)
            setAdvancedShown(true); // where the CA file goes
        return showFieldError(Field::Url, error.message);
    }
}

void ConnectDialog::saveAccount(const ConnectionCheck::Identified& identified)
{
    const GitLabConnection& connection = identified.connection;
    GitLabAccount account;
    account.key = identified.accountKey;
    account.instanceUrl = identified.instanceUrl;
    account.username = connection.account.username;
    account.caFile = caFilePath();
    account.timeoutSeconds = m_ui->timeoutSpinBox->value();
    const Secret token = Secret::fromString(m_ui->accessTokenLineEdit->text().trimmed());
    m_ui->statusLabel->setText(tr("Saving the access token to the keychain…"));
    m_ui->statusLabel->setVisible(true);
    const quint64 attempt = m_attempt;
    m_addition =
        m_registry.addAccount(account, token, this, [this, attempt, account, connection](Result<bool> saved) {
            if (attempt != m_attempt)
                return;
            m_addition = 0;
            setBusy(false);
            if (!saved) {
                m_ui->statusLabel->setText(
                    tr("Connected, but the account was not saved: %1").arg(saved.error().message));
                return;
            }
            wipeTokenField();
            showConnection(connection);
            m_ui->statusLabel->setText(tr("Connected as %1. The access token is saved in the keychain.")
                                           .arg(PlainText::shown(account.username)));
            m_ui->statusLabel->setVisible(true);
            if (m_reconnect)
                setDismissButton(false);
            qCInfo(lcGui) << "Connected account" << account.key;
            Q_EMIT accountConnected(account.key);
        });
}

void ConnectDialog::addAsNewAccount()
{
    if (!m_otherUser)
        return;
    const ConnectionCheck::Identified identified = *m_otherUser;
    clearMessages();
    setBusy(true);
    saveAccount(identified);
}

void ConnectDialog::replaceCredential(const ConnectionCheck::Identified& identified)
{
    const GitLabConnection& connection = identified.connection;
    const GitLabAccount account = *m_reconnect;
    if (identified.accountKey != account.key) {
        setBusy(false);
        m_ui->statusLabel->setVisible(false);
        showFieldError(Field::Token,
                       tr("This access token belongs to %1, not to %2. Nothing was replaced: the account %3 "
                          "keeps its old access token. Paste an access token of %2, or add %1 as a new "
                          "account.")
                           .arg(connection.account.username, account.username, account.label()));
        m_otherUser = identified;
        m_ui->addAsNewAccountButton->setVisible(true);
        return;
    }
    const Secret token = Secret::fromString(m_ui->accessTokenLineEdit->text().trimmed());
    const QString caFile = caFilePath();
    const int timeoutSeconds = m_ui->timeoutSpinBox->value();
    m_ui->statusLabel->setText(tr("Replacing the access token in the keychain…"));
    const quint64 attempt = m_attempt;
    m_registry.replaceCredential(
        account.key, token, this,
        [this, attempt, account, connection, caFile, timeoutSeconds](Result<bool> saved) {
            if (attempt != m_attempt)
                return;
            setBusy(false);
            if (!saved) {
                m_ui->statusLabel->setText(
                    tr("The new access token works, but the keychain still holds the old one: %1")
                        .arg(saved.error().message));
                return;
            }
            m_registry.setConnectionOptions(account.key, caFile, timeoutSeconds);
            wipeTokenField();
            showConnection(connection);
            m_ui->statusLabel->setText(
                tr("Reconnected as %1. The new access token replaced the old one in the keychain.")
                    .arg(account.username));
            m_ui->statusLabel->setVisible(true);
            setDismissButton(false);
            m_connectButton->setEnabled(false);
            m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
            qCInfo(lcGui) << "Reconnected account" << account.key;
            Q_EMIT credentialReplaced(account.key);
        });
}

void ConnectDialog::showConnection(const GitLabConnection& connection)
{
    const Account& account = connection.account;
    m_ui->usernameValueLabel->setText(
        PlainText::shown(account.name.isEmpty() || account.name == account.username
                             ? account.username
                             : tr("%1 (%2)").arg(account.username, account.name)));
    m_ui->administratorValueLabel->setText(account.isAdmin ? tr("Yes") : tr("No"));
    m_ui->versionValueLabel->setText(connection.version.version.isEmpty()
                                         ? tr("Not reported")
                                         : PlainText::shown(connection.version.version));
    QStringList warnings;
    if (connection.accessToken) {
        const AccessToken& token = *connection.accessToken;
        m_ui->scopesValueLabel->setText(PlainText::shown(token.scopes.join(u", "_s)));
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
