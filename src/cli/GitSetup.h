#pragma once

#include <QString>
#include <QStringList>

namespace TokenDesk {

// The git configuration that makes git ask git-credential-tokendesk for one HTTPS host.
class GitSetup
{
public:
    static QString helperProgram();
    // "tokendesk" when git-credential-tokendesk is on PATH, else the absolute path of the one in
    // programDir; when the shell git runs it with needs that path quoted (spaces, quotes, '$', '\'),
    // a "!" snippet running the quoted path. Empty when there is none.
    static QString helperValue(const QString& programDir);
    // credential.https://HOST.helper
    static QString configKey(const QString& host);
    // config --global KEY VALUE, for QProcess (no shell).
    static QStringList gitArguments(const QString& host, const QString& helper);
    // The same as one line a user can paste into a POSIX shell.
    static QString commandLine(const QString& host, const QString& helper);
    static QString shellQuoted(const QString& argument);
};

} // namespace TokenDesk
