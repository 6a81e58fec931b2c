#include "SecretInput.h"

#include "CliContext.h"
#include "Terminal.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TokenDesk {

Result<Secret> SecretInput::read(CliContext& context, const QString& command)
{
    QByteArray input;
    QIODevice* in = context.in();
    if (Terminal::isTerminal(in)) {
        context.writeErr(tr("Paste the token and press Enter (input is hidden): "));
        input = Terminal::readHiddenLine(in, MaxSize + 1);
        context.writeErr(u"\n"_s);
    } else {
        // Reserved up front, so that no reallocation leaves a copy behind.
        input.reserve(MaxSize + 1);
        while (input.size() <= MaxSize) {
            QByteArray piece = in->read(MaxSize + 1 - input.size());
            if (piece.isEmpty())
                break;
            input += piece;
            secureWipe(piece);
        }
    }
    const auto usage = [](const QString& message) {
        return BackendError::make(BackendError::Kind::Validation, message);
    };
    if (input.size() > MaxSize) {
        secureWipe(input);
        return usage(tr("standard input is too long to be a token."));
    }
    QByteArray trimmed = input.trimmed();
    secureWipe(input);
    if (trimmed.isEmpty())
        return usage(tr("no token on standard input; %1 reads one token from standard input.").arg(command));
    const bool oneWord = std::none_of(trimmed.cbegin(), trimmed.cend(),
                                      [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (!oneWord) {
        secureWipe(trimmed);
        return usage(tr("standard input must hold exactly one token, on one line."));
    }
    Secret secret(trimmed);
    secureWipe(trimmed);
    return secret;
}

} // namespace TokenDesk
