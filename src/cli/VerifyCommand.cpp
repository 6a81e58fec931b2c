#include "VerifyCommand.h"

#include "CliContext.h"
#include "CliPrinter.h"
#include "Secret.h"
#include "Terminal.h"
#include "TokenBackend.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

constexpr qint64 MaxSecretInput = 64 * 1024;

} // namespace

QString VerifyCommand::summary() const
{
    return tr("Read one secret from standard input and show the token it belongs to.");
}

QString VerifyCommand::helpFooter() const
{
    return tr("The secret is read from standard input (one line; a trailing newline is ignored). It is never "
              "accepted as an argument.") +
           u'\n';
}

QString VerifyCommand::parse(const QCommandLineParser& parser, const QStringList& positional,
                             const BackendOptions& backend)
{
    Q_UNUSED(parser)
    Q_UNUSED(backend)
    if (!positional.isEmpty())
        return tr("verify takes no arguments: it reads the secret from standard input, so that the secret "
                  "never appears on a command line.");
    return {};
}

void VerifyCommand::run(CliContext& context)
{
    QByteArray input;
    QIODevice* in = context.in();
    if (Terminal::isTerminal(in)) {
        context.writeErr(tr("Paste the token and press Enter (input is hidden): "));
        input = Terminal::readHiddenLine(in, MaxSecretInput + 1);
        context.writeErr(u"\n"_s);
    } else {
        // A pipe may deliver the secret in pieces: read to the end. Reserved up front, so that no
        // reallocation leaves a copy behind.
        input.reserve(MaxSecretInput + 1);
        while (input.size() <= MaxSecretInput) {
            QByteArray piece = in->read(MaxSecretInput + 1 - input.size());
            if (piece.isEmpty())
                break;
            input += piece;
            secureWipe(piece);
        }
    }
    if (input.size() > MaxSecretInput) {
        secureWipe(input);
        return context.failUsage(tr("standard input is too long to be a token."));
    }
    QByteArray trimmed = input.trimmed();
    secureWipe(input);
    if (trimmed.isEmpty())
        return context.failUsage(
            tr("no token on standard input; verify reads one token from standard input."));
    const bool oneWord = std::none_of(trimmed.cbegin(), trimmed.cend(),
                                      [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (!oneWord) {
        secureWipe(trimmed);
        return context.failUsage(tr("standard input must hold exactly one token, on one line."));
    }
    Secret secret(trimmed);
    secureWipe(trimmed);
    context.backend()->identify(secret, &context, [&context](Result<AccessToken> result) {
        if (!result)
            return context.fail(result.error());
        CliPrinter(context).printToken(result.value());
        context.succeed();
    });
}

} // namespace TokenDesk
