// BulkRevocation against the GitLab API test server: the session's own sign-in token is refused with a
// reason by default, revoked last on request; the local store's saved secrets of revoked tokens go.
#include "AccountSession.h"
#include "Await.h"
#include "BulkRevocation.h"
#include "Clock.h"
#include "GitLabTestServer.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using TokenDesk::Test::GitLabTestServer;

class TestBulkRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signInTokenRefusedByDefault();
    void signInTokenRevokedLastOnRequest();

private:
    AccountSession::Ptr rootSession();
    qint64 idOf(const QString& name);
    bool revokedOnServer(const QString& name);

    GitLabTestServer m_server;
};

void TestBulkRevocation::initTestCase()
{
    Test::isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestBulkRevocation::init()
{
    QVERIFY(m_server.control({{u"reseed"_s, true}}));
    QVERIFY(m_server.reset());
}

AccountSession::Ptr TestBulkRevocation::rootSession()
{
    // Only who signs in is asked, as the command line does: which token it is must be found out before.
    AccountSession::Ptr session =
        AccountSession::forCredential(m_server.url(), Secret(QByteArray(GitLabTestServer::RootToken)),
                                      AccountSession::CredentialSource::Environment, Clock::system(), {});
    const Result<Account> who = Test::await<Account>(
        [&](QObject* c, Callback<Account> done) { session->backend()->whoami(c, std::move(done)); });
    return who ? session : nullptr;
}

qint64 TestBulkRevocation::idOf(const QString& name)
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

bool TestBulkRevocation::revokedOnServer(const QString& name)
{
    for (const QJsonValue& value : m_server.tokens()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject().value(u"revoked"_s).toBool();
    }
    return false;
}

void TestBulkRevocation::signInTokenRefusedByDefault()
{
    AccountSession::Ptr session = rootSession();
    QVERIFY(session);
    BulkRevocation bulk(session);
    QSignalSpy progress(&bulk, &BulkRevocation::progress);
    const qint64 own = idOf(u"root-api"_s);
    const qint64 alice = idOf(u"alice-read"_s);
    const qint64 bob = idOf(u"bob-api"_s);
    const Result<BulkRevocation::Report> report =
        Test::await<BulkRevocation::Report>([&](QObject* c, Callback<BulkRevocation::Report> done) {
            bulk.start({own, alice, bob, alice}, c, done);
        });
    QVERIFY(report.ok());
    QCOMPARE(report.value().result.revoked.size(), 2);
    QCOMPARE(report.value().result.failures.size(), 1);
    QCOMPARE(report.value().result.failures.first().first, own);
    QCOMPARE(report.value().result.failures.first().second.kind, BackendError::Kind::Permission);
    QVERIFY(report.value().result.failures.first().second.message.contains(u"signs in"_s));
    QVERIFY(!report.value().signedOut);
    QVERIFY(!revokedOnServer(u"root-api"_s));
    QVERIFY(revokedOnServer(u"alice-read"_s));
    QVERIFY(revokedOnServer(u"bob-api"_s));
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QCOMPARE(session->state(), AccountSession::State::Connected);
}

void TestBulkRevocation::signInTokenRevokedLastOnRequest()
{
    AccountSession::Ptr session = rootSession();
    QVERIFY(session);
    BulkRevocation bulk(session);
    bulk.setSignInToken(BulkRevocation::SignInToken::Last);
    const qint64 own = idOf(u"root-api"_s);
    const qint64 bob = idOf(u"bob-api"_s);
    const Result<BulkRevocation::Report> report =
        Test::await<BulkRevocation::Report>([&](QObject* c, Callback<BulkRevocation::Report> done) {
            bulk.start({own, bob}, c, done);
        });
    QVERIFY(report.ok());
    QVERIFY(report.value().allRevoked());
    QVERIFY(report.value().signedOut);
    QCOMPARE(session->state(), AccountSession::State::SignedOut);
    // The sign-in token's DELETE came after every other one.
    QString lastDelete;
    for (const QJsonValue& entry : m_server.log()) {
        if (entry.toObject().value(u"method"_s).toString() == u"DELETE"_s)
            lastDelete = entry.toObject().value(u"path"_s).toString();
    }
    QVERIFY2(lastDelete.endsWith(u"/"_s + QString::number(own)) || lastDelete.endsWith(u"/self"_s),
             qPrintable(lastDelete));
    QVERIFY(revokedOnServer(u"root-api"_s));
    QVERIFY(revokedOnServer(u"bob-api"_s));
}

QTEST_GUILESS_MAIN(TestBulkRevocation)
#include "tst_BulkRevocation.moc"
