#include "GitLabParser.h"
#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk;

// GitLab's replies in every shape gitlab-api.md names, and hostile ones, parsed without a network.
class TestGitLabParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }

    void fullToken();
    void nullsAndUnknownScopesKept();
    void tokenWithWrongTypes();
    void tokenList();
    void hostileBodies_data();
    void hostileBodies();
    void createdTokenNeedsItsSecret();
    void accountAdminFlag();
    void version();
    void resourceTokenRole();
    void groupsAndProjects();

    void fieldErrors_data();
    void fieldErrors();
    void authenticationErrors();
    void scopeErrors();
    void plainStatusErrors();
    void hostileErrorBodies_data();
    void hostileErrorBodies();

    void headerCounts_data();
    void headerCounts();
    void paginationHeaders();
    void hostilePaginationHeaders();
};

void TestGitLabParser::fullToken()
{
    const QByteArray body = R"({"id": 42, "name": "ci", "description": "deploys", "revoked": false,
        "created_at": "2026-11-01T10:20:30.123Z", "scopes": ["api", "read_user"], "user_id": 7,
        "last_used_at": "2026-11-29T23:00:00.000+02:00", "active": true, "expires_at": "2027-01-31",
        "last_used_ips": ["10.0.0.1"]})";
    auto r = GitLabParser::token(body);
    QVERIFY(r.ok());
    const AccessToken& t = r.value();
    QCOMPARE(t.id, 42);
    QCOMPARE(t.name, u"ci"_s);
    QCOMPARE(t.description, u"deploys"_s);
    QCOMPARE(t.scopes, (QStringList{u"api"_s, u"read_user"_s}));
    QCOMPARE(t.userId, 7);
    QCOMPARE(t.createdAt, QDateTime(QDate(2026, 11, 1), QTime(10, 20, 30, 123), Qt::UTC));
    QCOMPARE(t.lastUsedAt, QDateTime(QDate(2026, 11, 29), QTime(21, 0), Qt::UTC));
    QCOMPARE(t.lastUsedAt.timeSpec(), Qt::UTC);
    QCOMPARE(t.expiresAt, QDate(2027, 1, 31));
    QVERIFY(!t.revoked);
}

void TestGitLabParser::nullsAndUnknownScopesKept()
{
    auto r = GitLabParser::token(R"({"id": 1, "name": "svc", "scopes": ["api", "future_scope", "x_y"],
        "expires_at": null, "last_used_at": null, "revoked": true})");
    QVERIFY(r.ok());
    QVERIFY(r.value().expiresAt.isNull());
    QVERIFY(!r.value().lastUsedAt.isValid());
    QVERIFY(r.value().revoked);
    QCOMPARE(r.value().scopes, (QStringList{u"api"_s, u"future_scope"_s, u"x_y"_s}));
    QVERIFY(r.value().isActive(QDate(2999, 1, 1)) == false); // revoked
    auto never = GitLabParser::token(R"({"id": 2, "name": "old", "scopes": ["api"], "expires_at": null})");
    QVERIFY(never.value().isActive(QDate(2999, 1, 1)));
}

void TestGitLabParser::tokenWithWrongTypes()
{
    auto r = GitLabParser::token(R"({"id": "17", "name": "n", "scopes": ["api", 3, null, {"a": 1}],
        "created_at": 12345, "expires_at": "2026-13-45", "revoked": "yes", "user_id": "x",
        "description": ["not", "a", "string"]})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, 17);
    QCOMPARE(r.value().scopes, QStringList{u"api"_s});
    QVERIFY(!r.value().createdAt.isValid());
    QVERIFY(r.value().expiresAt.isNull());
    QVERIFY(!r.value().revoked);
    QCOMPARE(r.value().userId, 0);
    QVERIFY(r.value().description.isEmpty());

    for (const QByteArray& bad :
         {R"({"name": "no id"})"_ba, R"({"id": 1})"_ba, R"({"id": 1.5, "name": "x"})"_ba,
          R"({"id": 1e300, "name": "x"})"_ba, R"({"id": 1, "name": 5})"_ba}) {
        auto e = GitLabParser::token(bad);
        QVERIFY2(!e.ok(), bad.constData());
        QCOMPARE(e.error().kind, BackendError::Kind::Server);
    }
}

void TestGitLabParser::tokenList()
{
    auto empty = GitLabParser::tokenList("[]");
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
    auto two = GitLabParser::tokenList(R"([{"id": 1, "name": "a"}, {"id": 2, "name": "b", "scopes": []}])");
    QVERIFY(two.ok());
    QCOMPARE(two.value().size(), 2);
    QCOMPARE(two.value().at(1).name, u"b"_s);
    QVERIFY(!GitLabParser::tokenList(R"([{"id": 1, "name": "a"}, 7])").ok());
    QVERIFY(!GitLabParser::tokenList(R"({"id": 1, "name": "a"})").ok());
}

void TestGitLabParser::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << "<html><body>Welcome to nginx!</body></html>"_ba;
    QTest::newRow("truncated") << R"([{"id": 1, "name": "a", "scopes": ["ap)"_ba;
    QTest::newRow("null") << "null"_ba;
    QTest::newRow("string") << R"("just text")"_ba;
    QTest::newRow("number") << "42"_ba;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{[\"", 7);
    QTest::newRow("deep") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("huge string") << "[\"" + QByteArray(1 << 20, 'a') + "\"]";
}

void TestGitLabParser::hostileBodies()
{
    QFETCH(QByteArray, body);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!GitLabParser::token(body).ok());
        QVERIFY(!GitLabParser::createdToken(body).ok());
        QVERIFY(!GitLabParser::account(body).ok());
        QVERIFY(!GitLabParser::version(body).ok());
        auto list = GitLabParser::tokenList(body);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, BackendError::Kind::Server);
        const BackendError e = GitLabParser::error(400, body);
        QCOMPARE(e.kind, BackendError::Kind::Validation);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.message.size() < 400);
    }
}

void TestGitLabParser::createdTokenNeedsItsSecret()
{
    auto r = GitLabParser::createdToken(
        R"({"id": 5, "name": "new", "scopes": ["api"], "token": "glpat-abc.01.xyz"})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().token.id, 5);
    QCOMPARE(r.value().secret.utf8(), "glpat-abc.01.xyz"_ba);
    QVERIFY(!GitLabParser::createdToken(R"({"id": 5, "name": "new"})").ok());
    QVERIFY(!GitLabParser::createdToken(R"({"id": 5, "name": "new", "token": ""})").ok());
    QVERIFY(!GitLabParser::createdToken(R"({"id": 5, "name": "new", "token": 12})").ok());
}

void TestGitLabParser::accountAdminFlag()
{
    auto admin = GitLabParser::account(R"({"id": 1, "username": "root", "name": "Admin", "is_admin": true})");
    QVERIFY(admin.ok());
    QVERIFY(admin.value().isAdmin);
    auto regular = GitLabParser::account(R"({"id": 2, "username": "alice", "name": "Alice"})");
    QVERIFY(regular.ok());
    QVERIFY(!regular.value().isAdmin); // missing means false
    QCOMPARE(regular.value().userId, 2);
    auto odd = GitLabParser::account(R"({"id": 3, "username": "bob", "is_admin": "true"})");
    QVERIFY(odd.ok());
    QVERIFY(!odd.value().isAdmin);
    QVERIFY(!GitLabParser::account(R"({"username": "nobody"})").ok());
    QVERIFY(!GitLabParser::account(R"({"id": 4, "username": null})").ok());
}

void TestGitLabParser::version()
{
    auto v = GitLabParser::version(R"({"version": "17.9.1-ee", "revision": "abc"})");
    QVERIFY(v.ok());
    QCOMPARE(v.value().version, u"17.9.1-ee"_s);
    QCOMPARE(v.value().revision, u"abc"_s);
}

void TestGitLabParser::resourceTokenRole()
{
    auto t = GitLabParser::token(R"({"id": 7, "name": "ci", "access_level": 30, "user_id": 100002})");
    QVERIFY(t);
    QCOMPARE(t.value().accessLevel, 30);
    QCOMPARE(t.value().userId, 100002);
    // A personal token has none; a hostile one stays within bounds.
    QCOMPARE(GitLabParser::token(R"({"id": 7, "name": "mine"})").value().accessLevel, 0);
    QCOMPARE(GitLabParser::token(R"({"id": 7, "name": "x", "access_level": -5})").value().accessLevel, 0);
    QCOMPARE(GitLabParser::token(R"({"id": 7, "name": "x", "access_level": 1e12})").value().accessLevel,
             1000);
    QCOMPARE(GitLabParser::fieldFor(u"access_level"_s), Field::AccessLevel);
    const BackendError e =
        GitLabParser::error(400, R"({"error": "access_level does not have a valid value"})");
    QCOMPARE(e.kind, BackendError::Kind::Validation);
    QCOMPARE(e.fieldErrors.value(0).field, Field::AccessLevel);
}

void TestGitLabParser::groupsAndProjects()
{
    auto groups = GitLabParser::resourceList(
        R"([{"id": 100, "name": "Acme", "full_path": "acme"}, {"id": 101, "name": "Platform", "full_path": "acme/platform"}])",
        ResourceRef::Kind::Group);
    QVERIFY(groups);
    QCOMPARE(groups.value().size(), 2);
    QCOMPARE(groups.value().at(1).fullPath, u"acme/platform"_s);
    QCOMPARE(groups.value().at(1).kind, ResourceRef::Kind::Group);
    QCOMPARE(groups.value().at(1).accessLevel, 0); // a group object does not tell the role
    // A project's role: the higher of its own membership and its group's.
    auto project = GitLabParser::resource(
        R"({"id": 200, "name": "Web", "path_with_namespace": "acme/web",
            "permissions": {"project_access": {"access_level": 30}, "group_access": {"access_level": 50}}})",
        ResourceRef::Kind::Project);
    QVERIFY(project);
    QCOMPARE(project.value().id, 200);
    QCOMPARE(project.value().fullPath, u"acme/web"_s);
    QCOMPARE(project.value().accessLevel, 50);
    auto simple = GitLabParser::resource(R"({"id": 200, "name": "Web", "path_with_namespace": "acme/web"})",
                                         ResourceRef::Kind::Project);
    QCOMPARE(simple.value().accessLevel, 0);
    // Without an id or a path it is no group or project.
    QVERIFY(!GitLabParser::resourceList(R"([{"id": 1, "name": "x"}])", ResourceRef::Kind::Group));
    QVERIFY(!GitLabParser::resource(R"({"full_path": "x"})", ResourceRef::Kind::Group));
    QVERIFY(!GitLabParser::resource("<html>", ResourceRef::Kind::Project));
    QCOMPARE(GitLabParser::memberAccessLevel(R"({"id": 2, "access_level": 40})").value(), 40);
    QVERIFY(!GitLabParser::memberAccessLevel(R"({"id": 2})"));
}

void TestGitLabParser::fieldErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("fields");
    QTest::addColumn<QString>("text");
    const auto f = [](Field field) { return static_cast<int>(field); };
    QTest::newRow("name missing") << 400 << R"({"error": "name is missing"})"_ba << QList<int>{f(Field::Name)}
                                  << u"missing"_s;
    QTest::newRow("scopes invalid") << 400 << R"({"error": "scopes does not have a valid value"})"_ba
                                    << QList<int>{f(Field::Scopes)} << u"valid value"_s;
    QTest::newRow("expires_at invalid") << 400 << R"({"error": "expires_at is invalid"})"_ba
                                        << QList<int>{f(Field::ExpiresAt)} << u"invalid"_s;
    QTest::newRow("model errors") << 400
                                  << R"j({"message": {"name": ["is too long (maximum is 255 characters)"],
                                       "expires_at": ["must be in the future", "is bad"]}})j"_ba
                                  << QList<int>{f(Field::ExpiresAt), f(Field::Name)} << u"too long"_s;
    QTest::newRow("422 model errors")
        << 422 << R"({"message": {"scopes": ["can only contain available scopes"]}})"_ba
        << QList<int>{f(Field::Scopes)} << u"available scopes"_s;
    QTest::newRow("unknown field") << 422 << R"({"message": {"base": ["Something is off"]}})"_ba
                                   << QList<int>{f(Field::General)} << u"Something is off"_s;
    QTest::newRow("expiry as plain string")
        << 400 << R"({"message": "Expiration date must be before 2027-12-01"})"_ba
        << QList<int>{f(Field::ExpiresAt)} << u"Expiration date must be before 2027-12-01"_s;
    QTest::newRow("plain 400") << 400 << R"({"message": "400 Bad request - Token already revoked"})"_ba
                               << QList<int>{f(Field::General)} << u"already revoked"_s;
    QTest::newRow("empty 422") << 422 << QByteArray() << QList<int>{f(Field::General)} << u"422"_s;
}

void TestGitLabParser::fieldErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, fields);
    QFETCH(QString, text);
    const BackendError e = GitLabParser::error(status, body);
    QCOMPARE(e.kind, BackendError::Kind::Validation);
    QCOMPARE(e.httpStatus, status);
    QList<int> got;
    for (const FieldError& fe : e.fieldErrors)
        got << static_cast<int>(fe.field);
    std::sort(got.begin(), got.end());
    std::sort(fields.begin(), fields.end());
    QCOMPARE(got, fields);
    QVERIFY2(e.message.contains(text), qPrintable(e.message));
}

void TestGitLabParser::authenticationErrors()
{
    BackendError e = GitLabParser::error(401, R"({"message": "401 Unauthorized"})");
    QCOMPARE(e.kind, BackendError::Kind::Authentication);
    QVERIFY(e.message.contains(u"invalid, expired or revoked"_s));
    e = GitLabParser::error(
        401,
        R"({"error": "invalid_token", "error_description": "Token was revoked. You have to re-authenticate."})");
    QCOMPARE(e.kind, BackendError::Kind::Authentication);
    QVERIFY(e.message.contains(u"Token was revoked"_s));
    e = GitLabParser::error(401, "<html>401</html>");
    QCOMPARE(e.kind, BackendError::Kind::Authentication);
}

void TestGitLabParser::scopeErrors()
{
    BackendError e = GitLabParser::error(
        403,
        R"({"error": "insufficient_scope", "error_description": "The request requires higher privileges.", "scope": "api read_api"})");
    QCOMPARE(e.kind, BackendError::Kind::Permission);
    QCOMPARE(e.missingScope, u"api"_s);
    QVERIFY2(e.message.contains(u"api or read_api"_s), qPrintable(e.message));
    e = GitLabParser::error(403, R"({"message": "403 Forbidden"})");
    QCOMPARE(e.kind, BackendError::Kind::Permission);
    QVERIFY(e.missingScope.isEmpty());
    QVERIFY(e.message.contains(u"403"_s));
}

void TestGitLabParser::plainStatusErrors()
{
    QCOMPARE(GitLabParser::error(404, R"({"message": "404 Not found"})").kind, BackendError::Kind::NotFound);
    QCOMPARE(GitLabParser::error(404, R"({"message": "404 Not found"})").kind, BackendError::Kind::NotFound);
    const BackendError notAllowed = GitLabParser::error(405, "");
    QCOMPARE(notAllowed.kind, BackendError::Kind::Server);
    QVERIFY(notAllowed.message.contains(u"405"_s));
    const BackendError limited = GitLabParser::error(429, "Retry later\n");
    QCOMPARE(limited.kind, BackendError::Kind::RateLimited);
    const BackendError gateway = GitLabParser::error(
        502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    QCOMPARE(gateway.kind, BackendError::Kind::Server);
    QVERIFY(gateway.message.contains(u"502"_s));
    QVERIFY(!gateway.message.contains(u"<"_s));
    const BackendError teapot = GitLabParser::error(418, R"({"message": "I'm a teapot"})");
    QCOMPARE(teapot.kind, BackendError::Kind::Server);
    QVERIFY(teapot.message.contains(u"teapot"_s));
}

void TestGitLabParser::hostileErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    for (int status : {400, 401, 403, 404, 422, 429, 500}) {
        QTest::addRow("%d message number", status) << status << R"({"message": 42})"_ba;
        QTest::addRow("%d field number", status) << status << R"({"message": {"name": 42}})"_ba;
        QTest::addRow("%d scope array", status)
            << status << R"({"error": "insufficient_scope", "scope": ["api"]})"_ba;
        QTest::addRow("%d control chars", status)
            << status << "{\"message\": \"bad\\u0000\\u001b[31mred\\nline\"}"_ba;
        QTest::addRow("%d long", status) << status << "{\"message\": \"" + QByteArray(100000, 'x') + "\"}";
        QTest::addRow("%d array", status) << status << "[1, 2, 3]"_ba;
        QTest::addRow("%d truncated", status) << status << R"({"message": {"name": ["is)"_ba;
    }
}

void TestGitLabParser::hostileErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const BackendError e = GitLabParser::error(status, body);
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.size() < 700, qPrintable(QString::number(e.message.size())));
    for (QChar c : e.message)
        QVERIFY(c.category() != QChar::Other_Control);
    QCOMPARE(e.httpStatus, status);
}

void TestGitLabParser::headerCounts_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: no count

    QTest::newRow("plain") << "42"_ba << qint64(42);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("blanks around") << " \t17 "_ba << qint64(17);
    QTest::newRow("leading zeros") << "007"_ba << qint64(7);
    QTest::newRow("at the bound") << "1000000"_ba << qint64(1000000);
    QTest::newRow("over the bound") << "1000001"_ba << qint64(-1);
    QTest::newRow("past int") << "2147483648"_ba << qint64(-1);
    QTest::newRow("past qint64") << "99999999999999999999"_ba << qint64(-1);
    QTest::newRow("very long zeros") << QByteArray(5000, '0') + "1" << qint64(-1);
    QTest::newRow("negative") << "-1"_ba << qint64(-1);
    QTest::newRow("plus") << "+1"_ba << qint64(-1);
    QTest::newRow("exponent") << "1e9"_ba << qint64(-1);
    QTest::newRow("hex") << "0x10"_ba << qint64(-1);
    QTest::newRow("fraction") << "1.0"_ba << qint64(-1);
    QTest::newRow("inner blank") << "1 2"_ba << qint64(-1);
    QTest::newRow("empty") << ""_ba << qint64(-1);
    QTest::newRow("blank") << "   "_ba << qint64(-1);
    QTest::newRow("control characters") << "\x00\x1b[2J"_ba << qint64(-1);
    QTest::newRow("non-ASCII digits") << "\xd9\xa3"_ba << qint64(-1);
}

void TestGitLabParser::headerCounts()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> n = GitLabParser::headerCount(value, 1000000);
    QCOMPARE(n.value_or(-1), expected);
}

void TestGitLabParser::paginationHeaders()
{
    const auto p = GitLabParser::pagination(
        {{"x-page", "2"}, {"x-next-page", "3"}, {"x-total", "250"}, {"x-total-pages", "3"}});
    QCOMPARE(p.page, 2);
    QCOMPARE(p.nextPage, 3);
    QCOMPARE(p.total, 250);
    QCOMPARE(p.totalPages, 3);
    QVERIFY(p.hasNextPageHeader);

    // The last page: X-Next-Page present but empty.
    const auto last = GitLabParser::pagination({{"x-page", "3"}, {"x-next-page", ""}});
    QVERIFY(last.hasNextPageHeader);
    QVERIFY(!last.nextPage);
    const auto none = GitLabParser::pagination({});
    QVERIFY(!none.hasNextPageHeader && !none.page && !none.nextPage && !none.total && !none.totalPages);
}

// Numbers that would overflow or make no sense are treated as absent; page numbers start at 1 and stay
// within what any listing can have.
void TestGitLabParser::hostilePaginationHeaders()
{
    const QList<QByteArray> hostile{
        "99999999999999999999", "-1",         "2147483648", "1e9",  " ",  "0x7fffffff",
        "9223372036854775807",  "4294967297", "1.5",        "\r\n", "abc"};
    for (const QByteArray& v : hostile) {
        const auto p = GitLabParser::pagination(
            {{"x-page", v}, {"x-next-page", v}, {"x-total", v}, {"x-total-pages", v}});
        QVERIFY2(!p.page && !p.nextPage && !p.total && !p.totalPages, v.constData());
        QVERIFY(p.hasNextPageHeader);
    }
    const auto zero =
        GitLabParser::pagination({{"x-page", "0"}, {"x-next-page", "0"}, {"x-total-pages", "0"}});
    QVERIFY(!zero.page && !zero.nextPage && !zero.totalPages);
    const auto big = GitLabParser::pagination({{"x-total-pages", "2000000"}, {"x-total", "2000000000"}});
    QVERIFY(!big.totalPages); // more pages than any listing may have
    QVERIFY(!big.total);
    QCOMPARE(GitLabParser::pagination({{"x-total", "0"}}).total, 0);
}

QTEST_GUILESS_MAIN(TestGitLabParser)
#include "tst_GitLabParser.moc"
