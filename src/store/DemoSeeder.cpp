#include "DemoSeeder.h"

#include "LocalBackend.h"
#include "Logging.h"
#include "Resource.h"

namespace TokenDesk {

Result<bool> DemoSeeder::seedIfEmpty(LocalBackend& backend)
{
    const QDateTime now = backend.clock().nowUtc();
    const QDate today = now.date();
    const auto ago = [&](int days, int hours = 0, int minutes = 0) {
        return now.addDays(-days).addSecs(-(hours * 3600 + minutes * 60));
    };
    const auto token = [](QString name, QString description, QStringList scopes, QDateTime created,
                          QDateTime lastUsed, QDate expires) {
        AccessToken t;
        t.name = std::move(name);
        t.description = std::move(description);
        t.scopes = std::move(scopes);
        t.createdAt = created;
        t.lastUsedAt = lastUsed;
        t.expiresAt = expires;
        t.userId = 1;
        return t;
    };
    const auto revoked = [](AccessToken t, QDateTime when) {
        t.revoked = true;
        t.revokedAt = when;
        return t;
    };

    QList<TokenStore::SeedRecord> records;
    records << TokenStore::SeedRecord{token(
        tr("CI deploy"), tr("Deploys main to staging from the CI pipeline."),
        {QStringLiteral("api"), QStringLiteral("read_repository")}, ago(60), ago(0, 3), today.addDays(3))};
    records << TokenStore::SeedRecord{token(tr("Release bot"), tr("Tags releases and uploads packages."),
                                            {QStringLiteral("api"), QStringLiteral("write_repository")},
                                            ago(364), ago(1, 2), today)};
    records << TokenStore::SeedRecord{
        revoked(token(tr("Old laptop"), tr("Git over HTTPS from the laptop that was replaced."),
                      {QStringLiteral("read_repository"), QStringLiteral("write_repository")}, ago(200),
                      ago(30), today.addDays(165)),
                ago(21))};
    records << TokenStore::SeedRecord{
        token(tr("Container registry"), tr("Pushes images from the build server."),
              {QStringLiteral("read_registry"), QStringLiteral("write_registry")}, ago(2), QDateTime(),
              today.addDays(88))};
    records << TokenStore::SeedRecord{token(
        tr("Grafana dashboards"), tr("Reads pipeline and issue statistics."),
        {QStringLiteral("read_api"), QStringLiteral("read_user")}, ago(45), ago(2), today.addDays(320))};
    records << TokenStore::SeedRecord{token(tr("Kubernetes agent"), tr("Cluster access for the deploy jobs."),
                                            {QStringLiteral("k8s_proxy")}, ago(10), ago(0, 0, 25),
                                            today.addDays(180))};
    records << TokenStore::SeedRecord{
        revoked(token(tr("Backup script"), tr("Nightly mirror of every repository."),
                      {QStringLiteral("read_api"), QStringLiteral("read_repository")}, ago(100), ago(8),
                      today.addDays(10)),
                ago(7))};
    records << TokenStore::SeedRecord{token(tr("Backup script"), tr("Nightly mirror of every repository."),
                                            {QStringLiteral("read_api"), QStringLiteral("read_repository")},
                                            ago(7), ago(0, 5), today.addDays(58)),
                                      6};
    records << TokenStore::SeedRecord{token(tr("Editor assistant"), tr("GitLab Duo in the code editor."),
                                            {QStringLiteral("ai_features"), QStringLiteral("read_user")},
                                            ago(5), ago(4), today.addDays(25))};

    // Where the used ones were last used from (documentation addresses, newest first).
    records[0].token.lastUsedIps = {QStringLiteral("203.0.113.24"), QStringLiteral("198.51.100.7")};
    records[1].token.lastUsedIps = {QStringLiteral("2001:db8::42")};
    records[2].token.lastUsedIps = {QStringLiteral("192.0.2.10")};
    records[5].token.lastUsedIps = {QStringLiteral("10.20.0.5"), QStringLiteral("10.20.0.6"),
                                    QStringLiteral("10.20.0.7")};

    const Result<bool> seeded = backend.seedOnce(QStringLiteral("demo_seeded_at"), records);
    if (seeded && seeded.value())
        qCDebug(lcStore) << "seeded the demo store with" << records.size() << "tokens";
    if (!seeded)
        return seeded;
    const Result<bool> resources = seedResourcesOnce(backend);
    if (!resources)
        return resources.error();
    const Result<bool> people = seedPeopleOnce(backend);
    if (!people)
        return people.error();
    return seeded;
}

Result<bool> DemoSeeder::seedPeopleOnce(LocalBackend& backend)
{
    const QDateTime now = backend.clock().nowUtc();
    const QDate today = now.date();
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    QList<TokenStore::SeedRecord> records;
    const auto token = [&](int person, QString name, QStringList scopes, int createdDaysAgo, int usedDaysAgo,
                           QDate expires, QStringList ips = {}) {
        AccessToken t;
        t.name = std::move(name);
        t.scopes = std::move(scopes);
        t.createdAt = now.addDays(-createdDaysAgo);
        t.lastUsedAt = usedDaysAgo < 0 ? QDateTime() : now.addDays(-usedDaysAgo).addSecs(-3600);
        t.lastUsedIps = std::move(ips);
        t.expiresAt = expires;
        t.userId = person; // an index into people
        records << TokenStore::SeedRecord{t, -1};
        return static_cast<int>(records.size()) - 1;
    };
    const QStringList api{QStringLiteral("api")};
    token(0, tr("Laptop git"), {QStringLiteral("read_repository"), QStringLiteral("write_repository")}, 150,
          1, today.addDays(200), {QStringLiteral("198.51.100.23")});
    token(0, tr("Issue importer"), api, 300, 120, today.addDays(40), {QStringLiteral("203.0.113.80")});
    token(0, tr("Old sudo script"), {QStringLiteral("api"), QStringLiteral("sudo")}, 390, 200,
          today.addDays(-20));
    token(1, tr("Metrics exporter"), {QStringLiteral("read_api")}, 90, 0, today.addDays(270),
          {QStringLiteral("10.0.3.4"), QStringLiteral("10.0.3.5")});
    const int bobDeploy =
        token(1, tr("Deploy script"), api, 200, 95, today.addDays(160), {QStringLiteral("192.0.2.77")});
    records[bobDeploy].token.revoked = true;
    records[bobDeploy].token.revokedAt = now.addDays(-10);
    token(1, tr("Never used"), {QStringLiteral("read_user")}, 20, -1, today.addDays(10));
    token(2, tr("Registry push"), {QStringLiteral("write_registry")}, 45, 3, today.addDays(45),
          {QStringLiteral("2001:db8:5::9")});
    token(2, tr("Duo in the editor"), {QStringLiteral("ai_features")}, 8, -1, QDate());

    const Result<bool> seeded =
        backend.seedPeopleOnce(QStringLiteral("demo_people_seeded_at"), people, records);
    if (seeded && seeded.value())
        qCDebug(lcStore) << "seeded the demo store with" << people.size() << "other users";
    return seeded;
}

Result<bool> DemoSeeder::seedResourcesOnce(LocalBackend& backend)
{
    using Kind = ResourceRef::Kind;
    const QDateTime now = backend.clock().nowUtc();
    const QDate today = now.date();
    TokenStore::ResourceSeed seed;
    const auto place = [&](Kind kind, const QString& path, const QString& name, int role = 0) {
        seed.places << TokenStore::ResourceSeed::Place{kind, path, name, role};
    };
    place(Kind::Group, QStringLiteral("acme"), tr("Acme"), AccessLevels::Owner);
    place(Kind::Group, QStringLiteral("acme/platform"), tr("Platform"));
    place(Kind::Project, QStringLiteral("acme/platform/api"), tr("API"));
    place(Kind::Project, QStringLiteral("acme/platform/web"), tr("Web shop"));
    place(Kind::Group, QStringLiteral("acme/platform/infra"), tr("Infrastructure"));
    place(Kind::Project, QStringLiteral("acme/platform/infra/terraform"), tr("Terraform"));
    place(Kind::Project, QStringLiteral("acme/handbook"), tr("Handbook"));
    place(Kind::Group, QStringLiteral("design-guild"), tr("Design guild"), AccessLevels::Maintainer);
    place(Kind::Project, QStringLiteral("design-guild/icons"), tr("Icons"));
    place(Kind::Group, QStringLiteral("community"), tr("Community"), AccessLevels::Reporter);
    place(Kind::Project, QStringLiteral("community/website"), tr("Website"), AccessLevels::Developer);

    const auto token = [&](Kind kind, const QString& path, QString name, QString description,
                           QStringList scopes, int role, int createdDaysAgo, int usedHoursAgo, QDate expires,
                           int previous = -1) {
        AccessToken t;
        t.name = std::move(name);
        t.description = std::move(description);
        t.scopes = std::move(scopes);
        t.accessLevel = role;
        t.createdAt = now.addDays(-createdDaysAgo);
        t.lastUsedAt = usedHoursAgo < 0 ? QDateTime() : now.addSecs(-3600LL * usedHoursAgo);
        t.expiresAt = expires;
        seed.tokens << TokenStore::ResourceSeed::Token{kind, path, t, previous};
        return static_cast<int>(seed.tokens.size()) - 1;
    };
    const QStringList api{QStringLiteral("api")};
    const QStringList readApi{QStringLiteral("read_api")};
    const QStringList repo{QStringLiteral("read_repository"), QStringLiteral("write_repository")};
    const QStringList registry{QStringLiteral("read_registry"), QStringLiteral("write_registry")};
    const QStringList runners{QStringLiteral("create_runner"), QStringLiteral("manage_runner")};

    token(Kind::Group, QStringLiteral("acme"), tr("Runner fleet"), tr("Registers the shared CI runners."),
          runners, AccessLevels::Maintainer, 80, 6, today.addDays(9));
    token(Kind::Group, QStringLiteral("acme"), tr("Dependency updates"),
          tr("Opens merge requests for outdated dependencies."), api, AccessLevels::Developer, 30, 20,
          today.addDays(150));
    token(Kind::Group, QStringLiteral("acme/platform"), tr("Platform audit"),
          tr("Reads every project's settings each night."), readApi, AccessLevels::Reporter, 12, 9,
          today.addDays(200));
    token(Kind::Project, QStringLiteral("acme/platform/api"), tr("Release pipeline"),
          tr("Tags releases and pushes the changelog."), repo, AccessLevels::Maintainer, 90, 2,
          today.addDays(5));
    const int staging =
        token(Kind::Project, QStringLiteral("acme/platform/api"), tr("Staging deploy"),
              tr("Deploys every merge to staging."), api, AccessLevels::Developer, 60, 30, today.addDays(20));
    seed.tokens[staging].token.revoked = true;
    seed.tokens[staging].token.revokedAt = now.addDays(-3);
    token(Kind::Project, QStringLiteral("acme/platform/api"), tr("Staging deploy"),
          tr("Deploys every merge to staging."), api, AccessLevels::Developer, 3, 1, today.addDays(85),
          staging);
    token(Kind::Project, QStringLiteral("acme/platform/web"), tr("Preview environments"),
          tr("Builds a preview of every merge request."), api, AccessLevels::Developer, 40, 4,
          today.addDays(12));
    token(Kind::Project, QStringLiteral("acme/platform/web"), tr("Image registry"),
          tr("Pushes the shop's container images."), registry, AccessLevels::Developer, 14, -1,
          today.addDays(76));
    token(Kind::Project, QStringLiteral("acme/platform/infra/terraform"), tr("Terraform state"),
          tr("Keeps the Terraform state in the project."), api, AccessLevels::Maintainer, 100, 12,
          today.addDays(2));
    token(Kind::Project, QStringLiteral("acme/handbook"), tr("Docs publisher"),
          tr("Publishes the handbook to the intranet."), repo, AccessLevels::Developer, 20, 48,
          today.addDays(30));
    token(Kind::Project, QStringLiteral("acme/handbook"), tr("Spell checker"),
          tr("Comments on spelling in merge requests."), readApi, AccessLevels::Reporter, 370, 200,
          today.addDays(-4));
    token(Kind::Project, QStringLiteral("design-guild/icons"), tr("Icon export"),
          tr("Exports the icon set for the apps."), {QStringLiteral("read_repository")},
          AccessLevels::Reporter, 50, 26, today.addDays(3));
    token(Kind::Group, QStringLiteral("design-guild"), tr("Guild automation"),
          tr("Only an owner of the guild can see this one."), api, AccessLevels::Maintainer, 70, 5,
          today.addDays(40));
    token(Kind::Project, QStringLiteral("community/website"), tr("Site deploy"),
          tr("Only a maintainer of the website can see this one."), api, AccessLevels::Maintainer, 25, 3,
          today.addDays(60));

    const Result<bool> seeded = backend.seedResourcesOnce(QStringLiteral("demo_resources_seeded_at"), seed);
    if (seeded && seeded.value())
        qCDebug(lcStore) << "seeded the demo store with" << seed.places.size() << "groups and projects";
    return seeded;
}

} // namespace TokenDesk
