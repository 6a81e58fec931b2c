#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcFiles, "tokendesk.files", QtInfoMsg)

namespace TokenDesk {

namespace {

constexpr mode_t OthersBits = S_IRWXG | S_IRWXO;
constexpr int MaxKeptWarnings = 16;

QMutex warningsMutex;
QStringList keptWarnings;

QString permissionText(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

void PrivateFiles::warn(const QString& message)
{
    qCWarning(lcFiles).noquote() << message;
    const QMutexLocker lock(&warningsMutex);
    keptWarnings.append(message);
    while (keptWarnings.size() > MaxKeptWarnings)
        keptWarnings.removeFirst();
}

QStringList PrivateFiles::takeWarnings()
{
    const QMutexLocker lock(&warningsMutex);
    return std::exchange(keptWarnings, {});
}

bool PrivateFiles::ensureFolder(const QString& path, Existing existing)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray native = QFile::encodeName(absolute);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        // Create the missing parents first, each owner-only.
        const QString parent = QFileInfo(absolute).absolutePath();
        if (parent != absolute && !ensureFolder(parent, Existing::Keep))
            return false;
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
        // mkdir's mode went through the umask: a umask can only take bits away, so 0700 or less.
        return true;
    }
    if (!S_ISDIR(st.st_mode))
        return false;
    if (existing == Existing::Tighten && (st.st_mode & OthersBits) != 0 && st.st_uid == ::geteuid()) {
        // Logged only: the files inside are what a front end warns about.
        const mode_t tightened = st.st_mode & 07700;
        if (::chmod(native.constData(), tightened) == 0)
            qCWarning(lcFiles).noquote()
                << "the folder" << absolute << "was open to other users (permissions"
                << permissionText(st.st_mode) << "); it is now" << permissionText(tightened);
        else
            qCWarning(lcFiles).noquote()
                << "the folder" << absolute << "is open to other users and cannot be changed:" << errnoText();
    }
    return true;
}

QString PrivateFiles::ensureFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer. Created 0600 (the umask can only narrow it).
    const int fd =
        ::open(native.constData(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return tr("%1 cannot be created: %2").arg(path, errnoText());
    struct stat st = {};
    QString problem;
    if (::fstat(fd, &st) != 0) {
        problem = tr("%1 cannot be examined: %2").arg(path, errnoText());
    } else if (S_ISREG(st.st_mode) && (st.st_mode & OthersBits) != 0) {
        const mode_t tightened = st.st_mode & 07700;
        if (st.st_uid == ::geteuid() && ::fchmod(fd, tightened) == 0)
            warn(tr("%1 was readable or writable by other users (permissions %2); it is now %3.")
                     .arg(path, permissionText(st.st_mode), permissionText(tightened)));
        else
            warn(tr("%1 is readable or writable by other users (permissions %2) and cannot be changed.")
                     .arg(path, permissionText(st.st_mode)));
    }
    ::close(fd);
    return problem;
}

void PrivateFiles::tightenIfPresent(const QString& path)
{
    // By path, never by opening it: the file may be a database this process has open, and closing any
    // descriptor of it would drop the process's POSIX locks on it (SQLite's locks).
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode) || (st.st_mode & OthersBits) == 0)
        return;
    const mode_t tightened = st.st_mode & 07700;
    if (st.st_uid == ::geteuid() && ::chmod(native.constData(), tightened) == 0)
        warn(tr("%1 was readable or writable by other users (permissions %2); it is now %3.")
                 .arg(path, permissionText(st.st_mode), permissionText(tightened)));
    else
        warn(tr("%1 is readable or writable by other users (permissions %2) and cannot be changed.")
                 .arg(path, permissionText(st.st_mode)));
}

void PrivateFiles::ensureSettingsFile(const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!ensureFolder(info.absolutePath(), Existing::Tighten)) {
        qCWarning(lcFiles) << "cannot create the folder of" << path;
        return;
    }
    if (const QString problem = ensureFile(info.absoluteFilePath()); !problem.isEmpty())
        qCWarning(lcFiles).noquote() << problem;
}

} // namespace TokenDesk
