#include "Confirmations.h"

#include "PlainText.h"
#include "TimeText.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace TokenDesk {

void Confirmations::askRevoke(QWidget* parent, const AccessToken& token, const RevokeQuestion& question,
                              QObject* context, std::function<void(bool)> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke the token '%1'?").arg(PlainText::shown(token.name)),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("revokeConfirmation"));
    box->setInformativeText(
        tr("Scripts and applications that use it lose access at once. This cannot be undone."));
    if (question.signsInWithIt) {
        box->setIcon(QMessageBox::Critical);
        box->setInformativeText(tr("This is the token TokenDesk signs in with to %1. Revoking it disconnects "
                                   "TokenDesk from this account; to come back, connect again with another "
                                   "token. This cannot be undone.")
                                    .arg(PlainText::shown(question.accountName)));
    }
    QPushButton* confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (question.offerDeleteSavedSecret) {
        auto* deleteSaved = new QCheckBox(tr("Also delete the saved secret from the keychain"), box);
        deleteSaved->setObjectName(QStringLiteral("deleteSavedSecretCheckBox"));
        deleteSaved->setAccessibleName(deleteSaved->text());
        deleteSaved->setChecked(true);
        box->setCheckBox(deleteSaved);
    }
    QObject::connect(box, &QMessageBox::finished, context, [box, confirm, confirmed = std::move(confirmed)] {
        box->setObjectName(QString());
        if (box->clickedButton() == confirm)
            confirmed(box->checkBox() && box->checkBox()->isChecked());
    });
    PlainText::setPlain(box);
    box->open();
}

void Confirmations::askRotate(QWidget* parent, const AccessToken& token, QDate newExpiry, QObject* context,
                              std::function<void()> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Rotate token"),
                                tr("Rotate the token '%1'?").arg(PlainText::shown(token.name)),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("rotateConfirmation"));
    box->setInformativeText(tr("Its secret stops working at once. A new token with the same name and scopes "
                               "replaces it, expiring on %1; its secret is shown once.")
                                .arg(TimeText::date(newExpiry)));
    QPushButton* confirm = box->addButton(tr("Rotate"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, confirm, confirmed = std::move(confirmed)] {
        box->setObjectName(QString());
        if (box->clickedButton() == confirm)
            confirmed();
    });
    PlainText::setPlain(box);
    box->open();
}

} // namespace TokenDesk
