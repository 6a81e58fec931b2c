// The rules of group and project access tokens that every front end and backend share: roles as GitLab
// names and numbers them, who may manage a resource's tokens, the scopes a resource token may not have,
// and the keys that keep a resource's tokens apart from personal ones.
#include "AccessToken.h"
#include "Resource.h"
#include "ScopeCatalog.h"
#include "Validation.h"

#include <QTest>

using namespace TokenDesk;

class ResourceRulesTest : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 12, 7};

    TokenDraft draft(int accessLevel, QStringList scopes = {QStringLiteral("read_api")}) const
    {
        TokenDraft d;
        d.name = QStringLiteral("ci");
        d.expiresAt = m_today.addDays(30);
        d.scopes = scopes;
        d.accessLevel = accessLevel;
        return d;
    }

    static QList<Field> fields(const QList<FieldError>& errors)
    {
        QList<Field> result;
        for (const FieldError& e : errors)
            result << e.field;
        return result;
    }

private Q_SLOTS:
    void rolesParseByNameOrNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("guest") << "guest" << 10;
        QTest::newRow("planner") << "Planner" << 15;
        QTest::newRow("reporter") << " REPORTER " << 20;
        QTest::newRow("developer number") << "30" << 30;
        QTest::newRow("maintainer") << "maintainer" << 40;
        QTest::newRow("owner number") << "50" << 50;
        QTest::newRow("no such role") << "admin" << -1;
        QTest::newRow("number that is no role") << "35" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("zero") << "0" << -1;
    }
    void rolesParseByNameOrNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        const std::optional<int> parsed = AccessLevels::parse(text);
        QCOMPARE(parsed.value_or(-1), level);
        if (parsed)
            QCOMPARE(AccessLevels::parse(AccessLevels::name(*parsed)), parsed);
    }

    void everyRoleHasANameAndALabel()
    {
        for (int level : AccessLevels::all()) {
            QVERIFY(!AccessLevels::name(level).isEmpty());
            QVERIFY(!AccessLevels::label(level).isEmpty());
        }
        QCOMPARE(AccessLevels::name(35), QString());
        QVERIFY(AccessLevels::label(35).contains(QLatin1String("35")));
    }

    void managingTakesOwnerOfAGroupAndMaintainerOfAProject()
    {
        Resource group{ResourceRef::Kind::Group, 7, QStringLiteral("acme"), QStringLiteral("Acme"),
                       AccessLevels::Maintainer};
        QVERIFY(!group.isManageable());
        group.accessLevel = AccessLevels::Owner;
        QVERIFY(group.isManageable());
        Resource project{ResourceRef::Kind::Project, 9, QStringLiteral("acme/web"), QStringLiteral("Web"),
                         AccessLevels::Developer};
        QVERIFY(!project.isManageable());
        project.accessLevel = AccessLevels::Maintainer;
        QVERIFY(project.isManageable());
        project.accessLevel = 0; // unknown: the server decides
        QVERIFY(project.isManageable());
    }

    void aResourceKeysItsTokensApartFromPersonalOnes()
    {
        const Resource project{ResourceRef::Kind::Project, 42, QStringLiteral("acme/web"), {}, 0};
        const Resource group{ResourceRef::Kind::Group, 42, QStringLiteral("acme"), {}, 0};
        QCOMPARE(project.identitySuffix(), QStringLiteral("project:42"));
        QVERIFY(project.identitySuffix() != group.identitySuffix());
        QCOMPARE(project.ref(), ResourceRef::project(QStringLiteral("42")));
    }

    void aReferenceIsAnIdOnlyWhenItIsANumber()
    {
        QCOMPARE(ResourceRef::project(QStringLiteral("42")).numericId(), std::optional<qint64>(42));
        QCOMPARE(ResourceRef::project(QStringLiteral("acme/web")).numericId(), std::nullopt);
        QCOMPARE(ResourceRef::project(QStringLiteral("042")).numericId(), std::nullopt);
        QCOMPARE(ResourceRef::group(QStringLiteral("-3")).numericId(), std::nullopt);
        QCOMPARE(ResourceRef::kindFromName(QStringLiteral("group")), ResourceRef::Kind::Group);
        QCOMPARE(ResourceRef::kindFromName(QStringLiteral("team")), std::nullopt);
    }

    void personalOnlyScopesAreRefusedForAResource()
    {
        for (const QString& scope :
             {QStringLiteral("read_user"), QStringLiteral("sudo"), QStringLiteral("admin_mode")}) {
            QVERIFY(!ScopeCatalog::isResourceScope(scope));
            QVERIFY(!ScopeCatalog::resourceScopes().contains(scope));
            QCOMPARE(fields(Validation::validateForResource(draft(0, {scope}), m_today, AccessLevels::Owner)),
                     QList<Field>{Field::Scopes});
            // The same scope is fine on a personal token.
            QVERIFY(Validation::validate(draft(0, {scope}), m_today).isEmpty());
        }
        QVERIFY(ScopeCatalog::resourceScopes().contains(QStringLiteral("api")));
        QVERIFY(!ScopeCatalog::isResourceScope(QStringLiteral("no_such_scope")));
    }

    void theRoleMustExistAndNotExceedTheUsersOwn()
    {
        // Default (0) is Maintainer: fine for a Maintainer, too high for a Developer.
        QVERIFY(Validation::validateForResource(draft(0), m_today, AccessLevels::Maintainer).isEmpty());
        QCOMPARE(fields(Validation::validateForResource(draft(0), m_today, AccessLevels::Developer)),
                 QList<Field>{Field::AccessLevel});
        QCOMPARE(fields(Validation::validateForResource(draft(AccessLevels::Owner), m_today,
                                                        AccessLevels::Maintainer)),
                 QList<Field>{Field::AccessLevel});
        QVERIFY(Validation::validateForResource(draft(AccessLevels::Guest), m_today, AccessLevels::Maintainer)
                    .isEmpty());
        QCOMPARE(fields(Validation::validateForResource(draft(35), m_today, AccessLevels::Owner)),
                 QList<Field>{Field::AccessLevel});
        // The user's role unknown (0): only the role's existence is checked here; the server decides.
        QVERIFY(Validation::validateForResource(draft(AccessLevels::Owner), m_today, 0).isEmpty());
        const std::optional<FieldError> tooHigh =
            Validation::validateAccessLevel(AccessLevels::Owner, AccessLevels::Maintainer);
        QVERIFY(tooHigh);
        QVERIFY2(tooHigh->message.contains(QLatin1String("Owner")) &&
                     tooHigh->message.contains(QLatin1String("Maintainer")),
                 qPrintable(tooHigh->message));
    }

    void aResourceDraftKeepsEveryPersonalRule()
    {
        TokenDraft bad = draft(AccessLevels::Guest, {});
        bad.name.clear();
        bad.expiresAt = m_today;
        QCOMPARE(fields(Validation::validateForResource(bad, m_today, AccessLevels::Owner)),
                 (QList<Field>{Field::Name, Field::ExpiresAt, Field::Scopes}));
    }
};

QTEST_GUILESS_MAIN(ResourceRulesTest)
#include "tst_ResourceRules.moc"
