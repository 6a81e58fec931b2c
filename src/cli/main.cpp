#include "CliContext.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "CommandRunner.h"
#include "ExitCode.h"
#include "ProcessHardening.h"
#include "Translations.h"
#include "VisibleText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace TokenDesk;

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before anything holds a secret
    VisibleText::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    installTranslations(app);
    // Scripts read stderr as one error line; diagnostics only when QT_LOGGING_RULES asks for them.
    // Qt's own warnings (such as a network reply read after it was aborted) are not for them either.
    QLoggingCategory::setFilterRules(QStringLiteral(
        "tokendesk.*.info=false\ntokendesk.*.warning=false\ndefault.warning=false\nqt.*.warning=false"));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);

    const CommandRegistry commands;
    const CommandLine::Parsed parsed = CommandLine::parse(QCoreApplication::arguments(), commands);
    switch (parsed.outcome) {
    case CommandLine::Outcome::Help:
    case CommandLine::Outcome::Version:
        out.write(VisibleText::escaped(parsed.text, true).toUtf8());
        return ExitCode::Success;
    case CommandLine::Outcome::UsageError:
        err.write(CliContext::errorLine(parsed.text).toUtf8());
        return ExitCode::Usage;
    case CommandLine::Outcome::Run:
        break;
    }

    CliContext context(Clock::fromTestEnvironment(), &in, &out, &err);
    context.setJson(parsed.json);
    QObject::connect(&context, &CliContext::finished, &app, &QCoreApplication::exit);
    CommandRunner runner(context);
    runner.start(*parsed.command, parsed.backend);
    const int exitCode = QCoreApplication::exec();
    context.closeSession();
    return exitCode;
}
