#pragma once

#include "AccessToken.h"
#include "AccountSession.h"
#include "LaunchRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <QMessageBox>

namespace TokenDesk {

class AccountRegistry;
class AccountSelector;
class MainWindow;

// Carries out a LaunchRequest in the window: raises it, switches to the account (and to the group or
// project), reads the token and selects it; for Rotate it then opens the token's usual rotate confirmation
// (TokenActionsController), whose "Rotate" leads to the once-only secret dialog. An account, resource or
// token that is not there is said in a window-modal message box (objectName "launchProblemMessageBox").
// A newer request replaces one still under way; so does the user switching account meanwhile.
class WindowLauncher : public QObject
{
    Q_OBJECT

public:
    // storePath: the file of the window's offline store ("store:<path>" accounts name it).
    WindowLauncher(MainWindow& window, AccountSelector& selector, const AccountRegistry& registry,
                   QString storePath, QObject* parent = nullptr);
    ~WindowLauncher() override;

    // False (and nothing done) when the request names a store file other than the window's: another
    // window must show it. Otherwise true: it is carried out, or its problem shown in the window.
    bool show(const LaunchRequest& request);
    // As show(), but a request for another store file is told in this window instead.
    void showHere(const LaunchRequest& request);
    // Raises the window and says what went wrong with a request in the message box below.
    void showProblem(const QString& message);
    // The message box telling why the last request could not be carried out, while open.
    QMessageBox* problemBox() const { return m_problemBox; }

Q_SIGNALS:
    // The request was carried out: the token is selected (and its rotate confirmation open for Rotate).
    void shown(const TokenDesk::LaunchRequest& request, const TokenDesk::AccessToken& token);
    // It could not be; message is what the window says.
    void failed(const TokenDesk::LaunchRequest& request, const QString& message);

private:
    void raiseWindow();
    void accountShown(quint64 serial);
    void resourcesRead(quint64 serial);
    void readToken(quint64 serial);
    void tokenRead(quint64 serial, const AccessToken& token);
    void finish(quint64 serial, const AccessToken& token);
    void fail(const QString& message);
    bool isCurrent(quint64 serial) const { return serial == m_serial && m_request.has_value(); }

    enum class Stage
    {
        Account,   // waiting for the selector to show the account
        Resources, // ... for "Tokens of" to read the groups and projects
        Token,     // ... for the token
        Rows       // ... for the active table's first rows
    };

    MainWindow& m_window;
    AccountSelector& m_selector;
    const AccountRegistry& m_registry;
    QString m_storeKey;
    std::optional<LaunchRequest> m_request;
    QString m_accountKey; // the selector's key of m_request's account
    AccountSession::Ptr m_session;
    std::optional<AccessToken> m_token;
    Stage m_stage = Stage::Account;
    quint64 m_serial = 0;
    QPointer<QMessageBox> m_problemBox;
};

} // namespace TokenDesk
