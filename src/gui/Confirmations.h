#pragma once

#include "AccessToken.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QObject;
class QWidget;

namespace TokenDesk {

// The questions asked before a token changes for good: window-modal message boxes (opened with
// open(), no nested event loop) that call back only when the user confirms.
class Confirmations
{
    Q_DECLARE_TR_FUNCTIONS(Confirmations)

public:
    struct RevokeQuestion
    {
        // The token the backend signs in with: revoking it disconnects the account.
        bool signsInWithIt = false;
        QString accountName;
        // Offer to delete the token's secret from the keychain too (checked by default).
        bool offerDeleteSavedSecret = false;
    };

    // "Revoke the token 'NAME'?" (objectName "revokeConfirmation"); confirmed(deleteSavedSecret).
    static void askRevoke(QWidget* parent, const AccessToken& token, const RevokeQuestion& question,
                          QObject* context, std::function<void(bool deleteSavedSecret)> confirmed);
    // "Rotate the token 'NAME'?" (objectName "rotateConfirmation"), naming the successor's expiry.
    static void askRotate(QWidget* parent, const AccessToken& token, QDate newExpiry, QObject* context,
                          std::function<void()> confirmed);
};

} // namespace TokenDesk
