#include "Http2Proxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace TokenDesk::Test {

Http2Proxy::~Http2Proxy()
{
    stop();
}

QString Http2Proxy::executable()
{
    QString program = QStandardPaths::findExecutable(u"nghttpx"_s);
    if (program.isEmpty()) // Debian installs it in /usr/sbin, which a user's PATH may lack
        program = QStandardPaths::findExecutable(u"nghttpx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    return program;
}

bool Http2Proxy::start(int backendPort, const QString& certificateFile, const QString& keyFile,
                       const QStringList& extraArguments)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder for the proxy"_s;
        return false;
    }
    QFile emptyConfiguration(m_dir.filePath(u"nghttpx.conf"_s));
    if (!emptyConfiguration.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write the proxy's configuration"_s;
        return false;
    }
    emptyConfiguration.close();
    // The port was free a moment ago; another process may take it before nghttpx binds: one more try.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (startOnFreePort(backendPort, certificateFile, keyFile, extraArguments))
            return true;
    }
    return false;
}

bool Http2Proxy::startOnFreePort(int backendPort, const QString& certificateFile, const QString& keyFile,
                                 const QStringList& extraArguments)
{
    stop();
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = u"no free loopback port: %1"_s.arg(probe.errorString());
        return false;
    }
    m_port = probe.serverPort();
    probe.close();

    const QString program = executable();
    if (program.isEmpty()) {
        m_error = u"nghttpx is not installed"_s;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{u"--conf=%1"_s.arg(m_dir.filePath(u"nghttpx.conf"_s)),
                          u"--single-process"_s,
                          u"--workers=1"_s,
                          u"--no-ocsp"_s,
                          u"--log-level=WARN"_s,
                          u"--frontend=127.0.0.1,%1"_s.arg(m_port),
                          u"--backend=127.0.0.1,%1"_s.arg(backendPort),
                          u"--accesslog-file=%1"_s.arg(accessLogPath()),
                          u"--accesslog-format=$alpn $protocol_version $remote_port $method $path $status"_s};
    arguments << extraArguments << keyFile << certificateFile;
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"could not start nghttpx: %1"_s.arg(m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (socket.waitForConnected(200))
            return true;
        m_process.waitForFinished(50);
    }
    m_error = u"nghttpx did not listen on port %1: %2"_s.arg(m_port).arg(
        QString::fromLocal8Bit(m_process.readAll()).trimmed());
    stop();
    return false;
}

void Http2Proxy::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QUrl Http2Proxy::url() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
}

QString Http2Proxy::accessLogPath() const
{
    return m_dir.filePath(u"access.log"_s);
}

QList<Http2Proxy::LogEntry> Http2Proxy::accessLog() const
{
    QList<LogEntry> entries;
    QFile file(accessLogPath());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() != 6)
            continue;
        LogEntry e;
        e.alpn = QString::fromLatin1(fields.at(0));
        e.protocol = QString::fromLatin1(fields.at(1));
        e.remotePort = fields.at(2).toInt();
        e.method = QString::fromLatin1(fields.at(3));
        e.path = QString::fromLatin1(fields.at(4));
        e.status = fields.at(5).toInt();
        entries << e;
    }
    return entries;
}

QList<Http2Proxy::LogEntry> Http2Proxy::waitForAccessLog(qsizetype count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    QList<LogEntry> entries = accessLog();
    while (entries.size() < count && timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        entries = accessLog();
    }
    return entries;
}

} // namespace TokenDesk::Test
