#include "ReminderTray.h"

#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "Clock.h"
#include "DueTokensMenu.h"
#include "LaunchRequest.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ReminderSettings.h"
#include "TokenActionsController.h"
#include "WindowLauncher.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

#include <chrono>

namespace TokenDesk {

namespace {

// Past midnight by this much, so that the clock surely shows the new day.
constexpr qint64 AfterMidnightMs = 5000;

} // namespace

ReminderTray::ReminderTray(MainWindow& window, AccountSelector& selector, const AccountRegistry& registry,
                           WindowLauncher& launcher, const Clock& clock, QObject* parent)
    : QObject(parent), m_window(window), m_selector(selector), m_registry(registry), m_launcher(launcher),
      m_clock(clock), m_menu(new DueTokensMenu(this)), m_midnight(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(m_window.windowIcon(), this);
        m_icon->setObjectName(QStringLiteral("reminderTrayIcon"));
        m_icon->setContextMenu(m_menu->menu());
        m_icon->setToolTip(m_menu->toolTip());
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                m_window.showNormal();
                m_window.raise();
                m_window.activateWindow();
            }
        });
        m_icon->show();
    } else {
        qCInfo(lcGui) << "No system tray: the due tokens are not shown there";
    }

    connect(m_menu, &DueTokensMenu::tokenChosen, this, [this](const DueToken& due) {
        LaunchRequest request;
        request.action = LaunchRequest::Action::Select;
        request.account = due.source.key;
        request.tokenId = due.token.id;
        if (due.resource)
            request.resource = due.resource->ref();
        m_launcher.showHere(request);
    });
    connect(m_menu, &DueTokensMenu::showRequested, this, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    connect(m_menu, &DueTokensMenu::quitRequested, &m_window, &QWidget::close);

    // What the window changes changes what is due.
    TokenActionsController* actions = m_window.actions();
    connect(actions, &TokenActionsController::tokenCreated, this, &ReminderTray::refresh);
    connect(actions, &TokenActionsController::tokenAdded, this, &ReminderTray::refresh);
    connect(actions, &TokenActionsController::tokenRotated, this, &ReminderTray::refresh);
    connect(actions, &TokenActionsController::tokenRevoked, this, &ReminderTray::refresh);
    connect(&m_registry, &AccountRegistry::accountsChanged, this, &ReminderTray::refresh);

    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        refresh();
        scheduleMidnight();
    });
    scheduleMidnight();
    QMetaObject::invokeMethod(this, &ReminderTray::refresh, Qt::QueuedConnection);
}

ReminderTray::~ReminderTray() = default;

void ReminderTray::scheduleMidnight()
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime next(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    m_midnight->start(std::chrono::milliseconds(now.msecsTo(next) + AfterMidnightMs));
}

QList<ExpiryCheck::Source> ReminderTray::sources() const
{
    // The window's own store (already open), then every connected account.
    QList<ExpiryCheck::Source> sources{ExpiryCheck::forSession(m_selector.offlineSession())};
    sources << ExpiryCheck::knownSources(m_registry, m_clock, {}, QString());
    return sources;
}

void ReminderTray::refresh()
{
    if (m_checking) {
        m_again = true;
        return;
    }
    m_checking = true;
    m_again = false;
    const int horizon = ReminderSettings().horizonDays();
    ExpiryCheck::Options options;
    options.withinDays = horizon;
    ExpiryCheck::run(sources(), options, m_clock, this, [this, horizon](ExpiryCheck::Report report) {
        m_checking = false;
        showReport(report, horizon);
        if (m_again)
            refresh();
    });
}

void ReminderTray::showReport(const ExpiryCheck::Report& report, int horizonDays)
{
    m_menu->show(report, horizonDays);
    if (m_icon)
        m_icon->setToolTip(m_menu->toolTip());
    Q_EMIT refreshed();
}

} // namespace TokenDesk
