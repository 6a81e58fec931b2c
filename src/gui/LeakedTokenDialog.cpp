#include "LeakedTokenDialog.h"
#include "AccessibleNames.h"
#include "ui_LeakedTokenDialog.h"

#include "GitCredentialMap.h"
#include "Logging.h"
#include "PlainText.h"
#include "SecretVault.h"
#include "TokenBackend.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

QStringList gitHostsOf(const TokenOperations& operations, qint64 tokenId)
{
    QStringList hosts;
    SecretVault* vault = operations.session() ? operations.session()->vault() : nullptr;
    if (!vault)
        return hosts;
    const GitCredentialMap map(vault->settingsFile());
    for (const GitCredentialMap::Entry& entry : map.entriesFor(operations.session()->identity(), tokenId))
        hosts << entry.host;
    return hosts;
}

} // namespace

LeakedTokenDialog::LeakedTokenDialog(TokenOperations operations, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::LeakedTokenDialog>()), m_operations(std::move(operations))
{
    m_ui->setupUi(this);
    setObjectName(u"leakedTokenDialog"_s);
    for (QLabel* label : {m_ui->explanationLabel, m_ui->errorLabel})
        PlainText::setPlain(label);
    m_ui->secretLineEdit->setAccessibleName(withoutMnemonic(m_ui->secretLabel->text()));
    m_ui->resultTextEdit->setAccessibleName(tr("What the token is"));
    for (QPushButton* button : {m_ui->checkButton, m_ui->revokeButton, m_ui->forgetButton})
        button->setAccessibleName(withoutMnemonic(button->text()));
    QPushButton* closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAccessibleName(withoutMnemonic(closeButton->text()));
    closeButton->setAutoDefault(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->resultTextEdit->setVisible(false);
    m_ui->revokeButton->setEnabled(false);
    m_ui->forgetButton->setVisible(false);
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);

    connect(m_ui->checkButton, &QPushButton::clicked, this, &LeakedTokenDialog::check);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &LeakedTokenDialog::askRevoke);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &LeakedTokenDialog::forgetSavedSecret);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretLineEdit, &QLineEdit::textEdited, this, &LeakedTokenDialog::reset);
}

LeakedTokenDialog::~LeakedTokenDialog()
{
    wipe();
}

bool LeakedTokenDialog::isTokenShaped(const QString& text)
{
    static const QRegularExpression shape(u"^gl[a-z]{1,8}-[A-Za-z0-9_.\\-]{8,250}$"_s);
    return shape.match(text).hasMatch();
}

QString LeakedTokenDialog::resultText() const
{
    return m_ui->resultTextEdit->isVisible() ? m_ui->resultTextEdit->toPlainText() : QString();
}

QString LeakedTokenDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void LeakedTokenDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
}

void LeakedTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->checkButton->setEnabled(!busy);
    m_ui->revokeButton->setEnabled(!busy && m_token && !m_token->revoked);
}

void LeakedTokenDialog::reset()
{
    m_ui->errorLabel->setVisible(false);
    if (m_busy)
        return;
    m_token.reset();
    m_secret.wipe();
    m_secret = Secret();
    m_ui->revokeButton->setEnabled(false);
    m_ui->forgetButton->setVisible(false);
    m_ui->resultTextEdit->setVisible(false);
}

void LeakedTokenDialog::check()
{
    TokenBackend* backend = m_operations.backend();
    if (m_busy || !backend)
        return;
    QString text = m_ui->secretLineEdit->text().trimmed();
    if (!isTokenShaped(text)) {
        secureWipe(text);
        return showError(tr("This is not a GitLab token. A token starts with its kind, such as "
                            "\"glpat-\", followed by letters, digits, \"-\" and \"_\"."));
    }
    reset();
    m_secret = Secret::fromString(text);
    secureWipe(text);
    setBusy(true);
    backend->identify(m_secret, this, [this](Result<AccessToken> identified) {
        setBusy(false);
        if (!identified) {
            if (identified.error().kind == BackendError::Kind::Authentication)
                return showError(tr("%1 does not know this token, or it is already revoked or expired.")
                                     .arg(m_operations.backend()->displayName()));
            return showError(identified.error().message);
        }
        m_token = identified.value();
        setBusy(false);
        qCInfo(lcGui) << "Leaked token identified, id" << m_token->id;
        const std::optional<Account> account = m_operations.session()->account();
        if (account && account->userId == m_token->userId)
            return showResult(account->username);
        const qint64 tokenId = m_token->id;
        m_operations.backend()->userName(m_token->userId, this, [this, tokenId](Result<QString> name) {
            if (m_token && m_token->id == tokenId)
                showResult(name ? name.value() : QString());
        });
    });
}

void LeakedTokenDialog::showResult(const QString& owner)
{
    if (!m_token)
        return;
    const AccessToken& token = *m_token;
    QStringList lines;
    lines << tr("Owner: %1")
                 .arg(owner.isEmpty() ? tr("user %1").arg(token.userId)
                                      : tr("%1 (user %2)").arg(PlainText::shown(owner)).arg(token.userId));
    lines << tr("Name: %1").arg(PlainText::shown(token.name));
    lines << tr("Scopes: %1").arg(PlainText::shown(token.scopes.join(u", "_s)));
    lines << tr("Last used: %1")
                 .arg(token.lastUsedAt.isValid()
                          ? QLocale().toString(token.lastUsedAt.toLocalTime(), QLocale::LongFormat)
                          : tr("Never"));
    lines << tr("Last used from: %1")
                 .arg(token.lastUsedIps.isEmpty() ? tr("Not recorded")
                                                  : PlainText::shown(token.lastUsedIps.join(u", "_s)));
    lines << tr("Where: %1").arg(PlainText::shown(m_operations.backend()->displayName()));
    if (token.revoked)
        lines << tr("It is revoked.");
    m_ui->resultTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->resultTextEdit->setVisible(true);
    m_ui->revokeButton->setEnabled(!token.revoked);
    if (!token.revoked)
        m_ui->revokeButton->setFocus(Qt::OtherFocusReason);
}

void LeakedTokenDialog::askRevoke()
{
    if (!m_token || m_busy)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke the leaked token"),
                                tr("Revoke the token \"%1\"? Everything that uses it stops working.")
                                    .arg(PlainText::shown(m_token->name)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"leakedRevokeConfirmation"_s);
    PlainText::setPlain(box);
    QPushButton* revokeButton = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revokeButton->setAccessibleName(revokeButton->text());
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(withoutMnemonic(cancelButton->text()));
    box->setDefaultButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, revokeButton](QAbstractButton* clicked) {
        if (clicked == revokeButton)
            revoke();
    });
    box->open();
}

void LeakedTokenDialog::revoke()
{
    if (!m_token || m_busy || m_secret.isEmpty())
        return;
    setBusy(true);
    m_operations.backend()->revokeBySecret(m_secret, this, [this](Result<AccessToken> revoked) {
        setBusy(false);
        if (!revoked) {
            if (revoked.error().kind == BackendError::Kind::Authentication)
                return showError(tr("The token is already revoked or expired."));
            return showError(tr("Not revoked: %1").arg(revoked.error().message));
        }
        afterRevoke(revoked.value());
    });
}

void LeakedTokenDialog::afterRevoke(const AccessToken& token)
{
    m_token = token;
    m_token->revoked = true;
    m_secret.wipe();
    m_secret = Secret();
    qCInfo(lcGui) << "Leaked token revoked, id" << token.id;
    QStringList lines = {m_ui->resultTextEdit->toPlainText(), tr("Revoked.")};
    const bool saved = m_operations.isSaved(token.id);
    const QStringList hosts = gitHostsOf(m_operations, token.id);
    if (saved)
        lines << tr("Its secret is saved in the keychain.");
    if (!hosts.isEmpty())
        lines << tr("git uses it for %1.").arg(PlainText::shown(hosts.join(u", "_s)));
    m_ui->resultTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->revokeButton->setEnabled(false);
    m_ui->forgetButton->setVisible(saved || !hosts.isEmpty());
    if (m_ui->forgetButton->isVisible())
        m_ui->forgetButton->setFocus(Qt::OtherFocusReason);
    Q_EMIT tokenRevoked(*m_token);
}

void LeakedTokenDialog::forgetSavedSecret()
{
    if (!m_token || m_busy)
        return;
    const qint64 tokenId = m_token->id;
    if (!m_operations.keychainAvailable()) {
        GitCredentialMap(m_operations.session()->vault()->settingsFile())
            .removeToken(m_operations.session()->identity(), tokenId);
        m_ui->forgetButton->setVisible(false);
        return;
    }
    setBusy(true);
    m_ui->forgetButton->setEnabled(false);
    m_operations.forgetSecret(tokenId, this, [this, tokenId](Result<bool> forgotten) {
        setBusy(false);
        if (!forgotten) {
            m_ui->forgetButton->setEnabled(true);
            return showError(tr("Not forgotten: %1").arg(forgotten.error().message));
        }
        GitCredentialMap map(m_operations.session()->vault() ? m_operations.session()->vault()->settingsFile()
                                                             : QString());
        if (m_operations.session()->vault())
            map.removeToken(m_operations.session()->identity(), tokenId);
        m_ui->forgetButton->setVisible(false);
        m_ui->resultTextEdit->setPlainText(m_ui->resultTextEdit->toPlainText() + u'\n' +
                                           tr("Forgotten: the keychain and git no longer hold it."));
        m_ui->resultTextEdit->setFocus(Qt::OtherFocusReason);
    });
}

void LeakedTokenDialog::wipe()
{
    QString text = m_ui->secretLineEdit->text();
    secureWipe(text);
    m_ui->secretLineEdit->clear();
    m_secret.wipe();
    m_secret = Secret();
}

void LeakedTokenDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

} // namespace TokenDesk
