#include "LoadingIndicator.h"

#include "AccessibleNames.h"
#include "TokenBackend.h"

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace TokenDesk {

LoadingIndicator::LoadingIndicator(TokenBackend& backend, QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_backend(&backend), m_statusBar(statusBar), m_progress(new QProgressBar(statusBar)),
      m_cancelButton(new QPushButton(tr("Cancel loading"), statusBar))
{
    m_progress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_progress->setAccessibleName(tr("Loading tokens"));
    m_progress->setMaximumWidth(200);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_statusBar->addPermanentWidget(m_progress);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadingButton"));
    m_cancelButton->setAccessibleName(withoutMnemonic(m_cancelButton->text()));
    m_cancelButton->hide();
    m_statusBar->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoadingIndicator::cancel);
    setBackend(backend);
}

LoadingIndicator::~LoadingIndicator() = default;

void LoadingIndicator::setBackend(TokenBackend& backend)
{
    m_backend = &backend;
    disconnect(m_progressConnection);
    m_progressConnection =
        connect(m_backend, &TokenBackend::listProgress, this, &LoadingIndicator::showProgress);
}

void LoadingIndicator::update(bool loading)
{
    loading = loading && m_backend->capabilities().listProgress;
    if (loading && !m_progress->isVisible()) {
        m_progress->setRange(0, 0);
        if (m_statusBar->currentMessage() == cancelledMessage())
            m_statusBar->clearMessage();
    }
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
}

void LoadingIndicator::showProgress(int pagesDone, int pagesTotal)
{
    if (pagesTotal > 0) {
        m_progress->setRange(0, pagesTotal);
        m_progress->setValue(std::min(pagesDone, pagesTotal));
    } else {
        m_progress->setRange(0, 0);
    }
}

void LoadingIndicator::cancel()
{
    m_backend->cancel();
}

QString LoadingIndicator::cancelledMessage()
{
    return tr("Loading cancelled. Press F5 to try again.");
}

} // namespace TokenDesk
