#include "GitLabTestServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace TokenDesk::Test {

GitLabTestServer::~GitLabTestServer()
{
    stop();
}

bool GitLabTestServer::start(const QStringList& arguments)
{
    const QString script = qEnvironmentVariable("TOKENDESK_GITLAB_TEST_SERVER",
                                                QStringLiteral(TOKENDESK_GITLAB_TEST_SERVER_SCRIPT));
    // Debian's own interpreter (scripts/install-deps installs it) before any other on PATH.
    QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (script.isEmpty() || python.isEmpty()) {
        m_error = u"python3 or TOKENDESK_GITLAB_TEST_SERVER not found"_s;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A second try when the interpreter dies before it is listening (seen once on a loaded machine).
    for (int attempt = 0; attempt < 2; ++attempt) {
        stop();
        m_process.start(python, QStringList{script} + arguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = u"could not start the test server"_s;
            continue;
        }
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
                break;
            line += m_process.readAllStandardOutput();
        }
        bool ok = false;
        m_port = line.trimmed().toInt(&ok);
        if (ok && m_port > 0)
            return true;
        m_error = u"the test server did not print its port (exit code %1)"_s.arg(m_process.exitCode());
    }
    return false;
}

void GitLabTestServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QUrl GitLabTestServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QByteArray GitLabTestServer::request(const QByteArray& verb, const QString& path, const QByteArray& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(url().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out =
        reply->isFinished() && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return out;
}

bool GitLabTestServer::control(const QJsonObject& body)
{
    return !request("POST", u"/__control"_s, QJsonDocument(body).toJson(QJsonDocument::Compact)).isEmpty();
}

bool GitLabTestServer::reset()
{
    return control(QJsonObject{{u"reset_faults"_s, true},
                               {u"clear_log"_s, true},
                               {u"latency_ms"_s, 0},
                               {u"link_only"_s, false},
                               {u"link_host"_s, QJsonValue::Null}});
}

bool GitLabTestServer::addFault(const QJsonObject& fault)
{
    return control(QJsonObject{{QLatin1String("faults"), QJsonArray{fault}}});
}

QJsonArray GitLabTestServer::log()
{
    return QJsonDocument::fromJson(request("GET", u"/__control/log"_s)).array();
}

QJsonArray GitLabTestServer::tokens()
{
    return QJsonDocument::fromJson(request("GET", u"/__control/tokens"_s)).array();
}

int GitLabTestServer::maxInFlight()
{
    return QJsonDocument::fromJson(request("GET", u"/__control/stats"_s))
        .object()
        .value(u"max_in_flight"_s)
        .toInt(-1);
}

int GitLabTestServer::count(const QString& method, const QString& pathPrefix)
{
    int n = 0;
    for (const QJsonValue& v : log()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("method")).toString() == method &&
            e.value(QLatin1String("path")).toString().startsWith(pathPrefix))
            ++n;
    }
    return n;
}

QString GitLabTestServer::credentialDigest(const QByteArray& secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace TokenDesk::Test
