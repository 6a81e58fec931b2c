#include "CliContext.h"

#include "ExitCode.h"
#include "KeychainSettings.h"
#include "Logging.h"
#include "PrivateFiles.h"
#include "Secret.h"
#include "SecretVault.h"
#include "TableFormatter.h"
#include "Terminal.h"
#include "VisibleText.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

void flush(QIODevice* device)
{
    if (auto* file = qobject_cast<QFile*>(device))
        file->flush();
}

} // namespace

CliContext::CliContext(const Clock& clock, QIODevice* in, QIODevice* out, QIODevice* err, QObject* parent)
    : QObject(parent), m_clock(clock), m_in(in), m_out(out), m_err(err)
{}

CliContext::~CliContext() = default;

QString CliContext::programName()
{
    return u"tokendesk-cli"_s;
}

QString CliContext::errorLine(const QString& message)
{
    return tr("%1: error: %2").arg(programName(), VisibleText::escaped(message.trimmed())) + u'\n';
}

SecretVault* CliContext::vault()
{
    if (!m_vault) {
        // The keychain's bookkeeping and the account list are the user's alone.
        PrivateFiles::ensureSettingsFile(KeychainSettings::defaultFilePath());
        m_ownedVault = std::make_unique<SecretVault>(KeychainSettings::defaultFilePath());
        m_vault = m_ownedVault.get();
    }
    return m_vault;
}

void CliContext::closeSession()
{
    m_session.reset();
    // The session, then its backend: each deleted later by the one before.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

Terminal& CliContext::terminal()
{
    if (!m_terminal)
        m_terminal = std::make_unique<Terminal>(m_err);
    return *m_terminal;
}

void CliContext::writeOut(const QString& text)
{
    m_out->write(VisibleText::escaped(text, true).toUtf8());
    flush(m_out);
}

void CliContext::writeJson(const QJsonDocument& document)
{
    m_out->write(VisibleText::jsonSafe(document.toJson(QJsonDocument::Indented)));
    flush(m_out);
}

void CliContext::writeSecret(QByteArray& bytes)
{
    QByteArray safe = VisibleText::jsonSafe(bytes);
    m_out->write(safe);
    secureWipe(safe);
    secureWipe(bytes);
}

void CliContext::writeRaw(const QByteArray& bytes)
{
    m_out->write(VisibleText::jsonSafe(bytes));
}

void CliContext::writeCrlfLines(const QByteArray& bytes)
{
    // Like writeRaw, keeping the CRLF line ends (and only them).
    const QList<QByteArray> lines = bytes.split('\r');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i > 0) {
            if (line.startsWith('\n')) {
                m_out->write("\r\n");
                line.remove(0, 1);
            } else {
                m_out->write(VisibleText::jsonSafe("\r"));
            }
        }
        m_out->write(VisibleText::jsonSafe(line));
    }
}

bool CliContext::refuseUnsafeSecret(const Secret& secret, qint64 tokenId)
{
    QByteArray bytes = secret.utf8();
    const bool unsafe = VisibleText::containsHidden(bytes);
    secureWipe(bytes);
    if (unsafe)
        writeErr(errorLine(tr("the secret of token %1 holds control or invisible characters; it is not "
                              "printed, as it could drive the terminal. Revoke or rotate the token.")
                               .arg(tokenId)));
    return unsafe;
}

void CliContext::flushOut()
{
    flush(m_out);
}

void CliContext::writeErr(const QString& text)
{
    m_err->write(VisibleText::escaped(text, true).toUtf8());
    flush(m_err);
}

void CliContext::warn(const QString& text)
{
    writeErr(tr("%1: warning: %2").arg(programName(), VisibleText::escaped(text)) + u'\n');
}

void CliContext::succeed()
{
    finish(ExitCode::Success);
}

void CliContext::fail(const BackendError& error)
{
    qCDebug(lcCli) << "command failed, kind" << static_cast<int>(error.kind);
    QString message = error.message;
    if (message.trimmed().isEmpty())
        message = tr("the operation failed.");
    writeErr(errorLine(message));
    finish(ExitCode::of(error));
}

void CliContext::failUsage(const QString& message)
{
    writeErr(errorLine(message));
    finish(ExitCode::Usage);
}

void CliContext::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCli) << "finished with exit code" << exitCode;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace TokenDesk
