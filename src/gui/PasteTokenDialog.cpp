#include "PasteTokenDialog.h"
#include "AccessibleNames.h"
#include "ui_PasteTokenDialog.h"

#include "Logging.h"
#include "PlainText.h"
#include "TimeText.h"
#include "TokenBackend.h"

#include <QDesktopServices>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace TokenDesk {

PasteTokenDialog::PasteTokenDialog(TokenOperations operations, const TokenDraft& draft, const QString& reason,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PasteTokenDialog>()), m_operations(std::move(operations)),
      m_draft(draft),
      m_pageUrl(m_operations.backend() ? m_operations.backend()->tokenPageUrl(draft).value_or(QUrl())
                                       : QUrl()),
      m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->reasonLabel, m_ui->errorLabel, m_ui->resultLabel})
        PlainText::setPlain(label);
    setWindowTitle(tr("Create the token on GitLab"));
    m_ui->reasonLabel->setText(
        reason + u"\n\n"_s +
        tr("Open GitLab's page (the name, description and scopes are filled in), create the token there, "
           "then paste it below."));
    m_ui->openPageButton->setToolTip(PlainText::toolTip(m_pageUrl.toString()));
    QPushButton* closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAccessibleName(withoutMnemonic(closeButton->text()));
    closeButton->setAutoDefault(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->resultLabel->setVisible(false);
    m_ui->saveButton->setVisible(m_operations.keychainAvailable());
    m_ui->saveButton->setEnabled(false);

    connect(m_ui->openPageButton, &QPushButton::clicked, this, &PasteTokenDialog::openTokenPage);
    connect(m_ui->identifyButton, &QPushButton::clicked, this, &PasteTokenDialog::identifyPastedToken);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PasteTokenDialog::saveToKeychain);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->pastedTokenLineEdit, &QLineEdit::textEdited, this,
            [this] { m_ui->errorLabel->setVisible(false); });
}

PasteTokenDialog::~PasteTokenDialog()
{
    wipe();
}

void PasteTokenDialog::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

void PasteTokenDialog::openTokenPage()
{
    m_openUrl(m_pageUrl);
    m_ui->pastedTokenLineEdit->setFocus(Qt::OtherFocusReason);
}

void PasteTokenDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
    m_ui->pastedTokenLineEdit->setFocus(Qt::OtherFocusReason);
}

void PasteTokenDialog::identifyPastedToken()
{
    if (m_busy)
        return;
    QString text = m_ui->pastedTokenLineEdit->text().trimmed();
    if (text.isEmpty())
        return showError(tr("Paste the token you created on GitLab's page."));
    const Secret secret = Secret::fromString(text);
    secureWipe(text);
    m_busy = true;
    m_ui->identifyButton->setEnabled(false);
    m_ui->errorLabel->setVisible(false);
    m_operations.adoptToken(secret, this, [this, secret](Result<AccessToken> identified) {
        m_busy = false;
        m_ui->identifyButton->setEnabled(true);
        if (!identified) {
            if (identified.error().kind == BackendError::Kind::Authentication)
                return showError(tr("GitLab does not know this token, or it is revoked or expired. Copy it "
                                    "again from GitLab's page."));
            return showError(identified.error().message);
        }
        const AccessToken& token = identified.value();
        m_token = token;
        m_secret = secret;
        QString text2 = m_ui->pastedTokenLineEdit->text();
        secureWipe(text2);
        m_ui->pastedTokenLineEdit->clear();
        m_ui->resultLabel->setText(
            tr("Added \"%1\" (scopes: %2; expires: %3).")
                .arg(token.name, token.scopes.join(u", "_s),
                     token.expiresAt.isNull() ? tr("never") : TimeText::date(token.expiresAt)));
        m_ui->resultLabel->setVisible(true);
        m_ui->saveButton->setEnabled(m_operations.keychainAvailable());
        qCInfo(lcGui) << "Pasted token identified, id" << token.id;
        Q_EMIT tokenIdentified(token);
        if (m_operations.keychainAvailable())
            m_ui->saveButton->setFocus(Qt::OtherFocusReason);
    });
}

void PasteTokenDialog::saveToKeychain()
{
    if (!m_operations.keychainAvailable() || !m_token || m_secret.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_ui->saveButton->setEnabled(false);
    m_operations.saveSecret(*m_token, m_secret, std::nullopt, this, [this](Result<bool> saved) {
        m_busy = false;
        if (!saved) {
            m_ui->saveButton->setEnabled(true);
            m_ui->errorLabel->setText(tr("Not saved to the keychain: %1").arg(saved.error().message));
            m_ui->errorLabel->setVisible(true);
            return;
        }
        m_saved = true;
        m_ui->resultLabel->setText(m_ui->resultLabel->text() + u'\n' + tr("Saved in the keychain."));
        m_secret.wipe();
        m_secret = Secret();
    });
}

void PasteTokenDialog::wipe()
{
    QString text = m_ui->pastedTokenLineEdit->text();
    secureWipe(text);
    m_ui->pastedTokenLineEdit->clear();
    m_secret.wipe();
    m_secret = Secret();
}

void PasteTokenDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

} // namespace TokenDesk
