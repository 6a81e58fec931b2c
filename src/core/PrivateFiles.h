#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// Files that hold what only their user may read (the token store, settings, the account list) and the
// folders they live in: created owner-only (files 0600, folders 0700) whatever the umask, and tightened,
// with a warning, when found open to the group or to others.
//
// Each warning is logged (category tokendesk.files); those about files are also kept, so that a front
// end that hides the log (tokendesk-cli) can show them: takeWarnings(). Safe to call from any thread.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    enum class Existing
    {
        Tighten, // an existing folder of ours that others may enter is made owner-only
        Keep     // an existing folder is left as it is (a folder the user chose, such as their home)
    };

    // Creates the folder and its missing parents, each new one owner-only. False when it cannot.
    static bool ensureFolder(const QString& path, Existing existing);

    // Creates the file empty and owner-only when it is missing (its folder must exist); an existing
    // regular file of ours open to the group or others loses those permissions. A path that is not a
    // regular file is left alone. Empty when the file is there and private enough, else why not.
    static QString ensureFile(const QString& path);

    // Tightens a regular file of ours open to the group or others, with a warning; never creates it and
    // never opens it (safe on a database this process holds open). A symbolic link is left alone.
    static void tightenIfPresent(const QString& path);

    // ensureFolder(Tighten) on the file's folder, then ensureFile: for settings files of TokenDesk's own.
    static void ensureSettingsFile(const QString& path);

    // The warnings given since the last call, oldest first (at most the last few).
    static QStringList takeWarnings();

private:
    static void warn(const QString& message);
};

} // namespace TokenDesk
