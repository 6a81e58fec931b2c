#include "GitLabBackend.h"
#include "GitLabTestServer.h"
#include "ManualClock.h"
#include "TestDrafts.h"
#include "TestSupport.h"
#include "ThrowawayCertificates.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TokenDesk;
using namespace TokenDesk::Test;

namespace {

QStringList g_logLines;

void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logLines << message;
}

} // namespace

// GitLabBackend against a misbehaving server: rate limits, failures, stalls, broken and non-JSON
// bodies, lost replies to changes, redirects elsewhere. Nothing is duplicated, lost or leaked.
class TestGitLabFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void rateLimitedReadWaitsAsToldThenSucceeds();
    void rateLimitResetHeaderIsHonoured();
    void rateLimitLongerThanTheBoundIsAnError();
    void rateLimitRetryAfterAsHttpDate();
    void rateLimitWithoutHeadersIsBounded();
    void rateLimitedChangeIsNotRetried();
    void serverErrorsAreRetriedForReads();
    void serverErrorsGiveUpAfterBoundedAttempts();
    void serverErrorOnCreateIsRecheckedNotRetried();
    void stalledServerTimesOut();
    void truncatedBodyIsAnError();
    void truncatedCreateReplyIsRecheckedNotRetried();
    void nonJsonBodyIsAServerError();
    void lostCreateReplyIsRecheckedNotRetried();
    void lostCreateReplyBeforeApplyingSaysNothingWasCreated();
    void lostCreateForAnotherUserWithSkewedClock();
    void lostRotateReplyIsRecheckedNotRetried();
    void lostRevokeReplyIsRecheckedNotRetried();
    void crossOriginRedirectNeverCarriesTheToken();
    void sameOriginRedirectIsFollowedForReads();
    void plainHttpOnlyForLoopback();
    void unreachableServer();
    void cancelStopsFurtherRequests();
    void tlsNeedsTrustedCertificate();

private:
    GitLabBackend* backend(const char* token = GitLabTestServer::AliceToken);
    template<typename T>
    Result<T> run(const std::function<void(QObject*, Callback<T>)>& op)
    {
        Result<T> r = await<T>(op);
        if (!r.ok())
            m_messages << r.error().message;
        return r;
    }
    Result<Account> whoami(GitLabBackend* b)
    {
        return run<Account>([b](QObject* c, Callback<Account> cb) { b->whoami(c, cb); });
    }
    int tokensNamed(const QString& name);
    qint64 idOf(GitLabBackend* b, const QString& name);

    GitLabTestServer m_server;
    GitLabOptions m_options;
    std::vector<std::unique_ptr<GitLabBackend>> m_backends;
    QStringList m_messages;
};

GitLabBackend* TestGitLabFaults::backend(const char* token)
{
    m_backends.push_back(std::make_unique<GitLabBackend>(m_server.url(), Secret(QByteArray(token)),
                                                         Clock::system(), m_options));
    return m_backends.back().get();
}

void TestGitLabFaults::initTestCase()
{
    isolateStandardPaths();
    QLoggingCategory::setFilterRules(u"tokendesk.*.debug=true"_s);
    qInstallMessageHandler(captureMessages);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestGitLabFaults::init()
{
    m_backends.clear();
    m_options = GitLabOptions{};
    m_options.timeoutMs = 400;
    m_options.retryDelayMs = 10;
    m_options.maxGetAttempts = 3;
    QVERIFY(m_server.reset());
}

void TestGitLabFaults::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    // No secret in any error message, log line or URL.
    const QStringList secrets{QString::fromLatin1(GitLabTestServer::AliceToken),
                              QString::fromLatin1(GitLabTestServer::RootToken), u"glpat-"_s};
    QVERIFY(!m_messages.isEmpty());
    QVERIFY(!g_logLines.isEmpty());
    for (const QString& s : secrets) {
        for (const QString& m : std::as_const(m_messages))
            QVERIFY2(!m.contains(s), qPrintable(m));
        for (const QString& line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(s), qPrintable(line));
    }
}

int TestGitLabFaults::tokensNamed(const QString& name)
{
    int n = 0;
    for (const QJsonValue& t : m_server.tokens())
        n += t.toObject().value(u"name"_s).toString() == name ? 1 : 0;
    return n;
}

qint64 TestGitLabFaults::idOf(GitLabBackend* b, const QString& name)
{
    ListQuery q;
    q.search = name;
    auto r = run<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b->list(q, c, cb); });
    return r.ok() && !r.value().tokens.isEmpty() ? r.value().tokens.first().id : -1;
}

namespace {

QJsonObject fault(const QString& kind, const QString& method, const QString& path, int count = 1)
{
    return QJsonObject{{u"kind"_s, kind}, {u"method"_s, method}, {u"path"_s, path}, {u"count"_s, count}};
}

} // namespace

void TestGitLabFaults::rateLimitedReadWaitsAsToldThenSucceeds()
{
    QJsonObject f = fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, 2);
    f.insert(u"retry_after"_s, 0);
    QVERIFY(m_server.addFault(f));
    QVERIFY(whoami(backend()).ok());
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 3);
}

void TestGitLabFaults::rateLimitResetHeaderIsHonoured()
{
    QJsonObject f = fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, 1);
    f.insert(u"reset_in"_s, 1);
    f.insert(u"json"_s, true);
    QVERIFY(m_server.addFault(f));
    QVERIFY(whoami(backend()).ok());
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 2);
}

void TestGitLabFaults::rateLimitLongerThanTheBoundIsAnError()
{
    QJsonObject f = fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, -1);
    f.insert(u"retry_after"_s, 120);
    QVERIFY(m_server.addFault(f));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::RateLimited);
    QVERIFY2(r.error().message.contains(u"120"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s), 1);
}

void TestGitLabFaults::rateLimitRetryAfterAsHttpDate()
{
    m_options.maxRateLimitWaitMs = 5000;
    QJsonObject f = fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, -1);
    f.insert(u"retry_after"_s, QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(40),
                                                     u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s));
    QVERIFY(m_server.addFault(f));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::RateLimited); // 40 s asked: more than the 5 s bound
    QCOMPARE(m_server.count(u"GET"_s), 1);
}

void TestGitLabFaults::rateLimitWithoutHeadersIsBounded()
{
    m_options.maxRateLimitWaitMs = 1500; // the default backoff waits 1 s, then 2 s: over the bound
    QVERIFY(m_server.addFault(fault(u"rate_limit"_s, u"GET"_s, u"/api/v4/user"_s, -1)));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::RateLimited);
    QCOMPARE(m_server.count(u"GET"_s), 2);
}

void TestGitLabFaults::rateLimitedChangeIsNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(whoami(b).ok());
    QJsonObject f = fault(u"rate_limit"_s, u"POST"_s, u"/api/v4/"_s, 1);
    f.insert(u"retry_after"_s, 0);
    QVERIFY(m_server.addFault(f));
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"limited"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::RateLimited);
    QVERIFY(r.error().message.contains(u"nothing was changed"_s));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"limited"_s), 0);
}

void TestGitLabFaults::serverErrorsAreRetriedForReads()
{
    QVERIFY(m_server.addFault(fault(u"server_error"_s, u"GET"_s, u"/api/v4/user"_s, 2)));
    QVERIFY(whoami(backend()).ok());
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/user"_s), 3);
}

void TestGitLabFaults::serverErrorsGiveUpAfterBoundedAttempts()
{
    QJsonObject f = fault(u"server_error"_s, u"GET"_s, u"/api/v4/"_s, -1);
    f.insert(u"status"_s, 503);
    QVERIFY(m_server.addFault(f));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QCOMPARE(r.error().httpStatus, 503);
    QVERIFY(r.error().message.contains(u"503"_s));
    QVERIFY(!r.error().message.contains(u"<"_s));
    QCOMPARE(m_server.count(u"GET"_s), 3);
}

void TestGitLabFaults::serverErrorOnCreateIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(whoami(b).ok());
    QVERIFY(m_server.addFault(fault(u"server_error"_s, u"POST"_s, u"/api/v4/"_s, -1)));
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"gateway"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"was not created"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
}

void TestGitLabFaults::stalledServerTimesOut()
{
    m_options.timeoutMs = 250;
    QVERIFY(m_server.addFault(fault(u"stall"_s, u"GET"_s, u"/api/v4/user"_s, 1)));
    QVERIFY(whoami(backend()).ok()); // the second attempt is answered

    QVERIFY(m_server.reset());
    QVERIFY(m_server.addFault(fault(u"stall"_s, u"GET"_s, u"/api/v4/user"_s, -1)));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Network);
    QVERIFY2(r.error().message.contains(u"did not answer"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s), 3);
}

void TestGitLabFaults::truncatedBodyIsAnError()
{
    QVERIFY(m_server.addFault(fault(u"truncate"_s, u"GET"_s, u"/api/v4/user"_s, 1)));
    QVERIFY(whoami(backend()).ok());

    QVERIFY(m_server.reset());
    QVERIFY(m_server.addFault(fault(u"truncate"_s, u"GET"_s, u"/api/v4/personal_access_tokens"_s, -1)));
    auto r = run<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { backend()->list(ListQuery{}, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    QVERIFY2(r.error().message.contains(u"cut off"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"GET"_s, u"/api/v4/personal_access_tokens"_s), 3); // a read: tried again
}

void TestGitLabFaults::truncatedCreateReplyIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(whoami(b).ok());
    QVERIFY(m_server.addFault(fault(u"truncate"_s, u"POST"_s, u"/api/v4/"_s, -1)));
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"half"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"now exists"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"half"_s), 1);
}

void TestGitLabFaults::nonJsonBodyIsAServerError()
{
    QVERIFY(m_server.addFault(fault(u"non_json"_s, u"GET"_s, u"/api/v4/"_s, -1)));
    auto r = whoami(backend());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Server);
    auto l = run<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { backend()->list(ListQuery{}, c, cb); });
    QVERIFY(!l.ok());
    QCOMPARE(l.error().kind, BackendError::Kind::Server);
}

void TestGitLabFaults::lostCreateReplyIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(whoami(b).ok());
    QSignalSpy changed(b, &TokenBackend::tokensChanged);
    QVERIFY(m_server.addFault(fault(u"lose_reply"_s, u"POST"_s, u"/api/v4/"_s, -1)));
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"lost one"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"now exists"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"lost one"_s), 1);
    QVERIFY(!changed.isEmpty());
}

void TestGitLabFaults::lostCreateReplyBeforeApplyingSaysNothingWasCreated()
{
    auto* b = backend(GitLabTestServer::RootToken);
    QVERIFY(whoami(b).ok());
    QJsonObject f = fault(u"stall"_s, u"POST"_s, u"/api/v4/"_s, -1);
    f.insert(u"seconds"_s, 2);
    QVERIFY(m_server.addFault(f));
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) {
        b->create(draft(u"never"_s, Clock::system().todayUtc().addDays(30)), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"was not created"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"never"_s), 0);
}

void TestGitLabFaults::lostCreateForAnotherUserWithSkewedClock()
{
    // This computer's clock runs two hours fast; the server's Date header decides what "just now" is.
    Test::ManualClock fast(QDateTime::currentDateTimeUtc().addSecs(7200));
    GitLabBackend b(m_server.url(), Secret(QByteArray(GitLabTestServer::RootToken)), fast, m_options);
    QVERIFY(run<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); }).ok());
    QVERIFY(m_server.addFault(fault(u"lose_reply"_s, u"POST"_s, u"/api/v4/"_s, -1)));
    TokenDraft d = draft(u"for bob"_s, Clock::system().todayUtc().addDays(30));
    d.expiresAt = fast.todayUtc().addDays(30);
    auto r = run<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b.createForUser(3, d, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"now exists"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"for bob"_s), 1);
    const QString recheck = m_server.log().last().toObject().value(u"path"_s).toString();
    QVERIFY2(recheck.contains(u"user_id=3"_s), qPrintable(recheck));
}

void TestGitLabFaults::lostRotateReplyIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    const qint64 id = idOf(b, u"alice-registry"_s);
    QVERIFY(id > 0);
    auto c = run<GitLabConnection>(
        [&](QObject* ctx, Callback<GitLabConnection> cb) { b->connectAccount(ctx, cb); });
    QVERIFY(c.ok());
    QVERIFY(m_server.addFault(fault(u"lose_reply"_s, u"POST"_s, u"/api/v4/"_s, -1)));
    auto r = run<CreatedToken>(
        [&](QObject* ctx, Callback<CreatedToken> cb) { b->rotate(id, std::nullopt, ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"was rotated"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"POST"_s), 1);
    QCOMPARE(tokensNamed(u"alice-registry"_s), 2); // the old one (revoked) and one successor, not two
}

void TestGitLabFaults::lostRevokeReplyIsRecheckedNotRetried()
{
    auto* b = backend(GitLabTestServer::AliceToken);
    const qint64 id = idOf(b, u"alice-read"_s);
    QVERIFY(id > 0);
    QVERIFY(m_server.addFault(fault(u"lose_reply"_s, u"DELETE"_s, u"/api/v4/"_s, -1)));
    auto r = run<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b->revoke(id, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Unknown);
    QVERIFY2(r.error().message.contains(u"now revoked"_s), qPrintable(r.error().message));
    QCOMPARE(m_server.count(u"DELETE"_s), 1);
}

void TestGitLabFaults::crossOriginRedirectNeverCarriesTheToken()
{
    GitLabTestServer elsewhere;
    QVERIFY2(elsewhere.start(), qPrintable(elsewhere.errorString()));
    QVERIFY(elsewhere.reset());
    for (const QString& target : {elsewhere.url().toString(), u"http://localhost:%1"_s.arg(m_server.port()),
                                  u"https://127.0.0.1:%1"_s.arg(m_server.port())}) {
        QVERIFY(m_server.reset());
        QJsonObject f = fault(u"redirect"_s, QString(), u"/api/v4/"_s, -1);
        f.insert(u"location"_s, target + u"/api/v4/user"_s);
        QVERIFY(m_server.addFault(f));
        auto* b = backend(GitLabTestServer::RootToken);
        auto r = whoami(b);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, BackendError::Kind::Server);
        QVERIFY2(r.error().message.contains(u"redirected"_s), qPrintable(r.error().message));
        auto c = run<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> cb) {
            b->createForUser(1, draft(u"moved"_s, Clock::system().todayUtc().addDays(30)), ctx, cb);
        });
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(u"redirected"_s));
        // Nothing arrived anywhere else; on this server every request came to 127.0.0.1 once.
        QCOMPARE(elsewhere.log().size(), 0);
        for (const QJsonValue& e : m_server.log())
            QVERIFY(e.toObject().value(u"host"_s).toString().startsWith(u"127.0.0.1:"_s));
        QCOMPARE(m_server.count(u"POST"_s), 1);
    }
    QCOMPARE(tokensNamed(u"moved"_s), 0);
}

void TestGitLabFaults::sameOriginRedirectIsFollowedForReads()
{
    QJsonObject f = fault(u"redirect"_s, u"GET"_s, u"/api/v4/user"_s, 1);
    f.insert(u"location"_s, m_server.url().toString() + u"/api/v4/user"_s);
    QVERIFY(m_server.addFault(f));
    QVERIFY(whoami(backend()).ok());
    const QJsonArray log = m_server.log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).toObject().value(u"auth"_s).toString(), u"private-token"_s);
}

void TestGitLabFaults::plainHttpOnlyForLoopback()
{
    for (const char* ok : {"http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:3000/gitlab",
                           "http://[::1]:8080", "https://gitlab.com", "https://gitlab.example.com/sub/"})
        QVERIFY2(!GitLabBackend::checkInstanceUrl(QUrl(QString::fromLatin1(ok))).has_value(), ok);
    for (const char* bad : {"http://gitlab.example.com", "http://10.0.0.1", "ftp://gitlab.com",
                            "https://user:pw@gitlab.com", "gitlab.com", ""})
        QVERIFY2(GitLabBackend::checkInstanceUrl(QUrl(QString::fromLatin1(bad))).has_value(), bad);

    GitLabBackend remote(QUrl(u"http://gitlab.example.com"_s),
                         Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system());
    auto r = run<Account>([&](QObject* c, Callback<Account> cb) { remote.whoami(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Network);
    QVERIFY2(r.error().message.contains(u"https://"_s), qPrintable(r.error().message));
}

void TestGitLabFaults::unreachableServer()
{
    GitLabTestServer gone;
    QVERIFY(gone.start());
    const QUrl url = gone.url();
    gone.stop();
    GitLabBackend b(url, Secret(QByteArray(GitLabTestServer::RootToken)), Clock::system(), m_options);
    auto r = run<Account>([&](QObject* c, Callback<Account> cb) { b.whoami(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Network);
    auto c = run<CreatedToken>([&](QObject* ctx, Callback<CreatedToken> cb) {
        b.createForUser(1, draft(u"offline"_s, Clock::system().todayUtc().addDays(30)), ctx, cb);
    });
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, BackendError::Kind::Network); // surely not sent: no "unknown" outcome
}

void TestGitLabFaults::cancelStopsFurtherRequests()
{
    GitLabTestServer slow;
    QVERIFY(slow.start({u"--bulk"_s, u"1000"_s, u"--latency-ms"_s, u"50"_s}));
    m_options.maxConcurrency = 2;
    GitLabBackend b(slow.url(), Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(), m_options);
    connect(&b, &TokenBackend::listProgress, &b, [&b](int done, int) {
        if (done == 2)
            b.cancel();
    });
    auto r = run<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b.list(ListQuery{}, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Cancelled);
    // Requests sent before the cancel may reach a busy server a little later; none is sent after it.
    QTest::qWait(300);
    const int requests = slow.log().size();
    QVERIFY(requests < 8); // /user and at most a few of the 11 pages
    QTest::qWait(300);
    QCOMPARE(slow.log().size(), requests);
}

void TestGitLabFaults::tlsNeedsTrustedCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ThrowawayCertificates certificates;
    if (!certificates.create(dir.path()))
        QSKIP(qPrintable(u"openssl could not make test certificates: "_s + certificates.errorString()));
    GitLabTestServer tls;
    QVERIFY(
        tls.start({u"--tls-cert"_s, certificates.certificateFile(), u"--tls-key"_s, certificates.keyFile()}));
    const QUrl url(u"https://127.0.0.1:%1"_s.arg(tls.port()));

    GitLabBackend untrusted(url, Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(),
                            m_options);
    auto r = run<Account>([&](QObject* c, Callback<Account> cb) { untrusted.whoami(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BackendError::Kind::Network);
    QVERIFY2(r.error().message.contains(u"certificate"_s), qPrintable(r.error().message));
    QCOMPARE(r.error().remedy, BackendError::Remedy::TrustCertificate);

    GitLabOptions withCa = m_options;
    withCa.caFile = certificates.caFile();
    GitLabBackend trusted(url, Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(), withCa);
    auto ok = run<Account>([&](QObject* c, Callback<Account> cb) { trusted.whoami(c, cb); });
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(ok.value().username, u"alice"_s);

    withCa.caFile = dir.filePath(u"missing.pem"_s);
    GitLabBackend broken(url, Secret(QByteArray(GitLabTestServer::AliceToken)), Clock::system(), withCa);
    auto bad = run<Account>([&](QObject* c, Callback<Account> cb) { broken.whoami(c, cb); });
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"CA file"_s));
}

QTEST_GUILESS_MAIN(TestGitLabFaults)
#include "tst_GitLabFaults.moc"
