#include "ScopeCatalog.h"

#include <algorithm>

namespace TokenDesk {

QList<ScopeInfo> ScopeCatalog::all()
{
    return {
        {QStringLiteral("api"),
         tr("Read and write everything the API offers, including registries and Git over HTTP."), false},
        {QStringLiteral("read_api"), tr("Read-only access to the API, including registries."), false},
        {QStringLiteral("read_user"), tr("Read your own profile and the public user listings."), false},
        {QStringLiteral("read_repository"),
         tr("Clone and pull private repositories over HTTP and read files through the API."), false},
        {QStringLiteral("write_repository"),
         tr("Clone, pull and push repositories over HTTP (no API access)."), false},
        {QStringLiteral("read_registry"), tr("Pull container images from the container registry."), false},
        {QStringLiteral("write_registry"), tr("Push container images to the container registry."), false},
        {QStringLiteral("read_virtual_registry"), tr("Pull container images through the dependency proxy."),
         false},
        {QStringLiteral("write_virtual_registry"),
         tr("Pull, push and delete container images through the dependency proxy."), false},
        {QStringLiteral("sudo"), tr("Make API calls as any user of the instance."), true},
        {QStringLiteral("admin_mode"), tr("Make administrator API calls while Admin Mode is on."), true},
        {QStringLiteral("create_runner"), tr("Register new runners."), false},
        {QStringLiteral("manage_runner"), tr("Change and remove existing runners."), false},
        {QStringLiteral("ai_features"), tr("Use the GitLab Duo AI features through the API."), false},
        {QStringLiteral("k8s_proxy"), tr("Talk to Kubernetes clusters through the GitLab agent."), false},
        {QStringLiteral("read_service_ping"), tr("Download the instance's Service Ping data."), true},
        {QStringLiteral("self_rotate"), tr("Rotate this token itself, and nothing else."), false},
    };
}

QStringList ScopeCatalog::names()
{
    QStringList result;
    for (const ScopeInfo& s : all())
        result << s.name;
    return result;
}

bool ScopeCatalog::isKnown(const QString& name)
{
    return names().contains(name);
}

bool ScopeCatalog::isAdminOnly(const QString& name)
{
    const QList<ScopeInfo> scopes = all();
    return std::any_of(scopes.cbegin(), scopes.cend(),
                       [&](const ScopeInfo& s) { return s.name == name && s.adminOnly; });
}

QString ScopeCatalog::describe(const QString& name)
{
    for (const ScopeInfo& s : all()) {
        if (s.name == name)
            return s.description;
    }
    return tr("A scope this version of TokenDesk does not know; kept as the server reports it.");
}

QStringList ScopeCatalog::selfServiceOverApi()
{
    return {QStringLiteral("k8s_proxy"), QStringLiteral("self_rotate")};
}

bool ScopeCatalog::isSelfServiceOverApi(const QString& name)
{
    return selfServiceOverApi().contains(name);
}

bool ScopeCatalog::isResourceScope(const QString& name)
{
    static const QStringList personalOnly = {QStringLiteral("read_user"), QStringLiteral("sudo"),
                                             QStringLiteral("admin_mode")};
    return isKnown(name) && !personalOnly.contains(name);
}

QStringList ScopeCatalog::resourceScopes()
{
    QStringList result;
    for (const QString& name : names()) {
        if (isResourceScope(name))
            result << name;
    }
    return result;
}

} // namespace TokenDesk
