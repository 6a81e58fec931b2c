#pragma once

#include "AccessToken.h"
#include "TokenOperations.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PasteTokenDialog;
}

namespace TokenDesk {

// For a regular GitLab user whose chosen scopes GitLab does not allow over its API: says why, opens
// the server's own page with name, description and scopes filled in (TokenBackend::tokenPageUrl), and
// takes the new token pasted back. The pasted secret is identified on the session the dialog was opened
// for (TokenOperations::adoptToken), also after the window switched to another account; the token then
// appears in the window (tokensChanged) and can be saved to the keychain under that account. Show it
// with open().
class PasteTokenDialog : public QDialog
{
    Q_OBJECT

public:
    PasteTokenDialog(TokenOperations operations, const TokenDraft& draft, const QString& reason,
                     QWidget* parent = nullptr);
    ~PasteTokenDialog() override;

    QUrl tokenPageUrl() const { return m_pageUrl; }
    void setUrlOpener(std::function<void(const QUrl&)> opener);
    std::optional<AccessToken> identifiedToken() const { return m_token; }
    bool wasSavedToKeychain() const { return m_saved; }

    void done(int result) override;

public Q_SLOTS:
    void openTokenPage();
    void identifyPastedToken();
    void saveToKeychain();

Q_SIGNALS:
    void tokenIdentified(const TokenDesk::AccessToken& token);

private:
    void showError(const QString& message);
    void wipe();

    const std::unique_ptr<::Ui::PasteTokenDialog> m_ui;
    const TokenOperations m_operations;
    TokenDraft m_draft;
    QUrl m_pageUrl;
    std::function<void(const QUrl&)> m_openUrl;
    std::optional<AccessToken> m_token;
    Secret m_secret;
    bool m_saved = false;
    bool m_busy = false;
};

} // namespace TokenDesk
