#pragma once

#include <QInputDialog>

namespace TokenDesk {

// Asks for the host git should use a token for (objectName "gitHostDialog"); the host comes through
// textValueSelected(). Afterwards showSetup() says what git will do and the one git setting it needs.
class GitHostDialog : public QInputDialog
{
    Q_OBJECT

public:
    GitHostDialog(const QString& tokenName, const QString& suggestedHost, QWidget* parent = nullptr);
    ~GitHostDialog() override;

    // An information box (objectName "gitSetupMessage") with the git configuration line to copy.
    static void showSetup(QWidget* parent, const QString& host, const QString& tokenName,
                          const QString& username);
};

} // namespace TokenDesk
