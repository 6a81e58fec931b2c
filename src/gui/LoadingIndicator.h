#pragma once

#include <QObject>

class QProgressBar;
class QPushButton;
class QStatusBar;

namespace TokenDesk {

class TokenBackend;

// The status bar's sign that a long listing is being read: a progress bar (objectName
// "loadingProgressBar") filled from the backend's listProgress() and a "Cancel loading" button
// (objectName "cancelLoadingButton") that cancels the backend's reads. Shown only for backends that
// report progress (capabilities().listProgress).
class LoadingIndicator : public QObject
{
    Q_OBJECT

public:
    LoadingIndicator(TokenBackend& backend, QStatusBar* statusBar, QObject* parent = nullptr);
    ~LoadingIndicator() override;

    void setBackend(TokenBackend& backend);
    // Shows or hides the indicator; `loading` is whether a table is still reading.
    void update(bool loading);
    // For the status bar once reads were cancelled.
    static QString cancelledMessage();

private:
    void showProgress(int pagesDone, int pagesTotal);
    void cancel();

    TokenBackend* m_backend;
    QStatusBar* m_statusBar;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QMetaObject::Connection m_progressConnection;
};

} // namespace TokenDesk
