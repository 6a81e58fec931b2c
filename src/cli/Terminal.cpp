#include "Terminal.h"

#include "VisibleText.h"

#include <QFile>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

#ifdef Q_OS_UNIX
termios savedTerminal{};
int terminalFd = -1;
constexpr int EchoSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Ctrl+C while the echo is off must not leave the user's terminal without echo.
void restoreTerminalAndRaise(int signalNumber)
{
    ::tcsetattr(terminalFd, TCSANOW, &savedTerminal);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

int interruptPipe[2] = {-1, -1};
volatile sig_atomic_t interruptFlag = 0;

void writeInterrupt(int)
{
    interruptFlag = 1; // seen by the progress line before the event loop reaches the pipe
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}
#endif

// Hides what is typed on a terminal while it lives.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
#ifdef Q_OS_UNIX
        if (::tcgetattr(fd, &savedTerminal) != 0)
            return;
        terminalFd = fd;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(EchoSignals); ++i)
            ::sigaction(EchoSignals[i], &action, &m_previous[i]);
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(fd, TCSANOW, &quiet) == 0;
#else
        Q_UNUSED(fd)
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (terminalFd < 0)
            return;
        if (m_active)
            ::tcsetattr(terminalFd, TCSANOW, &savedTerminal);
        for (size_t i = 0; i < std::size(EchoSignals); ++i)
            ::sigaction(EchoSignals[i], &m_previous[i], nullptr);
        terminalFd = -1;
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_UNIX
    struct sigaction m_previous[std::size(EchoSignals)] = {};
#endif
    bool m_active = false;
};

} // namespace

Terminal::Terminal(QIODevice* err, QObject* parent) : QObject(parent), m_err(err)
{
    m_showsProgress = isTerminal(err);
}

Terminal::~Terminal()
{
    releaseInterrupt();
}

bool Terminal::isTerminal(QIODevice* device)
{
#ifdef Q_OS_UNIX
    auto* file = qobject_cast<QFile*>(device);
    return file && file->handle() >= 0 && ::isatty(file->handle());
#else
    Q_UNUSED(device)
    return false;
#endif
}

QByteArray Terminal::readHiddenLine(QIODevice* in, qint64 maxSize)
{
    auto* file = qobject_cast<QFile*>(in);
    EchoOff echoOff(file ? file->handle() : -1);
    return in->readLine(maxSize);
}

void Terminal::catchInterrupt()
{
#ifdef Q_OS_UNIX
    if (m_catching || ::pipe(interruptPipe) != 0)
        return;
    m_catching = true;
    ::fcntl(interruptPipe[1], F_SETFL, O_NONBLOCK);
    auto* notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        onSignal();
    });
    struct sigaction action = {};
    action.sa_handler = writeInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

void Terminal::releaseInterrupt()
{
#ifdef Q_OS_UNIX
    if (!m_catching)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#endif
}

bool Terminal::interruptRequested() const
{
#ifdef Q_OS_UNIX
    return interruptFlag != 0;
#else
    return false;
#endif
}

void Terminal::onSignal()
{
    // A second Ctrl+C stops the program at once, as it would without the handler.
    releaseInterrupt();
    Q_EMIT interrupted();
}

void Terminal::showProgress(const QString& text)
{
    if (!m_showsProgress)
        return;
    m_err->write((u"\r\x1b[K"_s + VisibleText::escaped(text)).toUtf8());
    if (auto* file = qobject_cast<QFile*>(m_err))
        file->flush();
    m_progressShown = true;
}

void Terminal::clearProgress()
{
    if (m_progressShown) {
        m_err->write("\r\x1b[K");
        if (auto* file = qobject_cast<QFile*>(m_err))
            file->flush();
    }
    m_progressShown = false;
}

} // namespace TokenDesk
