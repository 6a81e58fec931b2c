#include "Confirmation.h"

#include "CliContext.h"
#include "Terminal.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TokenDesk {

Confirmation::Confirmation(CliContext& context) : m_context(context)
{
    if (Terminal::isTerminal(context.in())) {
        m_device = context.in();
        return;
    }
    if (!Terminal::isTerminal(context.err()))
        return;
    auto tty = std::make_unique<QFile>(u"/dev/tty"_s);
    if (tty->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_device = tty.get();
        m_tty = std::move(tty);
    }
}

Confirmation::~Confirmation() = default;

bool Confirmation::processHasTerminal()
{
    if (::isatty(STDIN_FILENO))
        return true;
    if (!::isatty(STDERR_FILENO))
        return false;
    QFile tty(u"/dev/tty"_s);
    return tty.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool Confirmation::ask(const QString& question)
{
    if (!m_device)
        return false;
    m_context.writeErr(question + u' ' + tr("[y/N]") + u' ');
    m_context.flushOut();
    const QString answer = QString::fromUtf8(m_device->readLine(256)).trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s || answer == tr("y") || answer == tr("yes");
}

} // namespace TokenDesk
