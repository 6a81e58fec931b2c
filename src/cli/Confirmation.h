#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace TokenDesk {

class CliContext;

// A yes/no question to the person at the terminal, before something that cannot be undone. Asked on
// standard input when it is a terminal, else on the controlling terminal (/dev/tty) when standard error
// is one too (standard input held a piped secret); without a terminal nobody is asked and the command
// needs --yes instead.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    explicit Confirmation(CliContext& context);
    ~Confirmation();

    // Whether there is someone to ask.
    bool available() const { return m_device != nullptr; }
    // The same for this process's standard input and error, before any context exists (parse time).
    static bool processHasTerminal();
    // Writes the question with " [y/N] " on standard error and reads one line; true only for yes.
    bool ask(const QString& question);

private:
    CliContext& m_context;
    QIODevice* m_device = nullptr;
    std::unique_ptr<QIODevice> m_tty;
};

} // namespace TokenDesk
