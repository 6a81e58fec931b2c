#pragma once

#include "Await.h"
#include "TokenBackend.h"

#include <QDateTime>

#include <memory>
#include <vector>

// The calls the tests of group and project access tokens make (tst_GitLabResources,
// tst_GitLabResourceRefusals).
namespace TokenDesk::Test {

using namespace Qt::StringLiterals;

inline constexpr auto Group = ResourceRef::Kind::Group;
inline constexpr auto Project = ResourceRef::Kind::Project;

inline QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

inline TokenDraft draft(const QString& name, QStringList scopes = {u"read_api"_s}, int accessLevel = 0)
{
    TokenDraft d;
    d.name = name;
    d.scopes = scopes;
    d.expiresAt = today().addDays(30);
    d.accessLevel = accessLevel;
    return d;
}

template<typename... Backends>
std::vector<std::unique_ptr<TokenBackend>> backends(Backends... each)
{
    std::vector<std::unique_ptr<TokenBackend>> out;
    (out.push_back(std::move(each)), ...);
    return out;
}

inline QStringList names(const QList<AccessToken>& tokens)
{
    QStringList out;
    for (const AccessToken& t : tokens)
        out << t.name;
    return out;
}

inline QStringList paths(const QList<Resource>& resources)
{
    QStringList out;
    for (const Resource& r : resources)
        out << ResourceRef::kindName(r.kind) + u':' + r.fullPath + u':' + QString::number(r.accessLevel);
    return out;
}

inline Result<TokenPage> listOf(TokenBackend& b, ListQuery q = {})
{
    return await<TokenPage>([&](QObject* c, Callback<TokenPage> cb) { b.list(q, c, cb); });
}

inline Result<CreatedToken> createOf(TokenBackend& b, const TokenDraft& d)
{
    return await<CreatedToken>([&](QObject* c, Callback<CreatedToken> cb) { b.create(d, c, cb); });
}

inline Result<AccessToken> revokeOf(TokenBackend& b, qint64 id)
{
    return await<AccessToken>([&](QObject* c, Callback<AccessToken> cb) { b.revoke(id, c, cb); });
}

inline Result<QList<Resource>> resourcesOf(TokenBackend& b)
{
    return await<QList<Resource>>([&](QObject* c, Callback<QList<Resource>> cb) { b.resources(c, cb); });
}

inline Result<Resource> resolveOf(TokenBackend& b, ResourceRef ref)
{
    return await<Resource>([&](QObject* c, Callback<Resource> cb) { b.resolveResource(ref, c, cb); });
}

inline qint64 idNamed(TokenBackend& b, const QString& name)
{
    ListQuery q;
    q.state = ListQuery::State::All;
    auto page = listOf(b, q);
    if (!page)
        return 0;
    for (const AccessToken& t : page.value().tokens) {
        if (t.name == name)
            return t.id;
    }
    return 0;
}

// A backend on one group's or project's tokens, as a caller that knows (level) or not (0) the user's role.
inline std::unique_ptr<TokenBackend> on(TokenBackend* parent, ResourceRef::Kind kind, qint64 id,
                                        const QString& path, int level)
{
    return parent->forResource(Resource{kind, id, path, path.section(u'/', -1), level});
}

} // namespace TokenDesk::Test
