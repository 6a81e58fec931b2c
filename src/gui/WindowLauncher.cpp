#include "WindowLauncher.h"

#include "AccountRegistry.h"
#include "AccountSelector.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "ResourceChooser.h"
#include "TokenBackend.h"
#include "TokenTableModel.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace TokenDesk {

WindowLauncher::WindowLauncher(MainWindow& window, AccountSelector& selector, const AccountRegistry& registry,
                               QString storePath, QObject* parent)
    : QObject(parent), m_window(window), m_selector(selector), m_registry(registry),
      m_storeKey(LaunchRequest::storeKey(storePath))
{
    // The window shows each session the selector chooses before this is told (AccountSelector::attach
    // connected first).
    connect(&m_selector, &AccountSelector::sessionChanged, this, [this] {
        if (m_request && m_stage == Stage::Account)
            accountShown(m_serial);
        else if (m_request && m_stage != Stage::Account)
            m_request.reset(); // another account was chosen meanwhile
    });
    connect(&m_selector, &AccountSelector::problem, this, [this](const QString& message) {
        // The selector says why in the window already.
        if (m_request && m_stage == Stage::Account && !m_selector.isSwitching()) {
            const LaunchRequest request = *std::exchange(m_request, std::nullopt);
            Q_EMIT failed(request, message);
        }
    });
    connect(m_window.resourceChooser(), &ResourceChooser::loadFinished, this, [this] {
        if (m_request && m_stage == Stage::Resources)
            resourcesRead(m_serial);
    });
    connect(m_window.activeModel(), &TokenTableModel::pageLoaded, this, [this] {
        if (m_request && m_stage == Stage::Rows && m_token)
            finish(m_serial, *m_token);
    });
    connect(m_window.activeModel(), &TokenTableModel::loadFailed, this, [this] {
        if (m_request && m_stage == Stage::Rows && m_token)
            finish(m_serial, *m_token);
    });
}

WindowLauncher::~WindowLauncher() = default;

bool WindowLauncher::show(const LaunchRequest& request)
{
    QString key = request.account;
    if (LaunchRequest::storePathOf(key)) {
        if (LaunchRequest::storeKey(*LaunchRequest::storePathOf(key)) != m_storeKey) {
            qCInfo(lcGui) << "A request for another token store was left to another window";
            return false;
        }
        key = AccountRegistry::offlineKey();
    }
    const quint64 serial = ++m_serial;
    m_request = request;
    m_token.reset();
    m_session.reset();
    qCInfo(lcGui) << "Asked to show token" << request.tokenId << "of" << key
                  << (request.action == LaunchRequest::Action::Rotate ? "for rotation" : "");
    raiseWindow();
    if (m_problemBox)
        m_problemBox->close();
    if (key.isEmpty() || (key != AccountRegistry::offlineKey() && !m_registry.account(key))) {
        fail(tr("TokenDesk has no account %1. It may have been removed; connect to it again to manage its "
                "tokens.")
                 .arg(PlainText::shown(request.account)));
        return true;
    }
    m_accountKey = key;
    m_stage = Stage::Account;
    if (m_selector.currentKey() == key && !m_selector.isSwitching())
        accountShown(serial);
    else
        m_selector.selectAccount(key);
    return true;
}

void WindowLauncher::showHere(const LaunchRequest& request)
{
    if (!show(request)) {
        showProblem(tr("This window shows the token store %1, not %2.")
                        .arg(PlainText::shown(m_storeKey.mid(LaunchRequest::storeKeyPrefix().size())),
                             PlainText::shown(*LaunchRequest::storePathOf(request.account))));
    }
}

void WindowLauncher::raiseWindow()
{
    if (m_window.isMinimized())
        m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void WindowLauncher::accountShown(quint64 serial)
{
    if (!isCurrent(serial))
        return;
    if (m_selector.currentKey() != m_accountKey) {
        m_request.reset();
        return;
    }
    ResourceChooser* chooser = m_window.resourceChooser();
    if (!m_request->resource) {
        chooser->choosePersonal();
        if (m_window.currentSession() != m_selector.currentSession())
            m_window.setSession(m_selector.currentSession());
        return readToken(serial);
    }
    TokenBackend* backend = m_selector.currentSession()->backend();
    if (!backend || !backend->capabilities().resourceTokens) {
        return fail(
            tr("%1 has no group or project access tokens, so it has no token of %2.")
                .arg(PlainText::shown(m_selector.currentSession()->label()), m_request->resourceText()));
    }
    m_stage = Stage::Resources;
    if (!chooser->isLoading())
        resourcesRead(serial);
}

void WindowLauncher::resourcesRead(quint64 serial)
{
    if (!isCurrent(serial))
        return;
    ResourceChooser* chooser = m_window.resourceChooser();
    const ResourceRef wanted = *m_request->resource;
    for (const Resource& resource : chooser->resources()) {
        if (resource.kind != wanted.kind || QString::number(resource.id) != wanted.idOrPath)
            continue;
        chooser->chooseResource(resource);
        const std::optional<Resource> shown = m_window.currentSession()->backend()->resource();
        if (shown && shown->kind == resource.kind && shown->id == resource.id)
            return readToken(serial);
        break;
    }
    fail(tr("%1 is not among the groups and projects whose tokens %2 manages.")
             .arg(m_request->resourceText(), PlainText::shown(m_selector.currentSession()->label())));
}

void WindowLauncher::readToken(quint64 serial)
{
    m_stage = Stage::Token;
    m_session = m_window.currentSession();
    const AccountSession::Ptr session = m_session;
    session->backend()->get(m_request->tokenId, this, [this, serial, session](Result<AccessToken> result) {
        if (!isCurrent(serial) || m_window.currentSession() != session)
            return;
        if (!result) {
            const QString place = PlainText::shown(session->backend()->displayName());
            if (result.error().kind == BackendError::Kind::NotFound)
                return fail(
                    tr("There is no token with ID %1 in %2. It may have been deleted, or it belongs to "
                       "another account.")
                        .arg(m_request->tokenId)
                        .arg(place));
            return fail(tr("Could not read the token with ID %1 from %2: %3")
                            .arg(m_request->tokenId)
                            .arg(place, PlainText::shown(result.error().message)));
        }
        tokenRead(serial, result.value());
    });
}

void WindowLauncher::tokenRead(quint64 serial, const AccessToken& token)
{
    if (m_request->action == LaunchRequest::Action::Rotate && token.revoked) {
        m_window.selectToken(token);
        return fail(tr("The token '%1' is revoked already: there is nothing to rotate.")
                        .arg(PlainText::shown(token.name)));
    }
    m_token = token;
    m_stage = Stage::Rows;
    TokenTableModel* active = m_window.activeModel();
    if (!active->hasLoaded())
        return; // finished when its rows came
    // Made or changed since the window read its tables (by tokendesk-cli, say): read them again once.
    if (active->rowOfToken(token.id) < 0 && m_window.inactiveModel()->rowOfToken(token.id) < 0) {
        m_window.refresh();
        if (active->isLoading())
            return;
    }
    finish(serial, token);
}

void WindowLauncher::finish(quint64 serial, const AccessToken& token)
{
    if (!isCurrent(serial))
        return;
    const LaunchRequest request = *std::exchange(m_request, std::nullopt);
    m_window.selectToken(token);
    if (request.action == LaunchRequest::Action::Rotate)
        m_window.confirmRotate(token);
    Q_EMIT shown(request, token);
}

void WindowLauncher::showProblem(const QString& message)
{
    ++m_serial;
    m_request.reset();
    raiseWindow();
    if (m_problemBox)
        m_problemBox->close();
    fail(message);
}

void WindowLauncher::fail(const QString& message)
{
    const std::optional<LaunchRequest> request = std::exchange(m_request, std::nullopt);
    qCWarning(lcGui) << "Could not show the token asked for";
    auto* box = new QMessageBox(QMessageBox::Warning, tr("TokenDesk"), message, QMessageBox::Ok, &m_window);
    box->setObjectName(u"launchProblemMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    PlainText::setPlain(box);
    m_problemBox = box;
    box->open();
    if (request)
        Q_EMIT failed(*request, message);
}

} // namespace TokenDesk
