#pragma once

#include "AccountSession.h"
#include "BackendError.h"
#include "Resource.h"

#include <QObject>

namespace TokenDesk {

class ResourceChooser;
class ResourceOverviewPage;

// Whose tokens the window shows for its account, as "Tokens of" chooses: the account's own session for
// Personal, a session on one group or project (AccountSession::forResource, so rotate, revoke, the
// keychain and the one-time dialog work as for personal tokens, with keychain entries kept apart), or
// the overview of all of them, whose "Open resource" chooses that group or project.
class ResourceNavigation : public QObject
{
    Q_OBJECT

public:
    ResourceNavigation(ResourceChooser* chooser, ResourceOverviewPage* overview, QObject* parent = nullptr);
    ~ResourceNavigation() override;

    // Another account: "Tokens of" goes back to Personal and lists its groups and projects.
    void setAccountSession(const AccountSession::Ptr& account);
    const AccountSession::Ptr& accountSession() const { return m_account; }
    bool showsOverview() const;

Q_SIGNALS:
    // Show and act through this session (the account's or one of its resources').
    void sessionChosen(const TokenDesk::AccountSession::Ptr& session);
    void overviewChosen();
    void failed(const QString& what, const TokenDesk::BackendError& error);

private:
    void chooseResource(const Resource& resource);

    ResourceChooser* m_chooser;
    ResourceOverviewPage* m_overview;
    AccountSession::Ptr m_account;
};

} // namespace TokenDesk
