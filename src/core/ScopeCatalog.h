#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace TokenDesk {

struct ScopeInfo
{
    QString name;
    QString description; // one line, translated
    bool adminOnly = false;
    QString sourceDescription; // the same line in English, never translated: for output meant for scripts
};

// The scopes a personal access token can have, in GitLab's order.
class ScopeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalog)

public:
    static QList<ScopeInfo> all();
    static QStringList names();
    static bool isKnown(const QString& name);
    static bool isAdminOnly(const QString& name);
    // The description of a known scope; for an unknown one (a newer server's), a neutral text.
    static QString describe(const QString& name);
    // Scopes GitLab lets a regular user grant over POST /user/personal_access_tokens.
    static bool isSelfServiceOverApi(const QString& name);
    // The scopes a regular user may give a new token over the API (GitLab: k8s_proxy, self_rotate).
    static QStringList selfServiceOverApi();
    // Whether a group or project access token may have the scope (GitLab refuses read_user, sudo and
    // admin_mode there).
    static bool isResourceScope(const QString& name);
    // The scopes a group or project access token may have, in catalog order.
    static QStringList resourceScopes();
};

} // namespace TokenDesk
