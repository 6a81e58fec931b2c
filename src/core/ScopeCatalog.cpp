#include "ScopeCatalog.h"

#include <algorithm>
#include <iterator>

namespace TokenDesk {

namespace {

struct Entry
{
    const char* name;
    const char* description; // English source text
    bool adminOnly;
};

// In GitLab's order.
constexpr Entry Entries[] = {
    {"api",
     QT_TRANSLATE_NOOP("ScopeCatalog",
                       "Read and write everything the API offers, including registries and Git over HTTP."),
     false},
    {"read_api", QT_TRANSLATE_NOOP("ScopeCatalog", "Read-only access to the API, including registries."),
     false},
    {"read_user", QT_TRANSLATE_NOOP("ScopeCatalog", "Read your own profile and the public user listings."),
     false},
    {"read_repository",
     QT_TRANSLATE_NOOP("ScopeCatalog",
                       "Clone and pull private repositories over HTTP and read files through the API."),
     false},
    {"write_repository",
     QT_TRANSLATE_NOOP("ScopeCatalog", "Clone, pull and push repositories over HTTP (no API access)."),
     false},
    {"read_registry", QT_TRANSLATE_NOOP("ScopeCatalog", "Pull container images from the container registry."),
     false},
    {"write_registry", QT_TRANSLATE_NOOP("ScopeCatalog", "Push container images to the container registry."),
     false},
    {"read_virtual_registry",
     QT_TRANSLATE_NOOP("ScopeCatalog", "Pull container images through the dependency proxy."), false},
    {"write_virtual_registry",
     QT_TRANSLATE_NOOP("ScopeCatalog",
                       "Pull, push and delete container images through the dependency proxy."),
     false},
    {"sudo", QT_TRANSLATE_NOOP("ScopeCatalog", "Make API calls as any user of the instance."), true},
    {"admin_mode", QT_TRANSLATE_NOOP("ScopeCatalog", "Make administrator API calls while Admin Mode is on."),
     true},
    {"create_runner", QT_TRANSLATE_NOOP("ScopeCatalog", "Register new runners."), false},
    {"manage_runner", QT_TRANSLATE_NOOP("ScopeCatalog", "Change and remove existing runners."), false},
    {"ai_features", QT_TRANSLATE_NOOP("ScopeCatalog", "Use the GitLab Duo AI features through the API."),
     false},
    {"k8s_proxy", QT_TRANSLATE_NOOP("ScopeCatalog", "Talk to Kubernetes clusters through the GitLab agent."),
     false},
    {"read_service_ping", QT_TRANSLATE_NOOP("ScopeCatalog", "Download the instance's Service Ping data."),
     true},
    {"self_rotate", QT_TRANSLATE_NOOP("ScopeCatalog", "Rotate this token itself, and nothing else."), false},
};

} // namespace

QList<ScopeInfo> ScopeCatalog::all()
{
    QList<ScopeInfo> scopes;
    scopes.reserve(std::size(Entries));
    for (const Entry& entry : Entries) {
        scopes.append({QString::fromLatin1(entry.name), tr(entry.description), entry.adminOnly,
                       QString::fromLatin1(entry.description)});
    }
    return scopes;
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
