#include "ResourceNavigation.h"

#include "PlainText.h"
#include "ResourceChooser.h"
#include "ResourceOverviewPage.h"

namespace TokenDesk {

ResourceNavigation::ResourceNavigation(ResourceChooser* chooser, ResourceOverviewPage* overview,
                                       QObject* parent)
    : QObject(parent), m_chooser(chooser), m_overview(overview)
{
    connect(m_chooser, &ResourceChooser::personalChosen, this, [this] {
        if (m_account)
            Q_EMIT sessionChosen(m_account);
    });
    connect(m_chooser, &ResourceChooser::resourceChosen, this, &ResourceNavigation::chooseResource);
    connect(m_chooser, &ResourceChooser::overviewChosen, this, &ResourceNavigation::overviewChosen);
    connect(m_chooser, &ResourceChooser::loadFailed, this, &ResourceNavigation::failed);
    connect(m_overview, &ResourceOverviewPage::openResourceRequested, m_chooser,
            &ResourceChooser::chooseResource);
}

ResourceNavigation::~ResourceNavigation() = default;

void ResourceNavigation::setAccountSession(const AccountSession::Ptr& account)
{
    if (account == m_account)
        return;
    m_account = account;
    m_chooser->setSession(account);
    m_overview->setSession(account);
}

bool ResourceNavigation::showsOverview() const
{
    return m_chooser->choice() == ResourceChooser::Choice::Overview;
}

void ResourceNavigation::chooseResource(const Resource& resource)
{
    const AccountSession::Ptr child = AccountSession::forResource(m_account, resource);
    if (!child) {
        Q_EMIT failed(tr("Could not show the tokens of %1.").arg(PlainText::shown(resource.fullPath)),
                      BackendError::make(BackendError::Kind::Permission,
                                         tr("This account has no group or project access tokens.")));
        m_chooser->choosePersonal();
        return;
    }
    Q_EMIT sessionChosen(child);
}

} // namespace TokenDesk
