#pragma once

#include "BackendError.h"

#include <QObject>

class QLabel;
class QMainWindow;
class QPushButton;

namespace TokenDesk {

// How the window reports what went wrong: a failed action in a window-modal message box (objectName
// "errorMessage"), a failed read in the banner above the tables (it keeps the rows shown), a cancelled
// read in the status bar. When someone answers reconnectRequested() and the server refused the account's
// credential (BackendError::Remedy::Reconnect), both offer "Reconnect…".
class ErrorMessages : public QObject
{
    Q_OBJECT

public:
    ErrorMessages(QMainWindow* window, QWidget* banner, QLabel* bannerText, QPushButton* bannerReconnect);
    ~ErrorMessages() override;

    void setReconnectAvailable(bool available);
    // Another backend is shown: a "Reconnect…" still open for the old one does nothing.
    void backendChanged();

public Q_SLOTS:
    void showError(const QString& what, const TokenDesk::BackendError& error);
    void showLoadError(const TokenDesk::BackendError& error);
    void hideLoadError();

Q_SIGNALS:
    void reconnectRequested();

private:
    bool offersReconnect(const BackendError& error) const;

    QMainWindow* m_window;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerReconnect;
    quint64 m_generation = 0;
    bool m_reconnectAvailable = false;
};

} // namespace TokenDesk
