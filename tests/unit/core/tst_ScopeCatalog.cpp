#include "AccessToken.h"
#include "ScopeCatalog.h"
#include "TestSupport.h"
#include "TokenJson.h"

#include <QSet>
#include <QTest>

using namespace TokenDesk;
using namespace Qt::StringLiterals;

class TestScopeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateStandardPaths(); }
    void listsTheSeventeenScopesInGitLabsOrder();
    void marksAdministratorOnlyScopes();
    void describesEveryScopeInOneLine();
    void describesUnknownScopesInsteadOfDroppingThem();
    void selfServiceScopesOverApi();
};

void TestScopeCatalog::listsTheSeventeenScopesInGitLabsOrder()
{
    const QStringList expected = {u"api"_s,
                                  u"read_api"_s,
                                  u"read_user"_s,
                                  u"read_repository"_s,
                                  u"write_repository"_s,
                                  u"read_registry"_s,
                                  u"write_registry"_s,
                                  u"read_virtual_registry"_s,
                                  u"write_virtual_registry"_s,
                                  u"sudo"_s,
                                  u"admin_mode"_s,
                                  u"create_runner"_s,
                                  u"manage_runner"_s,
                                  u"ai_features"_s,
                                  u"k8s_proxy"_s,
                                  u"read_service_ping"_s,
                                  u"self_rotate"_s};
    QCOMPARE(ScopeCatalog::names(), expected);
    QCOMPARE(ScopeCatalog::all().size(), 17);
    for (const QString& name : expected)
        QVERIFY(ScopeCatalog::isKnown(name));
    QVERIFY(!ScopeCatalog::isKnown(u"write_everything"_s));
    QVERIFY(!ScopeCatalog::isKnown(u"Api"_s));
    QVERIFY(!ScopeCatalog::isKnown(QString()));
}

void TestScopeCatalog::marksAdministratorOnlyScopes()
{
    QSet<QString> adminOnly;
    for (const ScopeInfo& s : ScopeCatalog::all()) {
        QCOMPARE(ScopeCatalog::isAdminOnly(s.name), s.adminOnly);
        if (s.adminOnly)
            adminOnly.insert(s.name);
    }
    QCOMPARE(adminOnly, QSet<QString>({u"sudo"_s, u"admin_mode"_s, u"read_service_ping"_s}));
    QVERIFY(!ScopeCatalog::isAdminOnly(u"unknown_scope"_s));
}

void TestScopeCatalog::describesEveryScopeInOneLine()
{
    QSet<QString> seen;
    for (const ScopeInfo& s : ScopeCatalog::all()) {
        QVERIFY2(!s.description.trimmed().isEmpty(), qPrintable(s.name));
        QVERIFY2(!s.description.contains(u'\n'), qPrintable(s.name));
        QVERIFY2(s.description.size() < 120, qPrintable(s.name));
        QCOMPARE(ScopeCatalog::describe(s.name), s.description);
        seen.insert(s.description);
    }
    QCOMPARE(seen.size(), 17);
}

void TestScopeCatalog::describesUnknownScopesInsteadOfDroppingThem()
{
    const QString unknown = ScopeCatalog::describe(u"read_observability"_s);
    QVERIFY(!unknown.isEmpty());
    for (const ScopeInfo& s : ScopeCatalog::all())
        QVERIFY(unknown != s.description);

    // A newer server's scope stays on the token and in its JSON.
    AccessToken token;
    token.scopes = {u"api"_s, u"read_observability"_s};
    const QJsonObject json = TokenJson::toJson(token, QDate(2026, 3, 1));
    QCOMPARE(json.value(u"scopes"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"scopes"_s).toArray().at(1).toString(), u"read_observability"_s);
}

void TestScopeCatalog::selfServiceScopesOverApi()
{
    QStringList selfService;
    for (const QString& name : ScopeCatalog::names()) {
        if (ScopeCatalog::isSelfServiceOverApi(name))
            selfService << name;
    }
    QCOMPARE(selfService, QStringList({u"k8s_proxy"_s, u"self_rotate"_s}));
}

QTEST_GUILESS_MAIN(TestScopeCatalog)
#include "tst_ScopeCatalog.moc"
