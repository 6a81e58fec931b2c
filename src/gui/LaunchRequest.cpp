#include "LaunchRequest.h"

#include <QFileInfo>

namespace TokenDesk {

namespace {

QString normalizedPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QString LaunchRequest::resourceText() const
{
    if (!resource || resource->isPersonal())
        return {};
    return ResourceRef::kindName(resource->kind) + u':' + resource->idOrPath;
}

bool LaunchRequest::parseResource(const QString& text, std::optional<ResourceRef>* resource, QString* error)
{
    resource->reset();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const qsizetype colon = trimmed.indexOf(u':');
    const std::optional<ResourceRef::Kind> kind =
        colon > 0 ? ResourceRef::kindFromName(trimmed.left(colon)) : std::nullopt;
    bool numeric = false;
    const qint64 id = colon > 0 ? trimmed.mid(colon + 1).toLongLong(&numeric) : 0;
    if (!kind || *kind == ResourceRef::Kind::Personal || !numeric || id <= 0) {
        if (error)
            *error = tr("The resource must be group:ID or project:ID, not %1.").arg(text);
        return false;
    }
    *resource = ResourceRef{*kind, QString::number(id)};
    return true;
}

std::optional<qint64> LaunchRequest::parseTokenId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QString> LaunchRequest::storePathOf(const QString& account)
{
    if (!account.startsWith(storeKeyPrefix()) || account.size() == storeKeyPrefix().size())
        return std::nullopt;
    return normalizedPath(account.mid(storeKeyPrefix().size()));
}

QString LaunchRequest::storeKey(const QString& path)
{
    return storeKeyPrefix() + normalizedPath(path);
}

} // namespace TokenDesk
