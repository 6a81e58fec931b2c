#include "StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace TokenDesk {

namespace {

QString withParentFolder(const QString& path)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    return info.absoluteFilePath();
}

QString inAppData(const QString& fileName)
{
    return withParentFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' +
                            fileName);
}

} // namespace

QString StoreLocation::defaultPath()
{
    return inAppData(QStringLiteral("tokens.sqlite"));
}

QString StoreLocation::demoPath()
{
    return inAppData(QStringLiteral("demo.sqlite"));
}

QString StoreLocation::resolve(const QString& storeOption)
{
    if (!storeOption.isEmpty())
        return withParentFolder(storeOption);
    const QString fromEnvironment = qEnvironmentVariable("TOKENDESK_STORE");
    if (!fromEnvironment.isEmpty())
        return withParentFolder(fromEnvironment);
    return defaultPath();
}

} // namespace TokenDesk
