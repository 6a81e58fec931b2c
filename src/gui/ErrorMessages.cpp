#include "ErrorMessages.h"

#include "AccessibleNames.h"
#include "LoadingIndicator.h"
#include "PlainText.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace TokenDesk {

ErrorMessages::ErrorMessages(QMainWindow* window, QWidget* banner, QLabel* bannerText,
                             QPushButton* bannerReconnect)
    : QObject(window), m_window(window), m_banner(banner), m_bannerText(bannerText),
      m_bannerReconnect(bannerReconnect)
{
    m_bannerText->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));
    m_bannerReconnect->setAccessibleName(withoutMnemonic(m_bannerReconnect->text()));
    m_bannerReconnect->setToolTip(tr("Connect this account again with a new access token."));
    m_bannerReconnect->hide();
    PlainText::setPlain(m_bannerText);
    connect(m_bannerReconnect, &QPushButton::clicked, this, &ErrorMessages::reconnectRequested);
}

ErrorMessages::~ErrorMessages() = default;

void ErrorMessages::setReconnectAvailable(bool available)
{
    m_reconnectAvailable = available;
}

void ErrorMessages::backendChanged()
{
    ++m_generation;
    hideLoadError();
}

bool ErrorMessages::offersReconnect(const BackendError& error) const
{
    return m_reconnectAvailable && error.kind == BackendError::Kind::Authentication &&
           error.remedy == BackendError::Remedy::Reconnect;
}

void ErrorMessages::showError(const QString& what, const BackendError& error)
{
    if (error.kind == BackendError::Kind::Cancelled) {
        m_window->statusBar()->showMessage(LoadingIndicator::cancelledMessage());
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Critical, tr("TokenDesk"), PlainText::shown(what, true),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(PlainText::shown(error.message, true));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (offersReconnect(error)) {
        QPushButton* reconnect = box->addButton(tr("&Reconnect…"), QMessageBox::AcceptRole);
        reconnect->setObjectName(QStringLiteral("reconnectButton"));
        reconnect->setAccessibleName(withoutMnemonic(reconnect->text()));
        box->setEscapeButton(box->button(QMessageBox::Ok));
        box->setDefaultButton(reconnect);
        const quint64 generation = m_generation;
        connect(box, &QMessageBox::finished, this, [this, box, reconnect, generation] {
            if (box->clickedButton() == reconnect && generation == m_generation)
                Q_EMIT reconnectRequested();
        });
    }
    connect(box, &QMessageBox::finished, box, [box] { box->setObjectName(QString()); });
    PlainText::setPlain(box);
    box->open();
}

void ErrorMessages::showLoadError(const BackendError& error)
{
    if (error.kind == BackendError::Kind::Cancelled) {
        m_window->statusBar()->showMessage(LoadingIndicator::cancelledMessage());
        return;
    }
    const bool reconnect = offersReconnect(error);
    m_bannerText->setText(reconnect ? tr("Could not read the tokens: %1").arg(PlainText::shown(error.message))
                                    : tr("Could not read the tokens: %1 Press F5 to try again.")
                                          .arg(PlainText::shown(error.message)));
    m_bannerText->setAccessibleName(m_bannerText->text());
    m_bannerReconnect->setVisible(reconnect);
    m_banner->show();
}

void ErrorMessages::hideLoadError()
{
    m_banner->hide();
}

} // namespace TokenDesk
