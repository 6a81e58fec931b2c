// tokendesk-cli on group and project access tokens offline: the real binary against the demo store
// (its groups, subgroups, projects and roles) in this test's own XDG folders, as a script would use it.
#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TokenDesk::Test;

namespace {

QSet<QString> keySet(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestCliResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void resourcesJsonAndTable();
    void tokenLifecycle_data();
    void tokenLifecycle();
    void explicitRoles();
    void roleAboveTheUsersIsRefused();
    void withoutTheRoleIsRefused();
    void unknownResourceOrToken();
    void personalTokensStayApart();
    void allResourcesWithExpiresBefore();

private:
    ProcessResult demo(const QStringList& arguments) const;
    QJsonValue demoJson(const QStringList& arguments) const;
    // The id of the group or project at fullPath, from `resources --json`.
    qint64 resourceId(const QString& kind, const QString& fullPath) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    CliRunner m_cli;
};

void TestCliResources::initTestCase()
{
    isolateStandardPaths();
    QVERIFY2(QFileInfo::exists(binaryPath(u"tokendesk-cli"_s)), qPrintable(binaryPath(u"tokendesk-cli"_s)));
}

void TestCliResources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char* folder : {"home", "xdg-data", "xdg-config", "config"})
        QVERIFY(QDir().mkpath(m_dir->filePath(QString::fromLatin1(folder))));
    m_cli = CliRunner();
    m_cli.setEnvironment({u"HOME="_s + m_dir->filePath(u"home"_s),
                          u"XDG_DATA_HOME="_s + m_dir->filePath(u"xdg-data"_s),
                          u"XDG_CONFIG_HOME="_s + m_dir->filePath(u"xdg-config"_s),
                          u"TOKENDESK_CONFIG_DIR="_s + m_dir->filePath(u"config"_s)});
}

ProcessResult TestCliResources::demo(const QStringList& arguments) const
{
    return m_cli.runBare(QStringList{u"--demo"_s} + arguments);
}

QJsonValue TestCliResources::demoJson(const QStringList& arguments) const
{
    const ProcessResult result = demo(QStringList{u"--json"_s} + arguments);
    if (result.exitCode != 0) {
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(describe(result)));
        return {};
    }
    const QJsonDocument document = parseJson(result.out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

qint64 TestCliResources::resourceId(const QString& kind, const QString& fullPath) const
{
    for (const QJsonValue& value : demoJson({u"resources"_s}).toArray()) {
        const QJsonObject resource = value.toObject();
        if (resource.value(u"kind"_s).toString() == kind &&
            resource.value(u"full_path"_s).toString() == fullPath)
            return resource.value(u"id"_s).toInteger();
    }
    return 0;
}

void TestCliResources::resourcesJsonAndTable()
{
    const QJsonArray resources = demoJson({u"resources"_s}).toArray();
    QVERIFY(!resources.isEmpty());
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue& value : resources) {
        const QJsonObject resource = value.toObject();
        QCOMPARE(keySet(resource),
                 (QSet<QString>{u"kind"_s, u"id"_s, u"full_path"_s, u"name"_s, u"access_level"_s}));
        QVERIFY(resource.value(u"id"_s).toInteger() > 0);
        byPath.insert(resource.value(u"kind"_s).toString() + u':' + resource.value(u"full_path"_s).toString(),
                      resource);
    }
    // Owner of acme: the group, its subgroups and their projects; Maintainer of a project of a group it
    // only maintains; not the group it only maintains, nor what it is Developer or Reporter of.
    QCOMPARE(byPath.value(u"group:acme"_s).value(u"access_level"_s).toInt(), 50);
    QCOMPARE(byPath.value(u"group:acme"_s).value(u"name"_s).toString(), u"Acme"_s);
    QCOMPARE(byPath.value(u"group:acme/platform"_s).value(u"access_level"_s).toInt(), 50);
    QCOMPARE(byPath.value(u"project:acme/platform/api"_s).value(u"access_level"_s).toInt(), 50);
    QCOMPARE(byPath.value(u"project:design-guild/icons"_s).value(u"access_level"_s).toInt(), 40);
    QVERIFY(!byPath.contains(u"group:design-guild"_s));
    QVERIFY(!byPath.contains(u"project:community/website"_s));
    QVERIFY(!byPath.contains(u"group:community"_s));
    // Groups first.
    QCOMPARE(resources.first().toObject().value(u"kind"_s).toString(), u"group"_s);
    QCOMPARE(resources.last().toObject().value(u"kind"_s).toString(), u"project"_s);

    const ProcessResult table = demo({u"resources"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), resources.size() + 1);
    QVERIFY(lines.first().contains(u"ROLE"_s));
    QVERIFY(table.out.contains("design-guild/icons"));
    QVERIFY(table.out.contains("Maintainer"));
}

void TestCliResources::tokenLifecycle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("byNumericId");
    QTest::newRow("project by path") << u"project"_s << u"acme/platform/web"_s << false;
    QTest::newRow("project by id") << u"project"_s << u"design-guild/icons"_s << true;
    QTest::newRow("group by path") << u"group"_s << u"acme/platform"_s << false;
    QTest::newRow("group by id") << u"group"_s << u"acme"_s << true;
}

void TestCliResources::tokenLifecycle()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(bool, byNumericId);
    const qint64 id = resourceId(kind, path);
    QVERIFY(id > 0);
    const QStringList on{u"--"_s + kind, byNumericId ? QString::number(id) : path};

    // create: the default role is Maintainer; GitLab's fields with access_level and the bot user.
    const QJsonObject created = demoJson(on + QStringList{u"create"_s, u"--name"_s, u"ci bot"_s, u"--scope"_s,
                                                          u"read_api"_s, u"--description"_s, u"for CI"_s})
                                    .toObject();
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"access_level"_s).toInt(), 40);
    QVERIFY(created.value(u"token"_s).toString().startsWith(u"glpat-"_s));
    QVERIFY(created.value(u"user_id"_s).toInteger() > 0);
    QCOMPARE(created.value(u"scopes"_s).toArray(), QJsonArray{u"read_api"_s});
    const qint64 tokenId = created.value(u"id"_s).toInteger();

    // list and show, in JSON and as tables with the role.
    const QJsonArray listed = demoJson(on + QStringList{u"list"_s}).toArray();
    QJsonObject inList;
    for (const QJsonValue& value : listed) {
        QVERIFY(value.toObject().contains(u"access_level"_s));
        if (value.toObject().value(u"id"_s).toInteger() == tokenId)
            inList = value.toObject();
    }
    QCOMPARE(inList.value(u"name"_s).toString(), u"ci bot"_s);
    QCOMPARE(inList.value(u"access_level"_s).toInt(), 40);
    QCOMPARE(inList.value(u"in_keychain"_s).toBool(), false);
    const ProcessResult table = demo(on + QStringList{u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID  NAME"));
    QVERIFY(table.out.left(table.out.indexOf('\n')).contains("ROLE"));
    QVERIFY(table.out.contains("Maintainer"));
    const QJsonObject shown = demoJson(on + QStringList{u"show"_s, QString::number(tokenId)}).toObject();
    QCOMPARE(shown.value(u"access_level"_s).toInt(), 40);
    QCOMPARE(shown.value(u"user_id"_s), created.value(u"user_id"_s));
    const ProcessResult shownTable = demo(on + QStringList{u"show"_s, QString::number(tokenId)});
    QVERIFY(shownTable.out.contains("Role:"));
    QVERIFY(shownTable.out.contains(path.toUtf8()));

    // rotate: a successor with the same role and bot user; the old one revoked.
    const QJsonObject rotated = demoJson(on + QStringList{u"rotate"_s, QString::number(tokenId)}).toObject();
    const qint64 successor = rotated.value(u"id"_s).toInteger();
    QVERIFY(successor > tokenId);
    QCOMPARE(rotated.value(u"access_level"_s).toInt(), 40);
    QCOMPARE(rotated.value(u"expires_at"_s).toString(), testTodayUtc().addDays(7).toString(Qt::ISODate));
    QVERIFY(rotated.value(u"token"_s).toString() != created.value(u"token"_s).toString());
    QCOMPARE(demoJson(on + QStringList{u"show"_s, QString::number(tokenId)}).toObject().value(u"revoked"_s),
             QJsonValue(true));

    // revoke
    const QJsonObject revoked =
        demoJson(on + QStringList{u"revoke"_s, QString::number(successor)}).toObject();
    QCOMPARE(revoked.value(u"revoked"_s), QJsonValue(true));
    QCOMPARE(revoked.value(u"access_level"_s).toInt(), 40);
    const QJsonArray inactive = demoJson(on + QStringList{u"list"_s, u"--state"_s, u"inactive"_s}).toArray();
    QSet<qint64> inactiveIds;
    for (const QJsonValue& value : inactive)
        inactiveIds.insert(value.toObject().value(u"id"_s).toInteger());
    QVERIFY(inactiveIds.contains(tokenId));
    QVERIFY(inactiveIds.contains(successor));
}

void TestCliResources::explicitRoles()
{
    const QStringList on{u"--project"_s, u"acme/platform/api"_s, u"create"_s, u"--scope"_s, u"api"_s};
    QCOMPARE(demoJson(on + QStringList{u"--name"_s, u"dev"_s, u"--access-level"_s, u"developer"_s})
                 .toObject()
                 .value(u"access_level"_s)
                 .toInt(),
             30);
    QCOMPARE(demoJson(on + QStringList{u"--name"_s, u"rep"_s, u"--access-level"_s, u"20"_s})
                 .toObject()
                 .value(u"access_level"_s)
                 .toInt(),
             20);
    QCOMPARE(demoJson(on + QStringList{u"--name"_s, u"own"_s, u"--access-level"_s, u"Owner"_s})
                 .toObject()
                 .value(u"access_level"_s)
                 .toInt(),
             50);
}

void TestCliResources::roleAboveTheUsersIsRefused()
{
    // Maintainer of design-guild/icons: an Owner token there is refused before anything is written.
    const QStringList on{u"--project"_s, u"design-guild/icons"_s};
    const QByteArray before = demo(on + QStringList{u"--json"_s, u"list"_s, u"--state"_s, u"all"_s}).out;
    QVERIFY(!before.isEmpty());
    const ProcessResult refused = demo(on + QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s,
                                                        u"api"_s, u"--access-level"_s, u"owner"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(isOneErrorLine(refused.err), refused.err.constData());
    QVERIFY(refused.err.contains("Owner"));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(demo(on + QStringList{u"--json"_s, u"list"_s, u"--state"_s, u"all"_s}).out, before);
    // Its own role is fine.
    QCOMPARE(demoJson(on + QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
                                       u"--access-level"_s, u"maintainer"_s})
                 .toObject()
                 .value(u"access_level"_s)
                 .toInt(),
             40);
}

void TestCliResources::withoutTheRoleIsRefused()
{
    // Developer of community/website, Maintainer (not Owner) of the group design-guild.
    const QList<QStringList> refusedCommands{
        {u"--project"_s, u"community/website"_s, u"list"_s},
        {u"--project"_s, u"community/website"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s},
        {u"--project"_s, u"community/website"_s, u"revoke"_s, u"1"_s},
        {u"--group"_s, u"design-guild"_s, u"list"_s},
        {u"--group"_s, u"design-guild"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s,
         u"--access-level"_s, u"guest"_s},
        {u"--group"_s, u"community"_s, u"rotate"_s, u"1"_s},
    };
    for (const QStringList& arguments : refusedCommands) {
        const ProcessResult result = demo(arguments);
        QVERIFY2(result.exitCode == 3, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
    const ProcessResult developer = demo({u"--project"_s, u"community/website"_s, u"list"_s});
    QVERIFY(developer.err.contains("Developer"));
    QVERIFY(developer.err.contains("Maintainer"));
    const ProcessResult maintainer = demo({u"--group"_s, u"design-guild"_s, u"list"_s});
    QVERIFY(maintainer.err.contains("Owner"));
}

void TestCliResources::unknownResourceOrToken()
{
    const QList<QStringList> missing{
        {u"--project"_s, u"acme/nothing"_s, u"list"_s},
        {u"--group"_s, u"no-such-group"_s, u"create"_s, u"--name"_s, u"x"_s, u"--scope"_s, u"api"_s},
        {u"--group"_s, u"987654"_s, u"list"_s},
        {u"--project"_s, u"acme/platform/api"_s, u"show"_s, u"987654"_s},
        {u"--project"_s, u"acme/platform/api"_s, u"revoke"_s, u"987654"_s},
    };
    for (const QStringList& arguments : missing) {
        const ProcessResult result = demo(arguments);
        QVERIFY2(result.exitCode == 4, qPrintable(arguments.join(u' ') + u": "_s + describe(result)));
        QVERIFY2(isOneErrorLine(result.err), result.err.constData());
    }
    QVERIFY(demo({u"--project"_s, u"acme/nothing"_s, u"list"_s}).err.contains("acme/nothing"));

    // A token of another resource (or a personal one) is not found through this project.
    const QJsonObject web = demoJson({u"--project"_s, u"acme/platform/web"_s, u"create"_s, u"--name"_s,
                                      u"web"_s, u"--scope"_s, u"api"_s})
                                .toObject();
    const QString webToken = QString::number(web.value(u"id"_s).toInteger());
    QCOMPARE(demo({u"--project"_s, u"acme/platform/api"_s, u"show"_s, webToken}).exitCode, 4);
    QCOMPARE(demo({u"--project"_s, u"acme/platform/api"_s, u"revoke"_s, webToken}).exitCode, 4);
    QCOMPARE(demo({u"show"_s, webToken}).exitCode, 4);
    QCOMPARE(demoJson({u"--project"_s, u"acme/platform/web"_s, u"show"_s, webToken})
                 .toObject()
                 .value(u"revoked"_s),
             QJsonValue(false));
}

void TestCliResources::personalTokensStayApart()
{
    const QByteArray personalBefore = demo({u"--json"_s, u"list"_s, u"--state"_s, u"all"_s}).out;
    QVERIFY(!personalBefore.isEmpty());
    QVERIFY(!personalBefore.contains("access_level"));
    QVERIFY(!personalBefore.contains("\"resource\""));
    QVERIFY(!demoJson({u"--project"_s, u"acme/handbook"_s, u"create"_s, u"--name"_s, u"hb"_s, u"--scope"_s,
                       u"api"_s})
                 .toObject()
                 .isEmpty());
    QCOMPARE(demo({u"--json"_s, u"list"_s, u"--state"_s, u"all"_s}).out, personalBefore);
    const ProcessResult personalTable = demo({u"list"_s});
    QVERIFY(!personalTable.out.left(personalTable.out.indexOf('\n')).contains("ROLE"));
}

void TestCliResources::allResourcesWithExpiresBefore()
{
    const QDate today = testTodayUtc();
    const QJsonArray all = demoJson({u"list"_s, u"--all-resources"_s}).toArray();
    QVERIFY(all.size() >= 5);
    QSet<QString> paths;
    QDate previous;
    for (const QJsonValue& value : all) {
        const QJsonObject token = value.toObject();
        QCOMPARE(token.value(u"active"_s), QJsonValue(true));
        QVERIFY(token.contains(u"access_level"_s));
        QVERIFY(token.contains(u"user_id"_s));
        const QJsonObject resource = token.value(u"resource"_s).toObject();
        QCOMPARE(keySet(resource), (QSet<QString>{u"kind"_s, u"id"_s, u"full_path"_s}));
        paths.insert(resource.value(u"kind"_s).toString() + u':' + resource.value(u"full_path"_s).toString());
        // By expiry date.
        const QDate expires = QDate::fromString(token.value(u"expires_at"_s).toString(), Qt::ISODate);
        if (previous.isValid() && expires.isValid())
            QVERIFY(previous <= expires);
        if (expires.isValid())
            previous = expires;
    }
    QVERIFY(paths.contains(u"group:acme"_s));
    QVERIFY(paths.contains(u"project:acme/platform/api"_s));
    QVERIFY(paths.contains(u"project:design-guild/icons"_s));
    // Not those of resources the user cannot manage.
    QVERIFY(!paths.contains(u"project:community/website"_s));
    QVERIFY(!paths.contains(u"group:design-guild"_s));

    const QDate before = today.addDays(10);
    const QJsonArray soon =
        demoJson({u"list"_s, u"--all-resources"_s, u"--expires-before"_s, before.toString(Qt::ISODate)})
            .toArray();
    QVERIFY(!soon.isEmpty());
    QVERIFY(soon.size() < all.size());
    int expected = 0;
    for (const QJsonValue& value : all) {
        const QDate expires =
            QDate::fromString(value.toObject().value(u"expires_at"_s).toString(), Qt::ISODate);
        if (expires.isValid() && expires < before)
            ++expected;
    }
    QCOMPARE(soon.size(), expected);
    for (const QJsonValue& value : soon) {
        const QDate expires =
            QDate::fromString(value.toObject().value(u"expires_at"_s).toString(), Qt::ISODate);
        QVERIFY(expires.isValid() && expires < before);
    }

    const ProcessResult table =
        demo({u"list"_s, u"--all-resources"_s, u"--expires-before"_s, before.toString(Qt::ISODate)});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), soon.size() + 1);
    QVERIFY(lines.first().contains(u"RESOURCE"_s));
    QVERIFY(lines.first().contains(u"ROLE"_s));

    const ProcessResult none =
        demo({u"list"_s, u"--all-resources"_s, u"--expires-before"_s, today.toString(Qt::ISODate)});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.startsWith("No group or project access tokens expire before"));
}

QTEST_GUILESS_MAIN(TestCliResources)
#include "tst_CliResources.moc"
