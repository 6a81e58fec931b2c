#include "DemoSeeder.h"

#include "LocalBackend.h"
#include "Logging.h"

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

    const Result<bool> seeded = backend.seedOnce(QStringLiteral("demo_seeded_at"), records);
    if (seeded && seeded.value())
        qCDebug(lcStore) << "seeded the demo store with" << records.size() << "tokens";
    return seeded;
}

} // namespace TokenDesk
