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

QList<LeakResponse::Place> WindowDialogs::placesOf(const AccountSession::Ptr& session)
{
    if (!session)
        return {};
    if (session->instanceUrl().isEmpty())
        return {LeakResponse::storePlace(session)};
    LeakResponse::Place place;
    place.label = session->label();
    place.instanceUrl = session->instanceUrl();
    place.session = session;
    return {place};
}

void WindowDialogs::showLeakedToken(const QList<LeakResponse::Place>& places, const Clock& clock,
                                    SecretVault* vault, QWidget* parent, std::function<void()> revoked)
{
    auto* dialog = new LeakedTokenDialog(places, clock, vault, parent);
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
