#pragma once

#include "Resource.h"

#include <QCoreApplication>

#include <optional>

namespace TokenDesk {

// What the window's page says at its top for whose tokens it shows: personal ones, a group's or a
// project's, or the overview of every group and project.
class PageTexts
{
    Q_DECLARE_TR_FUNCTIONS(PageTexts)

public:
    // "Personal access tokens", "Project access tokens: acme/web", "Group and project access tokens".
    static QString heading(const std::optional<Resource>& resource, bool overview);
    // What a group's or project's tokens are for; empty for personal ones (the form has their text).
    static QString explanation(const std::optional<Resource>& resource);
};

} // namespace TokenDesk
