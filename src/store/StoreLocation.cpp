#include "StoreLocation.h"

#include "PrivateFiles.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace TokenDesk {

namespace {

// A folder the user named (and may share with other files) is created owner-only but, when it exists,
// left as it is; TokenDesk's own data folder is made owner-only.
QString withParentFolder(const QString& path, PrivateFiles::Existing existing = PrivateFiles::Existing::Keep)
{
    const QFileInfo info(path);
    PrivateFiles::ensureFolder(info.absolutePath(), existing);
    return info.absoluteFilePath();
}

QString inAppData(const QString& fileName)
{
    return withParentFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' +
                                fileName,
                            PrivateFiles::Existing::Tighten);
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
