#include "Clock.h"
#include "CredentialHelper.h"
#include "GitCredentialMap.h"
#include "GitCredentialRequest.h"
#include "ProcessHardening.h"
#include "SecretVault.h"
#include "Translations.h"
#include "VisibleText.h"

#include <QCommandLineParser>
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

// --help and --version, for people and their manuals: git itself only ever passes an action.
bool asksOnlyForText(const QStringList& arguments)
{
    static const QStringList textOptions = {QStringLiteral("-h"), QStringLiteral("--help"),
                                            QStringLiteral("-?"), QStringLiteral("--help-all"),
                                            QStringLiteral("-v"), QStringLiteral("--version")};
    return arguments.size() == 2 && textOptions.contains(arguments.at(1));
}

void printHelpOrVersion(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A git credential helper: git runs it to get the access token of a GitLab host that "
                "tokendesk-cli git-use (or the window) mapped to a token saved in the keychain. Set it up "
                "with tokendesk-cli git-setup, or: git config --global credential.https://HOST.helper "
                "tokendesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("main",
                                    "get: print the mapped host's username and token for git. store: "
                                    "save nothing. erase: forget the host's mapping (not the secret)."),
        QStringLiteral("get|store|erase"));
    parser.process(app); // prints and exits
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before anything holds a secret
    VisibleText::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("git-credential-tokendesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    if (asksOnlyForText(arguments))
        printHelpOrVersion(app);
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
