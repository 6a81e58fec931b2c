#include "WindowDialogs.h"

#include "InventoryWindow.h"
#include "LeakedTokenDialog.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace TokenDesk {

void WindowDialogs::showAbout(QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About TokenDesk"),
                                tr("TokenDesk %1").arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, parent);
    box->setInformativeText(tr("Manages GitLab personal access tokens, on a GitLab server or in an offline "
                               "store on this computer."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WindowDialogs::showLeakedToken(const AccountSession::Ptr& session, QWidget* parent,
                                    std::function<void()> revoked)
{
    auto* dialog = new LeakedTokenDialog(TokenOperations(session), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &LeakedTokenDialog::tokenRevoked, parent, [revoked] { revoked(); });
    dialog->open();
}

void WindowDialogs::showInventory(const AccountSession::Ptr& session, const Clock& clock, QWidget* parent,
                                  std::function<void()> revoked)
{
    const QList<InventoryWindow*> open =
        parent->findChildren<InventoryWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!open.isEmpty()) {
        open.first()->raise();
        open.first()->activateWindow();
        return;
    }
    auto* window = new InventoryWindow(session, clock, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &InventoryWindow::tokensRevoked, parent, [revoked] { revoked(); });
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace TokenDesk
