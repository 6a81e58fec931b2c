#include "GitHostDialog.h"

#include "PlainText.h"

#include <QLineEdit>
#include <QMessageBox>

namespace TokenDesk {

GitHostDialog::GitHostDialog(const QString& tokenName, const QString& suggestedHost, QWidget* parent)
    : QInputDialog(parent)
{
    setObjectName(QStringLiteral("gitHostDialog"));
    setWindowTitle(tr("Use the token '%1' for git").arg(tokenName));
    setLabelText(tr("Host name"));
    setInputMode(QInputDialog::TextInput);
    if (!suggestedHost.isEmpty())
        setTextValue(suggestedHost);
    if (auto* edit = findChild<QLineEdit*>()) {
        edit->setAccessibleName(labelText());
        edit->setAccessibleDescription(
            tr("git over HTTPS to this host (e.g. gitlab.com) may sign in with the token '%1'.")
                .arg(tokenName));
        edit->setPlaceholderText(tr("gitlab.com"));
    }
}

GitHostDialog::~GitHostDialog() = default;

void GitHostDialog::showSetup(QWidget* parent, const QString& host, const QString& tokenName,
                              const QString& username)
{
    const QString line =
        QStringLiteral("git config --global credential.https://%1.helper tokendesk").arg(host);
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("Use for git"),
        tr("git will use the token '%1' for https://%2 (user name %3).")
            .arg(PlainText::shown(tokenName), PlainText::shown(host), PlainText::shown(username)),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("gitSetupMessage"));
    box->setInformativeText(tr("If git does not ask TokenDesk for this host yet, run this once (TokenDesk "
                               "does not change your git "
                               "configuration):\n%1")
                                .arg(line));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box] { box->setObjectName(QString()); });
    PlainText::setPlain(box);
    box->open();
}

} // namespace TokenDesk
