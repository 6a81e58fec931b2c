#include "WindowProcess.h"

#include "AccountRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {
const QString WindowProgram = u"tokendesk"_s;
const QString StorePrefix = u"store:"_s;
} // namespace

QString WindowProcess::program()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(WindowProgram);
    const QFileInfo info(beside);
    if (info.isFile() && info.isExecutable())
        return info.absoluteFilePath();
    return QStandardPaths::findExecutable(WindowProgram);
}

QStringList WindowProcess::arguments(const DueToken& token, const QString& action)
{
    QStringList arguments;
    QString account = token.source.key;
    if (account.startsWith(StorePrefix)) {
        arguments << u"--store"_s << account.mid(StorePrefix.size());
        account = AccountRegistry::offlineKey();
    }
    arguments << u"--account"_s << account << action << QString::number(token.token.id);
    if (token.resource)
        arguments << u"--resource"_s << token.resource->identitySuffix();
    return arguments;
}

QStringList WindowProcess::rotateArguments(const DueToken& token)
{
    return arguments(token, u"--rotate"_s);
}

QStringList WindowProcess::selectArguments(const DueToken& token)
{
    return arguments(token, u"--select"_s);
}

bool WindowProcess::launch(const QStringList& arguments, QString* error)
{
    const QString window = program();
    if (window.isEmpty()) {
        if (error)
            *error = tr("The TokenDesk window (%1) is not installed next to this program or on PATH.")
                         .arg(WindowProgram);
        return false;
    }
    QProcess process;
    process.setProgram(window);
    process.setArguments(arguments);
    // Not this program's output: the window outlives it, and must neither write into a report piped
    // elsewhere nor keep that pipe open.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        if (error)
            *error = tr("Cannot start %1: %2").arg(QDir::toNativeSeparators(window), process.errorString());
        return false;
    }
    return true;
}

} // namespace TokenDesk
