#pragma once

#include "ExpiryReminder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// Opens the TokenDesk window on a token, as the notifications' actions do: runs `tokendesk` (the one next
// to this program first, then the one on PATH) with the window's launch options. A window already running
// in the session is asked to do it instead by the new process.
class WindowProcess
{
    Q_DECLARE_TR_FUNCTIONS(WindowProcess)

public:
    // The window's program; empty when there is none.
    static QString program();

    // [--store FILE] --account KEY --rotate ID [--resource kind:ID]: the token's rotate confirmation.
    static QStringList rotateArguments(const DueToken& token);
    // [--store FILE] --account KEY --select ID [--resource kind:ID]: the window with the token selected.
    static QStringList selectArguments(const DueToken& token);

    // Starts the window detached (it outlives this process). False, with why, when it cannot.
    static bool launch(const QStringList& arguments, QString* error = nullptr);

private:
    static QStringList arguments(const DueToken& token, const QString& action);
};

} // namespace TokenDesk
