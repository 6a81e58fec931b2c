#pragma once

#include "Await.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace TokenDesk::Test {

// The GitLab API test server (gitlab_test_server.py) in a child process on an ephemeral loopback port.
class GitLabTestServer
{
public:
    // Secrets of the default seed (see gitlab_test_server.py).
    static constexpr const char* RootToken = "glpat-root-api-secret-00001";
    static constexpr const char* AliceToken = "glpat-alice-api-secret-0001";
    static constexpr const char* AliceReadToken = "glpat-alice-read-secret-001";
    static constexpr const char* BobToken = "glpat-bob-api-secret-000001";

    GitLabTestServer() = default;
    ~GitLabTestServer();
    GitLabTestServer(const GitLabTestServer&) = delete;
    GitLabTestServer& operator=(const GitLabTestServer&) = delete;

    // Starts the server with extra command-line options; false (with errorString()) when it cannot.
    bool start(const QStringList& arguments = {});
    void stop();
    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QUrl url() const;

    // POST /__control with this JSON; true on success.
    bool control(const QJsonObject& request);
    bool addFault(const QJsonObject& fault);
    bool reset();
    QJsonArray log();
    QJsonArray tokens();
    // The most API requests the server was answering at the same time since the log was cleared.
    int maxInFlight();
    // Log entries whose method is `method` (and whose path starts with `pathPrefix`).
    int count(const QString& method, const QString& pathPrefix = {});

    static QString credentialDigest(const QByteArray& secret);

private:
    QByteArray request(const QByteArray& verb, const QString& path, const QByteArray& body = {});

    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace TokenDesk::Test
