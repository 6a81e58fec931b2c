#include "SecretDialog.h"
#include "AccessibleNames.h"
#include "ui_SecretDialog.h"

#include "Logging.h"
#include "PlainText.h"
#include "SecureClipboard.h"
#include "TimeText.h"

#include <QAccessible>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// The line edit shares its text buffer with the copy text() returns; overwrite it before letting go.
void wipeLineEdit(QLineEdit* lineEdit)
{
    QString text = lineEdit->text();
    if (!text.isEmpty())
        secureZero(const_cast<QChar*>(text.constData()), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
    lineEdit->clear();
}

} // namespace

SecretDialog::SecretDialog(const CreatedToken& created, SecureClipboard& clipboard, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::SecretDialog>()), m_token(created.token),
      m_secret(created.secret), m_clipboard(&clipboard)
{
    m_ui->setupUi(this);

    QFont warningFont = m_ui->warningLabel->font();
    warningFont.setBold(true);
    m_ui->warningLabel->setFont(warningFont);

    const QString expiry = m_token.expiresAt.isValid()
                               ? tr("It expires on %1 at 00:00 UTC.").arg(TimeText::date(m_token.expiresAt))
                               : tr("It does not expire.");
    PlainText::setPlain(m_ui->tokenInfoLabel);
    m_ui->tokenInfoLabel->setText(tr("Token \"%1\" was created.").arg(PlainText::shown(m_token.name)) + u' ' +
                                  expiry);

    if (m_token.accessLevel > 0) {
        setWindowTitle(tr("Your new group or project access token"));
        m_ui->secretLabel->setText(tr("&Your new group or project access token"));
    }
    m_ui->secretLineEdit->setAccessibleName(withoutMnemonic(m_ui->secretLabel->text()));
    m_ui->secretLineEdit->setAccessibleDescription(m_ui->warningLabel->text());
    m_ui->secretLineEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->secretLineEdit->installEventFilter(this);
    m_ui->secretLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics(m_ui->secretLineEdit->font());
    m_ui->secretLineEdit->setText(m_secret.toString());
    const auto secretLength = static_cast<int>(m_ui->secretLineEdit->text().size());
    m_ui->secretLineEdit->setMinimumWidth(metrics.horizontalAdvance(u'M') * (std::max(secretLength, 26) + 3));
    for (QPushButton* button :
         {m_ui->revealButton, m_ui->copyButton, m_ui->saveToKeychainButton, m_ui->doneButton})
        button->setAccessibleName(withoutMnemonic(button->text()));
    m_ui->saveToKeychainButton->hide();
    m_ui->statusLabel->hide();

    connect(m_ui->revealButton, &QPushButton::toggled, this, &SecretDialog::setRevealed);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SecretDialog::copySecret);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->saveToKeychainButton, &QPushButton::clicked, this, &SecretDialog::requestSaveToKeychain);
    // Selecting the revealed text would put it on the X11 primary selection, outside our control.
    connect(m_ui->secretLineEdit, &QLineEdit::selectionChanged, this, [this] {
        if (m_ui->secretLineEdit->hasSelectedText())
            m_ui->secretLineEdit->deselect();
    });

    m_ui->copyButton->setFocus(Qt::OtherFocusReason);
}

SecretDialog::~SecretDialog()
{
    // The close question is a child of this dialog: Qt deletes it with the dialog, once the dialog
    // has left the screen. It is not deleted by hand here, in the middle of the dialog's own
    // destruction, and its answer must not reach a dialog that is being destroyed.
    if (m_confirmation)
        m_confirmation->disconnect(this);
    wipeSecret();
}

bool SecretDialog::wasCopied() const
{
    return m_copied;
}

bool SecretDialog::isSecretWiped() const
{
    return m_wiped;
}

const AccessToken& SecretDialog::token() const
{
    return m_token;
}

void SecretDialog::setKeychainSaveAvailable(bool available)
{
    m_ui->saveToKeychainButton->setVisible(available && !m_wiped);
}

void SecretDialog::requestSaveToKeychain()
{
    if (m_wiped || m_saved || m_ui->saveToKeychainButton->isHidden() ||
        !m_ui->saveToKeychainButton->isEnabled())
        return;
    m_ui->saveToKeychainButton->setEnabled(false);
    setStatus(tr("Saving to the keychain…"));
    Q_EMIT saveToKeychainRequested(m_token, m_secret);
}

void SecretDialog::markSavedToKeychain()
{
    m_saved = true;
    m_ui->saveToKeychainButton->setEnabled(false);
    setStatus(tr("Saved to the keychain."));
}

void SecretDialog::reportKeychainError(const QString& message)
{
    m_ui->saveToKeychainButton->setEnabled(!m_wiped);
    setStatus(message);
}

bool SecretDialog::wasSavedToKeychain() const
{
    return m_saved;
}

void SecretDialog::setStatus(const QString& message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent alert(m_ui->statusLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SecretDialog::copySecret()
{
    if (m_wiped || !m_clipboard)
        return;
    m_clipboard->copy(m_secret);
    m_copied = true;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearDelay()).count();
    if (seconds > 0)
        setStatus(
            tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, static_cast<int>(seconds)));
    else
        setStatus(tr("Copied."));
}

void SecretDialog::setRevealed(bool revealed)
{
    if (m_wiped)
        revealed = false;
    m_ui->secretLineEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
}

bool SecretDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->secretLineEdit &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copySecret();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SecretDialog::done(int result)
{
    if (!m_copied && !m_saved && !m_closeConfirmed && !m_wiped) {
        askToConfirmClose(result);
        return;
    }
    if (m_confirmation && m_confirmation->isVisible())
        m_confirmation->close();
    wipeSecret();
    QDialog::done(result);
}

void SecretDialog::askToConfirmClose(int result)
{
    if (m_confirmation && m_confirmation->isVisible()) {
        m_confirmation->raise();
        m_confirmation->activateWindow();
        return;
    }
    auto* box = new QMessageBox(this);
    box->setObjectName(u"closeConfirmationMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    const bool canSave = !m_ui->saveToKeychainButton->isHidden();
    box->setWindowTitle(canSave ? tr("Close without copying or saving?") : tr("Close without copying?"));
    box->setText(canSave ? tr("You have neither copied nor saved your new token.")
                         : tr("You have not copied your new token."));
    box->setInformativeText(tr("Once this dialog is closed, the token can't be shown again."));
    QPushButton* closeButton = box->addButton(tr("Close without copying"), QMessageBox::DestructiveRole);
    closeButton->setObjectName(u"closeWithoutCopyingButton"_s);
    closeButton->setAccessibleName(closeButton->text());
    QPushButton* backButton = box->addButton(tr("Go back"), QMessageBox::RejectRole);
    backButton->setObjectName(u"goBackButton"_s);
    backButton->setAccessibleName(backButton->text());
    box->setDefaultButton(backButton);
    box->setEscapeButton(backButton);
    connect(box, &QMessageBox::finished, this, [this, box, closeButton, result] {
        m_confirmation = nullptr;
        if (box->clickedButton() != closeButton) {
            m_ui->copyButton->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_closeConfirmed = true;
        done(result);
    });
    m_confirmation = box;
    box->open();
}

void SecretDialog::wipeSecret()
{
    if (m_wiped)
        return;
    m_wiped = true;
    m_ui->revealButton->setChecked(false);
    m_ui->secretLineEdit->setEchoMode(QLineEdit::Password);
    wipeLineEdit(m_ui->secretLineEdit);
    m_secret.wipe();
    for (QPushButton* button : {m_ui->revealButton, m_ui->copyButton, m_ui->saveToKeychainButton})
        button->setEnabled(false);
    qCDebug(lcGui) << "One-time secret wiped for token" << m_token.id;
}

} // namespace TokenDesk
