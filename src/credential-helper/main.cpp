#include "Clock.h"
#include "CredentialHelper.h"
#include "GitCredentialMap.h"
#include "GitCredentialRequest.h"
#include "ProcessHardening.h"
#include "SecretVault.h"
#include "Translations.h"
#include "VisibleText.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace TokenDesk;

namespace {

// Reads the request up to its blank line (or the end of input), bounded.
QByteArray readRequest()
{
    // On the descriptor, not on stdin's FILE: reading a FILE line by line stops at a NUL, which would
    // let a NUL cut a value short unseen.
    QFile in;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {};
    QByteArray request;
    while (request.size() < GitCredentialRequest::MaxInputBytes) {
        QByteArray line = in.readLine(GitCredentialRequest::MaxInputBytes);
        if (line.isEmpty() || line == "\n" || line == "\r\n")
            break;
        request += line;
        secureWipe(line);
    }
    return request;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before anything holds a secret
    VisibleText::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("git-credential-tokendesk"));
    installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "usage: git-credential-tokendesk get|store|erase\n"
                               "A git credential helper: git runs it, e.g. after\n"
                               "  git config --global credential.https://HOST.helper tokendesk\n")),
                   stderr);
        return 2;
    }

    QByteArray input = readRequest();
    const GitCredentialRequest request = GitCredentialRequest::parse(input);
    secureWipe(input);

    SecretVault vault;
    CredentialHelper helper(&vault, GitCredentialMap(vault.settingsFile()), Clock::fromTestEnvironment());
    helper.handle(CredentialHelper::parseAction(arguments.at(1)), request, [](CredentialHelper::Reply reply) {
        if (!reply.output.isEmpty()) {
            std::fwrite(reply.output.constData(), 1, static_cast<size_t>(reply.output.size()), stdout);
            std::fflush(stdout);
            secureWipe(reply.output);
        }
        if (!reply.warning.isEmpty())
            std::fprintf(stderr, "git-credential-tokendesk: %s\n",
                         VisibleText::escaped(reply.warning).toUtf8().constData());
        if (!reply.error.isEmpty())
            std::fprintf(stderr, "git-credential-tokendesk: %s\n",
                         VisibleText::escaped(reply.error).toUtf8().constData());
        QCoreApplication::exit(reply.exitCode);
    });
    return app.exec();
}
