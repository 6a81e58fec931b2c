#include "KeychainSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace TokenDesk {

QString KeychainSettings::configDirectory()
{
    const QString dir = qEnvironmentVariable("TOKENDESK_CONFIG_DIR");
    if (!dir.isEmpty())
        return dir;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("TokenDesk"));
}

QString KeychainSettings::defaultFilePath()
{
    return QDir(configDirectory()).filePath(QStringLiteral("keychain.conf"));
}

} // namespace TokenDesk
