#include "KeychainSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace TokenDesk {

QString KeychainSettings::defaultFilePath()
{
    QString dir = qEnvironmentVariable("TOKENDESK_CONFIG_DIR");
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                  .filePath(QStringLiteral("TokenDesk"));
    return QDir(dir).filePath(QStringLiteral("keychain.conf"));
}

} // namespace TokenDesk
