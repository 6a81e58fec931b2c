#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "TestDrafts.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

// What GitLabBackend promises beyond each operation's result: every answer comes later, from the event
// loop, never before the call that asked for it returns; and what a change costs in requests.
class tst_GitLabBackendPromises : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void answersComeAfterTheCallReturns_data();
    void answersComeAfterTheCallReturns();
    void revokeCostsItsDeleteAndAtMostOneRead_data();
    void revokeCostsItsDeleteAndAtMostOneRead();
    void rotateCostsItsPostAndAtMostOneRead_data();
    void rotateCostsItsPostAndAtMostOneRead();

private:
    std::unique_ptr<GitLabBackend> backend(const char* token, const QUrl& url = {});
    AccessToken madeFor(qint64 userId, const QString& name);
    qint64 apiRequests();

    GitLabTestServer m_server;
};

namespace {

// Runs `operation` and tells whether its answer came while the call was still on the stack; waits for
// the answer either way, so that nothing is left in flight.
template<typename T>
bool answeredDuringTheCall(const std::function<void(QObject*, Callback<T>)>& operation)
{
    auto returned = std::make_shared<bool>(false);
    auto early = std::make_shared<std::optional<bool>>();
    await<T>([&](QObject* context, Callback<T> done) {
        operation(context, [returned, early, done](Result<T> r) {
            early->emplace(!*returned);
            done(std::move(r));
        });
        *returned = true;
    });
    return early->value_or(false);
}

} // namespace

std::unique_ptr<GitLabBackend> tst_GitLabBackendPromises::backend(const char* token, const QUrl& url)
{
    return std::make_unique<GitLabBackend>(url.isEmpty() ? m_server.url() : url, Secret(QByteArray(token)),
                                           Clock::system());
}

AccessToken tst_GitLabBackendPromises::madeFor(qint64 userId, const QString& name)
{
    auto root = backend(GitLabTestServer::RootToken);
    auto made = await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        root->createForUser(userId, draft(name, Clock::system().todayUtc().addDays(30), {u"read_api"_s}), c,
                            cb);
    });
    if (!made.ok())
        qFatal("could not create a token: %s", qPrintable(made.error().message));
    return made.value().token;
}

qint64 tst_GitLabBackendPromises::apiRequests()
{
    return m_server.log().size();
}

void tst_GitLabBackendPromises::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_GitLabBackendPromises::init()
{
    QVERIFY(m_server.reset());
}

void tst_GitLabBackendPromises::answersComeAfterTheCallReturns_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("accountKnown");
    for (const bool known : {false, true}) {
        const char* suffix = known ? " (account known)" : "";
        for (const char* op : {"create refused as not self-service", "create of an invalid draft",
                               "create for a user of an invalid draft", "rotate to an invalid expiry",
                               "identify an empty secret", "list a later page", "summary", "whoami", "get",
                               "revoke", "rotate", "list", "create", "unusable url"})
            QTest::newRow(qPrintable(QString::fromLatin1(op) + QString::fromLatin1(suffix)))
                << QString::fromLatin1(op) << known;
    }
}

void tst_GitLabBackendPromises::answersComeAfterTheCallReturns()
{
    QFETCH(QString, operation);
    QFETCH(bool, accountKnown);
    const bool unusable = operation == u"unusable url"_s;
    auto b = backend(GitLabTestServer::AliceToken, unusable ? QUrl(u"http://gitlab.example.com"_s) : QUrl());
    if (accountKnown && !unusable) {
        QVERIFY(await<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); }).ok());
        ListQuery all;
        all.limit = 1;
        QVERIFY(await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(all, c, cb); }).ok());
    }
    const QDate today = Clock::system().todayUtc();
    bool early = false;
    if (operation == u"create refused as not self-service"_s) {
        early = answeredDuringTheCall<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
            b->create(draft(u"laptop"_s, Clock::system().todayUtc().addDays(30), {u"api"_s}), c, cb);
        });
    } else if (operation == u"create of an invalid draft"_s) {
        early = answeredDuringTheCall<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
            b->create(draft(u" "_s, Clock::system().todayUtc().addDays(30), {}), c, cb);
        });
    } else if (operation == u"create for a user of an invalid draft"_s) {
        early = answeredDuringTheCall<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
            b->createForUser(3, draft(u" "_s, Clock::system().todayUtc().addDays(30), {}), c, cb);
        });
    } else if (operation == u"rotate to an invalid expiry"_s) {
        early = answeredDuringTheCall<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
            b->rotate(GitLabBackend::SelfId, today.addDays(-1), c, cb);
        });
    } else if (operation == u"identify an empty secret"_s) {
        early = answeredDuringTheCall<AccessToken>(
            [&](QObject* c, Callback<AccessToken> cb) { b->identify(Secret(), c, cb); });
    } else if (operation == u"list a later page"_s) {
        ListQuery later;
        later.offset = 1;
        later.limit = 1;
        early = answeredDuringTheCall<TokenPage>(
            [&](QObject* c, Callback<TokenPage> cb) { b->list(later, c, cb); });
    } else if (operation == u"summary"_s) {
        early = answeredDuringTheCall<TokenSummary>(
            [&](QObject* c, Callback<TokenSummary> cb) { b->summary(c, cb); });
    } else if (operation == u"whoami"_s || operation == u"unusable url"_s) {
        early = answeredDuringTheCall<Account>([&](QObject* c, Callback<Account> cb) { b->whoami(c, cb); });
    } else if (operation == u"get"_s) {
        early = answeredDuringTheCall<AccessToken>(
            [&](QObject* c, Callback<AccessToken> cb) { b->get(GitLabBackend::SelfId, c, cb); });
    } else if (operation == u"revoke"_s) {
        const AccessToken t = madeFor(2, u"promised revoke"_s);
        early = answeredDuringTheCall<AccessToken>(
            [&](QObject* c, Callback<AccessToken> cb) { b->revoke(t.id, c, cb); });
    } else if (operation == u"rotate"_s) {
        const AccessToken t = madeFor(2, u"promised rotate"_s);
        early = answeredDuringTheCall<CreatedToken>(
            [&](QObject* c, Callback<CreatedToken> cb) { b->rotate(t.id, std::nullopt, c, cb); });
    } else if (operation == u"list"_s) {
        early = answeredDuringTheCall<TokenPage>(
            [&](QObject* c, Callback<TokenPage> cb) { b->list(ListQuery{}, c, cb); });
    } else if (operation == u"create"_s) {
        early = answeredDuringTheCall<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
            b->create(draft(u"cluster"_s, Clock::system().todayUtc().addDays(30), {u"k8s_proxy"_s}), c, cb);
        });
    } else {
        QFAIL("unknown operation");
    }
    QVERIFY2(!early, "the answer came before the call returned");
}

void tst_GitLabBackendPromises::revokeCostsItsDeleteAndAtMostOneRead_data()
{
    QTest::addColumn<bool>("accountKnown");
    QTest::newRow("fresh backend") << false;
    QTest::newRow("connected backend") << true;
}

void tst_GitLabBackendPromises::revokeCostsItsDeleteAndAtMostOneRead()
{
    QFETCH(bool, accountKnown);
    const AccessToken t = madeFor(2, u"costly revoke"_s);
    auto b = backend(GitLabTestServer::AliceToken);
    if (accountKnown) {
        QVERIFY(await<GitLabConnection>([&](QObject* c, Callback<GitLabConnection> cb) {
                    b->connectAccount(c, cb);
                }).ok());
    }
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));
    auto r = await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->revoke(t.id, c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r.value().revoked);
    QCOMPARE(r.value().name, u"costly revoke"_s); // the token as it now is, not just its id
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
    const qint64 requests = apiRequests();
    qInfo("one revoke sent %lld request(s)", requests);
    QVERIFY2(requests <= 2, qPrintable(QString::number(requests)));
}

void tst_GitLabBackendPromises::rotateCostsItsPostAndAtMostOneRead_data()
{
    QTest::addColumn<bool>("accountKnown");
    QTest::newRow("fresh backend") << false;
    QTest::newRow("connected backend") << true;
}

void tst_GitLabBackendPromises::rotateCostsItsPostAndAtMostOneRead()
{
    QFETCH(bool, accountKnown);
    const AccessToken t = madeFor(2, u"costly rotate"_s);
    auto b = backend(GitLabTestServer::AliceToken);
    if (accountKnown) {
        QVERIFY(await<GitLabConnection>([&](QObject* c, Callback<GitLabConnection> cb) {
                    b->connectAccount(c, cb);
                }).ok());
    }
    QVERIFY(m_server.control(QJsonObject{{u"clear_log"_s, true}}));
    auto r = await<CreatedToken>(
        [&](QObject* c, Callback<CreatedToken> cb) { b->rotate(t.id, std::nullopt, c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().token.name, u"costly rotate"_s);
    QCOMPARE(m_server.count(u"POST"_s), 1);
    const qint64 requests = apiRequests();
    qInfo("one rotate sent %lld request(s)", requests);
    QVERIFY2(requests <= 2, qPrintable(QString::number(requests)));
}

QTEST_GUILESS_MAIN(tst_GitLabBackendPromises)
#include "tst_GitLabBackendPromises.moc"
