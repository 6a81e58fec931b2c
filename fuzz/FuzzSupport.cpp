#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace TokenDesk::Fuzz {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtFatalMsg)
        return;
    std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
    std::abort();
}

} // namespace

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "tokendesk-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        // Nothing a target does may reach the user's own settings or data.
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("TOKENDESK_FUZZ_VERBOSE"))
            qInstallMessageHandler(quietHandler);
        return new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(app);
}

} // namespace TokenDesk::Fuzz
