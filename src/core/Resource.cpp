#include "Resource.h"

namespace TokenDesk {

QList<int> AccessLevels::all()
{
    return {Guest, Planner, Reporter, Developer, Maintainer, Owner};
}

bool AccessLevels::isValid(int level)
{
    return all().contains(level);
}

QString AccessLevels::name(int level)
{
    switch (level) {
    case Guest:
        return QStringLiteral("guest");
    case Planner:
        return QStringLiteral("planner");
    case Reporter:
        return QStringLiteral("reporter");
    case Developer:
        return QStringLiteral("developer");
    case Maintainer:
        return QStringLiteral("maintainer");
    case Owner:
        return QStringLiteral("owner");
    default:
        return {};
    }
}

QString AccessLevels::label(int level)
{
    switch (level) {
    case Guest:
        return tr("Guest");
    case Planner:
        return tr("Planner");
    case Reporter:
        return tr("Reporter");
    case Developer:
        return tr("Developer");
    case Maintainer:
        return tr("Maintainer");
    case Owner:
        return tr("Owner");
    default:
        return tr("Role %1").arg(level);
    }
}

std::optional<int> AccessLevels::parse(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return isValid(number) ? std::optional<int>(number) : std::nullopt;
    for (int level : all()) {
        if (name(level) == wanted)
            return level;
    }
    return std::nullopt;
}

std::optional<qint64> ResourceRef::numericId() const
{
    bool ok = false;
    const qint64 id = idOrPath.toLongLong(&ok);
    if (!ok || id <= 0 || idOrPath != QString::number(id))
        return std::nullopt;
    return id;
}

QString ResourceRef::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Personal:
        break;
    }
    return QStringLiteral("personal");
}

std::optional<ResourceRef::Kind> ResourceRef::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::Personal, Kind::Group, Kind::Project}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

int Resource::managingLevel(ResourceRef::Kind kind)
{
    return kind == ResourceRef::Kind::Group ? AccessLevels::Owner : AccessLevels::Maintainer;
}

QString Resource::identitySuffix() const
{
    return ResourceRef::kindName(kind) + QLatin1Char(':') + QString::number(id);
}

} // namespace TokenDesk
