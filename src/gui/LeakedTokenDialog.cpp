#include "LeakedTokenDialog.h"
#include "AccessibleNames.h"
#include "ui_LeakedTokenDialog.h"

#include "Logging.h"
#include "PlainText.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TokenDesk {

LeakedTokenDialog::LeakedTokenDialog(QList<LeakResponse::Place> places, const Clock& clock,
                                     SecretVault* vault, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::LeakedTokenDialog>()), m_places(std::move(places)),
      m_clock(clock), m_vault(vault)
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
    return shape.match(text).hasMatch() && LeakResponse::looksLikeToken(text.toUtf8());
}

std::optional<AccessToken> LeakedTokenDialog::identifiedToken() const
{
    return m_finding ? std::optional<AccessToken>(m_finding->token) : std::nullopt;
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
    m_ui->revokeButton->setEnabled(!busy && m_finding && !m_finding->token.revoked);
}

void LeakedTokenDialog::reset()
{
    m_ui->errorLabel->setVisible(false);
    if (m_busy)
        return;
    m_finding.reset();
    if (m_response) {
        m_response->wipe();
        m_response->deleteLater();
        m_response = nullptr;
    }
    m_ui->revokeButton->setEnabled(false);
    m_ui->forgetButton->setVisible(false);
    m_ui->resultTextEdit->setVisible(false);
}

void LeakedTokenDialog::check()
{
    if (m_busy)
        return;
    QString text = m_ui->secretLineEdit->text().trimmed();
    if (!isTokenShaped(text)) {
        secureWipe(text);
        return showError(tr("This is not a GitLab token. A token starts with its kind, such as "
                            "\"glpat-\", followed by letters, digits, \"-\" and \"_\"."));
    }
    reset();
    Secret secret = Secret::fromString(text);
    secureWipe(text);
    m_response = new LeakResponse(secret, m_places, m_clock, m_vault, this);
    secret.wipe();
    setBusy(true);
    m_response->identify(this, [this](Result<LeakResponse::Search> search) {
        setBusy(false);
        if (search)
            showSearch(search.value());
    });
}

void LeakedTokenDialog::showSearch(const LeakResponse::Search& search)
{
    if (!search.found) {
        QStringList lines;
        if (search.unknownEverywhere()) {
            lines << tr("Not known to %1, or already revoked or expired.")
                         .arg(PlainText::shown(search.tried.join(u", "_s)));
        } else {
            lines << tr("Not found, but not every place could be asked:");
            for (const auto& [place, error] : search.failures)
                lines << tr("%1: %2").arg(PlainText::shown(place), PlainText::shown(error.message));
        }
        return showError(lines.join(u'\n'));
    }
    m_finding = search.found;
    const AccessToken& token = m_finding->token;
    qCInfo(lcGui) << "Leaked token identified, id" << token.id;
    QStringList lines;
    lines << tr("Owner: %1")
                 .arg(m_finding->username.isEmpty()
                          ? tr("user %1").arg(token.userId)
                          : tr("%1 (user %2)").arg(PlainText::shown(m_finding->username)).arg(token.userId));
    lines << tr("Name: %1").arg(PlainText::shown(token.name));
    lines << tr("Scopes: %1").arg(PlainText::shown(token.scopes.join(u", "_s)));
    lines << tr("Last used: %1")
                 .arg(token.lastUsedAt.isValid()
                          ? QLocale().toString(token.lastUsedAt.toLocalTime(), QLocale::LongFormat)
                          : tr("Never"));
    lines << tr("Last used from: %1")
                 .arg(token.lastUsedIps.isEmpty() ? tr("Not recorded")
                                                  : PlainText::shown(token.lastUsedIps.join(u", "_s)));
    lines << tr("Where: %1").arg(PlainText::shown(m_finding->placeLabel));
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
    if (!m_finding || m_busy)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke the leaked token"),
                                tr("Revoke the token \"%1\"? Everything that uses it stops working.")
                                    .arg(PlainText::shown(m_finding->token.name)),
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
    if (!m_finding || m_busy || !m_response)
        return;
    setBusy(true);
    m_response->revoke(this, [this](Result<AccessToken> revoked) {
        setBusy(false);
        if (!revoked) {
            if (revoked.error().kind == BackendError::Kind::Authentication)
                return showError(tr("The token is already revoked or expired."));
            return showError(tr("Not revoked: %1").arg(PlainText::shown(revoked.error().message)));
        }
        afterRevoke(revoked.value());
    });
}

void LeakedTokenDialog::afterRevoke(const AccessToken& token)
{
    m_finding->token = token;
    m_finding->token.revoked = true;
    qCInfo(lcGui) << "Leaked token revoked, id" << token.id;
    QStringList lines = {m_ui->resultTextEdit->toPlainText(), tr("Revoked.")};
    if (!m_finding->keychainIdentities.isEmpty())
        lines << tr("Its secret is saved in the keychain.");
    QStringList hosts;
    for (const GitCredentialMap::Entry& entry : std::as_const(m_finding->gitMappings))
        hosts << entry.host;
    if (!hosts.isEmpty())
        lines << tr("git uses it for %1.").arg(PlainText::shown(hosts.join(u", "_s)));
    m_ui->resultTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->revokeButton->setEnabled(false);
    m_ui->forgetButton->setVisible(m_finding->keptByTokenDesk());
    if (m_finding->keptByTokenDesk())
        m_ui->forgetButton->setFocus(Qt::OtherFocusReason);
    Q_EMIT tokenRevoked(m_finding->token);
}

void LeakedTokenDialog::forgetSavedSecret()
{
    if (!m_finding || m_busy || !m_response)
        return;
    setBusy(true);
    m_ui->forgetButton->setEnabled(false);
    m_response->forget(this, [this](Result<LeakResponse::Forgotten> forgotten) {
        setBusy(false);
        if (!forgotten || forgotten.value().keychainError) {
            m_ui->forgetButton->setEnabled(true);
            const BackendError error = forgotten ? *forgotten.value().keychainError : forgotten.error();
            return showError(tr("Not forgotten: %1").arg(PlainText::shown(error.message)));
        }
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
    if (m_response)
        m_response->wipe();
}

void LeakedTokenDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

} // namespace TokenDesk
