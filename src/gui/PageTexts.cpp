#include "PageTexts.h"

#include "PlainText.h"

namespace TokenDesk {

QString PageTexts::heading(const std::optional<Resource>& resource, bool overview)
{
    if (overview)
        return tr("Group and project access tokens");
    if (!resource)
        return tr("Personal access tokens");
    const QString path = PlainText::shown(resource->fullPath);
    return resource->kind == ResourceRef::Kind::Group ? tr("Group access tokens: %1").arg(path)
                                                      : tr("Project access tokens: %1").arg(path);
}

QString PageTexts::explanation(const std::optional<Resource>& resource)
{
    if (!resource)
        return {};
    if (resource->kind == ResourceRef::Kind::Group)
        return tr(
            "Group access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a "
            "bot member of the group with the role you give them. Only the scopes a group token may "
            "have are offered. A new token's secret is shown once.");
    return tr("Project access tokens let CI jobs and automation use the GitLab API, and git over HTTPS, as a "
              "bot member of the project with the role you give them. Only the scopes a project token may "
              "have are offered. A new token's secret is shown once.");
}

} // namespace TokenDesk
