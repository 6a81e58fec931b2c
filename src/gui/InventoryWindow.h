#pragma once

#include "AccountSession.h"
#include "Inventory.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InventoryWindow;
}

namespace TokenDesk {

class Clock;
class InventoryModel;

// "All users' tokens", for an administrator (TokenBackend::capabilities().instanceInventory): every
// user's personal access tokens with their owner, filtered by owner, scopes (any of), state and the date
// filters (TokenBackend::inventory). Rows can be selected together and revoked with one confirmation that
// says how many tokens of how many users; a progress bar follows the revokes, and what failed is listed
// with the reason (BulkRevocation). A listing under way can be cancelled; revokes already sent finish.
// The token the account signs in with is never revoked from here: it is reported as left active.
class InventoryWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RevokesInFlight = 6;

    InventoryWindow(AccountSession::Ptr session, const Clock& clock, QWidget* parent = nullptr);
    ~InventoryWindow() override;

    InventoryModel* model() const { return m_model; }
    bool isBusy() const { return m_listing || m_revoking; }
    QString statusText() const;
    QString reportText() const;

public Q_SLOTS:
    void list();
    void cancel();
    void askRevokeSelected();

Q_SIGNALS:
    // Tokens were revoked here: the window's own tables may show some of them.
    void tokensRevoked();

private:
    InventoryQuery query() const;
    void revoke(const QList<qint64>& ids);
    void showReport(const BulkRevokeReport& report);
    void updateControls();
    void setStatus(const QString& text);

    const std::unique_ptr<::Ui::InventoryWindow> m_ui;
    const AccountSession::Ptr m_session;
    const Clock& m_clock;
    InventoryModel* m_model;
    quint64 m_serial = 0;
    bool m_listing = false;
    bool m_revoking = false;
};

} // namespace TokenDesk
