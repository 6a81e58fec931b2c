#include "ContractFixture.h"

#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "LocalBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace TokenDesk::Test {

namespace {

constexpr const char* RootSecret = "glpat-contract-root-secret-01";
constexpr const char* AliceSecret = "glpat-contract-alice-secret-1";
constexpr qint64 AliceId = 2;

TokenDraft baselineDraft(QDate today)
{
    TokenDraft d;
    d.name = QString::fromLatin1(ContractFixture::BaselineName);
    d.scopes = {u"api"_s};
    d.expiresAt = today.addDays(ContractFixture::BaselineDays);
    return d;
}

// Two SQLite files in a temporary folder: the administrator's store and a regular user's.
class LocalFixture : public ContractFixture
{
public:
    bool start() override
    {
        if (!m_dir.isValid()) {
            m_error = u"no temporary folder"_s;
            return false;
        }
        auto admin = LocalBackend::open(m_dir.filePath(u"admin.sqlite"_s), m_clock);
        auto regular = LocalBackend::open(m_dir.filePath(u"regular.sqlite"_s), m_clock);
        if (!admin || !regular) {
            m_error = (admin ? regular.error() : admin.error()).message;
            return false;
        }
        m_admin = std::move(admin).value();
        m_regular = std::move(regular).value();
        if (!m_admin->setLocalAdministrator(true) || !m_admin->createNow(baselineDraft(today()))) {
            m_error = u"the baseline could not be written"_s;
            return false;
        }
        // Another user of the administrator's store, as alice is on the GitLab test server.
        if (const Result<qint64> alice = m_admin->addUserNow(u"alice"_s, AliceId); !alice) {
            m_error = u"alice could not be added: "_s + alice.error().message;
            return false;
        }
        // The regular user's groups and projects, through the store's own API.
        for (const Place& place : places()) {
            const QString path = QString::fromLatin1(place.path);
            const QString name = path.section(u'/', -1);
            const Result<Resource> added = place.kind == ResourceRef::Kind::Group
                                               ? m_regular->addGroupNow(path, name, place.id)
                                               : m_regular->addProjectNow(path, name, place.id);
            if (!added ||
                (place.role > 0 && !m_regular->setMembershipNow(place.kind, place.id, place.role).ok())) {
                m_error = u"the groups and projects could not be written: "_s +
                          (added ? QString() : added.error().message);
                return false;
            }
        }
        return true;
    }
    TokenBackend& backend() override { return *m_admin; }
    TokenBackend& regularUser() override { return *m_regular; }
    bool advanceDays(int days) override
    {
        m_clock.advance(qint64(days) * 86400);
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_admin;
    std::unique_ptr<LocalBackend> m_regular;
};

// One GitLab API test server for every GitLab fixture of the run, seeded with an administrator (root,
// signing in with the baseline token) and a regular user (alice).
struct SharedServer
{
    QTemporaryDir dir;
    GitLabTestServer server;
    bool started = false;
};
std::unique_ptr<SharedServer> sharedServer;

bool startSharedServer(QString& error)
{
    if (sharedServer && sharedServer->started)
        return true;
    sharedServer = std::make_unique<SharedServer>();
    if (!sharedServer->dir.isValid()) {
        error = u"no temporary folder"_s;
        return false;
    }
    QJsonArray groups;
    QJsonArray projects;
    QJsonArray members;
    for (const ContractFixture::Place& place : ContractFixture::places()) {
        const QString path = QString::fromLatin1(place.path);
        const bool group = place.kind == ResourceRef::Kind::Group;
        QJsonObject entry{
            {u"id"_s, place.id}, {u"path"_s, path.section(u'/', -1)}, {u"name"_s, path.section(u'/', -1)}};
        if (path.contains(u'/'))
            entry.insert(group ? u"parent"_s : u"group"_s, path.section(u'/', 0, -2));
        (group ? groups : projects).append(entry);
        if (place.role > 0)
            members.append(QJsonObject{{u"user"_s, u"alice"_s},
                                       {group ? u"group"_s : u"project"_s, path},
                                       {u"access_level"_s, place.role}});
    }
    const QJsonObject config{
        {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"username"_s, u"root"_s}, {u"is_admin"_s, true}},
                                QJsonObject{{u"id"_s, AliceId}, {u"username"_s, u"alice"_s}}}},
        {u"groups"_s, groups},
        {u"projects"_s, projects},
        {u"members"_s, members},
        {u"tokens"_s, QJsonArray{QJsonObject{{u"user"_s, u"root"_s},
                                             {u"name"_s, QString::fromLatin1(ContractFixture::BaselineName)},
                                             {u"scopes"_s, QJsonArray{u"api"_s}},
                                             {u"expires_in_days"_s, ContractFixture::BaselineDays},
                                             {u"secret"_s, QString::fromLatin1(RootSecret)}},
                                 QJsonObject{{u"user"_s, u"alice"_s},
                                             {u"name"_s, u"alice-api"_s},
                                             {u"scopes"_s, QJsonArray{u"api"_s}},
                                             {u"secret"_s, QString::fromLatin1(AliceSecret)}}}}};
    const QString configPath = sharedServer->dir.filePath(u"server.json"_s);
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
        error = u"cannot write the server's configuration"_s;
        return false;
    }
    file.close();
    if (!sharedServer->server.start({u"--config"_s, configPath})) {
        error = sharedServer->server.errorString();
        return false;
    }
    sharedServer->started = true;
    return true;
}

// The shared server, seeded afresh (users, tokens, empty log, no faults), its date set to the fixture's.
class GitLabFixture : public ContractFixture
{
public:
    bool start() override
    {
        if (!startSharedServer(m_error))
            return false;
        if (!server().control(
                QJsonObject{{u"reseed"_s, true}, {u"today"_s, today().toString(Qt::ISODate)}})) {
            m_error = u"the test server did not take its seed"_s;
            return false;
        }
        m_admin = std::make_unique<GitLabBackend>(server().url(), Secret(QByteArray(RootSecret)), m_clock);
        m_regular = std::make_unique<GitLabBackend>(server().url(), Secret(QByteArray(AliceSecret)), m_clock);
        return true;
    }
    TokenBackend& backend() override { return *m_admin; }
    TokenBackend& regularUser() override { return *m_regular; }
    bool advanceDays(int days) override
    {
        m_clock.advance(qint64(days) * 86400);
        m_admin->invalidate();
        m_regular->invalidate();
        return server().control(QJsonObject{{u"today"_s, today().toString(Qt::ISODate)}});
    }

private:
    static GitLabTestServer& server() { return sharedServer->server; }

    std::unique_ptr<GitLabBackend> m_admin;
    std::unique_ptr<GitLabBackend> m_regular;
};

} // namespace

ContractFixture::ContractFixture() : m_clock(QDateTime::currentDateTimeUtc()) {}

QList<ContractFixture::Place> ContractFixture::places()
{
    using Kind = ResourceRef::Kind;
    return {
        {Kind::Group, 100, "acme", AccessLevels::Owner},
        {Kind::Group, 101, "acme/platform", 0},
        {Kind::Project, 200, "acme/platform/web", 0},
        {Kind::Group, 102, "tools", AccessLevels::Maintainer},
        {Kind::Project, 202, "tools/cli", 0},
        {Kind::Group, 103, "beta", 0},
        {Kind::Project, 203, "beta/site", AccessLevels::Developer},
    };
}

void ContractFixture::stopServers()
{
    sharedServer.reset();
}

std::unique_ptr<ContractFixture> ContractFixture::make(const QString& kind)
{
    if (kind == u"gitlab"_s)
        return std::make_unique<GitLabFixture>();
    return std::make_unique<LocalFixture>();
}

void ContractFixture::addBackendRows()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("local") << u"local"_s;
    QTest::newRow("gitlab") << u"gitlab"_s;
}

} // namespace TokenDesk::Test
